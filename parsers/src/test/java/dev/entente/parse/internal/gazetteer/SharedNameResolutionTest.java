package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.entente.model.Country;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Hit;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linear resolution of shared names gives what the plain nearest-first search gives. */
class SharedNameResolutionTest {

  private static final CountryGazetteer GAZETTEER = CountryGazetteer.standard();
  private static final String[] NAMES = {
      "Korea", "Korean", "Congo", "Congolese", "Dominican", "South Korea", "North Korea", "Pyongyang", "Seoul",
      "Kinshasa", "Brazzaville", "Dominica", "the Dominican Republic", "Peru", "Chile", "and", "said", "."};

  @Test
  void sharedNamesGoToTheNearestPlainMentionEarlierFirst() {
    Prop.check("linear shared-name resolution", Gens.listOf(Gens.elements(NAMES), 0, 60), 400, words -> {
      String text = String.join(" ", words);
      List<Token> tokens = new Tokenizer().tokenize(text);
      List<Hit> hits = new ArrayList<>();
      GAZETTEER.find(text, tokens, 0, tokens.size(), hits);
      Country[] expected = new Country[hits.size()];
      for (int k = 0; k < hits.size(); k++) {
        expected[k] = hits.get(k).entry().shared.isEmpty() ? hits.get(k).entry().country : nearestFirst(hits, k);
      }
      assertArrayEquals(expected, CountryTagger.states(hits), text);
    });
  }

  // the plain quadratic search: outward from the hit, the earlier side first at each distance
  private static Country nearestFirst(List<Hit> hits, int k) {
    List<Country> candidates = hits.get(k).entry().shared;
    for (int d = 1; d < hits.size(); d++) {
      for (int x : new int[] {k - d, k + d}) {
        if (x >= 0 && x < hits.size()) {
          CountryGazetteer.Entry e = hits.get(x).entry();
          if (e.shared.isEmpty() && candidates.contains(e.country)) {
            return e.country;
          }
        }
      }
    }
    return candidates.get(0);
  }
}
