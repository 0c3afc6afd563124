package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.allCaps;
import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dateline of an article, for {@link ArticleMetadataReader}: a dateline on a line of its own or at
 * the start of the report's first line, and the place filed from ("From our correspondent in City");
 * the date it states becomes the stated publication date when {@link StatedDates} found none.
 */
final class Datelines {

  private final HeadWords lists;
  final DatelineLookalikes lookalikes;

  Datelines(HeadWords lists) {
    this.lists = lists;
    this.lookalikes = new DatelineLookalikes(lists);
  }

  /**
   * A known city between the bars of a credit line that states the report's date, above or under the headline:
   * "[AGENCY] | [City]  Last Updated at [date]", "[NAME] | [City] | [date] - [time]", "[City] | [date]", "Press
   * release | [City], [date]". The city is the dateline; the line is left to the other readers (its name may be the
   * byline, its agency the source). A menu's bars hold no date.
   */
  boolean readBarredPlace(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    boolean bar = false;
    for (int i = from; i < end && !bar; i++) {
      bar = tokens.get(i).text().equals("|");
    }
    DateWords.Read date = bar && line.tokenCount() <= 25 ? lists.dates().find(tokens, from, end) : null;
    if (date == null || date.year() == 0) {
      return false;
    }
    for (int s = from; s < end; s++) {
      for (int c = Math.min(end, s + 4); c > s; c--) {
        if (lists.cities().contains(keyOf(tokens, s, c)) && (c == end || tokens.get(c).text().equals("|")
            || tokens.get(c).text().equals(",") || tokens.get(c).start() - tokens.get(c - 1).end() >= 2)) {
          setDateline(doc, tokens, s, c, null, null);
          return true;
        }
      }
      while (s < end && !tokens.get(s).text().equals("|")) {
        s++; // on to the next part
      }
    }
    return false;
  }

