package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lexicon's per-article hits answer every lookup, in any order, as the lexicon itself does. */
class LexiconHitsTest {

  private static final Lexicon WEAPONS = Lexicon.load("weapons.txt");

  /** Whole several-word entries, their parts and words listed nowhere, so that lookups often end inside a phrase. */
  private static final Gen<List<String>> CHUNK = Gens.elements(List.of("armored", "personnel", "carriers"),
      List.of("fighter", "jets"), List.of("black", "hawk"), List.of("storm", "shadow"), List.of("armored"),
      List.of("personnel"), List.of("fighter"), List.of("jets"), List.of("tanks"), List.of("the"), List.of("of"),
      List.of("eleven"), List.of("two"), List.of("hundred"));

  record Case(List<Token> tokens, List<int[]> lookups) {}

  private static final Gen<Case> CASES = Gens.zip(
      Gens.listOf(CHUNK, 1, 6),
      Gens.listOf(Gens.pair(Gens.ints(-1, 13), Gens.ints(0, 13)), 1, 20),
      (chunks, pairs) -> {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : chunks.stream().flatMap(List::stream).toList()) {
          tokens.add(new Token(tokens.size(), pos, pos + w.length(), w, w, Token.Kind.WORD, false));
          pos += w.length() + 1;
        }
        List<int[]> lookups = new ArrayList<>();
        for (var p : pairs) {
          // keep lookups inside the list, as callers do: i may pass the end only where end does not
          int end = Math.min(p.second(), tokens.size());
          lookups.add(new int[] {Math.min(p.first(), tokens.size()), end});
        }
        return new Case(tokens, lookups);
      });

  @Test
  void oneWordLookupsByNumberAgreeWithLookupsByKey() {
    Lexicon numbers = Lexicon.load("number-words.txt");
    Prop.check("by number", CASES, c -> {
      int[] ids = Lexicon.keyIds(c.tokens());
      for (int i = 0; i < ids.length; i++) {
        String key = c.tokens().get(i).key();
        // the one-word phrase at a token is the longest phrase that ends right after it
        Lexicon.Match weapon = WEAPONS.at(c.tokens(), i, i + 1);
        Lexicon.Match number = numbers.at(c.tokens(), i, i + 1);
        for (String role : new String[] {"HEAD", "MOD", "FAMILY"}) {
          boolean listed = weapon != null && weapon.has(role);
          assertEquals(listed, WEAPONS.has(ids[i], role), key + " " + role);
          assertEquals(listed, WEAPONS.has(key, role), key + " " + role);
        }
        assertEquals(weapon != null, WEAPONS.contains(ids[i]), key);
        assertEquals(weapon == null ? null : weapon.roles().get(0), WEAPONS.role(ids[i]), key);
        assertEquals(number == null ? null : number.roles().get(0), numbers.role(ids[i]), key);
      }
    });
  }

  @Test
  void hitsAgreeWithTheLexiconWhateverTheOrderOfLookups() {
    Prop.check("hits agree", CASES, c -> {
      Lexicon.Hits hits = WEAPONS.hits(Lexicon.keyIds(c.tokens()));
      for (int[] q : c.lookups()) {
        assertEquals(WEAPONS.at(c.tokens(), q[0], q[1]), hits.at(q[0], q[1]),
            "at(" + q[0] + ", " + q[1] + ") in " + c.tokens().stream().map(Token::key).toList());
      }
    });
  }
}
