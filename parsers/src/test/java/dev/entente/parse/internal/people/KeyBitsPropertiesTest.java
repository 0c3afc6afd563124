package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyBits} against a set of the same keys: every key added passes, and of the keys never
 * added most are turned away. The keys are the lower-cased names of random people and states. With at
 * most twenty keys in 1,024 bits about one key in fifty never added passes, so the share of those
 * passing is checked over all cases together (one case's few draws can pass three of eleven by chance).
 */
class KeyBitsPropertiesTest {

  /** Up to twenty people's and states' keys added, and as many others asked about. */
  private record Case(List<String> added, List<String> others) {}

  @Test
  void passesEveryKeyAddedAndTurnsAwayMostOthers() {
    long[] passedAndAsked = new long[2];
    Prop.check("key bits", World.gen(r -> {
      List<String> added = new ArrayList<>();
      List<String> others = new ArrayList<>();
      int n = 1 + r.nextInt(20);
      for (int k = 0; k < 2 * n; k++) {
        World.Name name = World.twoNames(r)[0];
        String key = (r.nextBoolean() ? name.first() : name.last()).toLowerCase(Locale.ROOT);
        String state = World.pick(r, World.STATES).adjective().toLowerCase(Locale.ROOT) + (r.nextBoolean() ? "'s" : "");
        (k < n ? added : others).add(r.nextInt(3) == 0 ? state : key);
      }
      return new Case(added, others);
    }), c -> {
      KeyBits bits = new KeyBits();
      c.added().forEach(bits::add);
      Set<String> set = new HashSet<>(c.added());
      int passedOthers = 0;
      int others = 0;
      for (String key : c.added()) {
        assertTrue(bits.mayHold(key), key);
      }
      for (String key : c.others()) {
        if (!set.contains(key)) {
          others++;
          passedOthers += bits.mayHold(key) ? 1 : 0;
        }
      }
      passedAndAsked[0] += passedOthers;
      passedAndAsked[1] += others;
    });
    assertTrue(passedAndAsked[1] > 100, "keys never added asked about: " + passedAndAsked[1]);
    assertTrue(passedAndAsked[0] * 10 <= passedAndAsked[1],
        passedAndAsked[0] + " of " + passedAndAsked[1] + " keys never added passed (at most one in ten may)");
  }
}
