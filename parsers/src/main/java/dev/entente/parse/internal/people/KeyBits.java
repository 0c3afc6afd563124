package dev.entente.parse.internal.people;

/**
 * A few keys as bits of their hashes (one bit a key, in a table of 1,024): whether a word may be
 * one of them is one load and one test, with no equality check of strings. A miss is certain; a hit
 * may be another key's bit, and the caller's own look-up decides. For an article's dozens of name
 * words, asked about each capitalised word of its text.
 */
final class KeyBits {

  private static final int BITS = 1024;
  private final long[] bits = new long[BITS >>> 6];

  /** Adds {@code key}. */
  void add(String key) {
    int at = bit(key);
    bits[at >>> 6] |= 1L << at;
  }

  /** Whether {@code key} may have been added: false only when it was not. */
  boolean mayHold(String key) {
    int at = bit(key);
    return (bits[at >>> 6] & (1L << at)) != 0;
  }

  private static int bit(String key) {
    return (key.hashCode() * 0x9E3779B9 >>> 16) & (BITS - 1); // spread: keys differing in the last char hash close together
  }
}
