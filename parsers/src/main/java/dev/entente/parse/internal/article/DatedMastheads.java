package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A newspaper's masthead: its name with the issue's date, perhaps its city and the page, on one line
 * above the headline, for {@link ArticleMetadataReader}: "THE EXAMPLE HERALD, TUESDAY, MARCH 17,
 * 1953", "THE EXAMPLE POST  Monday, November 21, 1977", "THE EXAMPLE TIMES  SATURDAY MAY 27 1972  PAGE
 * 1", "THE EXAMPLE STAR, LIMA  MONDAY, JULY 13, 1970  PAGE ONE", "THE EXAMPLE MONITOR  LIMA, FRIDAY,
 * JUNE 3, 1955", "EXAMPLE DIARIO      Lima, martes 29 de marzo de 1977" (a weekday of the paper's language before
 * the day), "EXAMPLE WEEKLY, 15-21 June 1994   DEFENCE", "EXAMPLE WEEKLY   23 December 2009", "THE EXAMPLE HERALD, SATURDAY, NOVEMBER 3, 1973      5", "EXAMPLE TRUTH, 20 November 1988, page 1". The name (a known agency, or a name with an outlet word) is the source; the line is
 * no headline, and the issue's day is the stated date when none is known. An edition's note on the line under it that
 * the sentence splitter ran on into it ("(English translation for the foreign press service)") goes with it.
 */
final class DatedMastheads {

  private final HeadWords lists;
  private final Outlets outlets;
  private final Set<String> editionLanguages;

  DatedMastheads(HeadWords lists, Outlets outlets, Set<String> editionLanguages) {
    this.lists = lists;
    this.outlets = outlets;
    this.editionLanguages = editionLanguages;
  }

