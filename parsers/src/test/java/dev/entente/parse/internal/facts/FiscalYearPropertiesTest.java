package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Periods written as fiscal years: "[YYYY-YY]" in a figure of a state whose fiscal year starts in
 * another month than January covers that state's year (the reporter's, else the partner's), "[Month]-[Month] YYYY-YY" the months named,
 * and two states whose fiscal year is the calendar year keep the two years.
 */
class FiscalYearPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);
  /** The first month of the fiscal year of the generated states that have one (their budget calendars). */
  private static final Map<String, Integer> FISCAL_START = Map.of("IND", 4, "JPN", 4, "EGY", 7, "KEN", 7);

  /** How a report writes a fiscal year before its years, and after them. */
  private static final List<String[]> YEAR_FORMS = List.of(
      new String[] {"in", ""}, new String[] {"in fiscal year", ""}, new String[] {"in the", "fiscal year"},
      new String[] {"during", ""}, new String[] {"for", ""}, new String[] {"in FY", ""},
      new String[] {"in the financial year", ""});

  /** How a report writes a range of months over the turn of the year before its years. */
  private static final List<String> RANGE_LEADS = List.of("in", "during", "over", "in the months", "for", "in the period");

  private record Case(State a, State b, Sum sum, int year, int form, int from, int to, boolean dash, boolean shortNames) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.ints(1972, 2029).flatMap(y -> Gens.ints(0, 99).flatMap(form -> Gens.ints(2, 12).flatMap(from ->
          Gens.ints(1, from - 1).flatMap(to -> Gens.booleans().flatMap(dash -> Gens.booleans().map(shortNames ->
              new Case(p[0], p[1], s, y, form, from, to, dash, shortNames)))))))));

  private static String years(Case c) {
    return c.year() + (c.dash() ? "\u2013" : "-") + String.format("%02d", (c.year() + 1) % 100);
  }

  private static String month(int m, boolean shortName) {
    return Month.of(m).getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
  }

  private static TradeFigure exports(Tagged text) {
    List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    return got.get(0);
  }

  /** "[A]'s exports to [B] [reached] [sum]" with the period's words after. */
  private static Tagged figure(Case c) {
    Tagged t = name(new Tagged(), c.a()).w("'s exports to");
    return name(t, c.b()).w(c.form() % 2 == 0 ? "reached" : "stood at")
        .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT);
  }

  @Test
  void aFiscalYearIsTheYearOfTheReportingState() {
    Prop.check("fiscal year of the reporter", CASES, c -> {
      String[] form = YEAR_FORMS.get(c.form() % YEAR_FORMS.size());
      EdtfDate told = EdtfDate.interval(EdtfDate.ofYear(c.year()), EdtfDate.ofYear(c.year() + 1));
      Tagged text = figure(c).w(form[0]).date(years(c), told);
      if (!form[1].isEmpty()) {
        text.w(form[1]);
      }
      text.w(".");
      Integer start = FISCAL_START.getOrDefault(c.a().code(), FISCAL_START.get(c.b().code()));
      EdtfDate want = start == null ? told
          : EdtfDate.interval(EdtfDate.ofMonth(c.year(), start), EdtfDate.ofMonth(c.year() + 1, start - 1));
      TradeFigure f = exports(text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text::text);
      assertEquals(want, f.period(), text::text);
    });
  }

  @Test
  void aRangeOfMonthsOverTheTurnOfTheYearIsThoseMonths() {
    Prop.check("months of a fiscal year", CASES, c -> {
      EdtfDate told = EdtfDate.interval(EdtfDate.ofYear(c.year()), EdtfDate.ofYear(c.year() + 1));
      String range = month(c.from(), c.shortNames()) + (c.dash() ? "\u2013" : "-") + month(c.to(), c.shortNames());
      Tagged text = figure(c).w(RANGE_LEADS.get(c.form() % RANGE_LEADS.size())).date(range + " " + years(c), told)
          .w(".");
      EdtfDate want = EdtfDate.interval(EdtfDate.ofMonth(c.year(), c.from()), EdtfDate.ofMonth(c.year() + 1, c.to()));
      assertEquals(want, exports(text).period(), text::text);
    });
  }

  @Test
  void yearsWrittenOutInFullStayCalendarYears() {
    Prop.check("calendar years", CASES, c -> {
      EdtfDate told = EdtfDate.interval(EdtfDate.ofYear(c.year()), EdtfDate.ofYear(c.year() + 1));
      String span = c.form() % 2 == 0 ? c.year() + "-" + (c.year() + 1) : c.year() + " to " + (c.year() + 1);
      Tagged text = figure(c).w(c.form() % 3 == 0 ? "in" : "over").date(span, told).w(".");
      assertEquals(told, exports(text).period(), text::text);
    });
  }

  /** How a report writes twelve months closed by a month: the words before the month. */
  private static final List<String> YEAR_TO = List.of("in the year to", "in the fiscal year to", "in the 12 months to",
      "in the twelve months ended", "for the year ending", "in the financial year ended", "over the year through");

  @Test
  void aYearToAMonthIsTheTwelveMonthsItCloses() {
    Prop.check("year to a month", CASES, c -> {
      int last = c.from(); // any month, 2 to 12
      EdtfDate told = EdtfDate.ofMonth(c.year(), last);
      String lead = YEAR_TO.get(c.form() % YEAR_TO.size());
      Tagged text = figure(c).w(lead).date(month(last, false) + " " + c.year(), told).w(".");
      EdtfDate want = last == 12 ? EdtfDate.ofYear(c.year())
          : EdtfDate.interval(EdtfDate.ofMonth(c.year() - 1, last + 1), told);
      assertEquals(want, exports(text).period(), text::text);
      // the same month told alone is that month
      Tagged alone = figure(c).w(c.form() % 2 == 0 ? "in" : "during").date(month(last, false) + " " + c.year(), told)
          .w(".");
      assertEquals(told, exports(alone).period(), alone::text);
    });
  }

  @Test
  void theEndOfAYearIsThatYear() {
    Prop.check("end of a year", CASES, c -> {
      EdtfDate december = EdtfDate.ofMonth(c.year(), 12);
      Tagged text = figure(c).w(c.form() % 2 == 0 ? "at" : "by").date("the end of " + c.year(), december).w(".");
      assertEquals(EdtfDate.ofYear(c.year()), exports(text).period(), text::text);
      Tagged month = figure(c).w("at").date("the end of December " + c.year(), december).w(".");
      assertEquals(december, exports(month).period(), month::text);
    });
  }
}
