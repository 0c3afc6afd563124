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
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated reports of two states' talks whose two-way trade is told with neither state in its
 * clause ("Two-way trade reached [sum] last year"): the figures are the outlet's state's when the
 * masthead names one of the two (the paper's name, the capital after it, a tagline), whichever state
 * the report names first; and those of the state whose own money the sum is written in ("[code] [n]
 * billion"), whatever the masthead.
 */
class TurnoverWhoseFiguresPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 7);

  /** The ISO 4217 code of the states of {@link FactGens#STATES} whose money is their own (not the euro). */
  private static final Map<String, String> MONEY = Map.of("RUS", "RUB", "JPN", "JPY", "VNM", "VND", "IND", "INR",
      "EGY", "EGP", "BRA", "BRL", "CHN", "CNY", "KEN", "KES", "IDN", "IDR");

  private static final List<Function<State, String>> MASTHEADS = List.of(
      s -> "The " + s.adjective() + " Times",
      s -> s.capital() + " Post",
      s -> "THE DAILY HERALD, " + s.capital() + ", Monday, March 7, 2022",
      s -> "The Morning Chronicle | " + s.name() + "'s Leading Daily");

  private static final List<String> TURNOVERS = List.of(
      "Two-way trade reached {M} last year.",
      "Bilateral trade stood at about {M} last year.",
      "Trade between the two countries came to {M} last year, officials said.");

  /** {@code outlet} the state of the masthead; {@code outletFirst} whether the report names it first. */
  private record Case(State outlet, State other, boolean outletFirst, int masthead, int form, int n) {}

  private static final Gen<Case> CASES = FactGens.pairs().filter(p -> MONEY.containsKey(p[0].code()) && MONEY.containsKey(p[1].code()))
      .flatMap(p -> Gens.ints(0, 1).flatMap(first -> Gens.ints(0, MASTHEADS.size() - 1).flatMap(h -> Gens.ints(0, TURNOVERS.size() - 1)
          .flatMap(f -> Gens.ints(2, 95).map(n -> new Case(p[0], p[1], first == 1, h, f, n))))));

  private static String report(Case c, String masthead, String amount) {
    State a = c.outletFirst() ? c.outlet() : c.other();
    State b = c.outletFirst() ? c.other() : c.outlet();
    return masthead + "\n\nTalks on trade\n\n" + a.name() + " and " + b.name() + " held talks in " + b.capital()
        + " on Monday. " + TURNOVERS.get(c.form()).replace("{M}", amount) + "\n";
  }

  private static TradeFigure turnover(String text) {
    List<TradeFigure> got = PARSER.parse("generated", text, DAY).tradeFigures();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    assertEquals(Flow.TURNOVER, got.get(0).flow(), () -> text + " -> " + got);
    return got.get(0);
  }

  private static void sides(String text, State reporter, State partner) {
    TradeFigure f = turnover(text);
    assertEquals(Country.of(reporter.code()), f.reporter(), () -> text + " -> " + f);
    assertEquals(Country.of(partner.code()), f.partner(), () -> text + " -> " + f);
  }

  @Test
  void aTurnoverWithNoSideInItsClauseIsTheOutletsState() {
    Prop.check("[outlet of X] ... trade reached $n billion", CASES, 80, c -> {
      String text = report(c, MASTHEADS.get(c.masthead()).apply(c.outlet()), "$" + c.n() + " billion");
      sides(text, c.outlet(), c.other());
    });
  }

  @Test
  void aTurnoverInOneSidesOwnMoneyIsThatSides() {
    Prop.check("trade reached [Y's code] n billion", CASES, 80, c -> {
      String amount = MONEY.get(c.other().code()) + " " + c.n() + " billion";
      sides(report(c, "Report", amount), c.other(), c.outlet());
      sides(report(c, MASTHEADS.get(c.masthead()).apply(c.outlet()), amount), c.other(), c.outlet());
    });
  }
}
