package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import java.util.List;
import java.util.Set;

/**
 * A site's menu lines, for {@link BoilerplateDetector}: navigation words alone, breadcrumbs, and
 * labels set in columns with runs of spaces between them ("Home   Politics   Economy   Sport").
 */
final class MenuLines {

  private final Set<String> navigation;
  private final DateWords dates;

  MenuLines(Set<String> navigation, DateWords dates) {
    this.navigation = Set.copyOf(navigation);
    this.dates = dates;
  }

  /**
   * Whether {@code line} is a menu: at most eight words (fourteen for labels in columns), all navigation words ("Home | World |
   * Politics"), a breadcrumb ("World > Africa", "Home / World / Asia"), or labels set apart in
   * columns by runs of spaces with two navigation words among them ({@link #isSpacedMenu}).
   */
  boolean isNavigation(String text, List<Token> tokens, byte[] bits, Line line) {
    // a line of more than fourteen words without a digit is no menu: told by the bits, before any token
    // is read, since most lines are report paragraphs
    int lettered = 0;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (!TokenBits.isPunct(bits[i]) && !TokenBits.has(bits[i], Token.DIGIT) && ++lettered > 14) {
        return false;
      }
    }
    int words = 0;
    int slashes = 0;
    boolean breadcrumb = false;
    boolean allNav = true;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        String s = t.text();
        slashes += s.equals("/") ? 1 : 0;
        breadcrumb |= s.equals(">") || s.equals("\u203A") || s.equals("\u2192")
            || (text.charAt(t.start()) == '\u00BB' && t.start() > 0 && text.charAt(t.start() - 1) == ' ');
        continue;
      }
      if (!t.hasDigit() && ++words > 14) {
        return false; // a menu line is short: no need to read the rest of a paragraph
      }
      if (allNav && t.isWord() && !navigation.contains(t.key())) {
        allNav = false;
      }
    }
    if (words == 0) {
      return false;
    }
    // "World > Africa", "Home / World / Asia"; labels in columns may have the day's date after them
    return words <= 8 && (allNav || ((breadcrumb || slashes >= 2) && !line.endsWithPeriod(tokens)))
        || isSpacedMenu(text, tokens, line);
  }

  /**
   * "HOME   NEWS   BUSINESS   LETTERS", "Home   About   News Releases   Contact": four labels or more of
   * at most three capitalised words each, parted by two spaces or more (a bar may stand between), no
   * number or sentence, and two of them navigation words.
   */
  private boolean isSpacedMenu(String text, List<Token> tokens, Line line) {
    int labels = 1;
    int nav = 0;
    int inLabel = 0;
    boolean labelNav = false;
    boolean dotted = false;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      String s = t.text();
      if (s.equals("|") || s.equals("&")) {
        continue; // "[Label] & [Label]" is one label
      }
      if (s.equals("\u00B7") || s.equals("\u2022")) {
        dotted = true; // "Politics · Economy · World": a dot between labels
        continue;
      }
      boolean gap = i > line.firstToken() && spaces(text, tokens.get(i - 1).end(), t.start()) >= 2;
      if (!t.isWord() || t.hasDigit() || gap && labels >= 4 && (dates.isWeekday(t) || dates.month(t) > 0)) {
        // "... World  Perspectives      Tuesday, 12/12/2023": the day's date set apart after the labels
        return gap && labels >= 4 && isDateTail(tokens, i, line.endToken()) && nav + (labelNav ? 1 : 0) >= 2;
      }
      if (i > line.firstToken() && (gap || dotted)) {
        dotted = false;
        nav += labelNav ? 1 : 0;
        labels++;
        inLabel = 0;
        labelNav = false;
      }
      if (++inLabel > 3) {
        return false;
      }
      labelNav |= navigation.contains(t.key());
    }
    nav += labelNav ? 1 : 0;
    return labels >= 4 && nav >= 2;
  }

  // a date and time alone from `from` to the line's end: numbers, separators and the names of months and weekdays
  private boolean isDateTail(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      if (!(t.hasDigit() || dates.month(t) > 0 || dates.isWeekday(t) || t.isPunct() && ",./:-".contains(t.text()))) {
        return false;
      }
    }
    return true;
  }

  // the number of spaces and tabs between two tokens on one line; 0 when anything else stands there
  private static int spaces(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        n++;
      } else if (c != '|') {
        return 0;
      }
    }
    return n;
  }
}
