package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * A newspaper's masthead: its name with the date, perhaps its city and the page, on one line
 * above the headline, for {@link ArticleMetadataReader}: "THE EXAMPLE HERALD, TUESDAY, MARCH 17,
 * 1953", "THE EXAMPLE POST  Monday, November 21, 1977", "THE EXAMPLE TIMES  SATURDAY MAY 27 1972  PAGE
 * 1", "THE EXAMPLE STAR, LIMA  MONDAY, JULY 13, 1970  PAGE ONE", "THE EXAMPLE MONITOR  LIMA, FRIDAY,
 * JUNE 3, 1955". The name (a known agency, or a name with an outlet word) is the source; the line is
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
        && lists.dates().month(tokens.get(d)) == 0) {
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
    DateWords.Read date = lists.dates().readAt(tokens, k, end);
    if (date == null || date.year() == 0) {
      return false;
    }
    k = skip(tokens, date.end(), end, ".");
    if (k + 2 == end && (tokens.get(k).is("page") || tokens.get(k).is("p"))
        && (tokens.get(k + 1).isNumber() || tokens.get(k + 1).isWord())) {
      k = end; // "PAGE 1", "PAGE ONE"
    }
    if (k != end || lists.agencies().name(joined(tokens, from, name)) == null && !outlets.isNameLine(tokens, from, name, false)) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)));
    }
    return true;
  }
}
