package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash of a folded name worked out char by char equals the folded string's own hash, and the
 * office-holder dictionary's filter never turns away a name it holds: random strings of letters,
 * accented letters, separators and marks, and the dictionary's own names cut into words.
 */
class FoldedNamesPropertiesTest {

  private static final OfficeHolders HOLDERS = OfficeHolders.standard();

  /** Letters of both cases, accented Latin letters, the chars that fold to two, separators, dots and marks. */
  private static final String ALPHABET = "abzAZ'09 -.,\t\u00a0\u2010\u2011\u00c0\u00e9\u00f1\u00d8\u0141\u0107\u015f\u01b0\u0219"
      + "\u00df\u00e6\u00c6\u0153\u00fe\u2019\u02bb\u1ea1\u0301\u0430";

  @Test
  void hashIsTheFoldedStringsHash() {
    Prop.check("folded hash", Gens.strings(ALPHABET, 0, 12), s -> {
      if (FoldedNames.hashable(s)) {
        assertEquals(OfficeHolders.fold(s).hashCode(), FoldedNames.foldedHash(s), s);
      } else {
        assertTrue(s.chars().anyMatch(c -> c == 0x1ea1 || c == 0x301 || c == 0x430), s); // only past the table
      }
    });
  }

  @Test
  void aNameTheFilterTurnsAwayIsHeldByNone() {
    Prop.check("no holder where the filter says none", Gens.strings(ALPHABET, 1, 14), s -> {
      if (!HOLDERS.mayHold(List.of(s), null)) {
        assertTrue(HOLDERS.holders(s).isEmpty(), s);
      }
    });
  }

  @Test
  void everyHeldNameAndSurnamePasses() {
    Gen<Tenure> tenures = Gens.elements(HOLDERS.tenures());
    Prop.check("held names pass", Gens.pair(tenures, Gens.booleans()), p -> {
      String name = p.first().name();
      List<String> words = Arrays.asList(name.split(" "));
      assertTrue(HOLDERS.mayHold(words, null), name);
      String last = words.get(words.size() - 1);
      assertTrue(HOLDERS.mayHold(words.subList(0, words.size() - 1), last), name);
      String shouted = p.second() ? name.toUpperCase(java.util.Locale.ROOT) : name.replace(' ', '-');
      assertTrue(HOLDERS.mayHold(List.of(shouted), null), shouted);
    });
  }

  @Test
  void mostWordPairsAreTurnedAway() {
    int passed = 0;
    List<String> words = List.of("White", "House", "Security", "Council", "United", "Nations", "Foreign", "Ministry",
        "European", "Union", "Supreme", "Court", "Prime", "State", "Department", "National", "Assembly");
    for (String a : words) {
      for (String b : words) {
        if (HOLDERS.mayHold(List.of(a), b)) {
          passed++;
        }
      }
    }
    assertFalse(passed > words.size() * words.size() / 4, passed + " of the pairs passed");
  }
}
