package dev.entente.parse.internal.text;

import java.util.List;

/**
 * Each token of an article as one byte: its {@link Token#flags} in the low six bits and its {@link
 * Token.Kind} in the top two. A stage that walks every token only to ask its kind or case (most
 * tokens start nothing it reads) reads this array, one cache line for 64 tokens, instead of following
 * a reference to each {@link Token}: the tokens were made before the other stages ran, and by the
 * time a stage walks them most are no longer in the CPU's nearer caches.
 */
public final class TokenBits {

  /** The bits of {@link Token#flags}. */
  public static final int FLAGS = 0x3F;
  /** The bits of the kind. */
  private static final int KIND = 0xC0;
  /** The kind bits of a {@link Token.Kind#WORD}. */
  private static final int WORD = 0;
  /** The kind bits of a {@link Token.Kind#NUMBER}. */
  private static final int NUMBER = 0x40;
  /** The kind bits of a {@link Token.Kind#PUNCT}. */
  private static final int PUNCT = 0x80;

  private TokenBits() {}

  /** The byte of each of {@code tokens}, in order. */
  public static byte[] of(List<Token> tokens) {
    byte[] out = new byte[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of(tokens.get(i));
    }
    return out;
  }

  /** The byte of {@code t}: the low byte of the int a token keeps its kind and flags in. */
  public static byte of(Token t) {
    return t.bits();
  }

  /** Whether the token of byte {@code b} is a word ({@link Token#isWord}). */
  public static boolean isWord(byte b) {
    return (b & KIND) == WORD;
  }

  /** Whether the token of byte {@code b} is a number ({@link Token#isNumber}). */
  public static boolean isNumber(byte b) {
    return (b & KIND) == NUMBER;
  }

  /** Whether the token of byte {@code b} is punctuation or a symbol ({@link Token#isPunct}). */
  public static boolean isPunct(byte b) {
    return (b & KIND) == PUNCT;
  }

  /** Whether byte {@code b} has all of {@code flags} (of {@link Token#flags}). */
  public static boolean has(byte b, int flags) {
    return (b & flags) == flags;
  }
}
