package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An instrument that sets up or takes up again what it names, in generated reports ("a joint
 * communique establishing [A] between [State] and [State]", "a statement on restoring the [A]"): its
 * subject is [A], without the verb. Swapping the states keeps the subject and swaps the parties.
 */
class FoundingSubjectPropertiesTest {

  private static final List<String> SUBJECTS = List.of("diplomatic relations", "air services",
      "a strategic partnership", "consular relations", "a joint commission", "direct flights");
  private static final List<String> VERBS = List.of("establishing", "restoring", "resuming", "on establishing",
      "on restoring");
  private static final List<String> INSTRUMENTS = List.of("a joint communique", "a joint statement",
      "an agreement", "a protocol");

  /** Two states, what is set up, the verb, the instrument and a day. */
  private record Case(State a, State b, String subject, String verb, String instrument, int year, int month,
      int day) {
    Case swapped() {
      return new Case(b, a, subject, verb, instrument, year, month, day);
    }

    /** The subject without its article: "a joint commission" names "joint commission". */
    String field() {
      return subject.startsWith("a ") ? subject.substring(2) : subject;
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SUBJECTS).flatMap(s ->
      Gens.elements(VERBS).flatMap(v -> Gens.elements(INSTRUMENTS).flatMap(i -> FactGens.years().flatMap(y ->
          Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d -> new Case(p[0], p[1], s, v, i, y, m, d))))))));

  /** "On [day], [A] and [B] signed [instrument] [verb] [subject] between the two states." */
  private static Tagged text(Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    Tagged t = new Tagged().w("On").date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(),
        c.day())).w(",");
    return name(name(t, c.a()).w("and"), c.b()).w("signed " + c.instrument() + " " + c.verb() + " " + c.subject()
        + " between the two states .");
  }

  @Test
  void theSubjectIsWhatTheInstrumentSetsUpWhicheverStateIsNamedFirst() {
    TradedGoodsSubjectPropertiesTest.checkSubject("instrument establishing a subject", CASES,
        FoundingSubjectPropertiesTest::text, Case::swapped, c -> LocalDate.of(c.year(), c.month(), c.day()).plusDays(1),
        c -> List.of(c.field()), c -> Set.of(Country.of(c.a().code()), Country.of(c.b().code())));
  }
}
