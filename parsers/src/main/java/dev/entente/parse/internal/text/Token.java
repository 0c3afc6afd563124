package dev.entente.parse.internal.text;

import dev.entente.model.Span;

/**
 * One token of an article. {@code start}/{@code end} are UTF-16 offsets into the original text,
 * exactly as given; {@code text} is the token as matching sees it, {@code
 * Chars.normalize(original.substring(start, end))} (NFC, typographic quotes, apostrophes and dashes
 * made plain, soft hyphens and other invisible format characters dropped, "…" spelled "...");
 * {@code key} is its lookup form, {@link Keys#of}{@code (text)} (lower case, accents folded:
 * "Nicolás" has key "nicolas"). {@code lineStart} is true for the first token of a line. {@code
 * flags} hold what the rules ask of the same token many times, worked out once: the case of the
 * text's first code point ({@link #UPPER}, {@link #LOWER} or neither) and whether the key has a
 * hyphen ({@link #HYPHEN}), an apostrophe ({@link #APOSTROPHE}) or an ASCII digit ({@link #DIGIT}),
 * and whether the text ends with a period ({@link #FINAL_PERIOD}).
 *
 * <p>How text is cut:
 * <ul>
 *   <li>White space of every kind (NBSP included), the zero-width space, the byte-order mark and
 *       U+FFFD (left by broken encodings) separate tokens and belong to none.
 *   <li>A word is letters and digits with their combining marks, joined by a single hyphen, en
 *       dash, non-breaking hyphen or minus between two letters or digits ("Russian-made", "AK-103",
 *       "Su-35", "Tor-M1", "US-backed" are one token each), or by an apostrophe before a letter
 *       ("Venezuela's", "d'Ivoire"). An em dash never joins.
 *   <li>Single letters each followed by a period form one initialism token with its final period
 *       ("U.S.", "U.N.", "a.m."); a lone initial ("W." in "George W. Bush") is a word and a period.
 *   <li>A number is digits joined by the hyphens above ("2015-2018" and "2019-09-25" are one
 *       NUMBER token each), by a period before a digit ("85.2"), or by a comma before a group of
 *       exactly three digits ("257,200"; "2,5" is three tokens).
 *   <li>A period not inside a word or number ends the word before it: "said.The" is three tokens.
 *   <li>Punctuation and symbols are one code point each (with any combining marks), except that a
 *       run of periods or ellipsis characters is one token ("...").
 * </ul>
 */
public record Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart,
    byte flags) {

  /** In {@link #flags}: the first code point is an upper-case letter. */
  public static final byte UPPER = 1;
  /** In {@link #flags}: the first code point is a lower-case letter. */
  public static final byte LOWER = 2;
  /** In {@link #flags}: the key has a hyphen ("russian-made", "2015-2018"). */
  public static final byte HYPHEN = 4;
  /** In {@link #flags}: the key has an apostrophe ("venezuela's", "d'ivoire"). */
  public static final byte APOSTROPHE = 8;
  /** In {@link #flags}: the text ends with a period ("U.S.", "..."). */
  public static final byte FINAL_PERIOD = 16;
  /** In {@link #flags}: the key has an ASCII digit ("2015", "su-35", "usd1"). */
  public static final byte DIGIT = 32;

  /**
   * Checks {@code 0 <= index}, {@code 0 <= start < end}, that the strings and kind are present, and
   * that {@code flags} combine at most one case with the key's marks ({@link #flagsOf} works them
   * out; so does the constructor without them).
   */
  public Token {
    if (index < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("Token needs 0 <= index and 0 <= start < end: index " + index
          + ", [" + start + ", " + end + ")");
    }
    java.util.Objects.requireNonNull(text, "Token text");
    java.util.Objects.requireNonNull(key, "Token key");
    java.util.Objects.requireNonNull(kind, "Token kind");
    if (flags < 0 || flags > (LOWER | HYPHEN | APOSTROPHE | FINAL_PERIOD | DIGIT)
        || (flags & (UPPER | LOWER)) == (UPPER | LOWER)) {
      throw new IllegalArgumentException("Token flags must combine one case (UPPER or LOWER or neither) with HYPHEN,"
          + " APOSTROPHE, FINAL_PERIOD and DIGIT: " + flags);
    }
  }

  /** A token whose {@link #flags} are worked out from its text and key. */
  public Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart) {
    this(index, start, end, text, key, kind, lineStart, flagsOf(text, key));
  }

  /** The {@link #flags} of a token's text and key. */
  public static byte flagsOf(String text, String key) {
    int f = 0;
    if (!text.isEmpty()) {
      int c = text.codePointAt(0);
      f = Character.isUpperCase(c) ? UPPER : Character.isLowerCase(c) ? LOWER : 0;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '-') {
        f |= HYPHEN;
      } else if (c == '\'') {
        f |= APOSTROPHE;
      } else if (c >= '0' && c <= '9') {
        f |= DIGIT;
      }
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) == '.') {
      f |= FINAL_PERIOD;
    }
    return (byte) f;
  }

  /** What a token is made of. */
  public enum Kind {
    /** Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "Russian-made"). */
    WORD,
    /** Digits, possibly with separators and decimals ("257,200", "85.2", "2015-2018", "AK-103" is a WORD). */
    NUMBER,
    /** Punctuation and symbols, one code point each ("$", "%", ",", "("), or an ellipsis ("..."). */
    PUNCT
  }

  /** The token's original-text span. */
  public Span span() {
    return new Span(start, end);
  }

  /** Whether the token is a word. */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether the token is a number. */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Whether the token is punctuation or a symbol. */
  public boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return (flags & UPPER) != 0;
  }

  /** Whether the token starts with a lower-case letter. */
  public boolean isLowerCase() {
    return (flags & LOWER) != 0;
  }

  /** Whether the key has a hyphen. */
  public boolean hasHyphen() {
    return (flags & HYPHEN) != 0;
  }

  /** Whether the key has an ASCII digit. */
  public boolean hasDigit() {
    return (flags & DIGIT) != 0;
  }

  /** Whether the key has an apostrophe. */
  public boolean hasApostrophe() {
    return (flags & APOSTROPHE) != 0;
  }

  /** Whether every cased letter of the token is upper case and it has at least one ("NATO", "U.S."). */
  public boolean isAllCaps() {
    boolean upper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  /** The token's length in the original text, in UTF-16 chars. */
  public int length() {
    return end - start;
  }

  /** Whether the token's key is {@code key}. */
  public boolean is(String key) {
    return this.key.equals(key);
  }
}
