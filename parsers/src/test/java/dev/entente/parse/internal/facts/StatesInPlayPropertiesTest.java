package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The states in play counted in arrays are those a count in hash maps and a sort rank first. */
class StatesInPlayPropertiesTest {

  /** A mention: a state of the generated articles at a token; few tokens, so that states share first tokens. */
  record Mention(Country country, int first) {}

  private static final Gen<Mention> MENTION = Gens.zip(Gens.elements(FactGens.STATES), Gens.ints(0, 12),
      (s, first) -> new Mention(Country.of(s.code()), first));

  /** The obvious ranking: counts and first mentions in maps kept in mention order, the states sorted by them (a stable sort: a tie keeps that order). */
  private static List<Country> byMaps(List<Mention> mentions) {
    Map<Country, Integer> count = new LinkedHashMap<>();
    Map<Country, Integer> firstSeen = new LinkedHashMap<>();
    for (Mention m : mentions) {
      count.merge(m.country(), 1, Integer::sum);
      firstSeen.putIfAbsent(m.country(), m.first());
    }
    List<Country> ranked = new ArrayList<>(count.keySet());
    ranked.sort((a, b) -> {
      int c = Integer.compare(count.get(b), count.get(a));
      return c != 0 ? c : Integer.compare(firstSeen.get(a), firstSeen.get(b));
    });
    List<Country> top = new ArrayList<>(ranked.subList(0, Math.min(2, ranked.size())));
    top.sort((a, b) -> Integer.compare(firstSeen.get(a), firstSeen.get(b)));
    return List.copyOf(top);
  }

  @Test
  void theTopTwoAreThoseOfTheMapsAndTheSort() {
    Prop.check("states in play", Gens.listOf(MENTION, 0, 30), mentions -> {
      StatesInPlay states = new StatesInPlay();
      for (Mention m : mentions) {
        states.add(m.country(), m.first());
      }
      assertEquals(byMaps(mentions), states.top(), mentions::toString);
    });
  }

  @Test
  void moreStatesThanTheFirstArraysHoldAreCounted() {
    StatesInPlay states = new StatesInPlay();
    for (int k = 0; k < FactGens.STATES.size(); k++) {
      for (int n = 0; n <= k % 5; n++) {
        states.add(Country.of(FactGens.STATES.get(k).code()), 20 - k);
      }
    }
    // counted 5 times: the 5th and the 10th state (indexes 4 and 9); the 10th is named first
    assertEquals(List.of(Country.of(FactGens.STATES.get(9).code()), Country.of(FactGens.STATES.get(4).code())),
        states.top());
  }
}
