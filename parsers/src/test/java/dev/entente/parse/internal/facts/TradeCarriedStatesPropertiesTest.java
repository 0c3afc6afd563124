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
 * Figures of goods told with no state of their own in a statistics paragraph ("[A]'s exports to [B]
 * totaled [sum] in [year]. Sales of copper fell 14% to [sum]."), read by the whole parser from
 * generated reports with random states, goods, sums and years: they take the states and period of
 * the exports or imports just before, and their goods ("sales of [goods]") end before the verb of the figure. Swapping
 * the states swaps reporter and partner; a sentence naming a third state, or a destination that is
 * no state ("exports to the European Union"), lends none.
 */
class TradeCarriedStatesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State a, State b, State third, int lead, int figure, int change, int year, String goods,
      int shape, boolean imports) {
    Case swapped() {
      return new Case(b, a, third, lead, figure, change, year, goods, shape, imports);
    }
  }

  /** Figures of goods with no state: {G} the goods, {C} the change, {S} the sum. */
  private static final List<String> SHAPES = List.of(
      "Sales of {G} fell {C}% to US$ {S} million.",
      "{Gc} shipments climbed {C}% to ${S} million.",
      "In the same months, exports of {G} rose {C} per cent to {S} million dollars.",
      "Exports grew {C}% to ${S} million, led by {G}.");

  private static final Gen<String> GOODS = Gens.elements("copper", "fishmeal", "cellulose", "wheat", "coffee",
      "iron ore");

  private static final Gen<int[]> NUMBERS = Gens.ints(11, 99).flatMap(lead -> Gens.ints(101, 999).flatMap(fig ->
      Gens.ints(2, 40).flatMap(ch -> Gens.ints(1995, 2030).map(y -> new int[] {lead, fig, ch, y}))));

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, FactGens.STATES.size() - 1)
      .flatMap(t -> NUMBERS.flatMap(n -> GOODS.flatMap(g -> Gens.ints(0, SHAPES.size() - 1).flatMap(sh ->
          Gens.elements(false, true).map(imp -> new Case(p[0], p[1], third(p, t), n[0], n[1], n[2], n[3], g, sh,
              imp)))))));

  /** A state other than the pair's: the t-th, else the next that is neither. */
  private static State third(State[] pair, int t) {
    for (int k = 0; k < FactGens.STATES.size(); k++) {
      State s = FactGens.STATES.get((t + k) % FactGens.STATES.size());
      if (!s.equals(pair[0]) && !s.equals(pair[1])) {
        return s;
      }
    }
    throw new IllegalStateException("no third state");
  }

  private static String lead(Case c) {
    String flow = c.imports() ? "'s imports from " : "'s exports to ";
    return c.a().name() + flow + c.b().name() + " totaled $" + c.lead() + " billion in " + c.year() + ".";
  }

  private static String figure(Case c) {
    String g = c.goods();
    return SHAPES.get(c.shape()).replace("{Gc}", Character.toUpperCase(g.charAt(0)) + g.substring(1))
        .replace("{G}", g).replace("{C}", String.valueOf(c.change())).replace("{S}", String.valueOf(c.figure()));
  }

  private static BigDecimal sum(Case c) {
    return BigDecimal.valueOf(c.figure()).multiply(BigDecimal.valueOf(1_000_000));
  }

  /** The figures of {@code text} whose value is the case's sum of goods. */
  private static List<TradeFigure> goodsFigures(Case c, String text) {
    return PARSER.parse("generated", text, PUBLISHED).tradeFigures().stream()
        .filter(f -> f.value() != null && f.value().amount().compareTo(sum(c)) == 0).toList();
  }

  @Test
  void aFigureOfGoodsWithNoStateTakesTheStatesAndPeriodOfTheFiguresBefore() {
    Prop.check("states carried through a statistics paragraph", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        String text = "Trade report\n\n" + lead(k) + " " + figure(k);
        List<TradeFigure> got = goodsFigures(k, text);
        assertEquals(1, got.size(), () -> text + " -> " + got);
        TradeFigure f = got.get(0);
        assertEquals(Country.of(k.a().code()), f.reporter(), text);
        assertEquals(Country.of(k.b().code()), f.partner(), text);
        assertEquals(EdtfDate.ofYear(k.year()), f.period(), text);
        assertEquals(Flow.EXPORT, f.flow(), text);
        if (k.shape() == 0 || k.shape() == 2) {
          assertEquals(k.goods(), f.commodity().toLowerCase(java.util.Locale.ROOT), text);
        }
      }
    });
  }

  @Test
  void aSentenceNamingAnotherStateOrANonStateDestinationLendsNoStates() {
    Prop.check("no states carried past another state", CASES, c -> {
      String between = "Trade report\n\n" + lead(c) + " Officials in " + c.third().name()
          + " declined to comment. " + figure(c);
      for (TradeFigure f : goodsFigures(c, between)) {
        assertTrue(!Country.of(c.a().code()).equals(f.reporter()) || !Country.of(c.b().code()).equals(f.partner()),
            () -> between + " -> " + f);
      }
      String union = "Trade report\n\n" + lead(c) + " Exports to the European Union rose " + c.change() + "% to $"
          + c.figure() + " million.";
      for (TradeFigure f : goodsFigures(c, union)) {
        assertTrue(f.reporter() == null || f.partner() == null, () -> union + " -> " + f);
      }
    });
  }
}
