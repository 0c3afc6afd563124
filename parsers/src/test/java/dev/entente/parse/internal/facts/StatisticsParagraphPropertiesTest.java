package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs of trade statistics: the lead's period holds for the paragraph's later figures until
 * another is named, and the state whose statistics they are reports the trade.
 */
class StatisticsParagraphPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State a, State b, Sum first, Sum second, int year, boolean named) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s1 ->
      FactGens.sums().flatMap(s2 -> FactGens.years().flatMap(y -> Gens.booleans().map(named ->
          new Case(p[0], p[1], s1, s2, y, named))))));


  private static Tagged money(Tagged t, Sum s) {
    return t.money(s.surface(), s.money(), Qualifier.EXACT);
  }

  private static List<TradeFigure> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, STAGE).tradeFigures;
  }

  @Test
  void theLeadsPeriodHoldsThroughTheParagraphUntilAnotherIsNamed() {
    Prop.check("period of the lead", CASES, c -> {
      Tagged lead = money(name(name(new Tagged().w("In").date(String.valueOf(c.year()), EdtfDate.ofYear(c.year()))
          .w(", trade between"), c.a()).w("and"), c.b()).w("rose to"), c.first()).w(".");
      Tagged between = new Tagged().w("Officials called the result encouraging.");
      Tagged later = money(name(name(new Tagged().w("Exports from"), c.a()).w("to"), c.b()).w("amounted to"), c.second());
      if (c.named()) {
        later.w("in").date(String.valueOf(c.year() - 1), EdtfDate.ofYear(c.year() - 1));
      }
      Tagged text = lead.then(between).then(later.w("."));
      List<TradeFigure> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      TradeFigure exports = got.get(1);
      assertEquals(Flow.EXPORT, exports.flow(), text::text);
      assertEquals(EdtfDate.ofYear(c.named() ? c.year() - 1 : c.year()), exports.period(), text::text);
    });
  }

  @Test
  void theStateWhoseStatisticsTheyAreReportsTheTrade() {
    Prop.check("reporter of statistics", CASES, c -> {
      State source = c.named() ? c.a() : c.b();
      Tagged text = money(name(name(new Tagged().w("According to").country(source.adjective(), source.code(),
          CountryForm.ADJECTIVE).w("statistics, trade between"), c.a()).w("and"), c.b()).w("reached"), c.first())
          .w(".");
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      State other = source == c.a() ? c.b() : c.a();
      assertEquals(Country.of(source.code()), got.get(0).reporter(), text::text);
      assertEquals(Country.of(other.code()), got.get(0).partner(), text::text);
    });
  }

  @Test
  void aRunningTotalSinceAYearCoversTheYearsToPublication() {
    Prop.check("since a year", CASES, c -> {
      int since = Math.min(c.year(), PUBLISHED.getYear() - 1);
      Tagged text = name(new Tagged(), c.a()).w("'s aid to");
      name(text, c.b()).w("has exceeded").money(c.first().surface(), c.first().money(), Qualifier.EXACT)
          .w("since").date(String.valueOf(since), EdtfDate.ofYear(since)).w(".");
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.ofYear(since), EdtfDate.ofYear(PUBLISHED.getYear())),
          got.get(0).period(), text::text);
      assertEquals(Country.of(c.a().code()), got.get(0).reporter(), text::text);
      assertEquals(Country.of(c.b().code()), got.get(0).partner(), text::text);
    });
  }
}
