package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state named after a comma and "with" in a sentence of two-way trade ("Trade between the two
 * countries reached [sum], with [adjective] tea making up most of it") stands in a clause of its
 * own: it is not the partner, and as the state the clause names it is the reporter. Read by the
 * whole parser from generated reports with random states, sums and goods; swapping the states
 * swaps reporter and partner; "trade with [B]" still makes [B] the partner.
 */
class TradeWithClausePropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** One generated report: its two states (a's clause after the comma), sum, year, goods, lead and tail. */
  private record Case(State a, State b, int sum, int year, String goods, int lead, int tail) {}

  /** The same report with the two states swapped. */
  private static Case swapped(Case c) {
    return new Case(c.b(), c.a(), c.sum(), c.year(), c.goods(), c.lead(), c.tail());
  }

  private static final List<String> LEADS = List.of("Trade between the two countries reached",
      "Bilateral trade stood at", "Two-way trade was worth");

  /** {A} the state's adjective, {An} its name, {G} the goods. */
  private static final List<String> TAILS = List.of(", with {A} {G} making up most of it.",
      ", with {An}'s exports of {G} accounting for a third.", ", with {A} {G} dominating the exchange.");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 999).flatMap(s ->
      Gens.ints(1995, 2030).flatMap(y -> Gens.elements("tea", "machinery", "coffee", "textiles").flatMap(g ->
          Gens.ints(0, LEADS.size() - 1).flatMap(l -> Gens.ints(0, TAILS.size() - 1).map(t ->
              new Case(p[0], p[1], s, y, g, l, t)))))));

  private static String text(Case c) {
    return "Trade report\n\n" + c.a().name() + " and " + c.b().name() + " signed a trade accord on Monday. "
        + LEADS.get(c.lead()) + " $" + c.sum() + " million in " + c.year()
        + TAILS.get(c.tail()).replace("{A}", c.a().adjective()).replace("{An}", c.a().name()).replace("{G}", c.goods());
  }

  private static TradeFigure turnover(String text) {
    List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2031, 3, 1)).tradeFigures().stream()
        .filter(f -> f.flow() == Flow.TURNOVER).toList();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    return got.get(0);
  }

  @Test
  void theStateOfAClauseAfterCommaWithIsTheReporter() {
    Prop.check("comma-with clause names the reporter", CASES, c -> {
      for (Case k : List.of(c, swapped(c))) {
        String text = text(k);
        TradeFigure f = turnover(text);
        assertEquals(Country.of(k.a().code()), f.reporter(), text);
        assertEquals(Country.of(k.b().code()), f.partner(), text);
      }
    });
  }

  @Test
  void tradeWithAStateStillNamesThePartner() {
    Prop.check("trade with [B]", CASES, c -> {
      String text = "Trade report\n\n" + c.a().name() + "'s trade with " + c.b().name() + " reached $" + c.sum()
          + " million in " + c.year() + ".";
      TradeFigure f = turnover(text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text);
      assertEquals(Country.of(c.b().code()), f.partner(), text);
    });
  }
}
