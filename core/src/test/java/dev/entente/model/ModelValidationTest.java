package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The model's checks and the messages that name the bad value. */
class ModelValidationTest {

  private static String iae(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void countriesCoverIso3166AndFormerStates() {
    for (String a2 : Locale.getISOCountries()) {
      Country c = Country.fromAlpha2(a2);
      assertEquals(a2, c.alpha2());
      // the shipped table agrees with the JDK's ISO 3166 data on every code
      assertEquals(new Locale("", a2).getISO3Country(), c.code(), a2);
      assertFalse(c.name().isBlank(), a2);
      assertFalse(c.isFormer(), c::code);
    }
    for (String former : List.of("SUN", "YUG", "CSK", "DDR")) {
      assertTrue(Country.of(former).isFormer(), former);
    }
    assertEquals("Soviet Union", Country.of("SUN").name());
    assertEquals("Venezuela", Country.of(" ven ").name());
    assertEquals(Country.of("XKX"), Country.fromAlpha2("XK"));
    assertTrue(iae(() -> Country.of("XYZ")).contains("Unknown country code: \"XYZ\""));
    assertTrue(iae(() -> new Country("ven")).contains("\"ven\""), "the record itself takes only canonical codes");
    assertTrue(iae(() -> Country.fromAlpha2("QQ")).contains("\"QQ\""));
  }

  @Test
  void moneyAndQuantitiesAreNonNegativeAndEqualByValue() {
    assertEquals(Money.of("4E+9", "USD"), Money.of("4000000000.00", "USD"));
    assertEquals(Money.of("4E+9", "USD").hashCode(), Money.of("4000000000.00", "USD").hashCode());
    assertEquals("4000000000 USD", Money.of("4E+9", "usd").toString());
    assertEquals(Money.of(0, "EUR"), Money.of("0.000", "EUR"));
    assertEquals(Money.parse("12.50 GBP"), Money.of("12.5", "GBP"));
    assertEquals("Money amount must not be negative: -5", iae(() -> Money.of(-5, "USD")));
    assertTrue(iae(() -> Money.of(1, "DOLLARS")).contains("Unknown ISO 4217 currency code: \"DOLLARS\""));
    assertTrue(iae(() -> Money.of("4 billion", "USD")).contains("\"4 billion\""));
    assertTrue(iae(() -> Money.of("1E+31", "USD")).contains("Money amount out of range"));
    assertTrue(iae(() -> Money.of("1E-21", "USD")).contains("Money amount out of range"));
    assertEquals(Quantity.of("257.2E+3", " t "), Quantity.of(257_200, "t"));
  }

  @Test
  void historicCurrenciesOfIso4217ListThreeAreMoneyTheJdkDoesNotKnow() {
    Money soviet = Money.of(" 3E+9 ", "sur");
    assertEquals("3000000000 SUR", soviet.toString());
    assertEquals(soviet, Money.parse("3000000000 SUR"));
    assertTrue(soviet.currency().isEmpty(), "the JDK has no Soviet rouble");
    assertEquals("DDM", Money.of(1, "DDM").currencyCode());
    assertEquals(java.util.Currency.getInstance("DEM"), Money.of(1, "DEM").currency().orElseThrow());
    assertEquals(Money.of(7, "USD"), new Money(BigDecimal.valueOf(7), java.util.Currency.getInstance("USD")));
    assertTrue(iae(() -> Money.of(1, "SUX")).contains("Unknown ISO 4217 currency code: \"SUX\""));
    assertEquals("Quantity amount must not be negative: -1.5", iae(() -> Quantity.of("-1.50", "t")));
    assertEquals("Quantity unit must not be blank: \" \"", iae(() -> Quantity.of(1, " ")));
  }

  @Test
  void spansAreNonEmptyAndStartAtZeroOrLater() {
    assertEquals("Span end must be > start: [5, 5)", iae(() -> Span.of(5, 5)));
    assertEquals("Span end must be > start: [7, 3)", iae(() -> Span.of(7, 3)));
    assertEquals("Span start must be >= 0: -1", iae(() -> Span.of(-1, 3)));
    assertEquals("Putin", Span.of(0, 5).text("Putin met Maduro"));
    assertThrows(IndexOutOfBoundsException.class, () -> Span.of(10, 20).text("short"));
  }

  @Test
  void namesAndTextsAreNotBlank() {
    assertEquals("Leader name must not be blank: \" \"", iae(() -> Leader.of(" ", null, null, Role.OTHER)));
    assertEquals("Maduro", Leader.of(" Maduro\n", null, null, Role.HEAD_OF_STATE).name());
    assertEquals("Leader title must be null or not blank: \"\"", iae(() -> Leader.of("A", null, "", Role.OTHER)));
    assertEquals("Article id must not be blank: \"\"", iae(() -> Article.of("")));
    assertEquals("Article title must be null or not blank: \"\\t\"".replace("\\t", "\t"), iae(() -> Article.of("a").withTitle("\t")));
    assertEquals("ArmsContract items[1] must not be blank: \"\"",
        iae(() -> ArmsContract.builder().item("rifles").item("").build()));
    assertEquals("DiplomaticEvent location must be null or not blank: \" \"",
        iae(() -> DiplomaticEvent.builder(EventType.VISIT).location(" ").build()));
  }

  @Test
  void factsNeedTheirSubstance() {
    assertEquals("Agreement count must be >= 1: 0", iae(() -> Agreement.builder(AgreementKind.TREATY).count(0).build()));
    assertEquals("A TradeFigure needs a value, a quantity or a change (EXPORT)", iae(() -> TradeFigure.builder(Flow.EXPORT).build()));
    assertEquals("An ArmsContract needs items or a value", iae(() -> ArmsContract.builder().build()));
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> new Leader("A", null, null, Role.OTHER, Arrays.asList(Span.of(0, 1), null)));
    assertEquals("Leader evidence[1] must not be null", npe.getMessage());
    assertEquals("Leader role must not be null",
        assertThrows(NullPointerException.class, () -> Leader.of("A", null, null, null)).getMessage());
  }

  @Test
  void changePercentIsCanonical() {
    TradeFigure a = TradeFigure.builder(Flow.TURNOVER).changePercent(new BigDecimal("-8.50")).build();
    TradeFigure b = TradeFigure.builder(Flow.TURNOVER).changePercent(new BigDecimal("-8.5")).build();
    assertEquals(a, b);
    assertEquals(new BigDecimal("-8.5"), a.changePercent());
    assertEquals(BigDecimal.ZERO, TradeFigure.builder(Flow.AID).changePercent(new BigDecimal("-0.00")).build().changePercent());
    assertEquals(new BigDecimal("200"), TradeFigure.builder(Flow.AID).changePercent(new BigDecimal("2E+2")).build().changePercent());
    assertEquals(0, TradeFigure.builder(Flow.AID).changePercent(new BigDecimal("2E+2")).build().changePercent().scale());
  }

  @Test
  void eventTypesAnswerCameoAndPlover() {
    assertEquals("04", EventType.MEETING.cameoRoot());
    assertEquals(PloverCategory.CONSULT, EventType.CALL.plover());
    assertEquals("16", EventType.RELATIONS_SEVERED.cameoRoot());
    assertEquals(PloverCategory.REJECT, EventType.RELATIONS_SEVERED.plover());
    assertTrue(EventType.VISIT.isConsultation() && !EventType.RECOGNITION.isConsultation());
  }
}
