package dev.entente.parse.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tokenizer's rules written the plain way, one code point at a time with no fast paths: the
 * oracle {@link Tokenizer} must agree with on every text.
 */
final class ReferenceTokenizer {

  /** The tokens of {@code text}, in order; never throws, whatever the input. */
  List<Token> tokenize(String text) {
    int n = text.length();
    List<Token> out = new ArrayList<>(Math.max(16, n / 5));
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isLineBreak(c)) {
        lineStart = true;
        i++;
        continue;
      }
      if (Chars.isSpace(c) || Chars.isIgnorable(c)) {
        i++;
        continue;
      }
      int start = i;
      int cp = text.codePointAt(i);
      Token.Kind kind;
      if (Character.isLetterOrDigit(cp)) {
        long scan = scanWord(text, i);
        i = (int) (scan >>> 1);
        kind = (scan & 1) != 0 ? Token.Kind.NUMBER : Token.Kind.WORD;
      } else if (c == '.' || c == '\u2026') {
        i++;
        // a run of periods or ellipsis characters is one ellipsis token
        while (i < n && (text.charAt(i) == '.' || text.charAt(i) == '\u2026')) {
          i++;
        }
        kind = Token.Kind.PUNCT;
      } else {
        i += Character.charCount(cp);
        // a symbol keeps the marks that combine with it
        while (i < n && Chars.isMark(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        kind = Token.Kind.PUNCT;
      }
      String norm = Chars.normalize(text.substring(start, i));
      out.add(new Token(out.size(), start, i, norm, Keys.of(norm), kind, lineStart));
      lineStart = false;
    }
    return out;
  }

  /** Scans a word or number from {@code i}; returns {@code end << 1 | (isNumber ? 1 : 0)}. */
  private static long scanWord(String text, int i) {
    int n = text.length();
    int start = i;
    boolean digitsOnly = true;
    // initialism state: letters seen so far were single letters each followed by a period (U.S., a.m.)
    boolean initialism = true;
    int segment = 0;
    while (i < n) {
      char d = text.charAt(i);
      int cp = Character.isSurrogate(d) ? text.codePointAt(i) : d;
      if (Character.isLetterOrDigit(cp)) {
        if (!Character.isDigit(cp)) {
          digitsOnly = false;
        }
        segment++;
        i += Character.charCount(cp);
        continue;
      }
      if (i > start && (Chars.isMark(cp) || Chars.isIgnorable(d))) {
        i += Character.charCount(cp);
        continue;
      }
      int next = i + 1 < n ? text.codePointAt(i + 1) : -1;
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
      if ((digitsOnly || d == '.' && CODE_THEN_DIGITS.matcher(text.substring(start, i)).matches())
          && nextAlnum && Character.isDigit(next)
          && (d == '.' || (d == ',' && threeDigitGroup(text, i + 1)))) {
        segment = 0;
        i++;
        continue;
      }
      if (d == '.' && !digitsOnly && initialism && segment == 1) {
        // U.S., U.N., a.m.: single letters each followed by a period
        if (nextAlnum && Character.isLetter(next) && !Character.isSupplementaryCodePoint(next)
            && (i + 2 >= n || text.charAt(i + 2) == '.')) {
          segment = 0;
          i++;
          continue;
        }
        if (i - start >= 3 && text.charAt(i - 2) == '.') {
          i++; // the final period of an initialism of two letters or more
        }
      }
      break;
    }
    return ((long) i << 1) | (digitsOnly ? 1 : 0);
  }

  // "USD62.09", "RM1.6": a currency code of two or three capitals glued to digits keeps its decimals
  private static final Pattern CODE_THEN_DIGITS = Pattern.compile("[A-Z]{2,3}[0-9]+");

  // 257,200 and 1,000,000: a comma joins digits only before a group of exactly three
  private static boolean threeDigitGroup(String text, int from) {
    int k = from;
    while (k < text.length() && k - from < 4 && Character.isDigit(text.charAt(k))) {
      k++;
    }
    return k - from == 3;
  }
}
