package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.Deal;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfers told after a first one, in generated reports with random states, systems and counts:
 * a system bought from a third state by a buyer the sentence names only by a pronoun goes to the
 * buyer of the transfers told before; a system told again as "a further [n]" or "another [n]" is a
 * second transfer of it, told again without such a word the same one; and swapping the states
 * swaps the parties.
 */
class ArmsThirdSellerPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** A deal, a third state, a second system with its head and count. */
  private record Case(Deal deal, State third, String other, String otherHead, int otherCount) {}

  private static final Gen<Case> CASES = FactGens.deals(1).flatMap(d -> Gens.elements(FactGens.STATES).flatMap(t ->
      FactGens.designations().flatMap(o -> FactGens.heads().flatMap(h -> Gens.ints(2, 90).map(n ->
          new Case(d, t, o, h, n))))));

  private static Tagged count(Tagged t, int n, String system, String head) {
    return t.number(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT).w(system + " " + head);
  }

  /** "[buyer] bought [n] [system] [head] from [supplier] ." */
  private static Tagged bought(Deal d) {
    Tagged t = FactGens.name(new Tagged(), d.buyer()).w("bought");
    return FactGens.name(count(t, d.count(), d.system(), d.head()).w("from"), d.supplier()).w(".");
  }

  private static Deal swapped(Deal d) {
    return new Deal(d.buyer(), d.supplier(), d.system(), d.head(), d.count(), d.published());
  }

  private static List<ArmsContract> read(Tagged t, Deal d) {
    return FactGens.read(t, d.published(), STAGE).armsContracts;
  }

  @Test
  void aThirdSellerSellsToTheBuyerToldBefore() {
    Prop.check("third seller", CASES, c -> {
      Deal d0 = c.deal();
      Prop.assume(FactGens.unknown(d0.system()) && FactGens.unknown(c.other()) && !c.other().equals(d0.system())
          && !c.third().equals(d0.buyer()) && !c.third().equals(d0.supplier()));
      for (Deal d : List.of(d0, swapped(d0))) {
        // "It also bought [n] [system]s from [a third state]."
        Tagged t = FactGens.name(count(bought(d).w("It also bought"), c.otherCount(), c.other(), c.otherHead())
            .w("from"), c.third()).w(".");
        List<ArmsContract> got = read(t, d);
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        ArmsContract second = got.get(1);
        assertEquals(Country.of(c.third().code()), second.supplier(), t::text);
        assertEquals(Country.of(d.buyer().code()), second.recipient(), t::text);
      }
    });
  }

  @Test
  void aFurtherBatchIsASecondTransferOfTheSystem() {
    Prop.check("further batch", CASES, c -> {
      Deal d0 = c.deal();
      Prop.assume(FactGens.unknown(d0.system()));
      String again = c.otherCount() % 2 == 0 ? "a further" : "another";
      for (Deal d : List.of(d0, swapped(d0))) {
        // "[supplier] agreed to supply a further [n] [system]s."
        Tagged more = count(FactGens.name(bought(d), d.supplier()).w("agreed to supply " + again), c.otherCount(),
            d.system(), d.head()).w(".");
        List<ArmsContract> got = read(more, d);
        assertEquals(2, got.size(), () -> more.text() + " -> " + got);
        for (ArmsContract a : got) {
          assertEquals(Country.of(d.supplier().code()), a.supplier(), more::text);
          assertEquals(Country.of(d.buyer().code()), a.recipient(), more::text);
        }
        // "[supplier] agreed to supply the [n] [system]s.": the same transfer told again
        Tagged same = count(FactGens.name(bought(d), d.supplier()).w("agreed to supply the"), d.count(),
            d.system(), d.head()).w(".");
        List<ArmsContract> once = read(same, d);
        assertEquals(1, once.size(), () -> same.text() + " -> " + once);
      }
    });
  }
}
