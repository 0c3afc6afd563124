package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.InstrumentListPropertiesTest.Instrument;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signing told by its ceremony ("attended the signing ceremony", "the signing ceremony took
 * place in ...") in generated reports: the instruments listed after it were signed on its day, or
 * on the day of the signing told before it when it has none of its own; a ceremony still to come
 * signs nothing.
 */
class SigningCeremonyPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<Instrument> INSTRUMENTS = List.of(
      new Instrument("a memorandum of understanding", AgreementKind.MEMORANDUM),
      new Instrument("an agreement", AgreementKind.AGREEMENT), new Instrument("a protocol", AgreementKind.PROTOCOL),
      new Instrument("a memorandum", AgreementKind.MEMORANDUM));

  /** The verbs of the past by which leaders take part in a ceremony. */
  private static final List<String> ATTENDED = List.of("attended", "witnessed", "chaired", "presided over");

  /** Two states, two or three instruments with different subjects, a signing day and a verb of attending. */
  private record Case(State a, State b, List<Integer> kinds, List<String> subjects, int year, int month, int day,
      String verb) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 3).flatMap(n ->
      Gens.ints(0, INSTRUMENTS.size() - 1).list(n, n).flatMap(kinds -> Gens.ints(0, 9).flatMap(first ->
          FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d ->
              Gens.elements(ATTENDED).map(v -> {
                List<String> subjects = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                  subjects.add(InstrumentListPropertiesTest.SUBJECTS.get((first + k)
                      % InstrumentListPropertiesTest.SUBJECTS.size()));
                }
                return new Case(p[0], p[1], kinds, subjects, y, m, d, v);
              }))))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static EdtfDate signed(Case c) {
    return EdtfDate.ofDay(c.year(), c.month(), c.day());
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), signed(c));
  }

  /** "The documents include a protocol on A, an agreement on B and a memorandum on C." */
  private static Tagged listed(Tagged t, Case c) {
    t.w("The documents include");
    for (int k = 0; k < c.kinds().size(); k++) {
      if (k > 0) {
        t.w(k == c.kinds().size() - 1 ? "and" : ",");
      }
      t.w(INSTRUMENTS.get(c.kinds().get(k)).words() + " on " + c.subjects().get(k));
    }
    return t.w(".");
  }

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  private static void assertListed(Case c, Tagged text, List<Agreement> got) {
    assertEquals(c.kinds().size(), got.size(), () -> text.text() + " -> " + got);
    Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
    for (int k = 0; k < got.size(); k++) {
      Agreement a = got.get(k);
      assertEquals(INSTRUMENTS.get(c.kinds().get(k)).kind(), a.kind(), text::text);
      assertEquals(signed(c), a.signed(), text::text);
      assertEquals(pair, Set.copyOf(a.parties()), text::text);
      assertEquals(List.of(c.subjects().get(k)), a.sectors(), text::text);
    }
  }

  /** "On D, the leaders of A and B attended the signing ceremony. The documents include ..." */
  private static Tagged attended(Case c, State first, State second) {
    Tagged t = day(new Tagged().w("On"), c).w(", the leaders of");
    return listed(name(name(t, first).w("and"), second).w(c.verb() + " the signing ceremony ."), c);
  }

  @Test
  void theInstrumentsListedAfterACeremonyHeldWereSignedOnItsDay() {
    Prop.check("a ceremony held on a day, then its documents", CASES, c ->
        assertListed(c, attended(c, c.a(), c.b()), read(attended(c, c.a(), c.b()))));
  }

  @Test
  void swappingTheStatesKeepsEveryInstrumentAndItsDay() {
    Prop.check("swap the states of a ceremony", CASES, c -> {
      List<Agreement> straight = read(attended(c, c.a(), c.b()));
      List<Agreement> swapped = read(attended(c, c.b(), c.a()));
      assertListed(c, attended(c, c.b(), c.a()), swapped);
      assertEquals(straight.size(), swapped.size());
      for (int k = 0; k < straight.size(); k++) {
        assertEquals(straight.get(k).signed(), swapped.get(k).signed());
        assertEquals(Set.copyOf(straight.get(k).parties()), Set.copyOf(swapped.get(k).parties()));
      }
    });
  }

  @Test
  void aCeremonyWithNoDayOfItsOwnRetellsTheSigningBefore() {
    Prop.check("signed on D; the signing ceremony took place at ...; the documents include", CASES, c -> {
      Tagged text = day(name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed documents on"), c).w(".");
      listed(text.w("The signing ceremony took place at the presidential palace ."), c);
      assertListed(c, text, read(text));
    });
  }

  @Test
  void aCeremonyStillToComeSignsNothing() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("is to be held on", "will take place on",
        "is scheduled for").map(w -> new Object[] {c, w}));
    Prop.check("the signing ceremony is to be held on D", gen, v -> {
      Case c = (Case) v[0];
      Tagged t = name(name(new Tagged().w("For the visit of the leaders of"), c.a()).w("and"), c.b());
      Tagged text = listed(day(t.w(", the signing ceremony " + v[1]), c).w("."), c);
      List<Agreement> got = read(text);
      assertTrue(got.stream().noneMatch(a -> signed(c).equals(a.signed())), () -> text.text() + " -> " + got);
    });
  }
}
