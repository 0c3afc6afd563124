package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Supplier and buyer of an arms transfer by the grammar of generated sentences, one property per
 * way of telling it (the lines of flow-roles.txt for arms sales and deliveries): the roles are
 * right, and swapping the two states in the sentence swaps supplier and buyer.
 */
class ArmsRolesPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /**
   * Ways of telling a transfer: {S} the supplier's name, {s} its adjective, {B} the buyer's name,
   * {C} the supplier's capital, {n} the count, {I} the item.
   */
  static final List<String> PATTERNS = List.of(
      "{S} supplied {n} {I} to {B} .",
      "{S} sold {n} {I} to {B} .",
      "{S} will supply {B} with {n} {I} .",
      "{S} delivered {n} {I} to {B} .",
      "{S} handed over {n} {I} to {B} .",
      "{S} will sell {B} {n} {I} .",
      "{B} bought {n} {I} from {S} .",
      "{B} ordered {n} {I} from {S} .",
      "{B} received {n} {I} from {S} .",
      "{B} took delivery of {n} {I} from {S} .",
      "{B} is acquiring {n} {I} from {S} .",
      "{B} signs contract with {C} for {n} {I} .",
      "{B} signed a deal with {S} for {n} {I} .",
      "{B} has placed an order with {S} for {n} {I} .",
      "{S} signed a contract with {B} to supply {n} {I} .",
      "{B} signed a contract with the {S} to buy {n} {I} .",
      "{n} {I} were delivered to {B} by {S} .",
      "{n} {I} were sold to {B} by {S} .",
      "{B} will buy {n} {s} {I} .",
      "A contract for {n} {I} was awarded to {S} by {B} .");

  private record Case(State supplier, State buyer, String system, String head, int count) {
    String item() {
      return system + " " + head;
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(sys ->
      FactGens.heads().flatMap(head -> Gens.ints(2, 90).map(n -> new Case(p[0], p[1], sys, head, n)))));

  /** The pattern written out with the case's states, count and item, each state tagged as a mention. */
  static Tagged write(String pattern, Case c) {
    Tagged t = new Tagged();
    for (String part : pattern.split(" ")) {
      switch (part) {
        case "{S}" -> t.country(c.supplier().name(), c.supplier().code(), CountryForm.NAME);
        case "{s}" -> t.country(c.supplier().adjective(), c.supplier().code(), CountryForm.ADJECTIVE);
        case "{C}" -> t.country(c.supplier().capital(), c.supplier().code(), CountryForm.CAPITAL);
        case "{B}" -> t.country(c.buyer().name(), c.buyer().code(), CountryForm.NAME);
        case "{n}" -> t.number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT);
        case "{I}" -> t.w(c.item());
        default -> t.w(part);
      }
    }
    return t;
  }

  private static ArmsContract one(Tagged text) {
    return FactGens.only(text, FactGens.read(text, PUBLISHED, STAGE).armsContracts);
  }

  @Test
  void eachWayOfTellingGivesSupplierAndBuyerAndTheySwapWithTheNames() {
    for (String pattern : PATTERNS) {
      Prop.check("arms roles: " + pattern, CASES, c -> {
        // a system the register knows has a maker of its own, who would sell it when the text names no seller
        Prop.assume(FactGens.unknown(c.system()));
        Tagged text = write(pattern, c);
        ArmsContract a = one(text);
        assertEquals(List.of(c.item()), a.items(), text::text);
        assertEquals(Country.of(c.supplier().code()), a.supplier(), text::text);
        assertEquals(Country.of(c.buyer().code()), a.recipient(), text::text);
        Tagged swapped = write(pattern, new Case(c.buyer(), c.supplier(), c.system(), c.head(), c.count()));
        ArmsContract b = one(swapped);
        assertEquals(a.supplier(), b.recipient(), swapped::text);
        assertEquals(a.recipient(), b.supplier(), swapped::text);
      });
    }
  }
}
