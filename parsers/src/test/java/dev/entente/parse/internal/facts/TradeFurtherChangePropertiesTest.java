package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change told by "it" of the trade figure just read, in a period of its own ("Trade between [A]
 * and [B] reached [sum] in [year]. In January-September [next year] it grew by a further 9
 * percent."), read by the whole parser from generated reports with random states, sums, years and
 * changes: it is a second figure of the same flow and states, with that change and period and no
 * sum; swapping the states swaps reporter and partner; with no figure before it, it is none.
 */
class TradeFurtherChangePropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private record Case(State a, State b, int millions, int year, int change, int months, boolean oneSentence) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 999).flatMap(m ->
      Gens.ints(1995, 2030).flatMap(y -> Gens.ints(2, 60).flatMap(c -> Gens.ints(2, 11).flatMap(n ->
          Gens.ints(0, 1).map(one -> new Case(p[0], p[1], m, y, c, n, one == 1)))))));

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static String text(Case c, State a, State b) {
    String first = "Trade between " + a.name() + " and " + b.name() + " reached $" + c.millions() + " million in "
        + c.year();
    String later = "in January-" + MONTHS.get(c.months() - 1) + " " + (c.year() + 1) + " it grew by a further "
        + c.change() + " percent.";
    return "Trade report\n\n" + first + (c.oneSentence() ? ", and " + later : ". In" + later.substring(2));
  }

  @Test
  void aChangeToldByItInAPeriodOfItsOwnIsASecondFigure() {
    Prop.check("further change", CASES, c -> {
      LocalDate published = LocalDate.of(c.year() + 1, 12, 20);
      for (State[] p : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        String text = text(c, p[0], p[1]);
        List<TradeFigure> got = PARSER.parse("generated", text, published).tradeFigures();
        assertEquals(2, got.size(), () -> text + " -> " + got);
        TradeFigure sum = got.get(0);
        TradeFigure change = got.get(1);
        assertEquals(Flow.TURNOVER, change.flow(), text);
        assertNull(change.value(), text);
        assertNull(sum.changePercent(), text);
        assertEquals(0, BigDecimal.valueOf(c.change()).compareTo(change.changePercent()), text);
        assertEquals(EdtfDate.interval(EdtfDate.ofMonth(c.year() + 1, 1), EdtfDate.ofMonth(c.year() + 1, c.months())),
            change.period(), text);
        assertEquals(Country.of(p[0].code()), change.reporter(), text);
        assertEquals(Country.of(p[1].code()), change.partner(), text);
        assertEquals(sum.reporter(), change.reporter(), text);
      }
      // with no figure read before it, "it" stands for nothing of trade
      String alone = "Trade report\n\nIn January-" + MONTHS.get(c.months() - 1) + " " + (c.year() + 1)
          + " it grew by " + c.change() + " percent.";
      assertEquals(0, PARSER.parse("generated", alone, published).tradeFigures().size(), alone);
    });
  }
}
