package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.Deal;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/**
 * A deal's sum told in a headline line without its states ("Contract worth [sum] signed") and again
 * with the systems below it is one contract: the systems', with the sum, not a second record of the
 * sum alone. Read by the whole parser from generated reports with random states, systems, counts and
 * sums; swapping supplier and buyer swaps the contract's states.
 */
class ArmsSumRetoldPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static String report(Deal d, Sum sum, boolean swapped) {
    var supplier = swapped ? d.buyer() : d.supplier();
    var buyer = swapped ? d.supplier() : d.buyer();
    return buyer.name() + " orders " + d.count() + " " + d.system() + " " + d.head() + "\nContract worth "
        + sum.surface() + " signed\n\n" + FactGens.armsDeal(buyer, d.count(), d.system(), d.head(), supplier,
        ", worth " + sum.surface());
  }

  @Test
  void aSumToldAgainWithTheSystemsIsOneContract() {
    Prop.check("headline sum and the deal below it", Gens.pair(FactGens.deals(1), FactGens.sums()), p -> {
      Deal d = p.first();
      Sum sum = p.second();
      for (boolean swapped : new boolean[] {false, true}) {
        String text = report(d, sum, swapped);
        ArmsContract c = FactGens.onlyArmsDeal(PARSER, text, d.published(), swapped ? d.buyer() : d.supplier(),
            swapped ? d.supplier() : d.buyer());
        assertEquals(sum.money(), c.value(), text);
        assertEquals(1, c.items().size(), text);
      }
    });
  }
}
