package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A category noun with no designation or count listed right after the items of a package ("for
 * T-72 tanks, MiG-23 fighter-bombers and naval vessels") is an item of the package, read by the
 * whole parser from generated contracts with random states, systems and counts; swapping the
 * states swaps supplier and recipient; the same noun in a sentence of its own, after no item, is
 * none.
 */
class ArmsListedCategoryPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State supplier, State buyer, String first, String firstHead, String second, int count,
      String listed, String joiner) {
    Case swapped() {
      return new Case(buyer, supplier, first, firstHead, second, count, listed, joiner);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(a ->
      FactGens.heads().flatMap(h -> FactGens.designations().flatMap(b -> Gens.ints(2, 90).flatMap(n ->
          Gens.elements("naval vessels", "anti-tank missiles", "patrol boats", "cruise missiles",
              "air-to-air missiles", "fighter-bombers").flatMap(l -> Gens.elements(" and ", ", and ",
                  " and the ").map(j -> new Case(p[0], p[1], a, h, b, n, l, j))))))));

  private static String text(Case c) {
    return "Arms report\n\n" + c.buyer().name() + " signed a contract with " + c.supplier().name() + " for "
        + c.count() + " " + c.first() + " " + c.firstHead() + ", " + c.second() + " fighters" + c.joiner()
        + c.listed() + ".";
  }

  private static boolean fits(Case c) {
    return FactGens.unknown(c.first()) && FactGens.unknown(c.second()) && !c.first().equals(c.second());
  }

  private static List<ArmsContract> listed(Case c, String text) {
    return PARSER.parse("generated", text, PUBLISHED).armsContracts().stream()
        .filter(a -> a.items().contains(c.listed())).toList();
  }

  @Test
  void aCategoryNounListedAfterThePackagesItemsIsAnItem() {
    Prop.check("category noun listed in a package", CASES, c -> {
      if (!fits(c)) {
        return;
      }
      for (Case k : List.of(c, c.swapped())) {
        String text = text(k);
        List<ArmsContract> got = listed(k, text);
        assertEquals(1, got.size(), () -> text + " -> " + PARSER.parse("generated", text, PUBLISHED).armsContracts());
        assertEquals(Country.of(k.supplier().code()), got.get(0).supplier(), text);
        assertEquals(Country.of(k.buyer().code()), got.get(0).recipient(), text);
      }
    });
  }

  @Test
  void theNounAfterNoItemIsNone() {
    Prop.check("category noun alone", CASES, c -> {
      if (!fits(c)) {
        return;
      }
      String text = "Arms report\n\n" + c.buyer().name() + " signed a contract with " + c.supplier().name() + " for "
          + c.count() + " " + c.first() + " " + c.firstHead() + ". Its navy also operates old " + c.listed() + ".";
      assertTrue(listed(c, text).isEmpty(), () -> text + " -> " + listed(c, text));
    });
  }
}
