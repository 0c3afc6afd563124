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
public sealed class Token {

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

  // The index, the line start, the kind and the flags share one int, so that a token is 32 bytes, not
  // 40 (with compressed references: a 12-byte header and five 4-byte fields): the low 8 bits are its
  // TokenBits byte (flags, then the kind: WORD 0, NUMBER 0x40, PUNCT 0x80), bit 8 the line start, and
  // the 23 bits above them the index, or FAR where the index is kept by the subclass Far
  private static final int KIND_SHIFT = 6;
  private static final int LINE_START = 1 << 8;
  private static final int INDEX_SHIFT = 9;
  /** The index bits of a token whose index is {@link Far#farIndex}: the indices at or above it. */
  private static final int FAR = (1 << (32 - INDEX_SHIFT)) - 1;
  private static final Kind[] KINDS = Kind.values();

  private final int start;
  private final int end;
  private final String text;
  private final String key;
  private final int packed;

  /**
   * A token. Checks {@code 0 <= index}, {@code 0 <= start < end}, that the strings and kind are present,
   * and that {@code flags} combine at most one case with the key's marks ({@link #flagsOf} works them
   * out; so does the constructor without them). Indices of {@code 2^23 - 1} and above need {@link #of}.
   */
  public Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart, byte flags) {
    this(checkNear(index, start, end), start, end, text, key, kind, lineStart, flags, true);
  }

  /** A token whose {@link #flags} are worked out from its text and key. */
  public Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart) {
    this(index, start, end, text, key, kind, lineStart, flagsOf(text, key));
  }

  // (checked: the index and span are checked already; it tells this constructor from the public one)
  private Token(int packedIndex, int start, int end, String text, String key, Kind kind, boolean lineStart, byte flags,
      boolean checked) {
    java.util.Objects.requireNonNull(text, "Token text");
    java.util.Objects.requireNonNull(key, "Token key");
    java.util.Objects.requireNonNull(kind, "Token kind");
    if (flags < 0 || flags > (LOWER | HYPHEN | APOSTROPHE | FINAL_PERIOD | DIGIT)
        || (flags & (UPPER | LOWER)) == (UPPER | LOWER)) {
      throw new IllegalArgumentException("Token flags must combine one case (UPPER or LOWER or neither) with HYPHEN,"
          + " APOSTROPHE, FINAL_PERIOD and DIGIT: " + flags);
    }
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = key;
    this.packed = packedIndex << INDEX_SHIFT | (lineStart ? LINE_START : 0) | bitsOf(kind, flags) & 0xFF;
  }

  /** The {@link TokenBits} byte of a token of {@code kind} and {@code flags}, as {@link #bits} gives it. */
  static byte bitsOf(Kind kind, byte flags) {
    return (byte) (kind.ordinal() << KIND_SHIFT | flags);
  }

  /** As the constructor, for any index. */
  public static Token of(int index, int start, int end, String text, String key, Kind kind, boolean lineStart,
      byte flags) {
    checkIndex(index, start, end);
    return index < FAR ? new Token(index, start, end, text, key, kind, lineStart, flags, true)
        : new Far(index, start, end, text, key, kind, lineStart, flags);
  }

  private static int checkNear(int index, int start, int end) {
    if (checkIndex(index, start, end) >= FAR) {
      throw new IllegalArgumentException("A Token of index " + index + " is made by Token.of");
    }
    return index;
  }

  private static int checkIndex(int index, int start, int end) {
    if (index < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("Token needs 0 <= index and 0 <= start < end: index " + index
          + ", [" + start + ", " + end + ")");
    }
    return index;
  }

  /** A token of a text of more than {@code 2^23 - 1} tokens, at or after that index. */
  private static final class Far extends Token {
    private final int farIndex;

    Far(int index, int start, int end, String text, String key, Kind kind, boolean lineStart, byte flags) {
      super(FAR, start, end, text, key, kind, lineStart, flags, true);
      this.farIndex = index;
    }
  }

  /** The token's place in its text's tokens, from 0. */
  public final int index() {
    int i = packed >>> INDEX_SHIFT;
    return i != FAR ? i : ((Far) this).farIndex;
  }

  /** The UTF-16 offset of the token's first char in the original text. */
  public final int start() {
    return start;
  }

  /** The UTF-16 offset after the token's last char in the original text. */
  public final int end() {
    return end;
  }

  /** The token as matching sees it: its original text normalized. */
  public final String text() {
    return text;
  }

  /** The token's lookup form ({@link Keys#of} of its text). */
  public final String key() {
    return key;
  }

  /** What the token is made of. */
  public final Kind kind() {
    return KINDS[(packed >>> KIND_SHIFT) & 3];
  }

  /** Whether the token is the first of a line. */
  public final boolean lineStart() {
    return (packed & LINE_START) != 0;
  }

  /** The token's {@link #UPPER}, {@link #LOWER}, {@link #HYPHEN}, ... bits. */
  public final byte flags() {
    return (byte) (packed & TokenBits.FLAGS);
  }

  /** The token's {@link TokenBits} byte. */
  final byte bits() {
    return (byte) packed;
  }

  /** Tokens are equal when their index, span, strings, kind, line start and flags are. */
  @Override
  public final boolean equals(Object o) {
    return o == this || o instanceof Token t && index() == t.index() && start == t.start && end == t.end
        && (packed & ((1 << INDEX_SHIFT) - 1)) == (t.packed & ((1 << INDEX_SHIFT) - 1))
        && text.equals(t.text) && key.equals(t.key);
  }

  /** A hash of the same parts, combined as a record's. */
  @Override
  public final int hashCode() {
    int h = Integer.hashCode(index());
    h = 31 * h + Integer.hashCode(start);
    h = 31 * h + Integer.hashCode(end);
    h = 31 * h + text.hashCode();
    h = 31 * h + key.hashCode();
    h = 31 * h + kind().hashCode();
    h = 31 * h + Boolean.hashCode(lineStart());
    return 31 * h + Byte.hashCode(flags());
  }

  /** The token's parts, as a record prints them: {@code Token[index=0, start=0, end=2, text=US, ...]}. */
  @Override
  public final String toString() {
    return "Token[index=" + index() + ", start=" + start + ", end=" + end + ", text=" + text + ", key=" + key
        + ", kind=" + kind() + ", lineStart=" + lineStart() + ", flags=" + flags() + "]";
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
  public final Span span() {
    return new Span(start, end);
  }

  /** Whether the token is a word. */
  public final boolean isWord() {
    return (packed & 3 << KIND_SHIFT) == 0;
  }

  /** Whether the token is a number. */
  public final boolean isNumber() {
    return (packed & 3 << KIND_SHIFT) == 1 << KIND_SHIFT;
  }

  /** Whether the token is punctuation or a symbol. */
  public final boolean isPunct() {
    return (packed & 3 << KIND_SHIFT) == 2 << KIND_SHIFT;
  }

  /** Whether the token starts with an upper-case letter. */
  public final boolean isCapitalized() {
    return (packed & UPPER) != 0;
  }

  /** Whether the token starts with a lower-case letter. */
  public final boolean isLowerCase() {
    return (packed & LOWER) != 0;
  }

  /** Whether the key has a hyphen. */
  public final boolean hasHyphen() {
    return (packed & HYPHEN) != 0;
  }

  /** Whether the key has an ASCII digit. */
  public final boolean hasDigit() {
    return (packed & DIGIT) != 0;
  }

  /** Whether the key has an apostrophe. */
  public final boolean hasApostrophe() {
    return (packed & APOSTROPHE) != 0;
  }

  /** Whether every cased letter of the token is upper case and it has at least one ("NATO", "U.S."). */
  public final boolean isAllCaps() {
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
  public final int length() {
    return end - start;
  }

  /** Whether the token's key is {@code key}. */
  public final boolean is(String key) {
    return this.key.equals(key);
  }
}
