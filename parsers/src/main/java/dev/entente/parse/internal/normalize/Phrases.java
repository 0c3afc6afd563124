package dev.entente.parse.internal.normalize;

import dev.entente.parse.internal.normalize.Lexicon.Hit;
import dev.entente.parse.internal.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A table of phrases keyed as the data files write them (token keys joined by a space where the
 * text has one, by nothing where it has none), found in tokens without building any key: a character
 * trie walked over the tokens' keys, forwards from a start or backwards from an end. Immutable once built.
 */
final class Phrases<T> {

  /** One character step of the trie; children sorted by character. */
  private static final class Node {
    char[] chars = new char[0];
    Node[] kids = new Node[0];
    @Nullable Object value;
    /**
     * Of a node with more than 8 children, all of them ASCII (the first chars of the phrases, say),
     * the child of each ASCII char by index, so that a step is one array read rather than a binary
     * search; null otherwise. Set by {@link #index} once the trie is built.
     */
    @Nullable Node @Nullable [] ascii;

    @Nullable Node child(char c) {
      Node[] byChar = ascii;
      if (byChar != null) {
        return c < 0x80 ? byChar[c] : null;
      }
      char[] cs = chars;
      if (cs.length <= 8) {
        for (int k = 0; k < cs.length; k++) {
          if (cs[k] == c) {
            return kids[k];
          }
        }
        return null;
      }
      int k = Arrays.binarySearch(cs, c);
      return k < 0 ? null : kids[k];
    }

    /** Sets {@link #ascii} of this node and of the nodes below it, where it applies. */
    void index() {
      if (chars.length > 8 && chars[chars.length - 1] < 0x80) { // sorted: the last char is the largest
        Node[] byChar = new Node[0x80];
        for (int k = 0; k < chars.length; k++) {
          byChar[chars[k]] = kids[k];
        }
        ascii = byChar;
      }
      for (Node kid : kids) {
        kid.index();
      }
    }

    Node add(char c) {
      int k = Arrays.binarySearch(chars, c);
      if (k >= 0) {
        return kids[k];
      }
      int at = -k - 1;
      char[] cs = new char[chars.length + 1];
      Node[] ks = new Node[kids.length + 1];
      System.arraycopy(chars, 0, cs, 0, at);
      System.arraycopy(kids, 0, ks, 0, at);
      System.arraycopy(chars, at, cs, at + 1, chars.length - at);
      System.arraycopy(kids, at, ks, at + 1, kids.length - at);
      Node n = new Node();
      cs[at] = c;
      ks[at] = n;
      chars = cs;
      kids = ks;
      return n;
    }
  }

  private final Node forward = new Node();
  private final Node backward = new Node();
  private final int maxPhrase;

  /** The phrases of {@code table}, at most {@code maxPhrase} tokens long when found. */
  Phrases(Map<String, T> table, int maxPhrase) {
    this.maxPhrase = maxPhrase;
    for (Map.Entry<String, T> e : table.entrySet()) {
      String k = e.getKey();
      Node f = forward;
      Node b = backward;
      for (int c = 0; c < k.length(); c++) {
        f = f.add(k.charAt(c));
        b = b.add(k.charAt(k.length() - 1 - c));
      }
      f.value = e.getValue();
      b.value = e.getValue();
    }
    forward.index();
    backward.index();
  }

  private static @Nullable Node walk(@Nullable Node n, String key) {
    for (int c = 0; c < key.length() && n != null; c++) {
      n = n.child(key.charAt(c));
    }
    return n;
  }

  private static @Nullable Node walkBack(@Nullable Node n, String key) {
    for (int c = key.length() - 1; c >= 0 && n != null; c--) {
      n = n.child(key.charAt(c));
    }
    return n;
  }

  private static boolean spaced(List<Token> tokens, int k) {
    return tokens.get(k - 1).end() != tokens.get(k).start();
  }

  /** The phrase whose key is exactly that of tokens {@code [from, to)}, else null. */
  @SuppressWarnings("unchecked")
  @Nullable T get(List<Token> tokens, int from, int to) {
    Node n = forward;
    for (int k = from; k < to && n != null; k++) {
      if (k > from && spaced(tokens, k)) {
        n = n.child(' ');
      }
      n = walk(n, tokens.get(k).key());
    }
    return n == null || from >= to ? null : (T) n.value;
  }

  /**
   * The longest phrase that starts at token {@code from}, ends at or before token {@code maxEnd} and
   * passes {@code accept}, else null; one walk however many lengths it tries.
   */
  @SuppressWarnings("unchecked")
  @Nullable Hit<T> longestAccepted(List<Token> tokens, int from, int maxEnd, java.util.function.Predicate<T> accept) {
    // most starts are no phrase's: the array of the lengths found is made at the first one
    Object @Nullable [] found = null;
    Node n = forward;
    for (int k = from; k < maxEnd; k++) {
      if (k > from && spaced(tokens, k)) {
        n = n.child(' ');
        if (n == null) {
          break;
        }
      }
      n = walk(n, tokens.get(k).key());
      if (n == null) {
        break;
      }
      if (n.value != null) {
        if (found == null) {
          found = new Object[maxEnd - from];
        }
        found[k - from] = n.value;
      }
    }
    for (int k = found == null ? -1 : found.length - 1; k >= 0; k--) {
      if (found[k] != null && accept.test((T) found[k])) {
        return new Hit<>((T) found[k], from + k + 1);
      }
    }
    return null;
  }

  /** The longest phrase starting at token {@code from} and ending before {@code limit}. */
  @Nullable Hit<T> longest(List<Token> tokens, int from, int limit) {
    return longestAccepted(tokens, from, Math.min(limit, Math.min(tokens.size(), from + maxPhrase)), v -> true);
  }

  /** The longest phrase ending just before token {@code end}, starting at or after {@code floor}. */
  @SuppressWarnings("unchecked")
  @Nullable Hit<T> longestEndingAt(List<Token> tokens, int end, int floor) {
    int lo = Math.max(floor, end - maxPhrase);
    Node n = backward;
    Object best = null;
    int bestFrom = -1;
    for (int k = end - 1; k >= lo; k--) {
      if (k < end - 1 && spaced(tokens, k + 1)) {
        n = n.child(' ');
        if (n == null) {
          break;
        }
      }
      n = walkBack(n, tokens.get(k).key());
      if (n == null) {
        break;
      }
      if (n.value != null) {
        best = n.value;
        bestFrom = k;
      }
    }
    return best == null ? null : new Hit<>((T) best, bestFrom);
  }
}
