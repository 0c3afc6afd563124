package dev.entente.parse.internal.text;

import java.text.Normalizer;

/**
 * Character classes and the look-alike folding that matching sees: typographic quotes and
 * apostrophes become {@code "} and {@code '}, every dash and the non-breaking hyphen become
 * {@code -}, exotic spaces become a plain space, invisible format characters (soft hyphen,
 * zero-width joiners, direction marks) vanish, and the ellipsis becomes three periods.
 */
public final class Chars {
  private Chars() {}

  /** Folds typographic look-alikes to their plain ASCII form; other characters are returned as they are. */
  public static char plain(char c) {
    if (c < 0x60) {
      return c;
    }
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u00B4': case '\u2032': case '\u02BC':
      case '\u02BB': case '\u02B9': case '`': case '\uFF07':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
      case '\u2039': case '\u203A': case '\uFF02': case '\u300C': case '\u300D':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      case '\uFE58': case '\uFE63': case '\uFF0D': case '\u2E3A': case '\u2E3B':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
      case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u205F': case '\u3000': case '\u1680':
        return ' ';
      default:
        return c;
    }
  }

  /**
   * Whether {@code c} separates tokens without being one: white space of every kind (NBSP and
   * the other fixed spaces included), the byte-order mark, the zero-width space, and U+FFFD, the
   * replacement character broken encodings leave where a dash or quote stood.
   */
  public static boolean isSpace(char c) {
    if (c == ' ') {
      return true;
    }
    if (c < 0x80) {
      return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || (c < 0x20);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
        || c == '\uFFFD' || c == '\u0085';
  }

  /** Whether {@code c} ends a line: LF, CR, the Unicode line and paragraph separators, NEL, VT and FF. */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
        || c == '\u000C';
  }

  /**
   * Whether {@code c} is an invisible format character that matching ignores inside a word
   * (soft hyphen, zero-width (non-)joiner, direction marks, word joiner).
   */
  public static boolean isIgnorable(char c) {
    return c >= 0xAD && c != '\uFEFF' && c != '\u200B' && Character.getType(c) == Character.FORMAT;
  }

  /** Whether {@code c} joins two words or numbers into one token: a hyphen, en dash, minus or look-alike (not the em dash). */
  public static boolean isJoiningHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212'
        || c == '\uFE63' || c == '\uFF0D';
  }

  /** Whether {@code c} is an apostrophe or one of its look-alikes. */
  public static boolean isApostrophe(char c) {
    return plain(c) == '\'';
  }

  /** Whether code point {@code cp} is a combining mark (it belongs to the character before it). */
  public static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /**
   * The form matching sees of a slice of original text: look-alikes made plain (see {@link #plain}),
   * ignorable format characters dropped, the ellipsis spelled as three periods, then NFC.
   * A token's {@code text} is always {@code normalize(original.substring(start, end))}.
   */
  public static String normalize(String raw) {
    StringBuilder sb = null;
    boolean ascii = true;
    // text without combining marks, singletons or jamo, as most Latin-script text, is NFC already
    boolean marks = false;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c < 0x60) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (c >= 0x80) {
        ascii = false;
        marks |= mayCompose(c);
      }
      char p = plain(c);
      if (p == c && c != '\u2026' && !isIgnorable(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(raw.length() + 2);
        sb.append(raw, 0, k);
      }
      if (c == '\u2026') {
        sb.append("...");
      } else if (!isIgnorable(c)) {
        sb.append(p);
      }
    }
    String s = sb == null ? raw : sb.toString();
    if (ascii || !marks || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return s;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Whether {@code c} may change under NFC, alone or with its neighbours: false for everything below
   * the combining diacritics (U+0300), for Latin Extended Additional (U+1E00 to U+1EFF) and for the
   * punctuation and currency signs from U+2010 to U+20CF, which are their own compositions (a test
   * checks every pair of them against the JDK's normalizer).
   */
  static boolean mayCompose(char c) {
    return c >= 0x300 && !(c >= 0x1E00 && c < 0x1F00) && !(c >= 0x2010 && c < 0x20D0);
  }
}
