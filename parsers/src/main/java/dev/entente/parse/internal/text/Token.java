package dev.entente.parse.internal.text;

import dev.entente.model.Span;

/**
 * One token of an article. {@code start}/{@code end} are UTF-16 offsets into the original text,
 * exactly as given; {@code text} is the token as matching sees it, {@code
 * Chars.normalize(original.substring(start, end))} (NFC, typographic quotes, apostrophes and dashes
 * made plain, soft hyphens and other invisible format characters dropped, "…" spelled "...");
 * {@code key} is its lookup form, {@link Keys#of}{@code (text)} (lower case, accents folded:
 * "Nicolás" has key "nicolas"). {@code lineStart} is true for the first token of a line.
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
    byte letterCase) {

  /** {@link #letterCase} of a token whose first code point is an upper-case letter. */
  public static final byte UPPER = 1;
  /** {@link #letterCase} of a token whose first code point is a lower-case letter. */
  public static final byte LOWER = 2;

  /**
   * Checks {@code 0 <= index}, {@code 0 <= start < end}, that the strings and kind are present, and
   * that {@code letterCase} is one of 0, {@link #UPPER} and {@link #LOWER} (the constructor without it
   * works it out from the text).
   */
  public Token {
    if (index < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("Token needs 0 <= index and 0 <= start < end: index " + index
          + ", [" + start + ", " + end + ")");
    }
    java.util.Objects.requireNonNull(text, "Token text");
    java.util.Objects.requireNonNull(key, "Token key");
    java.util.Objects.requireNonNull(kind, "Token kind");
    if (letterCase < 0 || letterCase > LOWER) {
      throw new IllegalArgumentException("Token letterCase must be 0, UPPER (1) or LOWER (2): " + letterCase);
    }
  }

  /** A token whose {@link #letterCase} is worked out from its text. */
  public Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart) {
    this(index, start, end, text, key, kind, lineStart, caseOf(text));
  }

  private static byte caseOf(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int c = text.codePointAt(0);
    return Character.isUpperCase(c) ? UPPER : Character.isLowerCase(c) ? LOWER : 0;
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
    return letterCase == UPPER;
  }

  /** Whether the token starts with a lower-case letter. */
  public boolean isLowerCase() {
    return letterCase == LOWER;
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
