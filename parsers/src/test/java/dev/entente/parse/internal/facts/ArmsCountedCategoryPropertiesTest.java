package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.Deal;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deal told first by counted category nouns and then by its systems, in generated reports with
 * random states, systems and counts: "[buyer] signed a contract for [n] [category]s", then "[buyer]
 * buys [n] [system] [category]s from [supplier]", is one transfer, the system's, between the two
 * states (they swap when the states swap); a system told with another count stays a transfer of
 * its own beside the counted nouns.
 */
class ArmsCountedCategoryPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** "[buyer] signed a contract for [n] [category]s ." */
  private static Tagged counted(Deal d) {
    return FactGens.name(new Tagged(), d.buyer()).w("signed a contract for")
        .number(String.valueOf(d.count()), BigDecimal.valueOf(d.count()), Qualifier.EXACT).w(d.head() + " .");
  }

  private static Tagged text(Deal d, int systemCount) {
    Tagged t = FactGens.name(counted(d), d.buyer()).w("buys")
        .number(String.valueOf(systemCount), BigDecimal.valueOf(systemCount), Qualifier.EXACT)
        .w(d.system() + " " + d.head() + " from");
    return FactGens.name(t, d.supplier()).w(".");
  }

  @Test
  void countedCategoryNounsAndTheSystemWithTheSameCountAreOneTransfer() {
    Prop.check("counted category then system", FactGens.deals(1), d0 -> {
      // a category noun read as a transfer when counted alone ("[n] fighter jets"; not "[n] systems")
      Prop.assume(FactGens.unknown(d0.system())
          && FactGens.read(counted(d0), d0.published(), STAGE).armsContracts.size() == 1);
      Deal swapped = new Deal(d0.buyer(), d0.supplier(), d0.system(), d0.head(), d0.count(), d0.published());
      for (Deal d : List.of(d0, swapped)) {
        Tagged same = text(d, d.count());
        List<ArmsContract> got = FactGens.read(same, d.published(), STAGE).armsContracts;
        assertEquals(1, got.size(), () -> same.text() + " -> " + got);
        ArmsContract a = got.get(0);
        assertEquals(List.of(d.system() + " " + d.head()), a.items(), same::text);
        assertEquals(Country.of(d.supplier().code()), a.supplier(), same::text);
        assertEquals(Country.of(d.buyer().code()), a.recipient(), same::text);
        Tagged other = text(d, d.count() + 1);
        List<ArmsContract> two = FactGens.read(other, d.published(), STAGE).armsContracts;
        assertEquals(2, two.size(), () -> other.text() + " -> " + two);
      }
    });
  }
}
