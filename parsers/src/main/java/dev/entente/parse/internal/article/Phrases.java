package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of phrases matched on token keys, longest first; each phrase is tokenized the way article
 * text is, so "e-mail", "don't" and "a.m." meet their tokens. Immutable once built.
 */
final class Phrases {
  private final Map<String, List<String[]>> byFirstKey;
  /**
   * One bit for each first key's hash ({@link #FIRST_BITS} of them): most tokens begin no phrase, and
   * the bit tells most of them so without probing the map.
   */
  private final long[] firstHashes = new long[FIRST_BITS / 64];

  private static final int FIRST_BITS = 1024;

  private static final Comparator<String[]> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(String[] a, String[] b) {
      return Integer.compare(b.length, a.length);
    }
  };

  Phrases(List<String> phrases, Tokenizer tokenizer) {
    Map<String, List<String[]>> map = new HashMap<>();
    for (String p : phrases) {
      List<Token> ts = tokenizer.tokenize(p);
      if (ts.isEmpty()) {
        continue;
      }
      String[] keys = new String[ts.size()];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = ts.get(k).key();
      }
      List<String[]> same = map.get(keys[0]);
      if (same == null) {
        same = new ArrayList<>();
        map.put(keys[0], same);
      }
      same.add(keys);
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    for (Map.Entry<String, List<String[]>> e : map.entrySet()) {
      List<String[]> v = e.getValue();
      v.sort(LONGEST_FIRST);
      frozen.put(e.getKey(), List.copyOf(v));
      int h = e.getKey().hashCode();
      firstHashes[(h >>> 6) & (FIRST_BITS / 64 - 1)] |= 1L << h;
    }
    byFirstKey = Map.copyOf(frozen);
  }

  /** The end of the longest phrase starting at token {@code i} and ending by {@code end}, or -1. */
  int matchAt(List<Token> tokens, int i, int end) {
    if (i >= end) {
      return -1;
    }
    String first = tokens.get(i).key();
    int h = first.hashCode();
    if ((firstHashes[(h >>> 6) & (FIRST_BITS / 64 - 1)] & 1L << h) == 0) {
      return -1;
    }
    List<String[]> candidates = byFirstKey.get(first);
    if (candidates == null) {
      return -1;
    }
    for (String[] p : candidates) {
      if (i + p.length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < p.length && ok; k++) {
        ok = tokens.get(i + k).key().equals(p[k]);
      }
      if (ok) {
        return i + p.length;
      }
    }
    return -1;
  }

  /** Whether a single key is one of the phrases. */
  boolean containsWord(String key) {
    List<String[]> candidates = byFirstKey.get(key);
    if (candidates == null) {
      return false;
    }
    for (String[] p : candidates) {
      if (p.length == 1) {
        return true;
      }
    }
    return false;
  }
}
