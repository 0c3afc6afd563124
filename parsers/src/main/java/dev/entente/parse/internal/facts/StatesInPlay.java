package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two states an article is most about: the two named most often outside page furniture (of a
 * tie, the first named), in order of first mention. An article names a few distinct states, so they
 * are counted in arrays by a scan of those seen so far, with no boxing or hashing per mention.
 */
final class StatesInPlay {
  private Country[] seen = new Country[8];
  private int[] count = new int[8];
  private int[] firstSeen = new int[8];
  private int distinct;

  /** The article's two main states, in order of first mention (fewer when it names fewer). */
  static List<Country> of(Document doc) {
    StatesInPlay states = new StatesInPlay();
    for (CountryRef r : doc.countries) {
      int s = doc.sentenceOf(r.first());
      if (s < 0 || !doc.sentences.get(s).boilerplate()) {
        states.add(r.country(), r.first());
      }
    }
    return states.top();
  }

  /** Counts a mention of {@code c} at token {@code first}, mentions taken in the article's order. */
  void add(Country c, int first) {
    int k = 0;
    while (k < distinct && !seen[k].equals(c)) {
      k++;
    }
    if (k == distinct) {
      if (distinct == seen.length) {
        seen = Arrays.copyOf(seen, 2 * distinct);
        count = Arrays.copyOf(count, 2 * distinct);
        firstSeen = Arrays.copyOf(firstSeen, 2 * distinct);
      }
      seen[k] = c;
      firstSeen[k] = first;
      distinct++;
    }
    count[k]++;
  }

  /** The two states counted most (of a tie, the first mentioned), in order of first mention. */
  List<Country> top() {
    int a = -1;
    int b = -1;
    for (int k = 0; k < distinct; k++) {
      if (a >= 0 && tied(k, a) || b >= 0 && tied(k, b)) {
        return ranked(); // two states first named at one token, as often: their order is the ranking's
      }
      if (a < 0 || before(k, a)) {
        b = a;
        a = k;
      } else if (b < 0 || before(k, b)) {
        b = k;
      }
    }
    if (a < 0) {
      return List.of();
    }
    if (b < 0) {
      return List.of(seen[a]);
    }
    return firstSeen[a] <= firstSeen[b] ? List.of(seen[a], seen[b]) : List.of(seen[b], seen[a]);
  }

  /** Whether state {@code k} ranks before state {@code o}: named more often, else named first. */
  private boolean before(int k, int o) {
    return count[k] != count[o] ? count[k] > count[o] : firstSeen[k] < firstSeen[o];
  }

  private boolean tied(int k, int o) {
    return count[k] == count[o] && firstSeen[k] == firstSeen[o];
  }

  /**
   * {@link #top} by a stable sort of the states in the order of a hash map of them, which ties keep:
   * the order the states had before they were counted in arrays.
   */
  private List<Country> ranked() {
    Map<Country, Integer> index = new HashMap<>();
    for (int k = 0; k < distinct; k++) {
      index.merge(seen[k], k, Integer::sum); // as the counts were merged: a new key goes first in its bucket
    }
    List<Country> ranked = new ArrayList<>(index.keySet());
    ranked.sort((x, y) -> before(index.get(x), index.get(y)) ? -1 : before(index.get(y), index.get(x)) ? 1 : 0);
    List<Country> top = new ArrayList<>(ranked.subList(0, Math.min(2, ranked.size())));
    top.sort((x, y) -> Integer.compare(firstSeen[index.get(x)], firstSeen[index.get(y)]));
    return List.copyOf(top);
  }
}
