package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject told in the modifiers before the instrument word ("a free trade agreement", "a
 * bilateral double taxation treaty"): the whole compound, whose first word need not be a sector
 * word, without the words that qualify the instrument ("bilateral", "long-term"); the same with or
 * without them, whatever the states or the instrument.
 */
class ModifierSubjectPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2034, 2, 7);

  /** Compounds whose head is a sector word and whose first word is not. */
  private static final List<String> SUBJECTS = List.of("free trade", "double taxation", "preferential trade",
      "cross-border energy", "reciprocal investment protection", "open skies aviation");
  private static final List<String> FRAMES = List.of("bilateral", "long-term", "landmark", "interim",
      "intergovernmental", "long-awaited");
  private static final List<String> INSTRUMENTS = List.of("agreement", "treaty", "accord", "protocol",
      "memorandum", "pact");

  private record Case(State a, State b, String subject, String frame, String instrument) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SUBJECTS).flatMap(s ->
      Gens.elements(FRAMES).flatMap(f -> Gens.elements(INSTRUMENTS).map(i -> new Case(p[0], p[1], s, f, i)))));

  private static Agreement only(Case c, String modifiers) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
        .w("signed a " + modifiers + " " + c.instrument() + ".");
    return FactGens.only(t, FactGens.read(t, PUBLISHED, AGREEMENTS).agreements);
  }

  @Test
  void theSubjectIsTheWholeCompoundPastTheInstrumentsQualifiers() {
    Prop.check("a [qualifier] [modifier] [sector] [instrument]", CASES, c -> {
      Agreement bare = only(c, c.subject());
      assertEquals(List.of(c.subject()), bare.sectors(), bare::toString);
      Agreement framed = only(c, c.frame() + " " + c.subject());
      assertEquals(bare.sectors(), framed.sectors(), framed::toString);
    });
  }
}
