package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Money;
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
 * A ranking of partners after a total ("[A] exported [goods] worth [sum] in [year]. [B] took 40
 * percent of the total, or [sum], followed by [C] with [sum] and [D] with [sum]."), read by the whole
 * parser from generated reports with random states, goods, sums and years: each listed state is one
 * figure of the total's flow, reporter, goods and period with its own sum; putting other states in
 * the list moves the sums with them; a list with no total larger than its sums tells no figure.
 */
class TradeRankingListPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private record Case(State a, State b, State c, State d, int total, int first, int second, int third, int year,
      String goods, boolean oneSentence) {}

  private static final List<Integer> STRIDES = List.of(1, 5, 7, 11);

  /** Four different states: a start and a stride prime to the number of states. */
  private static final Gen<State[]> FOURS = Gens.ints(0, FactGens.STATES.size() - 1).flatMap(start ->
      Gens.elements(STRIDES).map(step -> {
        State[] out = new State[4];
        for (int i = 0; i < 4; i++) {
          out[i] = FactGens.STATES.get((start + i * step) % FactGens.STATES.size());
        }
        return out;
      }));

  private static final Gen<Case> CASES = FOURS.flatMap(s -> Gens.ints(400, 999).flatMap(t ->
      Gens.ints(100, 399).flatMap(x -> Gens.ints(20, 99).flatMap(y -> Gens.ints(2, 19).flatMap(z ->
          Gens.ints(1995, 2030).flatMap(year -> Gens.elements("coffee", "tea", "wheat", "copper").flatMap(g ->
              Gens.booleans().map(one -> new Case(s[0], s[1], s[2], s[3], t, x, y, z, year, g, one)))))))));

  private static String text(Case c, State b, State d, int total) {
    return "Trade report\n\n" + c.a().name() + " exported " + c.goods() + " worth $" + total + " million in "
        + c.year() + ", according to official figures." + (c.oneSentence() ? " " : "\n") + b.name()
        + " took 40 percent of the total, or $" + c.first() + " million, followed by " + c.c().name() + " with $"
        + c.second() + " million and " + d.name() + " with $" + c.third() + " million.";
  }

  private static TradeFigure withSum(List<TradeFigure> got, int millions, String text) {
    Money m = new Money(BigDecimal.valueOf(millions * 1_000_000L), "USD");
    TradeFigure f = got.stream().filter(t -> m.equals(t.value())).findFirst().orElse(null);
    assertNotNull(f, () -> text + " -> no figure of " + m + " in " + got);
    return f;
  }

  @Test
  void eachStateOfARankingIsAFigureOfTheTotal() {
    Prop.check("ranking list", CASES, c -> {
      LocalDate published = LocalDate.of(c.year() + 1, 3, 15);
      // the same report with the last two states swapped: the sums stay in place, the states move
      for (State[] order : List.of(new State[] {c.b(), c.d()}, new State[] {c.d(), c.b()})) {
        String text = text(c, order[0], order[1], c.total());
        List<TradeFigure> got = PARSER.parse("generated", text, published).tradeFigures();
        int[] sums = {c.first(), c.second(), c.third()};
        State[] states = {order[0], c.c(), order[1]};
        for (int i = 0; i < 3; i++) {
          TradeFigure f = withSum(got, sums[i], text);
          assertEquals(Flow.EXPORT, f.flow(), text);
          assertEquals(Country.of(c.a().code()), f.reporter(), text);
          assertEquals(Country.of(states[i].code()), f.partner(), text);
          assertEquals(EdtfDate.ofYear(c.year()), f.period(), text);
          assertEquals(c.goods(), f.commodity(), text);
        }
      }
      // no total larger than the listed sums: the list parts nothing read, and its sums are no figures
      String small = text(c, c.b(), c.d(), 1);
      List<TradeFigure> got = PARSER.parse("generated", small, published).tradeFigures();
      for (int m : new int[] {c.second(), c.third()}) {
        Money sum = new Money(BigDecimal.valueOf(m * 1_000_000L), "USD");
        assertTrue(got.stream().noneMatch(t -> sum.equals(t.value())), () -> small + " -> " + got);
      }
    });
  }
}
