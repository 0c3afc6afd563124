package dev.entente.parse.internal.article;

import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The paper's name alone on a page's first line, for {@link ArticleMetadataReader}: "UUSI SUOMI",
 * "Frankfurter Rundschau", "THE AUSTRALIAN", "Jornal de Angola" over the headline, also with a
 * bracketed note or the edition's language after it ("The Star (Malaysia)", "Example360 English"). Such a name need hold no outlet word, so it is read
 * last, when no dateline, byline, credit, copyright or masthead with an outlet word has named the
 * source, and only when the headline is on a later line. A section's name or a kicker over the
 * headline ("DEFENCE INDUSTRY", "Middle East", "ARMS TALKS") is made only of label words
 * ({@code boilerplate.txt} [label]) and names no outlet, nor does a line of the site's navigation
 * or sign-up or advertising words alone ("Menu", "Subscribe", "WORLD NEWS", "Advertisement":
 * [navigation], [signup], [ad]); a dateline's town or a state's name alone
 * ("MOSCOW", "Kazakhstan") is a place, not a name (a state's adjective may be one: "THE AUSTRALIAN").
 */
final class Nameplates {

  /** The most words a paper's name alone on a line has ("Corriere della Sera", "Asia-Pacific Defence Reporter"). */
  private static final int MAX_WORDS = 4;

  private final HeadWords lists;
  /** Label, navigation, sign-up and advertising words: a line of these alone is no paper's name. */
  private final Set<String> labelWords;
  private final Set<String> editionLanguages;

  Nameplates(HeadWords lists, Set<String> labelWords, Set<String> editionLanguages) {
    this.lists = lists;
    this.labelWords = labelWords;
    this.editionLanguages = editionLanguages;
  }

  /**
   * Sets {@code doc.source} to the name on the page's first line when that line is a short name of
   * capitalised words standing apart from the headline, which is {@code titleKey} on a later line;
   * whether it did.
   */
  boolean read(Document doc, List<Token> tokens, List<Line> lines, String titleKey) {
    if (doc.source != null || titleKey == null || lines.isEmpty()) {
      return false;
    }
    Line first = lines.get(0);
    int from = first.firstToken();
    int end = from + 1;
    while (end < first.endToken() && !tokens.get(end).lineStart()) {
      end++; // the first line of the page as printed, not the sentence the splitter ran on into the next
    }
    int nameEnd = end;
    if (tokens.get(end - 1).text().equals(")")) { // "The Star (Malaysia)": the edition's note is no part of the name
      int open = end - 2;
      while (open > from && !tokens.get(open).text().equals("(")) {
        open--;
      }
      nameEnd = open > from ? open : end;
    }
    if (nameEnd - from >= 2 && tokens.get(nameEnd - 1).isWord() && editionLanguages.contains(tokens.get(nameEnd - 1).key())) {
      nameEnd--; // "Example360 English": the edition's language is no part of the name
    }
    if (first.keyIs(titleKey, tokens, from, end) || !isName(tokens, from, nameEnd)
        || lists.cities().contains(Spans.keyOf(tokens, from, nameEnd))
        || CountryGazetteer.standard().placeOf(doc.input, tokens, from, nameEnd).isPresent()) {
      return false;
    }
    doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, nameEnd,
        Spans.joined(tokens, from, nameEnd)));
    return true;
  }

  /**
   * Whether tokens [from, to) are a name: one to four words, each capitalised (or a link word inside:
   * "de", "della", "of", "and"), joined only by an apostrophe, a hyphen, an ampersand or a dot, no number, not
   * a month or weekday alone, and one word at least that is no label word.
   */
  private boolean isName(List<Token> tokens, int from, int to) {
    int words = 0;
    boolean named = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        String s = t.text();
        if (i == from || !(s.equals("'") || s.equals("-") || s.equals("&") || s.equals("."))) {
          return false;
        }
        continue;
      }
      if (!t.isWord() || (lists.dates().month(t) > 0 || lists.dates().isWeekday(t)) && to - from == 1) {
        return false; // "MONDAY" alone is a date; "FIJI SUN", "The Sunday Mail" are names
      }
      words++;
      boolean link = lists.particles().contains(t.key()) || t.is("of") || t.is("the") || t.is("and") || t.is("for");
      if (!t.isCapitalized() && !(i > from && link)) {
        return false;
      }
      named |= !isLabel(t.key()) && !link;
    }
    return words >= 1 && words <= MAX_WORDS && named;
  }

  /** Whether a word is a label word, or a hyphened compound of label words ("Asia-Pacific", "Middle-East"). */
  private boolean isLabel(String key) {
    if (labelWords.contains(key)) {
      return true;
    }
    if (key.indexOf('-') < 0) {
      return false;
    }
    for (String part : key.split("-", -1)) {
      if (part.isEmpty() || !labelWords.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
