package dev.entente.parse.internal.normalize;

import dev.entente.parse.internal.text.WordIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bit flags of word keys, read in one walk over a key's characters (most words leave the trie after a
 * letter or two, with no hashing): flags for whole keys, and flags for the part of a hyphenated key
 * before its first hyphen. Filled while the lexicon loads, then read-only. A key without a hyphen
 * is read by its word number ({@link WordIds}) when the token has one: an array read, no walk.
 */
final class KeyFlags {

  private static final class Node {
    char[] chars = new char[0];
    Node[] kids = new Node[0];
    int exact;
    int head;
    /** Once frozen, the children of a node with many, by {@code c - low}: no search. */
    @Nullable Node @Nullable [] table;
    char low;

    @Nullable Node child(char c) {
      Node[] t = table;
      if (t != null) {
        int k = c - low;
        return k >= 0 && k < t.length ? t[k] : null;
      }
      char[] cs = chars;
      for (int k = 0; k < cs.length; k++) {
        if (cs[k] == c) {
          return kids[k];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        chars = Arrays.copyOf(chars, chars.length + 1);
        kids = Arrays.copyOf(kids, kids.length + 1);
        chars[chars.length - 1] = c;
        kids[kids.length - 1] = n;
      }
      return n;
    }
  }

  private final Node root = new Node();
  /**
   * The flags of whole keys, while the lexicon loads; then by word number in {@link #exactById}, a
   * byte each: the array spans every word number of every list and is read at random once per token,
   * so a quarter of an int array's size keeps more of it in the CPU's caches.
   */
  private final Map<String, Integer> exactByKey = new HashMap<>();
  private byte[] exactById = new byte[0];
  /** The root's children by ASCII character: the first step, taken for every word, without a search. */
  private final @Nullable Node[] firstAscii = new Node[128];

  private Node node(String key) {
    Node n = root;
    for (int c = 0; c < key.length(); c++) {
      n = n.add(key.charAt(c));
      if (c == 0 && key.charAt(0) < 128) {
        firstAscii[key.charAt(0)] = n;
      }
    }
    return n;
  }

  /** Makes nodes with many children index them directly; call once everything is added. */
  void freeze() {
    freeze(root);
    WordIds.Ids ids = WordIds.register(exactByKey.keySet());
    exactById = new byte[ids.size()];
    for (Map.Entry<String, Integer> e : exactByKey.entrySet()) {
      exactById[ids.of(e.getKey())] = (byte) (int) e.getValue();
    }
  }

  private static void freeze(Node n) {
    if (n.chars.length > 4) {
      char lo = Character.MAX_VALUE;
      char hi = 0;
      for (char c : n.chars) {
        lo = (char) Math.min(lo, c);
        hi = (char) Math.max(hi, c);
      }
      if (hi - lo < 256) {
        Node[] t = new Node[hi - lo + 1];
        for (int k = 0; k < n.chars.length; k++) {
          t[n.chars[k] - lo] = n.kids[k];
        }
        n.low = lo;
        n.table = t;
      }
    }
    for (Node kid : n.kids) {
      freeze(kid);
    }
  }

  /** Gives {@code key} itself the {@code flags}, bits of the lowest seven. */
  void exact(String key, int flags) {
    if ((flags & ~0x7F) != 0) {
      throw new IllegalArgumentException("key flags must fit in seven bits: " + flags);
    }
    node(key).exact |= flags;
    Integer old = exactByKey.get(key);
    exactByKey.put(key, old == null ? flags : old | flags);
  }

  /** Gives every key whose part before its first hyphen is {@code head} the {@code flags}. */
  void head(String head, int flags) {
    if (!head.isEmpty() && head.indexOf('-') < 0) {
      node(head).head |= flags;
    }
  }

  /** The flags of {@code key}: its own, and those of its part before its first hyphen. */
  /** As {@link #of(String)}, for a key whose word number ({@link WordIds}; -1 for none) is {@code wordId}. */
  int of(String key, int wordId) {
    if (key.isEmpty() || key.indexOf('-') >= 0) {
      return of(key);
    }
    return ofUnhyphenated(wordId);
  }

  /** As {@link #of(String, int)} for a non-empty key known to have no hyphen: an array read. */
  int ofUnhyphenated(int wordId) {
    return wordId >= 0 && wordId < exactById.length ? exactById[wordId] : 0;
  }

  int of(String key) {
    if (key.isEmpty()) {
      return root.exact;
    }
    char c0 = key.charAt(0);
    Node n = c0 < 128 ? firstAscii[c0] : root.child(c0);
    if (n == null) {
      return 0;
    }
    int fromHead = 0;
    boolean hyphen = c0 == '-';
    for (int c = 1; c < key.length(); c++) {
      char ch = key.charAt(c);
      if (ch == '-' && !hyphen) {
        hyphen = true;
        fromHead = c > 0 ? n.head : 0;
      }
      n = n.child(ch);
      if (n == null) {
        return fromHead;
      }
    }
    return fromHead | n.exact;
  }
}
