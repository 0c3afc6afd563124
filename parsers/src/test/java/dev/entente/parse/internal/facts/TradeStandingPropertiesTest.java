package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reporter of two-way trade told with one state's standing in the other's trade, read by the
 * whole parser from generated reports with random states, sums and years: "[B] was [A]'s largest
 * trading partner in [year], with trade worth [sum]", the standing in the sentence before
 * ("[B] has been [A]'s largest trading partner since [year]. Bilateral trade reached [sum]") or
 * after the sum ("..., making [B] [A]'s third-largest trading partner"): the figure is [A]'s.
 * Swapping the states swaps reporter and partner.
 */
class TradeStandingPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

  /** {A} whose trade, {B} the partner ranked, {M} the sum, {Y} the year. */
  private static final List<String> FORMS = List.of(
      "{B} was {A}'s largest trading partner in {Y}, with trade worth ${M} billion.",
      "{B} remained {A}'s second-largest trading partner last year, with two-way trade reaching ${M} billion.",
      "{B} has been {A}'s largest trading partner since {Y}. Bilateral trade reached ${M} billion last year.",
      "Bilateral trade was worth ${M} billion in {Y}, making {B} {A}'s third-largest trading partner.");

  private record Case(State a, State b, int tenths, int year, int form) {
    Case swapped() {
      return new Case(b, a, tenths, year, form);
    }

    String text() {
      return "Trade report\n\n" + FORMS.get(form).replace("{A}", a.name()).replace("{B}", b.name())
          .replace("{M}", String.valueOf(tenths / 10.0)).replace("{Y}", String.valueOf(year));
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 999).flatMap(m ->
      Gens.ints(1995, 2022).flatMap(y -> Gens.ints(0, FORMS.size() - 1).map(f -> new Case(p[0], p[1], m, y, f)))));

  @Test
  void twoWayTradeIsTheTradeOfTheStateThatRanksTheOther() {
    Prop.check("standing", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        String text = k.text();
        List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures().stream()
            .filter(f -> f.flow() == Flow.TURNOVER).toList();
        assertEquals(1, got.size(), () -> text + " -> " + got);
        assertEquals(Country.of(k.a().code()), got.get(0).reporter(), text);
        assertEquals(Country.of(k.b().code()), got.get(0).partner(), text);
      }
    });
  }
}
