package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Named instruments and instruments told together in generated sentences: the year after a name
 * ("the Treaty of Peace, Friendship and Cooperation of 1971"), two instruments joined by a bare
 * "and", a plural with one subject per opener, a state that joins others in signing, and a
 * declaration one more state signs.
 */
class AgreementNamesPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> NAME_WORDS = List.of("Peace", "Friendship", "Cooperation", "Navigation",
      "Commerce", "Amity", "Mutual Assistance", "Partnership");
  private static final List<String> CITIES = List.of("Istanbul", "Lima", "Delhi", "Tashkent", "Manila", "Accra",
      "Helsinki", "Bogota");

  private record Case(State a, State b, State c, List<String> words, int year, int month, int day,
      String subject, String other, String city) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, FactGens.STATES.size() - 1)
      .flatMap(k -> Gens.elements(NAME_WORDS).list(3, 3).flatMap(words -> FactGens.years()
          .flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(0, 9)
              .flatMap(s -> Gens.elements(CITIES).map(city -> {
                State third = FactGens.STATES.get(k);
                if (third.equals(p[0]) || third.equals(p[1])) {
                  third = FactGens.STATES.stream().filter(x -> !x.equals(p[0]) && !x.equals(p[1])).findFirst()
                      .orElseThrow();
                }
                List<String> subjects = InstrumentListPropertiesTest.SUBJECTS;
                return new Case(p[0], p[1], third, words, y, m, d, subjects.get(s),
                    subjects.get((s + 1) % subjects.size()), city);
              }))))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  private static Tagged signedOnADay(Case c, State a, State b, String what) {
    return day(name(name(new Tagged(), a).w("and"), b).w("signed " + what + " on"), c).w(".");
  }

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  private static Set<Country> codes(State... states) {
    return Set.of(List.of(states).stream().map(s -> Country.of(s.code())).toArray(Country[]::new));
  }

  @Test
  void theYearAfterANamedInstrumentIsItsSigning() {
    Prop.check("the [Name] Treaty of [year]", CASES, c -> {
      String title = "Treaty of " + c.words().get(0) + ", " + c.words().get(1) + " and " + c.words().get(2);
      Tagged text = new Tagged().w("Relations between");
      name(name(text, c.a()).w("and"), c.b()).w("rest on the " + title + " of")
          .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(AgreementKind.TREATY, got.get(0).kind(), text::text);
      assertEquals(EdtfDate.ofYear(c.year()), got.get(0).signed(), text::text);
      assertEquals(title, got.get(0).title(), text::text);
      assertEquals(codes(c.a(), c.b()), Set.copyOf(got.get(0).parties()), text::text);
    });
  }

  @Test
  void anAgreementAndProtocolJoinedByAndAreTwoSignedThatDay() {
    Prop.check("a trade agreement and protocol", CASES, c -> {
      Tagged text = signedOnADay(c, c.a(), c.b(), "documents")
          .w("The documents include an agreement on " + c.subject() + " and a long-term trade agreement and protocol .");
      List<Agreement> got = read(text);
      assertEquals(3, got.size(), () -> text.text() + " -> " + got);
      assertEquals(List.of(AgreementKind.AGREEMENT, AgreementKind.AGREEMENT, AgreementKind.PROTOCOL),
          got.stream().map(Agreement::kind).toList(), text::text);
      for (Agreement a : got) {
        assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), a.signed(), text::text);
      }
    });
  }

  @Test
  void aPluralWithTheOpenerRepeatedIsOneInstrumentPerSubject() {
    Prop.check("arrangements on A and on B", CASES, c -> {
      Tagged text = signedOnADay(c, c.a(), c.b(),
          "arrangements on " + c.subject() + " and on " + c.other() + " , and a memorandum on trade");
      List<Agreement> got = read(text);
      assertEquals(3, got.size(), () -> text.text() + " -> " + got);
      assertEquals(List.of(c.subject()), got.get(0).sectors(), text::text);
      assertEquals(List.of(c.other()), got.get(1).sectors(), text::text);
      assertEquals(AgreementKind.MEMORANDUM, got.get(2).kind(), text::text);
    });
  }

  @Test
  void aStateThatJoinsOthersInSigningSignsThatDay() {
    Prop.check("[State] joined them in signing a declaration", CASES, c -> {
      Tagged text = signedOnADay(c, c.a(), c.b(), "a treaty on " + c.subject());
      name(text.w("The president of"), c.c()).w("later joined them in signing a declaration on " + c.other() + " .");
      List<Agreement> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      assertEquals(AgreementKind.DECLARATION, got.get(1).kind(), text::text);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(1).signed(), text::text);
    });
  }

  @Test
  void aNamedDeclarationOneMoreStateSignsIsAnotherInstrument() {
    Prop.check("[State] signed the [City] Declaration", CASES, c -> {
      Tagged text = signedOnADay(c, c.a(), c.b(), "a declaration on " + c.subject());
      name(text, c.c()).w("signed the " + c.city() + " Declaration , pledging support for " + c.subject() + " .");
      List<Agreement> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      assertEquals(c.city() + " Declaration", got.get(1).title(), text::text);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(1).signed(), text::text);
      assertNotEquals(got.get(0).parties(), got.get(1).parties(), text::text);
    });
  }

  @Test
  void swappingTheStatesSwapsThePartiesOfTheNamedTreaty() {
    Prop.check("swap the states of a named treaty", CASES, c -> {
      Tagged text = new Tagged().w("Relations between");
      name(name(text, c.b()).w("and"), c.a()).w("rest on the Treaty of " + c.words().get(0) + " of")
          .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(List.of(Country.of(c.b().code()), Country.of(c.a().code())), got.get(0).parties(), text::text);
    });
  }
  private static final List<String> FIRMS = List.of("Hyundai Motor", "Tata Steel", "Siemens", "Vale", "Bechtel",
      "Rosatom", "Petrobras");

  @Test
  void aDealOfFirmsAmongTheSignedSetIsNoAgreementBetweenStates() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements(FIRMS).flatMap(f -> Gens.elements(FIRMS)
        .flatMap(g -> Gens.ints(3, 30).map(n -> new Object[] {c, f, g, n}))));
    Prop.check("a deal between [Firm] and [Firm]", gen, v -> {
      Case c = (Case) v[0];
      Tagged text = day(name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed " + v[3]
          + " memorandums of understanding on"), c).w(", including a deal between " + v[1] + " and " + v[2]
          + " on " + c.subject() + " .");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals((Integer) v[3], got.get(0).count(), text::text);
      // the same deal between the two states is one more agreement
      Tagged states = day(name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed " + v[3]
          + " memorandums of understanding on"), c).w(", including a deal between");
      name(name(states, c.a()).w("and"), c.b()).w("on " + c.subject() + " .");
      assertEquals(2, read(states).size(), states::text);
    });
  }

  @Test
  void theYearOfAnotherNamedEventIsNoSigningDay() {
    Prop.check("since the [year] Islamic Revolution", CASES, c -> {
      Tagged text = signedOnADay(c, c.a(), c.b(), "a treaty on " + c.subject())
          .w("The treaty was signed after talks , the first such visit since the")
          .date(String.valueOf(c.year() - 20), EdtfDate.ofYear(c.year() - 20)).w(c.city() + " Revolution .");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(0).signed(), text::text);
    });
  }

  @Test
  void talksConcludedOnAnInstrumentSignNothing() {
    Prop.check("concluded talks on a joint declaration", CASES, c -> {
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b())
          .w("have concluded talks on a joint declaration on " + c.subject() + " .");
      List<Agreement> got = read(text);
      assertEquals(List.of(), got, text::text);
    });
  }
}
