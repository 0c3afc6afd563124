package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A signing the report says is still to come on a day of the coming week ("the two sides are to sign
 * an agreement on [A] on Friday"): an agreement signed that day, whether the weekday was resolved to
 * the coming day or to the one a week before; a signing due months ahead is no agreement yet. A
 * signing told as still to come when it was said ("[A] and [B] would sign ...") is one of these. A
 * day that only bounds the signing ("... before the visitor leaves on Friday") is no day of it: no
 * agreement yet.
 */
class DueSigningPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private static final List<String> PLANNED = List.of("are to sign", "will sign", "are expected to sign",
      "are due to sign", "plan to sign", "would sign", "would also sign");
  private static final List<String> INSTRUMENTS = List.of("an agreement", "a memorandum of understanding",
      "a protocol", "a treaty", "an accord");

  private record Case(State a, State b, String verb, String instrument, String subject, LocalDate published,
      int ahead, boolean resolvedBack) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(PLANNED).flatMap(v ->
      Gens.elements(INSTRUMENTS).flatMap(i -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s ->
          FactGens.years().flatMap(y -> Gens.ints(1, 360).flatMap(d -> Gens.ints(1, 6).flatMap(k ->
              Gens.booleans().map(back -> new Case(p[0], p[1], v, i, s, LocalDate.ofYearDay(y, d), k, back)))))))));

  private static List<Agreement> read(Case c, String when, EdtfDate resolved, DateForm form) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
        .w(c.verb() + " " + c.instrument() + " on " + c.subject() + " on").date(when, resolved, form).w(".");
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  @Test
  void aSigningDueInTheComingWeekIsAnAgreementOfThatDay() {
    Prop.check("[A] and [B] are to sign an instrument on [subject] on [weekday]", CASES, c -> {
      LocalDate due = c.published().plusDays(c.ahead());
      String weekday = due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      // a weekday may be resolved to the one before publication, as a report of the past would mean it
      LocalDate resolved = c.resolvedBack() ? due.minusWeeks(1) : due;
      List<Agreement> got = read(c, weekday, EdtfDate.of(resolved), DateForm.RELATIVE);
      assertEquals(1, got.size(), got::toString);
      Agreement a = got.get(0);
      assertEquals(EdtfDate.of(due), a.signed(), a::toString);
      assertEquals(List.of(c.subject()), a.sectors(), a::toString);
      assertTrue(a.parties().containsAll(List.of(Country.of(c.a().code()), Country.of(c.b().code()))), a::toString);
    });
  }

  @Test
  void aSigningDueMonthsAheadIsNoAgreementYet() {
    Prop.check("[A] and [B] are to sign an instrument on [subject] on [a day months ahead]", CASES, c -> {
      LocalDate later = c.published().plusMonths(c.ahead() + 1);
      String written = later.getDayOfMonth() + " " + later.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " " + later.getYear();
      List<Agreement> got = read(c, written, EdtfDate.of(later), DateForm.ABSOLUTE);
      assertEquals(List.of(), got);
    });
  }

  private static final List<String> BOUNDS = List.of("before the visitor leaves", "before the end of the visit",
      "by the end of the talks", "before the guests leave");

  @Test
  void aSigningDueBeforeADayIsNoAgreementYet() {
    Prop.check("[A] and [B] are to sign an instrument on [subject] before the visitor leaves on [weekday]",
        CASES.flatMap(c -> Gens.elements(BOUNDS).map(b -> new Object[] {c, b})), o -> {
          Case c = (Case) o[0];
          LocalDate due = c.published().plusDays(c.ahead());
          String weekday = due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
          for (State[] pair : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
            Tagged t = FactGens.name(FactGens.name(new Tagged(), pair[0]).w("and"), pair[1])
                .w(c.verb() + " " + c.instrument() + " on " + c.subject() + " " + o[1] + " on")
                .date(weekday, EdtfDate.of(due), DateForm.RELATIVE).w(".");
            List<Agreement> got = FactGens.read(t, c.published(), AGREEMENTS).agreements;
            assertEquals(List.of(), got, t::text);
          }
        });
  }
}
