package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsContract;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sum told with a deal but no system: a contract of its own only when the sum is the deal's price
 * ("military contracts worth [sum]", "a [sum] arms deal"); a credit, a debt or a grant that an
 * agreement of military context is about is none.
 */
class ArmsBareSumPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State a, State b, Sum sum, String form) {}

  private static final Gen<Case> PRICED = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.elements("signed military contracts worth", "signed arms deals valued at",
          "signed a weapons package worth about").map(f -> new Case(p[0], p[1], s, f))));

  private static final Gen<Case> NOT_PRICED = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.elements("signed an agreement on a credit of", "signed an agreement on the settlement of a debt of",
          "signed an agreement under which the first will provide").map(f -> new Case(p[0], p[1], s, f))));

  private static Tagged text(Case c, State first, State second, String after) {
    return name(name(new Tagged(), first).w("and"), second).w(c.form())
        .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w(after).w(".");
  }

  private static List<ArmsContract> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, STAGE).armsContracts;
  }

  @Test
  void aSumToldAsTheDealsPriceIsAContractWhicheverStateIsNamedFirst() {
    Prop.check("priced sum", PRICED, c -> {
      Tagged one = text(c, c.a(), c.b(), "");
      Tagged other = text(c, c.b(), c.a(), "");
      List<ArmsContract> got = read(one);
      List<ArmsContract> swapped = read(other);
      assertEquals(1, got.size(), () -> one.text() + " -> " + got);
      assertEquals(1, swapped.size(), () -> other.text() + " -> " + swapped);
      assertEquals(c.sum().money(), got.get(0).value(), one::text);
      assertEquals(got.get(0).value(), swapped.get(0).value(), other::text);
      assertTrue(got.get(0).items().isEmpty(), one::text);
    });
  }

  @Test
  void aCreditDebtOrGrantOfAMilitaryAgreementIsNoContract() {
    Prop.check("credit, debt or grant", NOT_PRICED, c -> {
      for (Tagged t : List.of(text(c, c.a(), c.b(), "for military equipment"),
          text(c, c.b(), c.a(), "for the purchase of weapons"))) {
        List<ArmsContract> got = read(t);
        assertEquals(List.of(), got, t::text);
      }
    });
  }
}
