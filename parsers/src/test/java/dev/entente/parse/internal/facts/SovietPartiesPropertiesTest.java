package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
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
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The parties of instruments in generated reports of the Soviet era: "Moscow", "Russia" and
 * "Russian" name the Soviet Union there, so an instrument of Moscow and another state, or of the
 * Soviet Union signed in Moscow, has the Soviet Union and that state as its two parties; a later
 * report of an instrument signed before 1992 keeps them; after 1991 "Moscow" is Russia.
 */
class SovietPartiesPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** The other party (never Russia), a subject and a signing day. */
  private record Case(State other, String subject, int year, int month, int day) {
    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(1);
    }
  }

  private static Gen<Case> cases(int fromYear, int toYear) {
    return Gens.elements(FactGens.STATES).filter(s -> !s.code().equals("RUS")).flatMap(o ->
        Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> Gens.ints(fromYear, toYear).flatMap(y ->
            Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d -> new Case(o, s, y, m, d))))));
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), c.signed());
  }

  private static Tagged other(Tagged t, Case c) {
    return FactGens.name(t, c.other());
  }

  private static Tagged moscow(Tagged t) {
    return t.country("Moscow", "RUS", CountryForm.CAPITAL);
  }

  private static Tagged sovietUnion(Tagged t) {
    return t.country("the Soviet Union", "SUN", CountryForm.NAME);
  }

  /** The ways a report names the Soviet side of one signing, beside the other state and the day. */
  private static final List<Function<Case, Tagged>> SOVIET_ERA = List.of(
      c -> day(other(moscow(new Tagged()).w("and"), c).w("signed a treaty of friendship on"), c).w("."),
      c -> day(moscow(sovietUnion(other(new Tagged(), c).w("signed an agreement on " + c.subject() + " with"))
          .w("in")).w("on"), c).w("."),
      c -> moscow(day(other(new Tagged().w("The").country("Soviet", "SUN", CountryForm.ADJECTIVE).w("and"), c)
          .w("foreign ministers signed a protocol on " + c.subject() + " on"), c).w("in")).w("."),
      c -> day(other(new Tagged().country("Russian", "RUS", CountryForm.ADJECTIVE).w("and"), c)
          .w("officials signed a memorandum on " + c.subject() + " on"), c).w("."),
      c -> moscow(day(other(new Tagged(), c).w("and").country("Russia", "RUS", CountryForm.NAME)
          .w("signed a trade agreement on"), c).w(",")).w("radio said."),
      c -> day(other(sovietUnion(moscow(new Tagged().w("In")).w(",")).w("and"), c).w("on"), c)
          .w("signed a declaration on " + c.subject() + "."));

  @Test
  void moscowInASovietEraReportIsTheSovietUnion() {
    Prop.check("Soviet-era parties", cases(1950, 1990), c -> {
      for (Function<Case, Tagged> form : SOVIET_ERA) {
        Tagged t = form.apply(c);
        Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
        assertEquals(Set.of(Country.of("SUN"), Country.of(c.other().code())), Set.copyOf(a.parties()), t::text);
        assertEquals(2, a.parties().size(), t::text);
      }
    });
  }

  @Test
  void aLaterReportOfASovietEraSigningKeepsTheSovietUnion() {
    Prop.check("Soviet-era signing told later", cases(1950, 1990), c -> {
      Tagged t = day(moscow(other(sovietUnion(new Tagged()).w("and"), c).w("signed a treaty of friendship in"))
          .w("on"), c).w(".");
      Agreement a = FactGens.only(t, FactGens.read(t, c.published().plusYears(20), AGREEMENTS).agreements);
      assertEquals(Set.of(Country.of("SUN"), Country.of(c.other().code())), Set.copyOf(a.parties()), t::text);
    });
  }

  @Test
  void afterTheSovietUnionMoscowIsRussia() {
    Prop.check("post-Soviet parties", cases(1992, 2030), c -> {
      Tagged t = day(other(moscow(new Tagged()).w("and"), c).w("signed a treaty of friendship on"), c).w(".");
      Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
      assertEquals(Set.of(Country.of("RUS"), Country.of(c.other().code())), Set.copyOf(a.parties()), t::text);
    });
  }
}