  boolean read(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.tokenCount() <= 30 ? editionNoteStart(doc.input, tokens, line) : from;
    end = end - from <= 18 ? end : from; // a masthead is short
    int d = from;
    while (d < end && !isComma(tokens.get(d)) && !lists.dates().isWeekdayBeforeDate(tokens, d, end)
        && lists.dates().month(tokens.get(d)) == 0 && !tokens.get(d).isNumber()) {
      d++;
    }
    if (d >= end || d == from) {
      return false;
    }
    int name = d;
    for (int c = Math.max(from + 1, d - 3); c < d; c++) {
      if (lists.cities().contains(keyOf(tokens, c, d)) || tokens.get(c).start() - tokens.get(c - 1).end() >= 3
          && d < end && isComma(tokens.get(d)) && placeBeforeComma(tokens, c, d, end)) {
        name = c; // "THE EXAMPLE MONITOR  LIMA, FRIDAY, ...", "EXAMPLE      Smalltown, ...": the town the paper is printed in
        break;
      }
    }
    int k = skipComma(tokens, d, end);
    int city = k;
    while (name == d && city < end && city - k < 4 && tokens.get(city).isWord() && !lists.dates().isWeekdayBeforeDate(tokens, city, end)
        && lists.dates().month(tokens.get(city)) == 0) {
      city++;
    }
    boolean gapCity = city > k && placeBeforeGap(tokens, k, city, end);
    if (city > k && (lists.cities().contains(keyOf(tokens, k, city)) || placeBeforeComma(tokens, k, city, end) || gapCity)) {
      k = skipComma(tokens, city, end); // "THE EXAMPLE STAR, LIMA  MONDAY, ...", "THE EXAMPLE, SMALLTOWN      TUESDAY, ..."
    }
    boolean weekday = k < end && lists.dates().isWeekdayBeforeDate(tokens, k, end);
    if (weekday) {
      k = skipComma(tokens, k + 1, end);
    }
    // an issue's marks: set apart from the name by a wide gap, a weekly's span of days ("15-21 June 1994")
    boolean issue = name < end && tokens.get(name).start() - tokens.get(name - 1).end() >= 3 || gapCity;
    DateWords.Read issueDate = null;
    if (k + 2 < end && tokens.get(k).isNumber() && tokens.get(k).text().indexOf('-') > 0
        && lists.dates().month(tokens.get(k + 1)) > 0 && tokens.get(k + 2).isNumber() && tokens.get(k + 2).text().length() == 4) {
      k += 3; // the days of the issue, then its month and year
      issue = true;
    } else {
      DateWords.Read date = lists.dates().readAt(tokens, k, end);
      if (date == null || date.year() == 0) {
        return false;
      }
      issueDate = date.day() > 0 ? date : null;
      k = date.end();
    }
    k = skip(tokens, k, end, ".");
    if (k < end && k > from && tokens.get(k).start() - tokens.get(k - 1).end() >= 3 && end - k <= 3
        && Spans.allCaps(tokens, k, end)) {
      k = end; // the page's section set apart after the date: "...  DEFENCE"
      issue = true;
    }
    if (k + 1 == end && k > from && tokens.get(k).start() - tokens.get(k - 1).end() >= 3 && tokens.get(k).isNumber()
        && tokens.get(k).text().length() <= 3) {
      k = end; // the page's number set apart after the date: "...  1973          5"
    }
    int p = skip(tokens, k, end, ",");
    if (p + 2 == end && (tokens.get(p).is("page") || tokens.get(p).is("p"))
        && (tokens.get(p + 1).isNumber() || tokens.get(p + 1).isWord())) {
      k = end; // "PAGE 1", "PAGE ONE", ", page 1": a page is an issue's mark, never a dateline's
      issue = true;
    }
    // a name in capitals over the issue's weekday and full date is a paper's, outlet word or not ("THE EXAMPLE, Lima,
    // Wednesday, August 7, 1985", "EXAMPLE     Lima, martes 29 de marzo de 1977"); one word needs the printed gap
    boolean dated = weekday && issueDate != null && (name - from >= 2 || issue);
    if (k != end || lists.agencies().name(joined(tokens, from, name)) == null && !outlets.isNameLine(tokens, from, name,
        (issue && name - from >= 2 || dated) && allCapsOrGap(tokens, from, name))) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)));
    }
    Datelines.stateDate(doc, issueDate); // the issue's day is the report's own
    return true;
  }

  /**
   * Where the edition's note starts that the sentence splitter ran on into the masthead's line: a second
   * line of the page, short and no sentence, in brackets or opening with the edition's language
   * ("(English translation for the foreign press service)", "English edition for subscribers abroad");
   * the line's end when there is none.
   */
  private int editionNoteStart(String text, List<Token> tokens, Line line) {
    int end = line.endToken();
    int second = line.firstToken() + 1;
    while (second < end && !breakBefore(text, tokens, second)) {
      second++;
    }
    if (second == end || end - second > 12 || tokens.get(end - 1).text().equals(".")) {
      return end;
    }
    for (int i = second + 1; i < end; i++) {
      if (breakBefore(text, tokens, i)) {
        return end; // a note is one line
      }
    }
    Token first = tokens.get(second);
    boolean bracketed = first.text().equals("(") && tokens.get(end - 1).text().equals(")");
    boolean language = first.isWord() && editionLanguages.contains(first.key()) && second + 1 < end
        && tokens.get(second + 1).isWord() && tokens.get(second + 1).isLowerCase();
    return bracketed || language ? second : end;
  }

  // a comma, or the middle dot a printed masthead sets between its parts ("EXAMPLE  ·  Lima  ·  Viernes 30 de ...")
  private static boolean isComma(Token t) {
    return t.text().equals(",") || t.text().equals("\u00B7");
  }

  private static int skipComma(List<Token> tokens, int k, int end) {
    return k < end && isComma(tokens.get(k)) ? k + 1 : k;
  }

  // a line break before token i, also one the unwrapper read as a space
  private static boolean breakBefore(String text, List<Token> tokens, int i) {
    return text.lastIndexOf('\n', tokens.get(i).start()) >= tokens.get(i - 1).end();
  }

  // a town the city list lacks, set off by commas before the date: "EXAMPLE HERALD, Smalltown, 1 May 1960"; the date
  // after it must still be read whole and end the line, so a headline with a comma does not pass
  private static boolean placeBeforeComma(List<Token> tokens, int from, int to, int end) {
    if (to >= end || !isComma(tokens.get(to))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  // a town the city list lacks after the paper's name and a comma, set apart from the issue's date by a wide gap, as a
  // printed masthead spaces them: "THE EXAMPLE, SMALLTOWN            TUESDAY, FEBRUARY 5, 1985"
  private static boolean placeBeforeGap(List<Token> tokens, int from, int to, int end) {
    if (to >= end || tokens.get(to).start() - tokens.get(to - 1).end() < 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  // a name of two words or more in capitals ("EXAMPLE INTERNATIONAL"), not a city's dateline
  private boolean allCapsOrGap(List<Token> tokens, int from, int to) {
    return Spans.allCaps(tokens, from, to) && !lists.cities().contains(keyOf(tokens, from, to));
  }

  /**
   * An issue's line above the headline that names no outlet this reader knows: a date alone ("Tuesday,
   * November 14, 2006"), or words ending in a full date set apart by a bar, slash, dash or a wide gap
   * ("[Service] / [Bulletin] No. [N] / [day month year]", "AGENCY  [BULLETIN]  No. [N]
   * [month day, year]"; an outlet's name before the bar is the source), an outlet's words before a comma and the date ("[BULLETIN], [DAY] [MONTH] [YEAR], [TIME]
   * GMT"). A headline does not end in its own day, month and year.
   */
  boolean readIssueLine(Document doc, String text, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 30) {
      return false;
    }
    for (int c = from + 1; c < end && c - from <= 4 && (tokens.get(c).isWord() || tokens.get(c).text().equals(",")); c++) {
      if (tokens.get(c).text().equals(",")) { // "[BULLETIN], [DAY] [MONTH] [YEAR], [TIME] GMT": an outlet's words and the issue's date
        DateWords.Read date = lists.dates().readAt(tokens, c + 1, end);
        boolean issue = date != null && date.year() > 0 && outlets.isNameLine(tokens, from, c, false);
        Datelines.stateDate(doc, issue ? date : null);
        return issue;
      }
    }
    for (int d = Math.max(from, end - 8); d < end; d++) {
      DateWords.Read date = lists.dates().readAt(tokens, d, end);
      if (date == null || date.year() == 0 || date.day() == 0 || skip(tokens, date.end(), end, ".") != end) {
        continue;
      }
      int a = date.first();
      if (a - 2 >= from && tokens.get(a - 1).text().equals(",") && lists.dates().isWeekday(tokens.get(a - 2))) {
        a -= 2; // "Tuesday, November 14, 2006"
      }
      if (a == from && line.wordCount(tokens) <= 5) {
        Datelines.stateDate(doc, date);
        return true;
      }
      Token before = tokens.get(Math.max(from, a - 1));
      if (a - 1 > from && before.text().equals("|") && doc.source == null && outlets.isNameLine(tokens, from, a - 1, false)) {
        doc.source = lists.agencies().nameOrAsWritten(joined(tokens, from, a - 1)); // "Example Post | Tuesday, November 14, 2006"
      }
      boolean issue = a > from && (before.text().equals("|") || before.text().equals("/") || Spans.isDash(before)
          || tokens.get(a).start() - before.end() >= 2 && text.charAt(before.end()) == ' ');
      Datelines.stateDate(doc, issue ? date : null);
      return issue;
    }
    return false;
  }

  /**
   * The issue's line of a masthead of two lines: the line under the paper's name in the page's first
   * block, ending in the issue's full date and set off from what follows by a blank line ("THE
   * EXAMPLE HERALD" / "Lima, Wednesday, September 11, 1985", "EXAMPLE NEWS -- Example Broadcasting" /
   * "Radio Example, English bulletin, 7 November 2018"). A headline stands alone: it does not run on
   * into a line that holds only its day. Returns the issue's date, or null.
   */
  DateWords.@Nullable Read issueUnder(String text, List<Token> tokens, Line above, Line line, @Nullable Line next) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 14 || above.tokenCount() > 14 || above.endsWithPeriod(tokens)
        || ArticleMetadataReader.newlines(text, tokens.get(above.endToken() - 1).end(), tokens.get(from).start()) != 1
        || next != null && ArticleMetadataReader.newlines(text, tokens.get(end - 1).end(), tokens.get(next.firstToken()).start()) < 2) {
      return null;
    }
    for (int i = from + 1; i < end; i++) {
      if (tokens.get(i).lineStart()) {
        return null; // a byline run on into the date under it: "by Ana Lima" / "May 7, 2006"
      }
    }
    for (int d = Math.max(from, end - 6); d < end; d++) {
      DateWords.Read date = lists.dates().readAt(tokens, d, end);
      if (date != null && date.year() > 0 && date.day() > 0 && skip(tokens, date.end(), end, ".") == end) {
        return date;
      }
    }
    return null;
  }

  /**
   * Whether {@code line}, over its issue's line, is a paper's name (up to a dash: "EXAMPLE NEWS -- Example
   * Broadcasting"): at most six capitalized words, no headline's verb in lower case. Takes it as the source when none
   * is known.
   */
  boolean readNameOverIssue(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int sep = from;
    while (sep < line.endToken() && !Spans.isDash(tokens.get(sep))) {
      sep++;
    }
    if (sep == from || sep - from > 6 || !outlets.isNameLine(tokens, from, sep, true)) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, sep, joined(tokens, from, sep)));
    }
    return true;
  }
}
