package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
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
import org.junit.jupiter.api.Test;

/**
 * The receiver of money written right before a bare "$" ("promised Jamaica $85 million", "lend Fiji
 * $248 million") is the object of the verb, not the dollar's state: the sum stays in the giver's
 * money (the US dollar, or the giver's own dollar where its reports write it bare); an adjective right
 * before the symbol ("Jamaican $85 million") still names the currency's state. Read by the whole
 * parser from generated reports.
 */
class ReceiverBeforeSymbolPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** A receiver whose own money is a dollar: the state and its ISO 4217 code. */
  private record Receiver(State state, String currency) {}

  private static final List<Receiver> RECEIVERS = List.of(
      new Receiver(new State("JAM", "Jamaica", "Jamaican", "Kingston"), "JMD"),
      new Receiver(new State("FJI", "Fiji", "Fijian", "Suva"), "FJD"),
      new Receiver(new State("NAM", "Namibia", "Namibian", "Windhoek"), "NAD"),
      new Receiver(new State("GUY", "Guyana", "Guyanese", "Georgetown"), "GYD"),
      new Receiver(new State("LBR", "Liberia", "Liberian", "Monrovia"), "LRD"),
      new Receiver(new State("BHS", "Bahamas", "Bahamian", "Nassau"), "BSD"));

  /** A giver and the money its bare "$" stands for in its own figures. */
  private record Giver(State state, String currency) {}

  private static final List<Giver> GIVERS = List.of(
      new Giver(new State("USA", "The United States", "American", "Washington"), "USD"),
      new Giver(new State("CHN", "China", "Chinese", "Beijing"), "USD"),
      new Giver(new State("JPN", "Japan", "Japanese", "Tokyo"), "USD"),
      new Giver(new State("IND", "India", "Indian", "New Delhi"), "USD"),
      new Giver(new State("AUS", "Australia", "Australian", "Canberra"), "AUD"),
      new Giver(new State("CAN", "Canada", "Canadian", "Ottawa"), "CAD"));

  /** {G} the giver, {R} the receiver, {S} the sum, {Y} a year. */
  private static final List<String> FORMS = List.of(
      "{G} promised {R} {S} in aid to build a new bridge, officials said.",
      "{G} will lend {R} {S} for a power plant, officials said.",
      "{G} granted {R} {S} in development aid in {Y}.",
      "{G} gave {R} {S} in aid in {Y}, the ministry said.");

  private record Case(Giver giver, Receiver receiver, int tenths, String scale, int form, int year) {}

  private static final Gen<Case> CASES = Gens.elements(GIVERS).flatMap(g -> Gens.elements(RECEIVERS).flatMap(r ->
      Gens.ints(11, 9999).flatMap(n -> Gens.elements("million", "billion").flatMap(scale ->
          Gens.ints(0, FORMS.size() - 1).flatMap(f -> Gens.ints(1975, 2023).map(y -> new Case(g, r, n, scale, f, y)))))));

  private static String sentence(Case c, String currencyState) {
    String amount = BigDecimal.valueOf(c.tenths()).movePointLeft(1).stripTrailingZeros().toPlainString();
    return "Report\n\n" + FORMS.get(c.form()).replace("{G}", c.giver().state().name())
        .replace("{R}", c.receiver().state().name())
        .replace("{S}", currencyState + "$" + amount + " " + c.scale())
        .replace("{Y}", String.valueOf(c.year())) + "\n";
  }

  private static Money money(Case c, String currency) {
    BigDecimal scale = BigDecimal.valueOf(c.scale().equals("million") ? 1_000_000L : 1_000_000_000L);
    return Money.of(BigDecimal.valueOf(c.tenths()).movePointLeft(1).multiply(scale), currency);
  }

  private static TradeFigure onlyFigure(String text) {
    List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2024, 6, 13)).tradeFigures();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    return got.get(0);
  }

  @Test
  void aReceiverRightBeforeTheSymbolDoesNotNameTheDollar() {
    Prop.check("receiver before $", CASES, 80, c -> {
      String text = sentence(c, "");
      TradeFigure f = onlyFigure(text);
      assertEquals(Country.of(c.giver().state().code()), f.reporter(), text);
      assertEquals(Country.of(c.receiver().state().code()), f.partner(), text);
      assertEquals(money(c, c.giver().currency()), f.value(), text);
    });
  }

  @Test
  void anAdjectiveRightBeforeTheSymbolNamesTheDollar() {
    Prop.check("adjective before $", CASES, 80, c -> {
      String text = sentence(c, c.receiver().state().adjective() + " ");
      TradeFigure f = onlyFigure(text);
      assertEquals(money(c, c.receiver().currency()), f.value(), text);
    });
  }
}
