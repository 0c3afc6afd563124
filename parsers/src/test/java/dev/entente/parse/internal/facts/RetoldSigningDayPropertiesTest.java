package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
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
 * The day of a signing told again in the passive with no day ("The treaty was signed at the palace
 * by the two ministers"), in generated reports published some days after it: it is the signing told
 * before with its day, and the instruments told signed "at the same time" after it keep that day,
 * not the report's. Each with the states swapped.
 */
class RetoldSigningDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Two states, two different subjects, a signing day and how many days later the report came out. */
  private record Case(State a, State b, String first, String second, int year, int month, int day, int later) {
    Case swapped() {
      return new Case(b, a, first, second, year, month, day, later);
    }

    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(later);
    }
  }

  private static final List<String> SUBJECTS = InstrumentListPropertiesTest.SUBJECTS;

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(i ->
      Gens.ints(1, SUBJECTS.size() - 1).flatMap(j -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m ->
          Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 3).map(l -> new Case(p[0], p[1], SUBJECTS.get(i),
              SUBJECTS.get((i + j) % SUBJECTS.size()), y, m, d, l))))))));

  /** Ways to tell the treaty signed again, in the passive, with no day. */
  private static final List<String> RETOLD = List.of(
      "The treaty was signed at the presidential palace by the two foreign ministers .",
      "The new treaty was signed in the capital in the presence of both heads of state .",
      "The treaties were signed at a ceremony attended by the two prime ministers .");

  /** "[A] and [B] signed a treaty on [first] on D.": the signing told first, with its day. */
  private static Tagged signedOn(Case c) {
    Tagged t = name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed a treaty on " + c.first() + " on");
    return on(t, c).w(".");
  }

  private static Tagged on(Tagged t, Case c) {
    return t.date(Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + c.day() + ", " + c.year(),
        c.signed());
  }

  /** "[A] and [B] signed a treaty on [first] on D. [Told again.] An agreement on [second] and a protocol ... were signed at the same time." */
  private static Tagged report(Case c, String retold) {
    Tagged t = signedOn(c).w(retold);
    return t.w("An agreement on " + c.second() + " and a protocol on " + c.first() + " were signed at the same time .");
  }

  @Test
  void aSigningToldAgainWithNoDayKeepsTheDayToldBefore() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements(RETOLD).map(r -> new Object[] {c, r}));
    Prop.check("signed on D; the treaty was signed at ...; more were signed at the same time", gen, v -> {
      Case c = (Case) v[0];
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = report(k, (String) v[1]);
        List<Agreement> got = FactGens.read(t, k.published(), AGREEMENTS).agreements;
        assertEquals(3, got.size(), () -> t.text() + " -> " + got);
        for (Agreement a : got) {
          assertEquals(k.signed(), a.signed(), () -> t.text() + " -> " + got);
          assertEquals(Set.of(Country.of(k.a().code()), Country.of(k.b().code())), Set.copyOf(a.parties()), t::text);
        }
        assertEquals(Set.of(AgreementKind.TREATY, AgreementKind.AGREEMENT, AgreementKind.PROTOCOL),
            Set.copyOf(got.stream().map(Agreement::kind).toList()), t::text);
      }
    });
  }

  @Test
  void aSigningToldAgainWithADayOfItsOwnKeepsThatDay() {
    Prop.check("signed on D; the treaty was signed on E", CASES, c -> {
      Case later = new Case(c.a(), c.b(), c.first(), c.second(), c.year(), c.month(), c.day() == 28 ? 1 : c.day() + 1,
          c.later());
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = signedOn(k);
        on(t.w("The agreement on " + k.second() + " was signed on"), later).w(".");
        List<Agreement> got = FactGens.read(t, k.published(), AGREEMENTS).agreements;
        Agreement second = got.stream().filter(a -> a.kind() == AgreementKind.AGREEMENT).findFirst()
            .orElseThrow(() -> new AssertionError(t.text() + " -> " + got));
        assertEquals(later.signed(), second.signed(), () -> t.text() + " -> " + got);
      }
    });
  }
}
