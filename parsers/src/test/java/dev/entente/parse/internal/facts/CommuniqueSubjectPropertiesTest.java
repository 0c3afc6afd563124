package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The subject of a communiqué told with none of its own, in generated reports: when the report tells
 * its states setting up, restoring or resuming diplomatic relations before it, the communiqué is on
 * diplomatic relations; when it tells no such act (only relations held, or talks) it has no subject.
 * Each with the states swapped.
 */
class CommuniqueSubjectPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Ways to tell two states setting up relations ("[A] and [B] ..."). */
  private static final List<String> SET_UP = List.of("established diplomatic relations", "today restored diplomatic ties",
      "have resumed full diplomatic relations", "agreed to establish diplomatic relations");

  /** Ways to tell two states doing something else with no subject for a communiqué. */
  private static final List<String> OTHER = List.of("held talks in the capital", "have had diplomatic relations for decades",
      "discussed the situation in the region");

  /** Ways to tell the communiqué signed. */
  private static final List<String> SIGNED = List.of(
      "The joint communique was signed in the capital by the two foreign ministers .",
      "The foreign ministers signed a joint communiqué at the guesthouse .");

  private record Case(State a, State b, String act, String signed, LocalDate published) {
    Case swapped() {
      return new Case(b, a, act, signed, published);
    }
  }

  private static Gen<Case> cases(List<String> acts) {
    return FactGens.pairs().flatMap(p -> Gens.elements(acts).flatMap(act -> Gens.elements(SIGNED).flatMap(sg ->
        FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d ->
            new Case(p[0], p[1], act, sg, LocalDate.of(y, m, d))))))));
  }

  private static Agreement communique(Case c, Tagged t) {
    name(name(t, c.a()).w("and"), c.b()).w(c.act() + " .").w(c.signed());
    List<Agreement> got = FactGens.read(t, c.published(), AGREEMENTS).agreements.stream()
        .filter(a -> a.kind() == AgreementKind.DECLARATION).toList();
    Agreement a = FactGens.only(t, got);
    assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), t::text);
    return a;
  }

  @Test
  void aCommuniqueAfterRelationsSetUpIsOnDiplomaticRelations() {
    Prop.check("relations set up; a communique signed", cases(SET_UP), c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = new Tagged();
        assertEquals(List.of("diplomatic relations"), communique(k, t).sectors(), t::text);
      }
    });
  }

  @Test
  void aCommuniqueAfterNoSuchActHasNoSubjectOfRelations() {
    Prop.check("talks or relations held; a communique signed", cases(OTHER), c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = new Tagged();
        assertFalse(communique(k, t).sectors().contains("diplomatic relations"), t::text);
      }
    });
  }
}
