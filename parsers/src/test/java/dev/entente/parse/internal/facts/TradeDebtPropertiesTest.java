package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A debt owed to a state is a loan of that state, read by the whole parser from generated reports
 * with random states and sums: "[A] owes [B] [sum]", "[A] owes the [adjective B] bank [sum]",
 * "[A]'s debt to [B] stands at [sum]" are loans from [B] to [A]; swapping the states swaps lender
 * and borrower; "debt" is never the loan's goods.
 */
class TradeDebtPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State debtor, State lender, Sum sum, int shape) {
    Case swapped() {
      return new Case(lender, debtor, sum, shape);
    }
  }

  /** {D} the debtor's name, {L} the lender's name, {La} its adjective, {S} the sum. */
  private static final List<String> SHAPES = List.of(
      "{D} owes {L} about {S}, officials said.",
      "{D} owes the {La} state bank {S}, close to a third of its external debt.",
      "{D}'s external debt to {L} stands at about {S}, the finance minister said.",
      "The minister said {D} still owes {S} to {L}.");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.ints(0, SHAPES.size() - 1).map(sh -> new Case(p[0], p[1], s, sh))));

  private static String text(Case c) {
    return "Debt report\n\n" + SHAPES.get(c.shape()).replace("{D}", c.debtor().name()).replace("{La}",
        c.lender().adjective()).replace("{L}", c.lender().name()).replace("{S}", c.sum().surface());
  }

  private static TradeFigure loan(Case c) {
    String text = text(c);
    List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    TradeFigure f = got.get(0);
    assertEquals(Flow.LOAN, f.flow(), text);
    assertEquals(c.sum().money(), f.value(), text);
    assertNotEquals("debt", f.commodity(), text);
    return f;
  }

  @Test
  void aDebtOwedToAStateIsItsLoan() {
    Prop.check("debt owed to a state", CASES, c -> {
      TradeFigure f = loan(c);
      assertEquals(Country.of(c.lender().code()), f.reporter(), () -> text(c) + " -> " + f);
      assertEquals(Country.of(c.debtor().code()), f.partner(), () -> text(c) + " -> " + f);
    });
  }

  @Test
  void swappingTheStatesSwapsLenderAndBorrower() {
    Prop.check("swap debtor and lender", CASES, c -> {
      TradeFigure f = loan(c);
      TradeFigure g = loan(c.swapped());
      assertEquals(f.reporter(), g.partner());
      assertEquals(f.partner(), g.reporter());
    });
  }
}
