package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.allCaps;
import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * A newspaper's masthead on the page's first lines, for {@link ArticleMetadataReader}: the paper's
 * name in capitals with the city or country it is printed in, in brackets, and a tagline after a
 * dash, or either alone: "THE EXAMPLE HERALD (Lima)", "EXAMPLE POST -- English service", "EXAMPLE
 * POST (Lima) -- foreign news page, 17 May 1978", "EXAMPLE TIMES (Port Town)      Sept. 8, 1977".
 * The name is the source and the issue's date the stated date; the line is no headline and no
 * dateline ("CITY (AGENCY) --" opens a report: a known city, or an agency or capitals in the brackets).
 */
final class TaglineMastheads {

  /** A masthead is short: at most this many tokens. */
  private static final int MAX_TOKENS = 24;
  /** At most this many words in the paper's name and in the place in brackets. */
  private static final int MAX_NAME = 5;

  private final HeadWords lists;

  TaglineMastheads(HeadWords lists) {
    this.lists = lists;
  }

  /** Reads {@code line} as a masthead above the headline; {@code next} is the line under it. */
  boolean read(Document doc, List<Token> tokens, Line line, Line next) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > MAX_TOKENS || line.endsWithPeriod(tokens) || next.endsWithPeriod(tokens) && next.tokenCount() > MAX_TOKENS) {
      return false; // a report's first paragraph, or a line over one
    }
    int name = from;
    while (name < end && name - from < MAX_NAME && tokens.get(name).isWord() && lists.dates().month(tokens.get(name)) == 0
        && !lists.dates().isWeekday(tokens.get(name))) {
      name++;
    }
    if (name == from || name >= end || name - from > MAX_NAME - 1 && tokens.get(name).isWord() || !allCaps(tokens, from, name)
        || lists.cities().contains(keyOf(tokens, from, name))) {
      return false;
    }
    int k = name;
    boolean place = false;
    if (tokens.get(k).text().equals("(")) {
      int close = k + 1;
      while (close < end && close - k <= MAX_NAME && tokens.get(close).isWord() && tokens.get(close).isCapitalized()) {
        close++;
      }
      if (close >= end || close == k + 1 || !tokens.get(close).text().equals(")") || allCaps(tokens, k + 1, close)
          || lists.agencies().name(joined(tokens, k + 1, close)) != null) {
        return false; // "(AP)", "(UPDATE 2)", "(Reuters)": a report's or a wire's credit
      }
      place = true;
      k = close + 1;
    }
    boolean tagline = false;
    if (k < end && isDash(tokens.get(k))) {
      if (!hasLowerCaseWord(tokens, k + 1, end)) {
        return false; // "NAME -- HEADLINE IN CAPITALS"
      }
      tagline = true;
      k = end;
    }
    DateWords.Read date = k < end ? lists.dates().readAt(tokens, k, end) : null;
    if (date != null && date.year() > 0 && Spans.skip(tokens, date.end(), end, ".") == end) {
      k = end; // "NAME (Place)      Sept. 8, 1977": the issue's date set apart
    }
    if (k != end || !place && !tagline) {
      return false;
    }
    DateWords.Read issue = date != null ? date : lists.dates().find(tokens, name, end);
    Datelines.stateDate(doc, issue != null && issue.year() > 0 ? issue : null);
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)));
    }
    return true;
  }

  private static boolean hasLowerCaseWord(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord() && tokens.get(i).isLowerCase()) {
        return true;
      }
    }
    return false;
  }
}
