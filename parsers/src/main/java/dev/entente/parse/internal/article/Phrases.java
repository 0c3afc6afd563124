package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of phrases matched on token keys, longest first; each phrase is tokenized the way article
 * text is, so "e-mail", "don't" and "a.m." meet their tokens. Immutable once built.
 *
 * <p>Phrases are matched by word number ({@link WordIds}): every key of every phrase is registered, so
 * a token's number equals a phrase key's number exactly when its key equals that key. The readers ask
 * at many tokens of the page's head and foot, where reading the document's numbers costs less than
 * following each token to its key and hashing it.
 */
final class Phrases {
  /** The phrases (each its keys' word numbers) by the word number of their first key, longest first; null where none starts so. */
  private final int[] @Nullable [][] byFirstId;

  private static final Comparator<int[]> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(int[] a, int[] b) {
      return Integer.compare(b.length, a.length);
    }
  };

  Phrases(List<String> phrases, Tokenizer tokenizer) {
    List<String[]> keyed = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String p : phrases) {
      List<Token> ts = tokenizer.tokenize(p);
      if (ts.isEmpty()) {
        continue;
      }
      String[] k = new String[ts.size()];
      for (int j = 0; j < k.length; j++) {
        k[j] = ts.get(j).key();
        keys.add(k[j]);
      }
      keyed.add(k);
    }
    WordIds.Ids ids = WordIds.register(keys);
    Map<Integer, List<int[]>> byFirst = new HashMap<>();
    int top = -1;
    for (String[] k : keyed) {
      int[] numbers = new int[k.length];
      for (int j = 0; j < k.length; j++) {
        numbers[j] = ids.of(k[j]);
      }
      byFirst.computeIfAbsent(numbers[0], id -> new ArrayList<>()).add(numbers);
      top = Math.max(top, numbers[0]);
    }
    byFirstId = new int[top + 1][][];
    for (Map.Entry<Integer, List<int[]>> e : byFirst.entrySet()) {
      List<int[]> same = e.getValue();
      same.sort(LONGEST_FIRST); // a stable sort: phrases of one length keep the order they were given in
      byFirstId[e.getKey()] = same.toArray(new int[0][]);
    }
  }

  /**
   * The end of the longest phrase starting at token {@code i} and ending by {@code end}, or -1;
   * {@code ids} are the tokens' word numbers (the document's {@code wordIds()}).
   */
  int matchAt(int[] ids, int i, int end) {
    if (i >= end) {
      return -1;
    }
    int first = ids[i];
    int[][] candidates = first >= 0 && first < byFirstId.length ? byFirstId[first] : null;
    if (candidates == null) {
      return -1;
    }
    for (int[] p : candidates) {
      if (i + p.length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < p.length && ok; k++) {
        ok = ids[i + k] == p[k];
      }
      if (ok) {
        return i + p.length;
      }
    }
    return -1;
  }
}
