package dev.entente.parse.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into {@link Token}s in one pass, keeping UTF-16 offsets into the original text
 * exactly as given (see {@link Token} for the rules). Thread-safe: its state is each thread's table of
 * the strings of short words it has read, shared by the tokens of that thread's texts, and each
 * thread's array the chars of a text are copied into.
 */
public final class Tokenizer {

  /** The tokens of {@code text}, in order; never throws, whatever the input. */
  public List<Token> tokenize(String text) {
    return tokenize(text, null, null, null);
  }

  /**
   * The tokens of {@code text} with each token's word number ({@link WordIds}) at the numbering now
   * in use: the numbers of the short words a thread keeps are kept with them, so most tokens are
   * numbered without a hash lookup.
   */
  public Numbered tokenizeNumbered(String text) {
    int[][] ids = new int[1][];
    byte[][] bits = new byte[1][];
    WordIds.Ids numbering = WordIds.now();
    List<Token> tokens = tokenize(text, ids, bits, numbering);
    return new Numbered(tokens, Arrays.copyOf(ids[0], tokens.size()), numbering, Arrays.copyOf(bits[0], tokens.size()));
  }

  /** A text's tokens, their word numbers ({@link WordIds}) at {@code numbering} and their {@link TokenBits}. */
  public static final class Numbered {
    /** The tokens, in order. */
    public final List<Token> tokens;
    /** Each token's word number, or -1 where no list held its key at {@link #numbering}. */
    public final int[] wordIds;
    /** The numbering the numbers are of. */
    public final WordIds.Ids numbering;
    /** Each token's kind and flags as one byte ({@link TokenBits}). */
    public final byte[] bits;

    Numbered(List<Token> tokens, int[] wordIds, WordIds.Ids numbering, byte[] bits) {
      this.tokens = tokens;
      this.wordIds = wordIds;
      this.numbering = numbering;
      this.bits = bits;
    }
  }

