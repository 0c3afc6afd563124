package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.allCaps;
import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A newspaper's masthead on the page's first lines, for {@link ArticleMetadataReader}: the paper's
 * name in capitals with the city or country it is printed in, in brackets, and a tagline after a
 * dash, or either alone: "THE EXAMPLE HERALD (Lima)", "EXAMPLE POST -- English service", "EXAMPLE
 * POST (Lima) -- foreign news page, 17 May 1978", "EXAMPLE TIMES (Port Town)      Sept. 8, 1977", or with the
 * issue's date after the dash, the town or the place in brackets: "EXAMPLE POST -- Wednesday 17 June 1964", "EXAMPLE
 * POST, Lima -- Friday, 30 November 1984", "EXAMPLE POST (Lima), 11 November 1975 -- digest in English".
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
    } else if (k < end && tokens.get(k).text().equals(",")) {
      int town = townBeforeDash(tokens, k + 1, end);
      if (town > k + 1 && issueDate(tokens, afterDash(tokens, town, end), end) != null) {
        place = true; // "EXAMPLE POST, Lima -- Friday, 30 November 1984": the town before the issue's date
        k = town;
      }
    }
    if (place && k + 1 < end && tokens.get(k).text().equals(",") && issueDate(tokens, k + 1, end) != null) {
      k++; // "EXAMPLE POST (Lima), 11 November 1975"
    }
    boolean tagline = false;
    DateWords.Read date = null;
    if (k < end && isDash(tokens.get(k))) {
      date = issueDate(tokens, afterDash(tokens, k, end), end);
      if (date == null && !hasLowerCaseWord(tokens, k + 1, end)) {
        return false; // "NAME -- HEADLINE IN CAPITALS"
      }
      tagline = true; // "EXAMPLE POST -- English service", "EXAMPLE POST -- Wednesday 17 June 1964"
      k = end;
    } else if (place) {
      date = issueDate(tokens, k, end);
      if (date != null) {
        k = end; // "NAME (Place)      Sept. 8, 1977", "NAME (Place), 11 November 1975 -- digest in English"
      }
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

  // a town of capitalized words, not in capitals, set off before a dash: ", Lima --"; the dash's index, or {@code from}
  private static int townBeforeDash(List<Token> tokens, int from, int end) {
    int k = from;
    while (k < end && k - from < MAX_NAME && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
      k++;
    }
    return k > from && k < end && isDash(tokens.get(k)) && !allCaps(tokens, from, k) ? k : from;
  }

  // past the dash at {@code k}, written "-" or "--" (read as two tokens)
  private static int afterDash(List<Token> tokens, int k, int end) {
    int i = k + 1;
    while (i < end && i - k < 2 && isDash(tokens.get(i))) {
      i++;
    }
    return i;
  }

  // the issue's date with its year, perhaps after its weekday, ending the line or followed by a dash: "Friday, 30
  // November 1984", "5 JULY 1983 -- ..."
  private DateWords.@Nullable Read issueDate(List<Token> tokens, int from, int end) {
    int k = from;
    if (k < end && lists.dates().isWeekday(tokens.get(k))) {
      k = Spans.skip(tokens, k + 1, end, ",");
    }
    DateWords.Read date = lists.dates().readAt(tokens, k, end);
    if (date == null || date.year() == 0) {
      return null;
    }
    int after = Spans.skip(tokens, date.end(), end, ".");
    return after == end || isDash(tokens.get(after)) && after == date.end() ? date : null;
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
