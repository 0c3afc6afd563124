package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.normalize.Lexicon.Hit;
import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The phrase trie finds exactly what a table of joined keys finds, forwards and backwards. */
class PhrasesTest {

  private static final int MAX = 3;

  /** Table keys and tokens drawn from few short pieces, so that phrases, glued or spaced, often meet. */
  private static final Gen<String> PIECE = Gens.elements("us", "u.s.", "$", "dollars", "a", "ab", "b", "", "more", "than");

  record Case(Map<String, Integer> table, List<Token> tokens, int at, int bound) {}

  private static final Gen<Case> CASES = Gens.zip(
      Gens.listOf(Gens.listOf(Gens.pair(PIECE, Gens.booleans()), 1, 4), 0, 12),
      Gens.listOf(Gens.pair(PIECE, Gens.booleans()), 1, 9),
      Gens.ints(0, 9), Gens.ints(0, 10),
      (phrases, toks, at, bound) -> {
        Map<String, Integer> table = new HashMap<>();
        for (var ph : phrases) {
          StringBuilder sb = new StringBuilder();
          for (int k = 0; k < ph.size(); k++) {
            if (k > 0 && ph.get(k).second()) {
              sb.append(' ');
            }
            sb.append(ph.get(k).first());
          }
          if (!sb.isEmpty()) {
            table.put(sb.toString(), table.size());
          }
        }
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (var t : toks) {
          pos += t.second() ? 1 : 0;
          String text = t.first().isEmpty() ? "x" : t.first();
          tokens.add(new Token(tokens.size(), pos, pos + text.length(), text, t.first(), Token.Kind.WORD, false));
          pos += text.length();
        }
        return new Case(table, tokens, Math.min(at, tokens.size()), Math.min(bound, tokens.size()));
      });

  private static String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && tokens.get(k - 1).end() != tokens.get(k).start()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).key());
    }
    return sb.toString();
  }

  private static <T> @Nullable Hit<T> longest(Map<String, T> table, List<Token> tokens, int from, int limit) {
    for (int to = Math.min(limit, Math.min(tokens.size(), from + MAX)); to > from; to--) {
      T v = table.get(key(tokens, from, to));
      if (v != null) {
        return new Hit<>(v, to);
      }
    }
    return null;
  }

  private static <T> @Nullable Hit<T> longestEndingAt(Map<String, T> table, List<Token> tokens, int end, int floor) {
    for (int from = Math.max(floor, end - MAX); from < end; from++) {
      T v = table.get(key(tokens, from, end));
      if (v != null) {
        return new Hit<>(v, from);
      }
    }
    return null;
  }

  @Test
  void longestIsTheLongestJoinedKeyInTheTable() {
    Prop.check("longest", CASES, c -> {
      Phrases<Integer> p = new Phrases<>(c.table(), MAX);
      int from = Math.min(c.at(), c.tokens().size() - 1);
      assertEquals(longest(c.table(), c.tokens(), from, c.bound()), p.longest(c.tokens(), from, c.bound()));
    });
  }

  @Test
  void longestEndingAtIsTheLongestJoinedKeyBackwards() {
    Prop.check("longest ending at", CASES, c -> {
      Phrases<Integer> p = new Phrases<>(c.table(), MAX);
      int end = Math.max(c.at(), c.bound());
      int floor = Math.min(c.at(), c.bound());
      assertEquals(longestEndingAt(c.table(), c.tokens(), end, floor), p.longestEndingAt(c.tokens(), end, floor));
    });
  }

  @Test
  void getIsTheExactJoinedKey() {
    Prop.check("get", CASES, c -> {
      Phrases<Integer> p = new Phrases<>(c.table(), MAX);
      int from = Math.min(c.at(), c.bound());
      int to = Math.max(c.at(), c.bound());
      assertEquals(from < to ? c.table().get(key(c.tokens(), from, to)) : null, p.get(c.tokens(), from, to));
    });
  }

  @Test
  void longestAcceptedIsTheLongestExactKeyThatPasses() {
    Prop.check("longest accepted", CASES, c -> {
      Phrases<Integer> p = new Phrases<>(c.table(), MAX);
      int from = Math.min(c.at(), c.tokens().size() - 1);
      int maxEnd = Math.min(c.bound(), c.tokens().size());
      Hit<Integer> want = null;
      for (int to = maxEnd; to > from && want == null; to--) {
        Integer v = c.table().get(key(c.tokens(), from, to));
        if (v != null && v % 2 == 0) {
          want = new Hit<>(v, to);
        }
      }
      assertEquals(want, p.longestAccepted(c.tokens(), from, maxEnd, v -> v % 2 == 0));
    });
  }
}