  /**
   * As {@link #tokenize(String)}; with {@code idsOut} and {@code bitsOut}, also each token's word
   * number at {@code numbering} in {@code idsOut[0]} and its {@link TokenBits} in {@code bitsOut[0]}
   * (their lengths may exceed the tokens').
   */
  private List<Token> tokenize(String text, int @Nullable [] @Nullable [] idsOut, byte @Nullable [] @Nullable [] bitsOut,
      WordIds.@Nullable Ids numbering) {
    // scanning a char array spares String.charAt's checks of coder and bounds on every char; the array
    // is the thread's, kept from one text to the next (a text longer than it gets one of its own), and
    // only its first n chars are read
    int n = text.length();
    char[] t = chars(n);
    text.getChars(0, n, t, 0);
    List<Token> out = new ArrayList<>(Math.max(16, n / 5));
    char[] scratch = new char[32];
    // the words of a text repeat ("the", a state's name): one string each for the text's short words,
    // so a long text of few words keeps few strings alive (a text of "US US ..." once kept two a token);
    // the table is the thread's, kept from one text to the next, so the words news repeats from article
    // to article ("the", "said", "president") cost no new string and no new hash in the stages' lookups
    KeptWords kept = KEPT.get();
    boolean numbered = idsOut != null && bitsOut != null && numbering != null;
    if (numbered) {
      kept.numberedBy(numbering); // lists came with new words: numbers are found anew
    }
    // the numbers go to the thread's array (copied out to the tokens' count at the end), so that they are
    // written to memory the last text wrote to, not to memory never touched
    int[] ids = numbered ? kept.numbers : null;
    // each token's bits are written as it is made, while it is in the nearest cache, rather than in a
    // second pass over the tokens once they have left it; the array is the thread's, as the numbers'
    byte[] bits = numbered ? kept.bits : null;
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = t[i];
      int start = i;
      Token.Kind kind;
      int ascii;
      int hash = 0;
      if (c < 0x80) {
        // the common case, decided by one table lookup
        byte cls = ASCII[c];
        if (cls == SPACE) {
          i++;
          continue;
        }
        if (cls == BREAK) {
          lineStart = true;
          i++;
          continue;
        }
        // (a symbol keeps the combining marks after it, all of them at U+0300 or above)
        if (cls == SYMBOL && c != '.' && c != '`' && (i + 1 >= n || t[i + 1] < 0x300)) {
          if (numbered) {
            int id = kept.asciiIds[c];
            if (id == KeptWords.UNKNOWN) {
              id = numbering.of(ASCII_STRINGS[c]);
              kept.asciiIds[c] = id;
            }
            ids = put(ids, out.size(), id);
            bits = put(bits, out.size(), ASCII_BITS[c]);
          }
          out.add(Token.of(out.size(), i, i + 1, ASCII_STRINGS[c], ASCII_STRINGS[c], Token.Kind.PUNCT, lineStart,
              ASCII_FLAGS[c]));
          lineStart = false;
          i++;
          continue;
        }
        if (cls == ALNUM) {
          // most words are a run of ASCII letters or digits and a char that cannot join another part to
          // them: read in one pass with their case and hash; anything else is read by WordScanner.scan
          boolean upper = false;
          boolean digits = true;
          int k = i;
          while (k < n) {
            char d = t[k];
            if (d >= 0x80 || ASCII[d] != ALNUM) {
              break;
            }
            hash = 31 * hash + d;
            upper |= d >= 'A' && d <= 'Z';
            digits &= d <= '9';
            k++;
          }
          if (WordScanner.endsRun(t, k, n)) {
            i = k;
            kind = digits ? Token.Kind.NUMBER : Token.Kind.WORD;
            ascii = upper ? PLAIN_UPPER : PLAIN_LOWER;
          } else {
            long scan = WordScanner.scan(t, i, n);
            i = (int) (scan >>> 1);
            kind = (scan & 1) != 0 ? Token.Kind.NUMBER : Token.Kind.WORD;
            ascii = plainAscii(t, start, i);
            hash = hash(t, start, i);
          }
          int added = add(out, text, t, start, i, kind, ascii, hash, lineStart, kept, scratch);
          lineStart = false;
          if (numbered) {
            ids = put(ids, out.size() - 1, numberOf(out, slotOf(added), kept, numbering));
            bits = put(bits, out.size() - 1, (byte) added);
          }
          continue;
        }
      } else if (Chars.isLineBreak(c)) {
        lineStart = true;
        i++;
        continue;
      } else if (Chars.isSpace(c) || Chars.isIgnorable(c)) {
        i++;
        continue;
      }
      int cp = c < 0x80 ? c : Character.codePointAt(t, i, n);
      if (Character.isLetterOrDigit(cp)) {
        long scan = WordScanner.scan(t, i, n);
        i = (int) (scan >>> 1);
        kind = (scan & 1) != 0 ? Token.Kind.NUMBER : Token.Kind.WORD;
      } else if (c == '.' || c == '\u2026') {
        i++;
        // a run of periods or ellipsis characters is one ellipsis token
        while (i < n && (t[i] == '.' || t[i] == '\u2026')) {
          i++;
        }
        kind = Token.Kind.PUNCT;
      } else {
        i += Character.charCount(cp);
        // a symbol keeps the marks that combine with it
        while (i < n && Chars.isMark(Character.codePointAt(t, i, n))) {
          i += Character.charCount(Character.codePointAt(t, i, n));
        }
        kind = Token.Kind.PUNCT;
      }
      ascii = plainAscii(t, start, i);
      if (ascii != NOT_PLAIN) {
        hash = hash(t, start, i);
      }
      int added = add(out, text, t, start, i, kind, ascii, hash, lineStart, kept, scratch);
      lineStart = false;
      if (numbered) {
        ids = put(ids, out.size() - 1, numberOf(out, slotOf(added), kept, numbering));
        bits = put(bits, out.size() - 1, (byte) added);
      }
    }
    if (numbered) {
      idsOut[0] = ids;
      bitsOut[0] = bits;
      if (ids.length <= KeptWords.MAX_KEPT_NUMBERS) {
        kept.numbers = ids; // grown for a long text: kept for the next
      }
      if (bits.length <= KeptWords.MAX_KEPT_NUMBERS) {
        kept.bits = bits;
      }
    }
    return out;
  }

  /**
   * Adds the token of chars {@code [start, end)} to {@code out}, its strings and flags from the kept
   * words where {@code ascii} says it is plain and the table holds it; returns the token's {@link
   * TokenBits} in the low byte and its slot in the kept words above it ({@link #slotOf}), so that the
   * caller writes the bits without reading the token back from the list.
   */
  private static int add(List<Token> out, String text, char[] t, int start, int end, Token.Kind kind, int ascii,
      int hash, boolean lineStart, KeptWords kept, char[] scratch) {
    String norm;
    String key;
    if (ascii == NOT_PLAIN) {
      norm = Chars.normalize(text.substring(start, end));
      key = Keys.of(norm);
      byte flags = Token.flagsOf(norm, key);
      out.add(Token.of(out.size(), start, end, norm, key, kind, lineStart, flags));
      return added(-1, kind, flags);
    }
    // plain ASCII is its own normal form, and its key is it in lower case
    int slot = end - start <= KeptWords.LONGEST ? KeptWords.slot(hash) : -1;
    if (slot >= 0 && kept.holds(slot, t, start, end)) {
      byte flags = kept.flags(slot);
      out.add(Token.of(out.size(), start, end, kept.text(slot), kept.key(slot), kind, lineStart, flags));
      return added(slot, kind, flags);
    }
    // a substring of a Latin-1 text copies its bytes; a string made of chars would first be narrowed
    norm = text.substring(start, end);
    if (ascii == PLAIN_LOWER) {
      key = norm;
    } else {
      char[] lower = end - start <= scratch.length ? scratch : new char[end - start];
      for (int k = start; k < end; k++) {
        char d = t[k];
        lower[k - start] = d >= 'A' && d <= 'Z' ? (char) (d + 32) : d;
      }
      key = new String(lower, 0, end - start);
    }
    byte flags = plainFlags(t, start, end);
    if (slot >= 0) {
      kept.put(slot, t, start, end, norm, key, flags);
    }
    out.add(Token.of(out.size(), start, end, norm, key, kind, lineStart, flags));
    return added(slot, kind, flags);
  }

  /** What {@link #add} returns: the token's bits in the low byte, its slot (or -1) plus one above it. */
  private static int added(int slot, Token.Kind kind, byte flags) {
    return (slot + 1) << 8 | Token.bitsOf(kind, flags) & 0xFF;
  }

  /** The slot (or -1) of what {@link #add} returned. */
  private static int slotOf(int added) {
    return (added >>> 8) - 1;
  }

  /** The word number of the token last added to {@code out}, kept in {@code slot} (or -1: looked up). */
  private static int numberOf(List<Token> out, int slot, KeptWords kept, WordIds.Ids numbering) {
    return slot >= 0 ? kept.id(slot) : numbering.of(out.get(out.size() - 1).key());
  }

  /** {@code bits} with {@code b} at {@code at}, grown when full. */
  private static byte[] put(byte[] bits, int at, byte b) {
    byte[] a = at < bits.length ? bits : Arrays.copyOf(bits, bits.length * 2);
    a[at] = b;
    return a;
  }

  /** {@code ids} with {@code id} at {@code at}, grown when full. */
  private static int[] put(int[] ids, int at, int id) {
    int[] a = at < ids.length ? ids : Arrays.copyOf(ids, ids.length * 2);
    a[at] = id;
    return a;
  }

  /** Each thread's kept words ({@link KeptWords}), about 0.7 MB a thread. */
  private static final ThreadLocal<KeptWords> KEPT = new ThreadLocal<>() {
    @Override
    protected KeptWords initialValue() {
      return new KeptWords();
    }
  };

  /** This thread's kept words. */
  static KeptWords kept() {
    return KEPT.get();
  }

  /** The longest text whose chars a thread's kept array holds (256 KiB of chars, 512 KB). */
  private static final int MAX_KEPT_CHARS = 1 << 18;
  private static final ThreadLocal<char[][]> CHARS = new ThreadLocal<>() {
    @Override
    protected char[][] initialValue() {
      return new char[1][];
    }
  };

  /** An array of at least {@code n} chars: the thread's kept one, grown up to {@link #MAX_KEPT_CHARS}, or a new one. */
  private static char[] chars(int n) {
    if (n > MAX_KEPT_CHARS) {
      return new char[n];
    }
    char[][] kept = CHARS.get();
    char[] t = kept[0];
    if (t == null || t.length < n) {
      t = new char[Math.min(MAX_KEPT_CHARS, Math.max(n, 4096) * 2)];
      kept[0] = t;
    }
    return t;
  }

  /** The {@code 31 * h + c} hash of chars {@code [from, to)}, as {@link KeptWords#slot} takes it. */
  private static int hash(char[] t, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + t[k];
    }
    return h;
  }

  /**
   * {@link Token#flagsOf} of plain ASCII chars {@code [from, to)} (their own text, their key in lower
   * case), read from the chars: in ASCII only A to Z are upper case and only a to z lower case, and
   * lowering the case changes no hyphen, apostrophe or digit.
   */
  private static byte plainFlags(char[] t, int from, int to) {
    char first = t[from];
    int f = first >= 'A' && first <= 'Z' ? Token.UPPER : first >= 'a' && first <= 'z' ? Token.LOWER : 0;
    for (int k = from; k < to; k++) {
      char c = t[k];
      if (c == '-') {
        f |= Token.HYPHEN;
      } else if (c == '\'') {
        f |= Token.APOSTROPHE;
      } else if (c >= '0' && c <= '9') {
        f |= Token.DIGIT;
      }
    }
    if (t[to - 1] == '.') {
      f |= Token.FINAL_PERIOD;
    }
    return (byte) f;
  }

  private static final int NOT_PLAIN = 0;
  private static final int PLAIN_LOWER = 1;
  private static final int PLAIN_UPPER = 2;

  // ASCII without the backquote (the one ASCII char that normalizing changes) is its own normal form;
  // says whether it has upper-case letters too
  private static int plainAscii(char[] t, int from, int to) {
    int result = PLAIN_LOWER;
    for (int k = from; k < to; k++) {
      char c = t[k];
      if (c >= 0x80 || c == '`') {
        return NOT_PLAIN;
      }
      if (c >= 'A' && c <= 'Z') {
        result = PLAIN_UPPER;
      }
    }
    return result;
  }

  // ASCII classes: what a char does between tokens (WordScanner's)
  private static final byte SPACE = WordScanner.SPACE;
  private static final byte BREAK = WordScanner.BREAK;
  private static final byte ALNUM = WordScanner.ALNUM;
  private static final byte SYMBOL = WordScanner.SYMBOL;
  private static final byte[] ASCII = WordScanner.ASCII;
  /** Each ASCII char as a one-char string, so that a punctuation token costs no new string. */
  private static final String[] ASCII_STRINGS = new String[0x80];
  /** The {@link Token#flags} of each of {@link #ASCII_STRINGS}. */
  private static final byte[] ASCII_FLAGS = new byte[0x80];
  /** The {@link TokenBits} of each of {@link #ASCII_STRINGS} as a punctuation token. */
  private static final byte[] ASCII_BITS = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_STRINGS[c] = String.valueOf(c);
      ASCII_FLAGS[c] = Token.flagsOf(ASCII_STRINGS[c], ASCII_STRINGS[c]);
      ASCII_BITS[c] = TokenBits.of(new Token(0, 0, 1, ASCII_STRINGS[c], ASCII_STRINGS[c], Token.Kind.PUNCT, false,
          ASCII_FLAGS[c]));
    }
  }
}
