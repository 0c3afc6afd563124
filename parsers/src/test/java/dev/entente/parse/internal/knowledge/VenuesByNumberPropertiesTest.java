package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A venue found by the tokens' word numbers is the longest venue whose name's key equals the keys of
 * the tokens from the start, at every token and every limit: for the built-in venues and for a user's
 * made-up ones laid over them (their words numbered after the built-in ones).
 */
class VenuesByNumberPropertiesTest {

  private static final Gen<String> MADE_UP = Gens.pair(Gens.strings("BDKLMQVZ", 1, 1), Gens.strings("aeiourn", 2, 6))
      .map(p -> p.first() + p.second());

  @Test
  void theVenueFoundByNumberIsTheLongestNamedByKey() {
    List<String> builtIn = Venues.builtIn().all().stream().map(Venues.Venue::name).toList();
    Gen<List<String>> userNames = Gens.listOf(Gens.listOf(MADE_UP, 1, 3).map(w -> String.join(" ", w)), 0, 4);
    Gen<String> piece = Gens.oneOf(Gens.elements(builtIn), Gens.elements(builtIn).map(n -> n.split(" ")[0]),
        MADE_UP, Gens.elements("in", "the", ",", "at", "2019"));
    Prop.check("venue by number", Gens.pair(userNames, Gens.listOf(piece, 1, 12)), p -> {
      StringBuilder file = new StringBuilder();
      for (String name : p.first()) {
        file.append(name).append("\tSomecity\tFRA\n");
      }
      Venues venues = Venues.read(new StringReader(file.toString()), "made-up").with(Venues.builtIn());
      List<String> pieces = new java.util.ArrayList<>(p.second());
      pieces.addAll(p.first()); // the made-up venues in the text too
      List<Token> tokens = TokensForTest.of(String.join(" ", pieces));
      Map<String, Venues.Venue> byKey = new HashMap<>();
      for (Venues.Venue v : venues.all()) {
        byKey.put(Venues.key(v.name()), v);
      }
      int[] ids = WordIds.now().of(tokens);
      for (int k = 0; k < tokens.size(); k++) {
        for (int to = k; to <= tokens.size(); to++) {
          assertEquals(byKeys(byKey, tokens, k, to), venues.at(tokens, ids, k, to), k + ".." + to + " of " + pieces);
        }
      }
    });
  }

  /** The longest venue whose key is the keys of word or number tokens from {@code k}, ending by {@code to}. */
  private static Venues.@Nullable Found byKeys(Map<String, Venues.Venue> byKey, List<Token> tokens, int k, int to) {
    Venues.Found best = null;
    StringBuilder key = new StringBuilder();
    for (int j = k; j < to && j - k < 7; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() && !t.isNumber()) {
        break;
      }
      key.append(key.length() > 0 ? " " : "").append(t.key());
      Venues.Venue v = byKey.get(key.toString());
      if (v != null) {
        best = new Venues.Found(v, k, j + 1);
      }
    }
    return best;
  }
}
