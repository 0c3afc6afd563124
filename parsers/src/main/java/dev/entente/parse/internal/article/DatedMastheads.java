package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * A newspaper's masthead: its name with the issue's date, perhaps its city and the page, on one line
 * above the headline, for {@link ArticleMetadataReader}: "THE EXAMPLE HERALD, TUESDAY, MARCH 17,
 * 1953", "THE EXAMPLE POST  Monday, November 21, 1977", "THE EXAMPLE TIMES  SATURDAY MAY 27 1972  PAGE
 * 1", "THE EXAMPLE STAR, LIMA  MONDAY, JULY 13, 1970  PAGE ONE", "THE EXAMPLE MONITOR  LIMA, FRIDAY,
 * JUNE 3, 1955", "EXAMPLE WEEKLY, 15-21 June 1994   DEFENCE", "EXAMPLE WEEKLY   23 December 2009". The name (a known agency, or a name with an outlet word) is the source; the line is
 * no headline.
 */
final class DatedMastheads {

  private final HeadWords lists;
  private final Outlets outlets;

  DatedMastheads(HeadWords lists, Outlets outlets) {
    this.lists = lists;
    this.outlets = outlets;
  }

  boolean read(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.tokenCount() <= 18 ? line.endToken() : from; // a masthead is short
    int d = from;
    while (d < end && !tokens.get(d).text().equals(",") && !lists.dates().isWeekday(tokens.get(d))
        && lists.dates().month(tokens.get(d)) == 0 && !tokens.get(d).isNumber()) {
      d++;
    }
    if (d >= end || d == from) {
      return false;
    }
    int name = d;
    for (int c = Math.max(from + 1, d - 3); c < d; c++) {
      if (lists.cities().contains(keyOf(tokens, c, d))) {
        name = c; // "THE EXAMPLE MONITOR  LIMA, FRIDAY, ...": the city the paper is printed in
        break;
      }
    }
    int k = skip(tokens, d, end, ",");
    int city = k;
    while (name == d && city < end && city - k < 4 && tokens.get(city).isWord() && !lists.dates().isWeekday(tokens.get(city))
        && lists.dates().month(tokens.get(city)) == 0) {
      city++;
    }
    if (city > k && lists.cities().contains(keyOf(tokens, k, city))) {
      k = skip(tokens, city, end, ","); // "THE EXAMPLE STAR, LIMA  MONDAY, ..."
    }
    if (k < end && lists.dates().isWeekday(tokens.get(k))) {
      k = skip(tokens, k + 1, end, ",");
    }
    // an issue's marks: set apart from the name by a wide gap, a weekly's span of days ("15-21 June 1994")
    boolean issue = name < end && tokens.get(name).start() - tokens.get(name - 1).end() >= 3;
    if (k + 2 < end && tokens.get(k).isNumber() && tokens.get(k).text().indexOf('-') > 0
        && lists.dates().month(tokens.get(k + 1)) > 0 && tokens.get(k + 2).isNumber() && tokens.get(k + 2).text().length() == 4) {
      k += 3; // the days of the issue, then its month and year
      issue = true;
    } else {
      DateWords.Read date = lists.dates().readAt(tokens, k, end);
      if (date == null || date.year() == 0) {
        return false;
      }
      k = date.end();
    }
    k = skip(tokens, k, end, ".");
    if (k < end && k > from && tokens.get(k).start() - tokens.get(k - 1).end() >= 3 && end - k <= 3
        && Spans.allCaps(tokens, k, end)) {
      k = end; // the page's section set apart after the date: "...  DEFENCE"
      issue = true;
    }
    if (k + 2 == end && (tokens.get(k).is("page") || tokens.get(k).is("p"))
        && (tokens.get(k + 1).isNumber() || tokens.get(k + 1).isWord())) {
      k = end; // "PAGE 1", "PAGE ONE"
    }
    if (k != end || lists.agencies().name(joined(tokens, from, name)) == null && !outlets.isNameLine(tokens, from, name, issue && name - from >= 2 && allCapsOrGap(tokens, from, name))) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)));
    }
    return true;
  }

  // a name of two words or more in capitals ("EXAMPLE INTERNATIONAL"), not a city's dateline
  private boolean allCapsOrGap(List<Token> tokens, int from, int to) {
    return Spans.allCaps(tokens, from, to) && !lists.cities().contains(keyOf(tokens, from, to));
  }
}
