package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Money;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Generated pages of a paper of a state whose press writes its own dollar as a bare "$" (Australia,
 * Canada, New Zealand), its state read from the masthead (the paper's name, the capital or town after
 * it, a tagline), with a figure of random states' trade: the bare "$" amount is the paper's dollar,
 * whoever's figure it is; without the masthead, or in a paper of another state, it is the US dollar;
 * a dollar written with its state ("US$") stays that state's.
 */
class PapersOwnDollarPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** A state of the bare dollar, its currency and a town of it that is not its capital. */
  private record Paper(State state, String currency, String town) {}

  private static final State AUS = new State("AUS", "Australia", "Australian", "Canberra");
  private static final State CAN = new State("CAN", "Canada", "Canadian", "Ottawa");
  private static final State NZL = new State("NZL", "New Zealand", "New Zealand", "Wellington");

  private static final List<Paper> PAPERS = List.of(new Paper(AUS, "AUD", "Adelaide"), new Paper(AUS, "AUD", "Melbourne"),
      new Paper(CAN, "CAD", "Montreal"), new Paper(CAN, "CAD", "Toronto"), new Paper(NZL, "NZD", "Auckland"),
      new Paper(NZL, "NZD", "Christchurch"));

  /** Mastheads naming the paper's state: by its name, adjective, capital, town, or a tagline. */
  private static final List<BiFunction<State, String, String>> MASTHEADS = List.of(
      (s, town) -> "The " + s.adjective() + " Times",
      (s, town) -> s.capital() + " Post",
      (s, town) -> "THE DAILY HERALD, " + s.capital() + ", Monday, March 7, 2022",
      (s, town) -> "The Morning Chronicle | " + s.name() + "'s Leading Daily",
      (s, town) -> "THE EVENING STAR\n" + town.toUpperCase(Locale.ROOT) + ", MONDAY 7 MARCH 2022",
      (s, town) -> "THE EVENING STAR, " + town.toUpperCase(Locale.ROOT) + "          Monday, March 7, 2022");

  /** {A} the reporter, {B} the partner, {M} the amount as written, {Y} a year. */
  private static final List<String> FORMS = List.of(
      "{A} exported goods worth {M} to {B} in {Y}.",
      "Exports from {A} to {B} reached {M} in {Y}.",
      "{A}'s exports to {B} came to {M} in {Y}, officials said.",
      "{A} invested {M} in {B} in {Y}.",
      "{A} extended a loan of {M} to {B} in {Y}.");

  /** {@code home}: the partner is the paper's own state (else a second random state). */
  private record Case(Paper paper, int masthead, State reporter, State partner, boolean home, int millions, int form, int year) {}

  private static final Gen<Case> CASES = Gens.elements(PAPERS).flatMap(p -> Gens.ints(0, MASTHEADS.size() - 1)
      .flatMap(h -> FactGens.pairs().flatMap(s -> Gens.ints(0, 1).flatMap(home -> Gens.ints(2, 950)
          .flatMap(n -> Gens.ints(0, FORMS.size() - 1).flatMap(f -> Gens.ints(1975, 2023)
              .map(y -> new Case(p, h, s[0], s[1], home == 1, n, f, y))))))));

  private static String sentence(Case c, String amount) {
    String partner = c.home() ? c.paper().state().name() : c.partner().name();
    return FORMS.get(c.form()).replace("{A}", c.reporter().name()).replace("{B}", partner)
        .replace("{M}", amount).replace("{Y}", String.valueOf(c.year()));
  }

  private static String page(String masthead, Case c, String amount) {
    return masthead + "\n\nTrade talks open\n\n" + sentence(c, amount) + "\n";
  }

  private static Money valueOf(String text) {
    List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2022, 3, 7)).tradeFigures();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    return got.get(0).value();
  }

  private static Money millions(Case c, String currency) {
    return Money.of(BigDecimal.valueOf(c.millions()).multiply(BigDecimal.valueOf(1_000_000L)), currency);
  }

  @Test
  void aBareDollarInAPaperOfADollarStateIsThePapersDollar() {
    Prop.check("bare $ under a dollar state's masthead", CASES, 80, c -> {
      String masthead = MASTHEADS.get(c.masthead()).apply(c.paper().state(), c.paper().town());
      String text = page(masthead, c, "$" + c.millions() + " million");
      assertEquals(millions(c, c.paper().currency()), valueOf(text), text);
    });
  }

  @Test
  void withoutTheMastheadTheBareDollarIsTheUsDollar() {
    Prop.check("bare $ without a masthead", CASES, 60, c -> {
      Prop.assume(!c.home()); // a figure of the dollar state's own trade is its dollar anyway
      String text = "Report\n\nTrade talks open\n\n" + sentence(c, "$" + c.millions() + " million") + "\n";
      assertEquals(millions(c, "USD"), valueOf(text), text);
      // a paper of a state whose money is no dollar: Kenya's
      String elsewhere = MASTHEADS.get(c.masthead()).apply(new State("KEN", "Kenya", "Kenyan", "Nairobi"), "Mombasa");
      String kenyan = page(elsewhere, c, "$" + c.millions() + " million");
      assertEquals(millions(c, "USD"), valueOf(kenyan), kenyan);
    });
  }

  @Test
  void aDollarWrittenWithItsStateKeepsIt() {
    Prop.check("US$ under a dollar state's masthead", CASES, 60, c -> {
      String masthead = MASTHEADS.get(c.masthead()).apply(c.paper().state(), c.paper().town());
      String text = page(masthead, c, "US$" + c.millions() + " million");
      assertEquals(millions(c, "USD"), valueOf(text), text);
    });
  }
}
