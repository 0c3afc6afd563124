package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reporter of a turnover told of "the two countries": the first state the sentence names, also
 * when it names it acting in a clause of its own ("with [A] exporting [goods]"), which makes it no
 * partner.
 */
class TurnoverReporterPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> PAIRS = List.of("Trade between the two countries", "Bilateral trade",
      "Trade between the two nations", "Two-way trade", "Bilateral trade turnover", "Trade between both countries");
  private static final List<String> VERBS = List.of("reached", "stood at", "was worth", "amounted to", "totalled",
      "came to");
  private static final List<String[]> DOINGS = List.of(new String[] {"exporting tea and", "importing machinery from"},
      new String[] {"selling grain and", "buying oil from"}, new String[] {"shipping textiles and", "taking fuel from"},
      new String[] {"exporting rice while", "importing fertiliser from"});

  private record Case(State a, State b, Sum sum, int form, boolean adjective) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.ints(0, 999).flatMap(form -> Gens.booleans().map(adj -> new Case(p[0], p[1], s, form, adj)))));

  private static TradeFigure turnover(Tagged text) {
    List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    assertEquals(Flow.TURNOVER, got.get(0).flow(), text::text);
    return got.get(0);
  }

  private static Tagged pairTrade(Tagged t, Case c) {
    return t.w(PAIRS.get(c.form() % PAIRS.size())).w(VERBS.get(c.form() / 7 % VERBS.size()))
        .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT);
  }

  @Test
  void theStateActingInAWithClauseReportsTheTrade() {
    Prop.check("with [A] exporting", CASES, c -> {
      String[] doing = DOINGS.get(c.form() / 5 % DOINGS.size());
      Tagged text = pairTrade(new Tagged(), c).w(", with");
      name(text, c.a()).w(doing[0]).w(doing[1]);
      name(text, c.b()).w(".");
      TradeFigure f = turnover(text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text::text);
      assertEquals(Country.of(c.b().code()), f.partner(), text::text);
    });
  }

  @Test
  void theFirstStateNamedInALaterClauseReportsTheTrade() {
    Prop.check("[sum], and [A] officials hope", CASES, c -> {
      Tagged text = pairTrade(new Tagged(), c).w("last year, and");
      if (c.adjective()) {
        text.country(c.a().adjective(), c.a().code(), CountryForm.ADJECTIVE).w("officials hope to raise it with");
      } else {
        name(text, c.a()).w("hopes to raise it with");
      }
      name(text, c.b()).w("soon.");
      TradeFigure f = turnover(text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text::text);
      assertEquals(Country.of(c.b().code()), f.partner(), text::text);
    });
  }
}
