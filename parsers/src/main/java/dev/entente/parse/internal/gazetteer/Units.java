package dev.entente.parse.internal.gazetteer;

import dev.entente.parse.internal.text.Chars;
import dev.entente.parse.internal.text.KeptWords;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The matching units of a token range: tokens, with hyphenated words split into their parts
 * ("Russian-Venezuelan" gives "russian", "venezuelan") and a possessive split off ("Venezuela's"
 * gives "venezuela", "'s"), each part with its own original-text offsets.
 */
final class Units {
  int size;
  String[] keys;
  /** The keys' word numbers ({@link WordIds}), or -1 where no list holds the key. */
  int[] ids;
  int[] starts;
  int[] ends;
  int[] tokens;
  /** Starts with an upper-case letter. */
  boolean[] cap;
  /** Whether the unit has letters, all of them upper case ("US", "U.S."): 0 not yet known, 1 no, 2 yes. */
  private byte[] upperState;
  private String text;
  /** This thread's kept words, taken on the first part of a fill (null before). */
  private @Nullable KeptWords kept;
  /** Holds a letter or digit (not punctuation). */
  boolean[] word;
  /** The first unit of a token that starts a line. */
  boolean[] lineStart;
  /** A later part of the same token as the unit before it. */
  boolean[] joined;

  Units(String text, int capacity) {
    this.text = text;
    int n = Math.max(4, capacity);
    keys = new String[n];
    ids = new int[n];
    starts = new int[n];
    ends = new int[n];
    tokens = new int[n];
    cap = new boolean[n];
    upperState = new byte[n];
    word = new boolean[n];
    lineStart = new boolean[n];
    joined = new boolean[n];
  }

  /**
   * Empties this object once its article is read, so that a thread keeping it for the next one keeps
   * no text alive; returns its capacity, which a long sentence may have grown.
   */
  int release() {
    text = "";
    size = 0;
    kept = null;
    return keys.length;
  }

  /** The units of tokens {@code [first, end)} of {@code text}. */
  static Units of(String text, List<Token> tokenList, int first, int end) {
    return new Units(text, end - first + 4).fill(text, tokenList, null, first, end);
  }

  /**
   * This object, emptied and refilled with the units of tokens {@code [first, end)} of {@code text}
   * (it saves allocating one per sentence). {@code wordIds} are the tokens' word numbers ({@link
   * WordIds}, as a document gives them), or null to look them up here.
   */
  Units fill(String text, List<Token> tokenList, int @Nullable [] wordIds, int first, int end) {
    this.text = text;
    this.size = 0;
    this.kept = null;
    for (int t = first; t < end; t++) {
      Token tok = tokenList.get(t);
      if (tok.isWord() && (tok.hasHyphen() || tok.hasApostrophe())) { // the key's parts are units of their own
        split(text, tok);
      } else {
        // the token's case flag is its first code point's case, as the text's (normalizing keeps it),
        // read without touching the text
        add(tok.key(), wordIds != null ? wordIds[t] : WordIds.of(tok.key()), tok.start(), tok.end(), t,
            tok.isCapitalized(), tok.lineStart(), false, !tok.isPunct());
      }
    }
    return this;
  }

  private void split(String text, Token tok) {
    split(text, tok, null);
  }

  /**
   * Whether a part of word {@code tok} (split at its hyphens and before a possessive, as {@link #fill}
   * splits it) may begin an entry of {@code gazetteer}, by the part's number and case as {@link #fill}
   * gives them: false only when none can. A part the thread's kept words do not hold counts as one that
   * may, so that no key is made here.
   */
  boolean partsMayStart(String text, Token tok, CountryGazetteer gazetteer) {
    return split(text, tok, gazetteer);
  }

  /**
   * Adds the parts of {@code tok} as units; with {@code probe}, adds none and says instead whether a
   * part may begin one of its entries ({@link #partsMayStart}).
   */
  private boolean split(String text, Token tok, @Nullable CountryGazetteer probe) {
    int s = tok.start();
    int e = tok.end();
    int partStart = s;
    boolean first = true;
    for (int i = s; i < e; i++) {
      char p = Chars.plain(text.charAt(i));
      if (p == '-') {
        if (i > partStart) {
          if (part(text, partStart, i, tok, first, probe)) {
            return true;
          }
          first = false;
        }
        partStart = i + 1;
      } else if (p == '\'' && i > partStart && i + 1 < e && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
        if (part(text, partStart, i, tok, first, probe)) {
          return true;
        }
        first = false;
        partStart = i;
      }
    }
    return e > partStart && part(text, partStart, e, tok, first, probe);
  }

  /** Adds part {@code [s, e)} of {@code tok}; with {@code probe}, says instead whether it may begin an entry. */
  private boolean part(String text, int s, int e, Token tok, boolean first, @Nullable CountryGazetteer probe) {
    if (probe == null) {
      addPart(text, s, e, tok, first);
      return false;
    }
    KeptWords k = kept;
    if (k == null) {
      k = KeptWords.ofThisThread();
      kept = k;
    }
    int slot = k.find(text, s, e);
    if (slot < 0) {
      return true; // not read without making its key: taken as one that may
    }
    char c0 = text.charAt(s); // a kept word is plain ASCII
    return probe.mayStart(k.idNow(slot), c0 >= 'A' && c0 <= 'Z');
  }

  private void addPart(String text, int s, int e, Token tok, boolean first) {
    // most parts ("russian" of "Russian-Venezuelan") are words the tokenizer has kept: their key and
    // number are read from its table by their chars, with no substring, no key made and no hash lookup
    KeptWords k = kept;
    if (k == null) {
      k = KeptWords.ofThisThread();
      kept = k;
    }
    int slot = k.find(text, s, e);
    String key = slot >= 0 ? k.keyAt(slot) : Keys.of(text.substring(s, e));
    int id = slot >= 0 ? k.idNow(slot) : WordIds.of(key);
    char c0 = text.charAt(s);
    boolean cap = c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(text.codePointAt(s));
    add(key, id, s, e, tok.index(), cap, first && tok.lineStart(), !first, true);
  }

  private void add(String key, int id, int s, int e, int token, boolean capital, boolean line, boolean join,
      boolean isWord) {
    if (size == keys.length) {
      int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      ids = Arrays.copyOf(ids, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      tokens = Arrays.copyOf(tokens, n);
      cap = Arrays.copyOf(cap, n);
      upperState = Arrays.copyOf(upperState, n);
      word = Arrays.copyOf(word, n);
      lineStart = Arrays.copyOf(lineStart, n);
      joined = Arrays.copyOf(joined, n);
    }
    keys[size] = key;
    ids[size] = id;
    starts[size] = s;
    ends[size] = e;
    tokens[size] = token;
    cap[size] = capital;
    upperState[size] = 0;
    word[size] = isWord;
    lineStart[size] = line;
    joined[size] = join;
    size++;
  }

  /** Whether unit {@code i} has letters, all of them upper case ("US", "U.S."); worked out on first use. */
  boolean upper(int i) {
    if (upperState[i] == 0) {
      upperState[i] = allUpper(text, starts[i], ends[i]) ? (byte) 2 : (byte) 1;
    }
    return upperState[i] == 2;
  }

  private static boolean allUpper(String text, int s, int e) {
    boolean letters = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z') {
          return false;
        }
        letters |= c >= 'A' && c <= 'Z';
      } else if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters = true;
      }
    }
    return letters;
  }

  /** The units' keys from {@code from} to {@code to}, joined by spaces. */
  String joinedKeys(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(keys[i]);
    }
    return sb.toString();
  }
}
