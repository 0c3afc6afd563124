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
 * A state's own money as its own press writes it, read by the whole parser from generated reports:
 * the state's letters glued between the symbol and a decimal amount ("$A1.8 billion", "$US87
 * million"), a rupee glued or spaced ("Rs5.6 billion", "Rs 5.6 billion") in a figure of any rupee
 * state, and a bare "$" in a figure of a state whose reports write its dollar bare (Australia, Canada,
 * New Zealand), in a report that writes the US dollar with its state elsewhere or that the reporter's
 * own agency files (the reporter's dollar), written bare or hyphened to the amount ("a 1.5-billion-dollar
 * loan").
 */
class OwnCurrencyPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** A state whose money shares its name with others': the code, its ISO 4217 code, its glued "$" letters, its agency. */
  private record Own(State state, String currency, String glued, String agency) {}

  private static final List<Own> DOLLARS = List.of(
      new Own(new State("AUS", "Australia", "Australian", "Canberra"), "AUD", "$A", "AAP"),
      new Own(new State("NZL", "New Zealand", "New Zealand", "Wellington"), "NZD", "$NZ", "NZPA"),
      new Own(new State("CAN", "Canada", "Canadian", "Ottawa"), "CAD", "$C", "CP"));

  private static final List<Own> RUPEES = List.of(
      new Own(new State("IND", "India", "Indian", "New Delhi"), "INR", "", ""),
      new Own(new State("PAK", "Pakistan", "Pakistani", "Islamabad"), "PKR", "", ""),
      new Own(new State("LKA", "Sri Lanka", "Sri Lankan", "Colombo"), "LKR", "", ""),
      new Own(new State("NPL", "Nepal", "Nepalese", "Kathmandu"), "NPR", "", ""));

  /** {A} the reporter, {B} the partner, {M} the amount in billions as written, {Y} a year. */
  private static final List<String> FORMS = List.of(
      "{A} exported goods worth {M} to {B} in {Y}.",
      "Exports from {A} to {B} reached {M} in {Y}.",
      "In {Y}, {A} sold machinery worth {M} to {B}.",
      "{A}'s exports to {B} came to {M} in {Y}, officials said.",
      "{A} shipped {M} worth of wheat to {B} in {Y}.",
      "{A} invested {M} in {B} in {Y}.",
      "{A} extended a loan of {M} to {B} in {Y}.");

  private record Case(Own own, State partner, BigDecimal billions, int form, int year) {}

  private static Gen<Case> cases(List<Own> owners) {
    return Gens.elements(owners).flatMap(o -> Gens.elements(FactGens.STATES).filter(s -> !s.code().equals(o.state().code()))
        .flatMap(p -> Gens.ints(11, 999).flatMap(n -> Gens.ints(0, FORMS.size() - 1).flatMap(f ->
            Gens.ints(1990, 2023).map(y -> new Case(o, p, BigDecimal.valueOf(n).movePointLeft(1), f, y))))));
  }

  private static String sentence(Case c, String amount) {
    return FORMS.get(c.form()).replace("{A}", c.own().state().name()).replace("{B}", c.partner().name())
        .replace("{M}", amount).replace("{Y}", String.valueOf(c.year()));
  }

  private static TradeFigure onlyFigure(String text) {
    List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2024, 6, 13)).tradeFigures();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    return got.get(0);
  }

  private static Money billions(Case c, String currency) {
    return Money.of(c.billions().multiply(BigDecimal.valueOf(1_000_000_000L)), currency);
  }

  private static void check(String text, Case c, String currency) {
    TradeFigure f = onlyFigure(text);
    assertEquals(Country.of(c.own().state().code()), f.reporter(), text);
    assertEquals(Country.of(c.partner().code()), f.partner(), text);
    assertEquals(billions(c, currency), f.value(), text);
  }

  @Test
  void stateLettersGluedToTheDollarNameItsDollar() {
    Prop.check("glued state dollar", cases(DOLLARS), 60, c -> {
      String text = "Report\n\n" + sentence(c, c.own().glued() + c.billions().toPlainString() + " billion") + "\n";
      check(text, c, c.own().currency());
      String us = "Report\n\n" + sentence(c, "$US" + c.billions().toPlainString() + " billion") + "\n";
      check(us, c, "USD");
    });
  }

  @Test
  void aRupeeIsTheRupeeOfTheFiguresState() {
    Prop.check("own rupee", cases(RUPEES), 60, c -> {
      String amount = (c.year() % 2 == 0 ? "Rs" : "Rs ") + c.billions().toPlainString() + " billion";
      String text = "Report\n\n" + sentence(c, amount) + "\n";
      check(text, c, c.own().currency());
    });
  }

  @Test
  void aBareDollarIsTheReportersWhenTheReportMarksTheUsDollar() {
    Prop.check("bare dollar, US dollar marked", cases(DOLLARS), 60, c -> {
      String bare = sentence(c, "$" + c.billions().toPlainString() + " billion");
      String marked = "Report\n\n" + bare + " Officials put the cost of the new terminal at US$5 million.\n";
      check(marked, c, c.own().currency());
      // these three states' own reports write their dollar bare: unmarked, it is still the reporter's
      check("Report\n\n" + bare + "\n", c, c.own().currency());
    });
  }

  @Test
  void aDollarHyphenedToTheAmountIsBareToo() {
    Prop.check("hyphened dollar, own agency", cases(DOLLARS), 60, c -> {
      String city = c.partner().capital().toUpperCase(java.util.Locale.ROOT);
      String amount = c.billions().toPlainString() + "-billion-dollar";
      String sentence = c.year() % 2 == 0
          ? c.own().state().name() + " extended a " + amount + " loan to " + c.partner().name() + " in " + c.year() + "."
          : c.own().state().name() + " will grant " + c.partner().name() + " a " + amount + " credit, officials said in " + c.year() + ".";
      String text = "TALKS IN " + city + "\n\n" + city + ", June 10 (" + c.own().agency() + ") - " + sentence + "\n";
      check(text, c, c.own().currency());
    });
  }

  @Test
  void aBareDollarInTheReportersOwnAgencysReportIsItsDollar() {
    Prop.check("bare dollar, own agency", cases(DOLLARS), 60, c -> {
      String city = c.partner().capital().toUpperCase(java.util.Locale.ROOT);
      String text = "TALKS IN " + city + "\n\n" + city + ", June 10 (" + c.own().agency() + ") - "
          + sentence(c, "$" + c.billions().toPlainString() + " billion") + "\n";
      check(text, c, c.own().currency());
    });
  }
}
