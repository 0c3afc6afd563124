package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Instruments signed as one set, in the plural with neither count nor title, and their fields
 * listed after them ("[A] and [B] signed agreements in [field], [field] and [field] on [day]"):
 * one agreement of the set's kind, signed that day, with the fields as its sectors. A set only
 * planned, or signed over the years ("have signed agreements in ..."), is no agreement; one
 * instrument of a set told ("under one agreement, ...") is no set of one.
 */
class SignedSetPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** A plural instrument as writers put it, and the kind it names. */
  private record Plural(String words, AgreementKind kind) {}

  private static final List<Plural> PLURALS = List.of(
      new Plural("agreements", AgreementKind.AGREEMENT),
      new Plural("protocols", AgreementKind.PROTOCOL),
      new Plural("memoranda of understanding", AgreementKind.MEMORANDUM),
      new Plural("accords", AgreementKind.AGREEMENT),
      new Plural("cooperation agreements", AgreementKind.AGREEMENT));

  private static final List<String> FIELDS = List.of("fisheries", "tourism", "customs", "health", "mining",
      "civil aviation", "agriculture", "education", "culture", "railways", "banking", "energy");

  /** The ways a signing done is told before the set: a verb, or a ceremony witnessed. */
  private static final List<String> SIGNINGS = List.of("signed", "also signed", "witnessed the signing of",
      "presided over the signing of");

  /** Two states, a plural instrument, two to four fields, how the signing is told, an opener, and a day. */
  private record Case(State a, State b, int plural, List<String> fields, int signing, String opener,
      int year, int month, int day) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, PLURALS.size() - 1)
      .flatMap(k -> Gens.ints(2, 4).flatMap(n -> Gens.ints(0, FIELDS.size() - 1).flatMap(first ->
          Gens.ints(0, SIGNINGS.size() - 1).flatMap(v -> Gens.elements("in", "on", "covering").flatMap(o ->
              FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d -> {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  fields.add(FIELDS.get((first + i * 5) % FIELDS.size()));
                }
                return new Case(p[0], p[1], k, fields, v, o, y, m, d);
              })))))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  /** "[A] and [B] [signed] [agreements] in [F1], [F2] and [F3]" */
  private static Tagged set(Case c, String verb) {
    Tagged t = name(name(new Tagged(), c.a()).w("and"), c.b()).w(verb).w(PLURALS.get(c.plural()).words())
        .w(c.opener());
    for (int i = 0; i < c.fields().size(); i++) {
      if (i > 0) {
        t.w(i == c.fields().size() - 1 ? "and" : ",");
      }
      t.w(c.fields().get(i));
    }
    return t;
  }

  private static Tagged onTheDay(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.w("on").date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day())).w(".");
  }

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  /** The one agreement read is the set: its kind, its day, no count, the two states, every field. */
  private static void assertTheSet(Case c, Tagged text, List<Agreement> got) {
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    Agreement a = got.get(0);
    assertEquals(PLURALS.get(c.plural()).kind(), a.kind(), text::text);
    assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), a.signed(), text::text);
    assertNull(a.count(), text::text);
    assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), text::text);
    Set<String> words = new HashSet<>();
    for (String s : a.sectors()) {
      words.addAll(List.of(s.toLowerCase(Locale.ROOT).split(" ")));
    }
    for (String f : c.fields()) {
      assertTrue(words.containsAll(List.of(f.split(" "))), () -> text.text() + " -> " + a.sectors());
    }
  }

  @Test
  void aSetSignedWithItsFieldsIsOneAgreementOfThatDay() {
    Prop.check("[A] and [B] signed agreements in [F1], [F2] and [F3] on [day]", CASES, c -> {
      Tagged text = onTheDay(set(c, SIGNINGS.get(c.signing())), c);
      assertTheSet(c, text, read(text));
    });
  }

  @Test
  void swappingTheStatesKeepsTheSet() {
    Prop.check("swap the states of a set signed", CASES, c -> {
      Case swapped = new Case(c.b(), c.a(), c.plural(), c.fields(), c.signing(), c.opener(), c.year(), c.month(),
          c.day());
      Tagged text = onTheDay(set(swapped, SIGNINGS.get(c.signing())), swapped);
      Tagged before = onTheDay(set(c, SIGNINGS.get(c.signing())), c);
      List<Agreement> got = read(text);
      assertTheSet(swapped, text, got);
      assertEquals(read(before).get(0).sectors(), got.get(0).sectors(), text::text);
    });
  }

  @Test
  void aSetPlannedOrSignedOverTheYearsIsNoAgreement() {
    Prop.check("will sign / are expected to sign / have signed agreements in ...", CASES, c -> {
      String verb = List.of("will sign", "are expected to sign", "have signed", "plan to sign").get(c.day() % 4);
      Tagged text = set(c, verb).w(".");
      List<Agreement> got = read(text);
      assertEquals(List.of(), got, () -> text.text() + " -> " + got);
    });
  }

  private static final List<String> COUNTS = List.of("two", "three", "five", "seven", "12", "14");

  @Test
  void oneInstrumentOfASetToldIsNoSetOfItsOwn() {
    Prop.check("[A] and [B] signed [n] agreements on [day]. Under one agreement, [A] will ...", CASES, c -> {
      String count = COUNTS.get(c.day() % COUNTS.size());
      Tagged text = onTheDay(FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
          .w("signed " + count + " " + PLURALS.get(c.plural()).words()), c);
      String one = PLURALS.get(c.plural()).words().replace("agreements", "agreement").replace("protocols", "protocol")
          .replace("memoranda", "memorandum").replace("accords", "accord");
      FactGens.name(text.w(c.month() % 2 == 0 ? "Under one " + one + "," : "One " + one + " says"), c.a())
          .w("will build a port for " + c.fields().get(0) + ".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(0).signed(), text::text);
      assertTrue(got.get(0).count() != null && got.get(0).count() > 1, () -> text.text() + " -> " + got);
    });
  }
}
