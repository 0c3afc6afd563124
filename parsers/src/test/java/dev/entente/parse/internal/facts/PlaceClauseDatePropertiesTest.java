package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signing told in a clause of place after a dated main clause ("[Person] returned home [day] from
 * [State], where the two sides signed an agreement on [subject] on [day]") is on the clause's own
 * day, however far the main clause's date stands; with no day of its own it keeps the main clause's.
 */
class PlaceClauseDatePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private record Case(State a, State b, LocalDate returned, int before, String subject, int filler) {
    LocalDate signed() {
      return returned.minusDays(before);
    }
  }

  /** Words between the main clause's date and the clause of place, of several lengths. */
  private static final List<String> FILLERS = List.of("", "after a visit", "after a two-day official visit to the region");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
      .flatMap(m -> Gens.ints(2, 28).flatMap(d -> Gens.ints(1, 5).flatMap(b -> Gens.elements(
          InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> Gens.ints(0, FILLERS.size() - 1).map(f -> new Case(p[0],
              p[1], LocalDate.of(y, m, d).plusDays(b), b, s, f))))))));

  private static Tagged report(Case c, State home, State host, boolean ownDay) {
    Tagged t = new Tagged().w("The president of");
    FactGens.name(t, home).w("returned home").date("yesterday", EdtfDate.of(c.returned()))
        .w(FILLERS.get(c.filler()) + (c.filler() == 0 ? "from" : "to"));
    FactGens.name(t, host).w(", where the two sides signed an agreement on " + c.subject() + " with officials of");
    FactGens.name(t, home).w("in the capital");
    if (ownDay) {
      t.w("on").date("the " + c.signed().getDayOfMonth() + "th", EdtfDate.of(c.signed()));
    }
    return t.w(".");
  }

  @Test
  void theClauseOfPlaceKeepsItsOwnDay() {
    Prop.check("returned [day] from [State], where they signed ... on [day]", CASES, c -> {
      for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        Tagged t = report(c, s[0], s[1], true);
        Agreement a = FactGens.only(t, FactGens.read(t, c.returned().plusDays(1), AGREEMENTS).agreements);
        assertEquals(EdtfDate.of(c.signed()), a.signed(), t::text);
        assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), t::text);
        Tagged undated = report(c, s[0], s[1], false);
        Agreement b = FactGens.only(undated, FactGens.read(undated, c.returned().plusDays(1), AGREEMENTS).agreements);
        assertEquals(EdtfDate.of(c.returned()), b.signed(), undated::text);
      }
    });
  }
}
