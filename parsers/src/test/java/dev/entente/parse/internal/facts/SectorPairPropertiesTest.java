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
 * Sector words of a sentence read for an instrument that lists no subject of its own: two joined by
 * "and" outside a list are one field ("to expand cooperation in oil and gas"); the last two of a
 * list are two ("in trade, oil and gas"); whatever the states, the instrument or the words.
 */
class SectorPairPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2035, 6, 3);

  /** Sector words, each of sectors.txt, none a phrase with another. */
  private static final List<String> WORDS = List.of("oil", "gas", "science", "technology", "agriculture",
      "fisheries", "health", "education", "tourism", "banking", "mining", "shipping");
  private static final List<String> INSTRUMENTS = List.of("an agreement", "a memorandum of understanding",
      "a protocol", "an accord");

  private record Case(State a, State b, String instrument, String x, String y, String z) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(INSTRUMENTS).flatMap(i ->
      Gens.ints(0, WORDS.size() - 1).flatMap(k -> Gens.ints(1, WORDS.size() - 2).flatMap(d1 ->
          Gens.ints(1, WORDS.size() - 3).map(d2 -> {
            int j = (k + d1) % WORDS.size();
            int m = (j + d2) % WORDS.size();
            m = m == k ? (m + 1) % WORDS.size() : m;
            return new Case(p[0], p[1], i, WORDS.get(k), WORDS.get(j), WORDS.get(m == j ? (m + 1) % WORDS.size() : m));
          })))));

  private static Agreement only(Case c, String fields) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
        .w("signed " + c.instrument() + " to expand cooperation in " + fields + ".");
    return FactGens.only(t, FactGens.read(t, PUBLISHED, AGREEMENTS).agreements);
  }

  @Test
  void twoSectorWordsJoinedByAndAreOneField() {
    Prop.check("an instrument to expand cooperation in [A] and [B]", CASES, c -> {
      Agreement a = only(c, c.x() + " and " + c.y());
      assertEquals(List.of(c.x() + " and " + c.y()), a.sectors(), a::toString);
    });
  }

  @Test
  void theLastTwoOfAListAreTwoFields() {
    Prop.check("an instrument to expand cooperation in [C], [A] and [B]", CASES, c -> {
      Agreement a = only(c, c.z() + ", " + c.x() + " and " + c.y());
      assertEquals(List.of(c.z(), c.x(), c.y()), a.sectors(), a::toString);
    });
  }
}
