package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.joined;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A site's masthead block at the top of a page, for {@link ArticleMetadataReader}: one to three short
 * lines (the outlet's or office's name, a tagline, the issuing ministry) closed by the site's menu or
 * breadcrumb ("Home | News | Sport", "Home > Media Center > News", "NEWS » INTERNATIONAL", "Economy |
 * Mining", "Press release | Date: [date] | No: [number]"). The first line of the block is the source,
 * cut at its first bar, spaced dash, period or a place in brackets ("[Outlet]. [tagline]", "[Outlet] | [sister
 * title]", "[OUTLET] ([City])");
 * the taglines and offices under it are neither source nor headline.
 */
final class SiteMastheads {

  /** How many lines of name and tagline may stand above the menu. */
  private static final int MAX_NAME_LINES = 3;

  /** The small words a name's title case leaves in lower case. */
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la",
      "le", "les", "da", "do", "dos", "das", "di", "del", "y", "e", "et", "al", "from", "to", "at", "by", "with", "since", "a", "an");

  private final HeadWords lists;
  private final Outlets outlets;

  SiteMastheads(HeadWords lists, Outlets outlets) {
    this.lists = lists;
    this.outlets = outlets;
  }

  /**
   * Reads the masthead block opening {@code lines}: sets the source when none is known and returns
   * the index of the last line of the block (the menu's), or -1 when the page opens with no such block.
   */
  int read(Document doc, String input, List<Token> tokens, List<Line> lines) {
    List<Line> top = Line.physical(tokens, lines.subList(0, Math.min(lines.size(), MAX_NAME_LINES + 2)), 0);
    int first = 0;
    while (first < top.size() && first < 3 && ArticleMetadataReader.isFurniture(doc, top.get(first))) {
      first++; // "Skip to content" above the name
    }
    if (first >= top.size() || !isNameLine(tokens, top.get(first)) || !isNameCased(tokens, top.get(first))
        || bars(tokens, top.get(first)) >= 2 || hasArrow(input, tokens, top.get(first))
        || outlets.mostlyNavigation(tokens, top.get(first).firstToken(), top.get(first).firstWord(tokens) + 1)) {
      return -1; // a menu or breadcrumb ("World > Asia") names no outlet
    }
    for (int p = first + 1; p < top.size() && p <= first + MAX_NAME_LINES; p++) {
      Line line = top.get(p);
      if (isMenu(input, tokens, line)) {
        Line name = top.get(first);
        if (doc.source == null) {
          int cut = nameEnd(input, tokens, name);
          doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, name.firstToken(), cut,
              joined(tokens, name.firstToken(), cut)));
        }
        for (int li = 0; li < lines.size() && lines.get(li).firstToken() <= line.firstToken(); li++) {
          if (lines.get(li).endToken() == line.endToken()) {
            return li; // the menu ends its line: the block is the page's furniture
          }
        }
        return -1;
      }
      if (!isNameLine(tokens, line) || !isNameCased(tokens, line)) {
        return -1; // a headline, not a tagline
      }
    }
    return -1;
  }

  // a short line of a name or tagline ("Since 1962"): no sentence, no date, at most eight words
  private boolean isNameLine(List<Token> tokens, Line line) {
    if (line.endsWithPeriod(tokens) || line.wordCount(tokens) > 8 || line.wordCount(tokens) == 0
        || !tokens.get(line.firstWord(tokens)).isCapitalized() && !tokens.get(line.firstWord(tokens)).isWord()) {
      return false;
    }
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (lists.dates().month(t) > 0 || lists.dates().isWeekday(t)) {
        return false;
      }
    }
    return true;
  }

  // a name's casing, not a headline's: every word capitalised but its small words ("of", "de"), or a domain
  private static boolean isNameCased(List<Token> tokens, Line line) {
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.isCapitalized() && !SMALL_WORDS.contains(t.key())
          && !(i > line.firstToken() && tokens.get(i - 1).text().equals(".") && tokens.get(i - 1).start() == t.start() - 1)
          && !(i + 1 < line.endToken() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == t.end())) {
        return false;
      }
    }
    return true;
  }

  // where the name ends: its first bar, spaced dash, period with a space after it, or a bracket holding a place
  private static int nameEnd(String input, List<Token> tokens, Line name) {
    for (int i = name.firstToken() + 1; i < name.endToken(); i++) {
      Token t = tokens.get(i);
      String s = t.text();
      int last = i + 1 < name.endToken() && Spans.isDash(t) && Spans.isDash(tokens.get(i + 1)) ? i + 1 : i; // "--" is two dashes
      boolean spaced = t.start() > tokens.get(i - 1).end() && last + 1 < name.endToken()
          && tokens.get(last + 1).start() > tokens.get(last).end();
      if (s.equals("|") || Spans.isDash(t) && spaced || s.equals(".") && i + 1 < name.endToken()
          && tokens.get(i + 1).start() > t.end() || isArrow(input, t)
          || s.equals("(") && i + 1 < name.endToken() && !Spans.allCaps(tokens, i + 1, i + 2)) {
        return i; // also the place the paper is printed in, in brackets: "[NAME] ([City])"; not an abbreviation "(ABC)"
      }
    }
    return name.endToken();
  }

  /**
   * A site's menu or breadcrumb: two bars or more ("Home | News | Sport", "Press release | Date: [date]
   * | No: [number]"), or short capitalised labels between bars or arrows ("Economy | Mining", "Home >
   * World", "NEWS » INTERNATIONAL"), or menu words only ("Home About News Contact").
   */
  private boolean isMenu(String input, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 30) {
      return false;
    }
    int bars = 0;
    int arrows = 0;
    int longest = 0;
    int run = 0;
    boolean numbers = false;
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      if (t.text().equals("|")) {
        bars++;
        run = 0;
      } else if (isArrow(input, t)) {
        arrows++;
        run = 0;
      } else if (t.isWord() || t.isNumber()) {
        numbers |= t.isNumber();
        longest = Math.max(longest, ++run);
      }
    }
    if (bars >= 2) {
      return true;
    }
    if (bars + arrows >= 1 && line.wordCount(tokens) >= 2) { // one bar: a section word among the labels ("Economy | Mining")
      return !numbers && longest <= 3 && tokens.get(line.firstWord(tokens)).isCapitalized()
          && (arrows > 0 || hasNavigation(tokens, from, end));
    }
    return line.wordCount(tokens) >= 3 && !numbers && outlets.mostlyNavigation(tokens, from, end);
  }

  private boolean hasNavigation(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      if (tokens.get(i).isWord() && outlets.mostlyNavigation(tokens, i, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static int bars(List<Token> tokens, Line line) {
    int n = 0;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      n += tokens.get(i).text().equals("|") ? 1 : 0;
    }
    return n;
  }

  private static boolean hasArrow(String input, List<Token> tokens, Line line) {
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (isArrow(input, tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  // ">" or "»" between the parts of a breadcrumb
  private static boolean isArrow(String input, Token t) {
    if (!t.isPunct() || t.end() - t.start() != 1) {
      return false;
    }
    char c = input.charAt(t.start());
    return c == '>' || c == '\u00BB' || c == '\u203A';
  }
}
