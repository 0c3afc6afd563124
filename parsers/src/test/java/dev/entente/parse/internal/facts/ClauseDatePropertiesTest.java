package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
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
 * A date in a clause of its own after the signing ("since the two states established relations in
 * [year]", "because talks broke down in [year]") is that clause's, not the signing's: the
 * instrument is of the day the report tells, and one told again in such a sentence ("The treaty,
 * concluded for [n] years, crowns ... since ...") is the one signed before. Each with the states
 * swapped.
 */
class ClauseDatePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private record Case(State a, State b, String kind, String subject, String opener, LocalDate published, int earlier) {
    Case swapped() {
      return new Case(b, a, kind, subject, opener, published, earlier);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements("agreement", "treaty",
      "memorandum").flatMap(k -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s ->
          Gens.elements("since", "because", "although").flatMap(o -> FactGens.years().flatMap(y ->
              Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(2, 40).map(e ->
                  new Case(p[0], p[1], k, s, o, LocalDate.of(y, m, d), e)))))))));

  private static Tagged pair(Case c) {
    return name(name(new Tagged(), c.a()).w("and"), c.b());
  }

  /** ", [opener] the two states established relations in [earlier year]." */
  private static Tagged clause(Tagged t, Case c) {
    int year = c.published().getYear() - c.earlier();
    return t.w(", " + c.opener() + " the two states established relations in")
        .date(String.valueOf(year), EdtfDate.ofYear(year)).w(".");
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  @Test
  void theDateOfAClauseAfterTheSigningIsNotItsDay() {
    Prop.check("clause's date", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = clause(pair(k).w("signed " + article(k.kind()) + " " + k.kind() + " on " + k.subject()), k);
        Agreement a = FactGens.only(t, read(t, k));
        assertEquals(EdtfDate.of(k.published()), a.signed(), t::text);
        assertEquals(Set.of(Country.of(k.a().code()), Country.of(k.b().code())), Set.copyOf(a.parties()), t::text);
      }
    });
  }

  @Test
  void anInstrumentToldAgainBeforeSuchAClauseIsTheOneSigned() {
    Prop.check("told again before a clause", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = pair(k).w("signed " + article(k.kind()) + " " + k.kind() + " on " + k.subject() + ".")
            .then(clause(new Tagged().w("The " + k.kind() + ", concluded for " + k.earlier()
                + " years, crowns the ties between the two peoples"), k));
        Agreement a = FactGens.only(t, read(t, k));
        assertEquals(EdtfDate.of(k.published()), a.signed(), t::text);
      }
    });
  }

  /** "an agreement", "a treaty". */
  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
