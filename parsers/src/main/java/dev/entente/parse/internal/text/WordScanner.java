package dev.entente.parse.internal.text;

/**
 * How the {@link Tokenizer} reads a word or number (see {@link Token} for the rules): the class of
 * each ASCII char, and the scan of a word from its first char, with its hyphens, apostrophes,
 * initialisms, decimals and groups of thousands.
 */
final class WordScanner {
  private WordScanner() {}

  // ASCII classes: what a char does between tokens
  static final byte SPACE = 1;
  static final byte BREAK = 2;
  static final byte ALNUM = 3;
  static final byte SYMBOL = 4;
  static final byte[] ASCII = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
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

  /**
   * Whether a run of ASCII letters and digits ending at {@code k} is a whole token, as {@link #scan}
   * would read it: the text ends there or an ASCII char follows that joins nothing (a space, a symbol,
   * or a period or comma not before a letter or digit).
   */
  static boolean endsRun(char[] t, int k, int n) {
    if (k >= n) {
      return true;
    }
    char d = t[k];
    if (d >= 0x80 || d == '-' || d == '\'' || d == '`') {
      return false;
    }
    if (d != '.' && d != ',') {
      return true;
    }
    if (k + 1 >= n) {
      return true;
    }
    char next = t[k + 1];
    return next < 0x80 && ASCII[next] != ALNUM;
  }

  /** Scans a word or number from {@code i}; returns {@code end << 1 | (isNumber ? 1 : 0)}. */
  static long scan(char[] text, int i, int n) {
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
