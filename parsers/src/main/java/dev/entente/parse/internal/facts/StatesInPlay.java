package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import java.util.Arrays;
import java.util.List;

/**
 * The two states an article is most about: the two named most often outside page furniture (of a
 * tie, the first named; of two first named at one token, as in "Sino-Indian", the first in the
 * mentions' order), in order of first mention; a currency's name is no mention. An article names a few distinct states, so they
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
    int m = 0; // sums of money and state mentions are both in text order
    for (CountryRef r : doc.countries) {
      while (m < doc.money.size() && doc.money.get(m).end() <= r.first()) {
        m++;
      }
      if (m < doc.money.size() && doc.money.get(m).first() <= r.first() && r.end() <= doc.money.get(m).end()) {
        continue; // "US$3 billion", "548 million U.S. dollars": a currency's name, no mention of its state
      }
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
}
