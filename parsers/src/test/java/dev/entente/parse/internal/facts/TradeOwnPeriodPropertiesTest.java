package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The period a trade figure is told with right after its sum ("[sum] in [year]") is its own, even
 * when the clause names another date before it: a change from one sum to another, each with its
 * year, or a relative clause with a date of its own. The year before "to [sum]" is never read as the
 * low end of a range. Read by the whole parser from generated reports with random states, sums and
 * years; swapping the states swaps reporter and partner and keeps the periods.
 */
class TradeOwnPeriodPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

  private record Case(State a, State b, int before, int after, int year1, int year2) {
    Case swapped() {
      return new Case(b, a, before, after, year1, year2);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 60).flatMap(x ->
      Gens.ints(1, 39).flatMap(m -> Gens.ints(1975, 2012).flatMap(y -> Gens.ints(1, 10).map(k ->
          new Case(p[0], p[1], x, x + m, y, y + k))))));

  private static List<TradeFigure> turnover(String text) {
    return PARSER.parse("generated", text, PUBLISHED).tradeFigures().stream()
        .filter(f -> f.flow() == Flow.TURNOVER).toList();
  }

  /** The turnover figure of {@code tenths} billion dollars, checked to run from state a to state b. */
  private static TradeFigure figure(Case c, String text, int tenths) {
    BigDecimal amount = BigDecimal.valueOf(tenths * 100_000_000L);
    List<TradeFigure> got = turnover(text);
    for (TradeFigure f : got) {
      assertTrue(f.value() == null || f.value().amount().compareTo(BigDecimal.valueOf(3000)) > 0,
          () -> "a year read as a sum: " + text + " -> " + got);
    }
    List<TradeFigure> match = got.stream()
        .filter(f -> f.value() != null && f.value().amount().compareTo(amount) == 0).toList();
    assertEquals(1, match.size(), () -> text + " -> " + got);
    TradeFigure f = match.get(0);
    assertEquals(Country.of(c.a().code()), f.reporter(), text);
    assertEquals(Country.of(c.b().code()), f.partner(), text);
    return f;
  }

  @Test
  void eachSumOfAChangeKeepsTheYearToldAfterIt() {
    Prop.check("from [sum] in [year] to [sum] in [year]", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        for (String verb : List.of("fell", "rose", "grew", "dropped")) {
          String text = "Trade report\n\nTrade between " + k.a().name() + " and " + k.b().name() + " " + verb
              + " from about " + k.before() / 10.0 + " billion dollars in " + k.year1() + " to " + k.after() / 10.0
              + " billion dollars in " + k.year2() + ".";
          assertEquals(EdtfDate.ofYear(k.year2()), figure(k, text, k.after()).period(), text);
          assertEquals(EdtfDate.ofYear(k.year1()), figure(k, text, k.before()).period(), text);
        }
      }
    });
  }

  @Test
  void aDateOfARelativeClauseIsNotTheFiguresPeriod() {
    Prop.check("relative clause with a date", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        String text = "Trade report\n\nTrade between " + k.a().name() + " and " + k.b().name()
            + ", which was still small in " + k.year1() + ", reached " + k.after() / 10.0 + " billion dollars in "
            + k.year2() + ".";
        assertEquals(EdtfDate.ofYear(k.year2()), figure(k, text, k.after()).period(), text);
      }
    });
  }
}
