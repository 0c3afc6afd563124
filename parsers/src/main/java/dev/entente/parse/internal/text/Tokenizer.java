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
    return tokenize(text, null, null);
  }

  /**
   * The tokens of {@code text} with each token's word number ({@link WordIds}) at the numbering now
   * in use: the numbers of the short words a thread keeps are kept with them, so most tokens are
   * numbered without a hash lookup.
   */
  public Numbered tokenizeNumbered(String text) {
    int[][] ids = new int[1][];
    WordIds.Ids numbering = WordIds.now();
    List<Token> tokens = tokenize(text, ids, numbering);
    return new Numbered(tokens, Arrays.copyOf(ids[0], tokens.size()), numbering);
  }

  /** A text's tokens and their word numbers ({@link WordIds}) at {@code numbering}. */
  public static final class Numbered {
    /** The tokens, in order. */
    public final List<Token> tokens;
    /** Each token's word number, or -1 where no list held its key at {@link #numbering}. */
    public final int[] wordIds;
    /** The numbering the numbers are of. */
    public final WordIds.Ids numbering;

    Numbered(List<Token> tokens, int[] wordIds, WordIds.Ids numbering) {
      this.tokens = tokens;
      this.wordIds = wordIds;
      this.numbering = numbering;
    }
  }

  /**
   * As {@link #tokenize(String)}; with {@code idsOut}, also each token's word number at {@code
   * numbering} in {@code idsOut[0]} (its length may exceed the tokens').
   */
  private List<Token> tokenize(String text, int @Nullable [] @Nullable [] idsOut, WordIds.@Nullable Ids numbering) {
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
    Kept kept = KEPT.get();
    String[] shared = kept.words;
    int slots = MAX_SHARED;
    boolean numbered = idsOut != null && numbering != null;
    int[] keptIds = kept.ids;
    if (numbered && kept.numbering != numbering) {
      Arrays.fill(keptIds, UNKNOWN); // lists came with new words: numbers are found anew
      kept.numbering = numbering;
    }
    // the numbers go to the thread's array (copied out to the tokens' count at the end), so that they are
    // written to memory the last text wrote to, not to memory never touched
    int[] ids = numbered ? kept.numbers : null;
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = t[i];
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
            int id = keptIds[MAX_SHARED + c];
            if (id == UNKNOWN) {
              id = numbering.of(ASCII_STRINGS[c]);
              keptIds[MAX_SHARED + c] = id;
            }
            ids = put(ids, out.size(), id);
          }
          out.add(new Token(out.size(), i, i + 1, ASCII_STRINGS[c], ASCII_STRINGS[c], Token.Kind.PUNCT, lineStart,
              ASCII_FLAGS[c]));
          lineStart = false;
          i++;
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
      int start = i;
      int cp = c < 0x80 ? c : Character.codePointAt(t, i, n);
      Token.Kind kind;
      if (Character.isLetterOrDigit(cp)) {
        long scan = scanWord(t, i, n);
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
      String norm;
      String key;
      int ascii = plainAscii(t, start, i);
      if (ascii == NOT_PLAIN) {
        norm = Chars.normalize(text.substring(start, i));
        key = Keys.of(norm);
      } else {
        // plain ASCII is its own normal form, and its key is it in lower case
        int slot = i - start <= MAX_SHARED_LENGTH ? slot(t, start, i, slots) : -1;
        // the kept chars sit in one array, so telling a kept word costs no read of its string
        if (slot >= 0 && kept.lengths[slot] == i - start && sameChars(kept.chars, slot * MAX_SHARED_LENGTH, t, start, i)) {
          String known = shared[2 * slot];
          if (numbered) {
            int id = keptIds[slot];
            if (id == UNKNOWN) {
              id = numbering.of(shared[2 * slot + 1]);
              keptIds[slot] = id;
            }
            ids = put(ids, out.size(), id);
          }
          out.add(new Token(out.size(), start, i, known, shared[2 * slot + 1], kind, lineStart, kept.flags[slot]));
          lineStart = false;
          continue;
        }
        norm = new String(t, start, i - start);
        if (ascii == PLAIN_LOWER) {
          key = norm;
        } else {
          if (scratch.length < i - start) {
            scratch = new char[i - start];
          }
          for (int k = start; k < i; k++) {
            char d = t[k];
            scratch[k - start] = d >= 'A' && d <= 'Z' ? (char) (d + 32) : d;
          }
          key = new String(scratch, 0, i - start);
        }
        if (slot >= 0) {
          shared[2 * slot] = norm;
          shared[2 * slot + 1] = key;
          kept.lengths[slot] = (byte) (i - start);
          System.arraycopy(t, start, kept.chars, slot * MAX_SHARED_LENGTH, i - start);
          keptIds[slot] = UNKNOWN;
          kept.flags[slot] = Token.flagsOf(norm, key);
        }
      }
      if (numbered) {
        ids = put(ids, out.size(), numbering.of(key));
      }
      out.add(new Token(out.size(), start, i, norm, key, kind, lineStart));
      lineStart = false;
    }
    if (numbered) {
      idsOut[0] = ids;
      if (ids.length <= MAX_KEPT_NUMBERS) {
        kept.numbers = ids; // grown for a long text: kept for the next
      }
    }
    return out;
  }

  /**
   * Whether {@code kept} from {@code at} holds chars {@code [from, to)} of {@code t}: a plain loop, since
   * words are short and {@code Arrays.equals} of ranges costs more in its checks than in the compare.
   */
  private static boolean sameChars(char[] kept, int at, char[] t, int from, int to) {
    for (int k = from, j = at; k < to; k++, j++) {
      if (kept[j] != t[k]) {
        return false;
      }
    }
    return true;
  }

  /** {@code ids} with {@code id} at {@code at}, grown when full. */
  private static int[] put(int[] ids, int at, int id) {
    int[] a = at < ids.length ? ids : Arrays.copyOf(ids, ids.length * 2);
    a[at] = id;
    return a;
  }

  /** A kept word's number not found yet at the thread's numbering. */
  private static final int UNKNOWN = -2;

  /**
   * The most words shared (a power of two), and the longest word shared. A word's slot is its hash's,
   * so two words of a text may want one slot: at 4,096 slots about a fifth of the plain words of
   * news missed the table (each miss a new string or two, its flags and a hash lookup of its number),
   * at 16,384 about a ninth, most of them words the thread had not read before.
   */
  private static final int MAX_SHARED = 16384;
  private static final int MAX_SHARED_LENGTH = 24;
  /**
   * Each thread's shared words: the normal form of slot {@code s} at {@code 2s}, its key at {@code 2s + 1}.
   * At most {@link #MAX_SHARED} words of {@link #MAX_SHARED_LENGTH} chars each, about 3 MB a thread
   * with their chars kept again in one array.
   */
  private static final ThreadLocal<Kept> KEPT = new ThreadLocal<>() {
    @Override
    protected Kept initialValue() {
      return new Kept();
    }
  };

  /**
   * A thread's shared words ({@code words}: the normal form of slot {@code s} at {@code 2s}, its key at
   * {@code 2s + 1}) and their word numbers at {@code numbering} ({@code ids}: slot {@code s} at
   * {@code s}, the one-char string of ASCII char {@code c} at {@code MAX_SHARED + c}; {@link #UNKNOWN}
   * where not found yet).
   */
  private static final class Kept {
    final String[] words = new String[2 * MAX_SHARED];
    final int[] ids = new int[MAX_SHARED + 0x80];
    /** Each slot's {@link Token#flags}. */
    final byte[] flags = new byte[MAX_SHARED];
    /** Each slot's word length (0: none yet) and chars, the slot's at {@code slot * MAX_SHARED_LENGTH}. */
    final byte[] lengths = new byte[MAX_SHARED];
    final char[] chars = new char[MAX_SHARED * MAX_SHARED_LENGTH];
    /** The word numbers of the text being read, its tokens' count of them used; grown up to {@link #MAX_KEPT_NUMBERS}. */
    int[] numbers = new int[1024];
    WordIds.@Nullable Ids numbering;
  }

  /** The most word numbers a thread's kept array holds (a text of more tokens gets an array of its own). */
  private static final int MAX_KEPT_NUMBERS = 1 << 16;

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

  private static int slot(char[] t, int from, int to, int slots) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + t[k];
    }
    return (h ^ (h >>> 16)) & (slots - 1);
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

  // ASCII classes: what a char does between tokens
  private static final byte SPACE = 1;
  private static final byte BREAK = 2;
  private static final byte ALNUM = 3;
  private static final byte SYMBOL = 4;
  private static final byte[] ASCII = new byte[0x80];
  /** Each ASCII char as a one-char string, so that a punctuation token costs no new string. */
  private static final String[] ASCII_STRINGS = new String[0x80];
  /** The {@link Token#flags} of each of {@link #ASCII_STRINGS}. */
  private static final byte[] ASCII_FLAGS = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_STRINGS[c] = String.valueOf(c);
      ASCII_FLAGS[c] = Token.flagsOf(ASCII_STRINGS[c], ASCII_STRINGS[c]);
      if (Chars.isLineBreak(c)) {
        ASCII[c] = BREAK;
      } else if (Chars.isSpace(c)) {
        ASCII[c] = SPACE;
      } else if (Character.isLetterOrDigit(c)) {
        ASCII[c] = ALNUM;
      } else {
        ASCII[c] = SYMBOL;
      }
    }
  }

  /** Scans a word or number from {@code i}; returns {@code end << 1 | (isNumber ? 1 : 0)}. */
  private static long scanWord(char[] text, int i, int n) {
    int start = i;
    boolean digitsOnly = true;
    // initialism state: letters seen so far were single letters each followed by a period (U.S., a.m.)
    boolean initialism = true;
    int segment = 0;
    while (i < n) {
      char d = text[i];
      if (d < 0x80) {
        byte cls = ASCII[d];
        if (cls == ALNUM) {
          if (d > '9') {
            digitsOnly = false;
          }
          segment++;
          i++;
          continue;
        }
        // only these ASCII chars can join a word or number: everything else ends it
        if (d != '-' && d != '\'' && d != '`' && d != '.' && d != ',') {
          break;
        }
      }
      int cp = Character.isSurrogate(d) ? Character.codePointAt(text, i, n) : d;
      if (Character.isLetterOrDigit(cp)) {
        if (!Character.isDigit(cp)) {
          digitsOnly = false;
        }
        segment++;
        i += Character.charCount(cp);
        continue;
      }
      // (no ASCII char is a combining mark or an invisible format char: '.' and ',' after a word skip the lookups)
      if (i > start && d >= 0x80 && (Chars.isMark(cp) || Chars.isIgnorable(d))) {
        i += Character.charCount(cp);
        continue;
      }
      int next = i + 1 < n ? Character.codePointAt(text, i + 1, n) : -1;
      boolean nextAlnum = next >= 0 && Character.isLetterOrDigit(next);
      if (nextAlnum && Chars.isJoiningHyphen(d)) {
        if (!(digitsOnly && Character.isDigit(next))) {
          digitsOnly = false;
        }
        initialism = false;
        segment = 0;
        i++;
        continue;
      }
      if (nextAlnum && !digitsOnly && Character.isLetter(next) && Chars.isApostrophe(d)) {
        initialism = false;
        segment = 0;
        i++;
        continue;
      }
      if ((digitsOnly || d == '.' && codeThenDigits(text, start, i)) && nextAlnum && Character.isDigit(next)
          && (d == '.' || (d == ',' && threeDigitGroup(text, i + 1, n)))) {
        segment = 0;
        i++;
        continue;
      }
      if (d == '.' && !digitsOnly && initialism && segment == 1) {
        // U.S., U.N., a.m.: single letters each followed by a period
        if (nextAlnum && Character.isLetter(next) && !Character.isSupplementaryCodePoint(next)
            && (i + 2 >= n || text[i + 2] == '.')) {
          segment = 0;
          i++;
          continue;
        }
        if (i - start >= 3 && text[i - 2] == '.') {
          i++; // the final period of an initialism of two letters or more
        }
      }
      break;
    }
    return ((long) i << 1) | (digitsOnly ? 1 : 0);
  }

  // "USD62.09", "RM1.6": a currency code of two or three capitals glued to digits keeps its decimals
  private static boolean codeThenDigits(char[] text, int start, int i) {
    int k = start;
    while (k < i && k - start < 3 && text[k] >= 'A' && text[k] <= 'Z') {
      k++;
    }
    if (k - start < 2 || k == i) {
      return false;
    }
    while (k < i && text[k] >= '0' && text[k] <= '9') {
      k++;
    }
    return k == i;
  }

  // 257,200 and 1,000,000: a comma joins digits only before a group of exactly three
  private static boolean threeDigitGroup(char[] text, int from, int n) {
    int k = from;
    while (k < n && k - from < 4 && Character.isDigit(text[k])) {
      k++;
    }
    return k - from == 3;
  }
}
