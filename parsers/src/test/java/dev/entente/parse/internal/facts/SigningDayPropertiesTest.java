package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The day an instrument was signed, in generated reports: a year inside a name ("Vision 2035") or
 * the date of an anniversary is no signing day, an instrument "also signed" shares the day of the
 * signing told before, and instruments listed in one sentence stay apart however long their subjects.
 */
class SigningDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> KINDS = List.of("a memorandum", "an agreement", "a protocol", "an MoU");
  private static final List<String> NAMES = List.of("Vision", "Agenda", "Strategy", "Expo", "Horizon", "Plan");
  private static final List<String> PLACES = List.of("the northern river", "the old port", "the capital region",
      "the border province", "the eastern lakes");

  /** Two states, a signing day, an instrument, a second instrument, a year named and a name word. */
  private record Case(State a, State b, int year, int month, int day, String first, String second, int named,
      String name) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y ->
      Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.elements(KINDS).flatMap(k1 ->
          Gens.elements(KINDS).flatMap(k2 -> Gens.ints(2025, 2070).flatMap(n -> Gens.elements(NAMES).map(w ->
              new Case(p[0], p[1], y, m, d, k1, k2, n, w)))))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  private static Tagged pair(Case c) {
    return name(name(new Tagged(), c.a()).w("and"), c.b());
  }

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  private static void assertAllSigned(Case c, Tagged text, List<Agreement> got, int expected) {
    assertEquals(expected, got.size(), () -> text.text() + " -> " + got);
    EdtfDate signed = EdtfDate.ofDay(c.year(), c.month(), c.day());
    for (Agreement a : got) {
      assertEquals(signed, a.signed(), () -> text.text() + " -> " + a);
    }
  }

  @Test
  void aYearInsideANameIsNoSigningDay() {
    Prop.check("a year in a name", CASES, c -> {
      Tagged text = day(pair(c).w("signed documents on"), c).w(".");
      text.w("They include").w(c.first()).w("on cooperation within the framework of the").w(c.name())
          .date(String.valueOf(c.named()), EdtfDate.ofYear(c.named())).w("programme .");
      assertAllSigned(c, text, read(text), 1);
    });
  }

  @Test
  void theDateOfAnAnniversaryIsNoSigningDay() {
    Prop.check("an anniversary's date", CASES, c -> {
      Tagged text = day(pair(c).w("met on"), c).w(".");
      text.w("The two leaders signed").w(c.first()).w("on tourism , marking the 50th anniversary of relations"
          + " established on").date("1 May " + (c.year() - 50), EdtfDate.ofDay(c.year() - 50, 5, 1)).w(".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(false, EdtfDate.ofDay(c.year() - 50, 5, 1).equals(got.get(0).signed()), text::text);
    });
  }

  @Test
  void anInstrumentAlsoSignedSharesTheDayOfTheSigningToldBefore() {
    Prop.check("also signed", CASES, c -> {
      Tagged text = day(pair(c).w("signed").w(c.first()).w("on fisheries on"), c).w(".");
      text.w("The two governments also signed").w(c.second()).w("on tourism , officials said .");
      assertAllSigned(c, text, read(text), 2);
    });
  }

  @Test
  void instrumentsWithLongSubjectsInOneSentenceStayApart() {
    Prop.check("long subjects", CASES, c -> {
      Tagged text = day(pair(c).w("signed on"), c).w(":");
      text.w(c.first()).w("on the supply of drinking water from").w(PLACES.get(c.day() % PLACES.size()))
          .w("to the towns of the coast ;").w(c.first()).w("on the use of").w(PLACES.get((c.day() + 1) % PLACES.size()))
          .w("for the movement of goods and people .");
      assertAllSigned(c, text, read(text), 2);
    });
  }

  @Test
  void swappingTheStatesKeepsTheDays() {
    Prop.check("swap the states", CASES, c -> {
      Case s = new Case(c.b(), c.a(), c.year(), c.month(), c.day(), c.first(), c.second(), c.named(), c.name());
      Tagged text = day(pair(s).w("signed").w(s.first()).w("on fisheries on"), s).w(".");
      text.w("The two governments also signed").w(s.second()).w("on tourism .");
      List<Agreement> got = read(text);
      assertAllSigned(s, text, got, 2);
      for (Agreement a : got) {
        assertEquals(java.util.Set.of(dev.entente.model.Country.of(c.a().code()),
            dev.entente.model.Country.of(c.b().code())), java.util.Set.copyOf(a.parties()), text::text);
      }
    });
  }

  @Test
  void aJointStatementOrCommuniqueTakesTheDayOfTheSigningToldBefore() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("In a joint statement , the two leaders said",
        "The two foreign ministers also issued a joint communique , which says",
        "The two leaders also released a joint statement and said").map(w -> new Object[] {c, w}));
    Prop.check("a joint statement", gen, v -> {
      Case c = (Case) v[0];
      Tagged text = day(pair(c).w("signed").w(c.first()).w("on fisheries on"), c).w(".");
      text.w((String) v[1]).w("relations would grow .");
      List<Agreement> got = read(text);
      assertAllSigned(c, text, got, 2);
      assertEquals(dev.entente.model.AgreementKind.DECLARATION, got.get(1).kind(), text::text);
    });
  }

  @Test
  void aHyphenatedNumberBeforeAnInstrumentIsNoCount() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("six-point", "10-year", "three-page", "25-year")
        .map(w -> new Object[] {c, w}));
    Prop.check("a six-point communique", gen, v -> {
      Case c = (Case) v[0];
      String w = (String) v[1];
      int n = switch (w.substring(0, w.indexOf('-'))) {
        case "six" -> 6;
        case "three" -> 3;
        default -> Integer.parseInt(w.substring(0, w.indexOf('-')));
      };
      // the number stage reads the count in the word, as it does in a report
      Tagged text = day(pair(c).w("signed a").number(w, java.math.BigDecimal.valueOf(n),
          dev.entente.model.Qualifier.EXACT).w("treaty on"), c).w(".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(null, got.get(0).count(), text::text);
    });
  }

  @Test
  void thePeriodTheTextsWereNegotiatedOverIsNoSigningDay() {
    Prop.check("negotiated over months", CASES, c -> {
      Tagged text = day(pair(c).w("met on"), c).w(".");
      text.w("The ministers , who negotiated the texts over").date("the past eight months",
          EdtfDate.parse((c.year() - 1) + "-0" + 1 + "/" + c.year() + "-0" + 1)).w(", also signed").w(c.first())
          .w("on tourism .");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(false, got.get(0).signed() != null && got.get(0).signed().isInterval(), text::text);
    });
  }

  @Test
  void theYearsAProgrammeCoversAreNoSigningDay() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("the years", "the period", "years").flatMap(w ->
        Gens.ints(1, 4).map(n -> new Object[] {c, w, n})));
    Prop.check("a programme for the years", gen, v -> {
      Case c = (Case) v[0];
      int from = c.year() + 1;
      int to = from + (int) v[2];
      Tagged text = pair(c).w("attended the signing of").w(c.first()).w("on tourism and an executive programme"
          + " for cultural cooperation for " + v[1]).date(from + "-" + to, EdtfDate.parse(from + "/" + to)).w(".");
      List<Agreement> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      for (Agreement a : got) {
        assertEquals(EdtfDate.of(PUBLISHED), a.signed(), () -> text.text() + " -> " + a);
      }
    });
  }

  @Test
  void pluralInstrumentsOpeningAListAreOneItemOfIt() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("agreements", "protocols", "arrangements", "memoranda")
        .map(w -> new Object[] {c, w}));
    Prop.check("plural instruments in a list", gen, v -> {
      Case c = (Case) v[0];
      Tagged text = day(pair(c).w("signed on"), c).w(v[1] + " on fisheries ,").w(c.first()).w("on tourism and")
          .w(c.second()).w("on customs .");
      assertAllSigned(c, text, read(text), 3);
    });
  }
}
