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
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An instrument told with "such" ("..., the first such pact [A] has concluded with any country",
 * "such an accord") names the kind of the one told before it, not a second instrument; and a pact is
 * an agreement, as the press uses the word ("a trade pact", "a security pact"), not a treaty. Each
 * with the states swapped.
 */
class SuchInstrumentPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private static final List<String> SUCH = List.of("the first such pact", "the first such treaty",
      "the second such accord", "the first such agreement", "the first such defence pact");

  private record Case(State a, State b, String instrument, AgreementKind kind, String subject, String such,
      LocalDate day) {
    Case swapped() {
      return new Case(b, a, instrument, kind, subject, such, day);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, 2).flatMap(i ->
      Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> Gens.elements(SUCH).flatMap(such ->
          FactGens.years().flatMap(y -> Gens.ints(1, 365).map(d -> new Case(p[0], p[1],
              List.of("agreement", "treaty", "pact").get(i),
              List.of(AgreementKind.AGREEMENT, AgreementKind.TREATY, AgreementKind.AGREEMENT).get(i), s, such,
              LocalDate.ofYearDay(y, d))))))));

  /** "[A] and [B] signed a [instrument] on [subject] on [day], [such] [A] has concluded with any country." */
  private static Tagged text(Case c) {
    String day = c.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + c.day().getDayOfMonth()
        + ", " + c.day().getYear();
    return name(name(new Tagged(), c.a()).w("and"), c.b())
        .w("signed a " + c.instrument() + " on " + c.subject() + " on").date(day, EdtfDate.of(c.day()))
        .w(", " + c.such()).w(c.a().name() + " has concluded with any country.");
  }

  @Test
  void anInstrumentToldWithSuchIsTheOneToldBefore() {
    Prop.check("the first such pact", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = text(k);
        Agreement a = FactGens.only(t, FactGens.read(t, k.day().plusDays(1), AGREEMENTS).agreements);
        assertEquals(k.kind(), a.kind(), t::text);
        assertEquals(EdtfDate.of(k.day()), a.signed(), t::text);
        assertEquals(Set.of(Country.of(k.a().code()), Country.of(k.b().code())), Set.copyOf(a.parties()), t::text);
      }
    });
  }
}