  /**
   * A dateline that is a whole line: "Belgrade, 29 August 2024", "22 April 2019, Nur-Sultan",
   * "New Delhi, January 25, 2003", and, under a headline or byline, a city alone in capitals ("DAVOS")
   * or a city with the weekday and the whole date ("LIMA, Monday, July 13, 1970").
   */
  boolean readDatelineLine(Document doc, List<Token> tokens, Line line, boolean underHeadline) {
    int i = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 12) {
      return false;
    }
    if (tokens.get(i).is("from") || tokens.get(i).is("by")) {
      return readCorrespondentIn(doc, tokens, line);
    }
    DateWords.Read date = lists.dates().readAt(tokens, i, end);
    if (date != null) {
      // date, city
      int k = skip(tokens, date.end(), end, ",");
      if (k == date.end() || k >= end) {
        return false;
      }
      int c = k;
      while (c < end && c - k < 5 && isCityPart(tokens, c, k)) {
        c++;
      }
      if (c != end || c == k) {
        return false;
      }
      setDateline(doc, tokens, k, c, null, date);
      return true;
    }
    int c = i;
    while (c < end && c - i < 5 && isCityPart(tokens, c, i)) {
      c++;
    }
    if (c == i || lookalikes.isNoPlace(tokens, i, c)) {
      return false;
    }
    boolean known = lists.cities().contains(keyOf(tokens, i, c));
    if (c == end) {
      // a known city alone on its line (a press release's place), or a city in capitals under the headline
      if (known || c - i <= 3 && underHeadline && allCaps(tokens, i, c)) { // "Ho Chi Minh City" is a known city of four words
        setDateline(doc, tokens, i, c, null, null);
        return true;
      }
      return false;
    }
    if ((known || allCaps(tokens, i, c)) && lists.dates().month(tokens.get(c)) > 0) {
      DateWords.Read d = lists.dates().readAt(tokens, c, end); // "CITY Month Day" and its agency: "NEW DELHI March 27 Sapa"
      String agency = d == null || d.end() >= end || lists.agencies().name(joined(tokens, d.end(), end)) == null ? null
          : joined(tokens, d.end(), end);
      if (d == null || d.end() < end && agency == null) {
        return false;
      }
      setDateline(doc, tokens, i, c, doc.source == null ? agency : null, d);
      return true;
    }
    if (!tokens.get(c).text().equals(",")) {
      return false;
    }
    if (c + 2 == end && lists.dates().isWeekday(tokens.get(c + 1)) && (known || allCaps(tokens, i, c))) {
      setDateline(doc, tokens, i, c, null, null); // "WASHINGTON, Thursday"
      return true;
    }
    DateWords.Read d = lists.dates().readAt(tokens, c + 1, end);
    if (d == null && underHeadline && c + 3 < end && lists.dates().isWeekday(tokens.get(c + 1)) && (known || allCaps(tokens, i, c))) {
      d = lists.dates().readAt(tokens, skip(tokens, c + 2, end, ","), end); // "LIMA, Monday, July 13, 1970" under the headline
      if (d != null && d.year() == 0) {
        return false;
      }
    }
    if (d == null) {
      int r = regionEnd(tokens, c + 1, end); // "Place, Example Province, 3 March 1997": the region between
      d = r > c + 1 && r + 1 < end && tokens.get(r).text().equals(",") ? lists.dates().readAt(tokens, r + 1, end) : null;
      if (d != null && d.year() == 0) {
        return false;
      }
    }
    if (d == null || skip(tokens, d.end(), end, ".") != end) {
      return false;
    }
    setDateline(doc, tokens, i, c, null, d);
    return true;
  }

  /**
   * The end of a region's or state's name after a dateline's city, at most three words, the first
   * capitalized, no month or weekday: "Kenya", "Example Province", "Example region"; {@code from}
   * when there is none.
   */
  private int regionEnd(List<Token> tokens, int from, int end) {
    int r = from;
    while (r < end && r - from < 3 && tokens.get(r).isWord() && (r > from || tokens.get(r).isCapitalized())
        && lists.dates().month(tokens.get(r)) == 0 && !lists.dates().isWeekday(tokens.get(r))) {
      r++;
    }
    return r;
  }

  /** Whether {@code line} holds a date. */
  boolean hasDate(List<Token> tokens, Line line) {
    return lists.dates().find(tokens, line.firstToken(), line.endToken()) != null;
  }

  /**
   * "From our correspondent in Belgrade", "By our own reporter in Madrid": the place a report was
   * filed from, named after a desk word ({@code bylines.txt} [not-person]) and "in".
   */
  private boolean readCorrespondentIn(Document doc, List<Token> tokens, Line line) {
    int end = line.endToken();
    int in = line.firstToken() + 1;
    boolean desk = false;
    while (in < end && tokens.get(in).isWord() && tokens.get(in).isLowerCase() && !tokens.get(in).is("in")) {
      desk |= lists.notPerson().contains(tokens.get(in).key());
      in++;
    }
    if (!desk || in + 1 >= end || !tokens.get(in).is("in")) {
      return false;
    }
    int c = in + 1;
    while (c < end && c - in <= 4 && isCityPart(tokens, c, in + 1)) {
      c++;
    }
    if (c == in + 1 || skip(tokens, c, end, ".") != end) {
      return false;
    }
    setDateline(doc, tokens, in + 1, c, null, null);
    return true;
  }

  /**
   * Reads a dateline at the start of {@code line}; sets dateline, source and (if not yet known) the
   * stated date. {@code bareCity} allows the "City, ..." form without agency or date.
   */
  boolean readDateline(Document doc, List<Token> tokens, Line line, boolean bareCity) {
    int i = line.firstToken();
    int end = line.endToken();
    if (tokens.get(i).text().equals("(") && i + 4 < end && readAgencyFirst(doc, tokens, line)) {
      return true;
    }
    DateWords.Read date = lists.dates().readAt(tokens, i, end);
    int c = i;
    if (date == null) {
      while (c < end && c - i < 6 && isCityPart(tokens, c, i)) {
        c++;
      }
    }
    int k = date != null ? skip(tokens, date.end(), end, ",") : c;
    if (c > i && k + 2 < end && tokens.get(k).text().equals("[")) {
      int close = k + 1;
      while (close < end && close - k <= 4 && tokens.get(close).isWord()) {
        close++;
      }
      if (close < end && close > k + 1 && tokens.get(close).text().equals("]")) {
        k = close + 1; // the state in brackets: "NEW DELHI [India], June 5 (AGENCY):"
      }
    }
    String commaAgency = null;
    boolean hasCity = c > i;
    boolean cityCaps = hasCity && allCaps(tokens, i, c);
    boolean cityKnown = hasCity && lists.cities().contains(keyOf(tokens, i, c));
    if (!hasCity && date == null && !(k < end && tokens.get(k).text().equals("(")) || hasCity && lookalikes.isNoPlace(tokens, i, c)) {
      return false;
    }
    if (hasCity && k < end && tokens.get(k).text().equals(",")) {
      DateWords.Read d = lists.dates().readAt(tokens, k + 1, end);
      int hijri = d == null ? lists.dates().hijriEnd(tokens, k + 1, end) : k + 1;
      if (hijri > k + 1 && hijri + 1 < end && tokens.get(hijri).text().equals(",")) {
        d = lists.dates().readAt(tokens, hijri + 1, end); // "CITY, Sha'ban 24, 1438, May 20, 2017, AGENCY --": the Gregorian date
      }
      if (d != null) {
        date = d;
        k = skip(tokens, d.end(), end, ".");
        int r = k + 1;
        while (k < end && tokens.get(k).text().equals(",") && r < end && r - k <= 4 && !isDash(tokens.get(r))) {
          r++;
        }
        if (k < end && tokens.get(k).text().equals(",") && r < end && r > k + 1 && isDash(tokens.get(r))
            && (lists.agencies().name(joined(tokens, k + 1, r)) != null || allCaps(tokens, k + 1, r))) {
          if (doc.source == null) {
            doc.source = lists.agencies().nameOrAsWritten(joined(tokens, k + 1, r)); // "Tehran, March 12, IRNA -"
          }
          k = r;
        } else {
          k = agencyBeforeDash(doc, tokens, k, end);
        }
      } else {
        int r = k + 1;
        while (r < end && r - k <= 3 && tokens.get(r).isWord() && tokens.get(r).isCapitalized()) {
          r++;
        }
        DateWords.Read rd = r > k + 1 && r + 1 < end && tokens.get(r).text().equals(",") && (cityCaps || cityKnown)
            ? lists.dates().readAt(tokens, r + 1, end) : null;
        if (rd == null && r > k + 1 && (cityCaps || cityKnown)) {
          int q = regionEnd(tokens, k + 1, end); // "CITY, Example region, 3 March 1997 (AGENCY)."
          DateWords.Read qd = q > r && q + 1 < end && tokens.get(q).text().equals(",") ? lists.dates().readAt(tokens, q + 1, end) : null;
          if (qd != null && qd.year() > 0) {
            r = q;
            rd = qd;
          }
        }
        if (r > k + 1 && r < end && (tokens.get(r).text().equals("(") || isDash(tokens.get(r)) && (cityCaps || cityKnown))) {
          if (isDash(tokens.get(r)) && lists.agencies().name(joined(tokens, k + 1, r)) != null) {
            commaAgency = joined(tokens, k + 1, r); // "Tehran, IRNA -": the agency, not a region
          }
          k = r; // "KYIV, Ukraine (AP) -"
        } else if (rd != null) {
          date = rd;
          k = skip(tokens, rd.end(), end, "."); // "NAIROBI, Kenya, March 3 (KNA) --"
        } else if (bareCity && cityKnown && c - i <= 4 && k + 1 < end && !tokens.get(k + 1).isLowerCase()
            && line.endsWithPeriod(tokens) && line.wordCount(tokens) >= 8) {
          setDateline(doc, tokens, i, c, null, null);
          return true;
        } else {
          return false;
        }
      }
    }
    if (hasCity && date == null && (cityCaps || cityKnown) && k < end && lists.dates().month(tokens.get(k)) > 0) {
      DateWords.Read d = lists.dates().readAt(tokens, k, end);
      if (d != null) {
        date = d; // "CITY Month Day AGENCY --": the date straight after the city, no comma
        k = agencyBeforeDash(doc, tokens, skip(tokens, d.end(), end, "."), end);
      }
    }
    if (hasCity && date == null && (cityCaps || cityKnown) && k + 1 < end && tokens.get(k).text().equals(".")) {
      DateWords.Read d = lists.dates().readAt(tokens, k + 1, end);
      if (d != null) {
        date = d; // "CITY. June 16 (AGENCY) -"
        k = skip(tokens, d.end(), end, ",");
      }
    }
    if (k >= end) {
      return false;
    }
    Token at = tokens.get(k);
    String source = null;
    if (at.text().equals("(")) {
      int close = k + 1;
      while (close < end && close - k <= 25 && !tokens.get(close).text().equals(")")) {
        close++;
      }
      if (close >= end || close - k > 25 || close == k + 1) {
        return false;
      }
      DateWords.Read inner = lists.dates().find(tokens, k + 1, close);
      int srcEnd = inner != null ? inner.first() : close;
      while (srcEnd > k + 1 && (isDash(tokens.get(srcEnd - 1)) || tokens.get(srcEnd - 1).text().equals(","))) {
        srcEnd--;
      }
      if (srcEnd > k + 1 && ownCredit(tokens, k + 1, srcEnd)) {
        source = null; // "(From our special correspondent)": the paper's own reporter, whose paper the masthead names
      } else if (srcEnd > k + 1) {
        int and = k + 2;
        while (and < srcEnd && !tokens.get(and).is("and")) {
          and++;
        }
        boolean first = and < srcEnd && lists.agencies().name(joined(tokens, k + 1, and)) != null;
        source = joined(tokens, k + 1, first ? and : srcEnd); // "(AGENCY and special to Outlet)": the agency
      }
      DateWords.Read after = inner == null && date == null && close + 2 < end && tokens.get(close + 1).text().equals(",")
          ? lists.dates().readAt(tokens, close + 2, end) : null;
      if (after != null && source != null && lists.agencies().name(source) == null) {
        setDateline(doc, tokens, i, c, null, after); // "CITY (Region), July 19.": the region, not an agency
        return true;
      }
      if (inner != null && date == null) {
        date = inner;
      }
      boolean known = source != null && lists.agencies().name(source) != null;
      if (!hasCity && date != null && inner == null && !known && srcEnd == close && lists.cities().contains(keyOf(tokens, k + 1, close))) {
        setDateline(doc, tokens, k + 1, close, null, date); // "September 28, 2012 (CITY) -": a known city in brackets after the date
        return true;
      }
      if (!known && tokens.get(k + 1).isLowerCase()) {
        return false; // "(pictured)", "(left)"
      }
      if (!(known || cityCaps || cityKnown || inner != null || (date != null && source != null))) {
        return false;
      }
    } else if (at.text().equals("/") && hasCity) {
      int close = k + 1;
      while (close < end && close - k <= 6 && !tokens.get(close).text().equals("/")) {
        close++;
      }
      if (close == k + 1 && close < end && (cityCaps || cityKnown) && c - i <= 4 && tokens.get(close).start() == at.end()) {
        setDateline(doc, tokens, i, c, null, date); // "CITY // The minister ...": a double slash ends the dateline
        return true;
      }
      if (close >= end || close == k + 1 || close - k > 6) {
        return false;
      }
      source = Spans.unquoted(tokens, k + 1, close); // "/AGENCY/", "/[ABBREVIATION] “[Agency]”/"
      if (!(cityCaps || cityKnown || date != null) || !(lists.agencies().name(source) != null || allCaps(tokens, k + 1, close)
          || date != null && cityCaps)) {
        return false; // "Home / World / Asia" is a breadcrumb
      }
    } else if (isDash(at)) {
      boolean spaced = at.start() > tokens.get(k - 1).end() || k + 1 < end && tokens.get(k + 1).start() > at.end();
      if (!(spaced && hasCity && (cityCaps || cityKnown || date != null) && c - i <= 5)) {
        return false;
      }
    } else if (at.text().equals(":") && k + 1 == end && fullDateClosed(tokens, k + 1, hasCity && cityKnown, date)) {
      // "City, 28 November 2019:" on a line of its own, the report below
    } else if (at.text().equals(":")) {
      if (!(hasCity && (cityCaps || cityKnown) && c - i <= 4 && k + 1 < end && !tokens.get(k + 1).isLowerCase())
          || isMenu(tokens, k + 1, end) || c == i + 1 && lists.wireSlug().contains(tokens.get(i).key())) {
        return false; // "SECTION: Label | Label | Label" is a menu; "URGENT: HEADLINE" a marked headline
      }
      if (!cityKnown && allCaps(tokens, k + 1, end) && !line.endsWithPeriod(tokens)) {
        return false; // "TREATY SIGNED: SIDES TO BUILD DAM": a headline in capitals, no city's report after the colon
      }
    } else if (at.text().equals(".") && hasCity && (cityCaps || cityKnown) && c - i <= 4) {
      int r = k + 1; // "CITY. AGENCY -": the agency between the city's period and a dash
      while (r < end && r - k <= 4 && tokens.get(r).isWord()) {
        r++;
      }
      boolean agencyDash = r < end && isDash(tokens.get(r)) && (r == k + 1 // "CITY. - The minister ..."
          || lists.agencies().name(joined(tokens, k + 1, r)) != null || allCaps(tokens, k + 1, r));
      if (!agencyDash && !(cityKnown && at.start() == tokens.get(k - 1).end() && k + 2 < end
          && tokens.get(k + 1).isWord() && tokens.get(k + 1).isCapitalized())) {
        return false;
      }
      source = agencyDash && r > k + 1 ? joined(tokens, k + 1, r) : null; // else "City. The minister ...": the city alone
    } else if (!(hasCity && cityCaps && date != null || fullDateClosed(tokens, k, hasCity && cityKnown, date))) {
      return false;
    }
    setDateline(doc, tokens, i, c, source != null ? source : commaAgency, date);
    return true;
  }

  /**
   * Whether a known city's dateline ends with a whole date and a stop before token {@code k}: "City,
   * 16 April 2019. The president ...", "City, 28 November 2019:"; a date without its year is not enough.
   */
  private static boolean fullDateClosed(List<Token> tokens, int k, boolean city, DateWords.@Nullable Read date) {
    return city && date != null && date.year() > 0 && k > 0 && k - 1 >= date.end()
        && (tokens.get(k - 1).text().equals(".") || tokens.get(k - 1).text().equals(":"));
  }

  // "From our special correspondent", "our own correspondent": the outlet's own reporter credited, no agency
  private static boolean ownCredit(List<Token> tokens, int from, int to) {
    if (tokens.get(from).is("from")) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is("our")) {
        return true;
      }
    }
    return false;
  }

  // "(AGENCY) - CITY, Month Day - ": the agency's credit before the dateline
  private boolean readAgencyFirst(Document doc, List<Token> tokens, Line line) {
    int i = line.firstToken();
    int close = i + 1;
    while (close < line.endToken() && close - i <= 4 && tokens.get(close).isWord()) {
      close++;
    }
    String agency = close > i + 1 && close + 2 < line.endToken() && tokens.get(close).text().equals(")")
        ? lists.agencies().name(joined(tokens, i + 1, close)) : null;
    if (agency == null || !isDash(tokens.get(close + 1))) {
      return false;
    }
    Line rest = new Line(line.index(), line.firstSentence(), line.endSentence(), close + 2, line.endToken());
    if (!allCaps(tokens, close + 2, close + 3) || !readDateline(doc, tokens, rest, false)) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(joined(tokens, i + 1, close));
    }
    return true;
  }

  // "PARIS, October 5 TASS --": a known agency after the date, no comma or bracket; the index of its dash
  private int agencyBeforeDash(Document doc, List<Token> tokens, int k, int end) {
    int a = k;
    while (a < end && a - k < 3 && tokens.get(a).isWord()) {
      a++;
    }
    if (a > k && a < end && isDash(tokens.get(a)) && lists.agencies().name(joined(tokens, k, a)) != null) {
      if (doc.source == null) {
        doc.source = lists.agencies().nameOrAsWritten(joined(tokens, k, a));
      }
      return a;
    }
    return k;
  }

  void setDateline(Document doc, List<Token> tokens, int from, int to, @Nullable String source,
      DateWords.@Nullable Read date) {
    if (to > from) {
      doc.dateline = lists.titleCaseIfCaps(tokens, from, to, joined(tokens, from, to));
      datelineDay(doc, tokens, to, date);
    }
    if (source != null && !(doc.source != null && lists.agencies().abbreviates(source, doc.source))) {
      doc.source = lists.agencies().nameOrAsWritten(source); // unless it abbreviates the masthead's agency
    }
    stateDate(doc, date);
  }

  /**
   * Records where the day of a dateline whose place ends before token {@code to} stands: {@code date},
   * or a weekday after the place's comma ("WASHINGTON, Thursday", "PEKING, Friday. -").
   */
  private void datelineDay(Document doc, List<Token> tokens, int to, DateWords.@Nullable Read date) {
    if (date != null) {
      doc.datelineDay = date.first();
    } else if (to + 1 < tokens.size() && tokens.get(to).text().equals(",") && lists.dates().isWeekday(tokens.get(to + 1))) {
      doc.datelineDay = to + 1;
    }
  }

  /** Sets the stated publication date to {@code date} when none is known yet. */
  static void stateDate(Document doc, DateWords.@Nullable Read date) {
    if (date != null && doc.statedPublished == null) {
      LocalDate d = DateWords.resolve(date, doc.givenPublished);
      if (d != null) {
        doc.statedPublished = EdtfDate.of(d);
      }
    }
  }

  // two bars or more between labels: a site's menu
  private static boolean isMenu(List<Token> tokens, int from, int end) {
    int bars = 0;
    for (int i = from; i < end && bars < 2; i++) {
      bars += tokens.get(i).text().equals("|") ? 1 : 0;
    }
    return bars >= 2;
  }

  /** Words that join a headline's parts and are no word of a city's name ("AND", "IN", "TO"). */
  private static final Set<String> HEADLINE_LINKS = Set.of("and", "in", "at", "to", "on", "for", "with");

  boolean isCityPart(List<Token> tokens, int c, int first) {
    Token t = tokens.get(c);
    if (t.isWord()) {
      if (t.isCapitalized()) {
        // "SIDES AND PARTIES AGREE:", "[NAME] IN [CITY]: TALKS ..." (a headline) is no city
        return c == first || lists.dates().month(t) == 0 && !HEADLINE_LINKS.contains(t.key());
      }
      // "Rio de Janeiro", "Port of Spain"
      return c > first && (lists.particles().contains(t.key()) || t.is("of")) && c + 1 < tokens.size()
          && tokens.get(c + 1).isCapitalized() && !tokens.get(c + 1).lineStart();
    }
    // the period of "St." or "Ft." right after its word, which opens the name ("CHIANG MAI. AGENCY -" ends it)
    return c == first + 1 && t.text().equals(".") && tokens.get(c - 1).end() == t.start()
        && tokens.get(c - 1).text().length() <= 3 && c + 1 < tokens.size() && tokens.get(c + 1).isCapitalized()
        && !tokens.get(c + 1).lineStart();
  }


  // the end of a place name's words from `from`: "Lima", "Rio de Janeiro"
  int cityEnd(List<Token> tokens, int from, int end) {
    int c = from;
    while (c < end && c - from <= 4 && isCityPart(tokens, c, from)) {
      c++;
    }
    return c;
  }
}
