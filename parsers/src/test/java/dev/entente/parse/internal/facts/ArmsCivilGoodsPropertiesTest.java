package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goods of civil use told with a category noun ("passenger jets", "Airbus planes", vehicles that
 * automakers ship) are no arms transfer; the same sentence with a military noun is one, running from
 * the seller to the buyer whichever the two states are.
 */
class ArmsCivilGoodsPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State seller, State buyer, int count, String head, String civil, String military) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 400).flatMap(n ->
      Gens.elements("jets", "planes", "aircraft", "helicopters").flatMap(head ->
          Gens.elements("passenger", "Airbus", "civilian").flatMap(civil ->
              Gens.elements("fighter", "combat", "attack").map(mil -> new Case(p[0], p[1], n, head, civil, mil))))));

  private static String deal(State buyer, State seller, int count, String goods) {
    return buyer.name() + " will buy " + count + " " + goods + " from " + seller.name() + " under a defence deal.";
  }

  private static List<ArmsContract> read(String text) {
    return PARSER.parse("generated", text, PUBLISHED).armsContracts();
  }

  @Test
  void civilGoodsAreNoTransferWhereMilitaryOnesAre() {
    Prop.check("civil goods", CASES, c -> {
      String military = deal(c.buyer(), c.seller(), c.count(), c.military() + " " + c.head());
      ArmsContract got = FactGens.onlyArmsDeal(PARSER, military, PUBLISHED, c.seller(), c.buyer());
      ArmsContract back = FactGens.onlyArmsDeal(PARSER, deal(c.seller(), c.buyer(), c.count(),
          c.military() + " " + c.head()), PUBLISHED, c.buyer(), c.seller());
      assertEquals(got.items(), back.items(), military);
      String civil = deal(c.buyer(), c.seller(), c.count(), c.civil() + " " + c.head());
      assertEquals(List.of(), read(civil), civil);
    });
  }

  @Test
  void vehiclesAutomakersShipAreNoTransfer() {
    Prop.check("automakers' vehicles", CASES, c -> {
      String t = c.seller().adjective() + " automakers shipped " + c.count() + " vehicles to " + c.buyer().name()
          + " under a military cooperation deal.";
      assertEquals(List.of(), read(t), t);
    });
  }
}
