package dev.entente.parse.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s in one pass, keeping offsets into the original. */
public final class Tokenizer {

  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStart = true;
        i++;
        continue;
      }
      if (Chars.isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isLetterOrDigit(c)) {
        boolean digitsOnly = true;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            if (!Character.isDigit(d)) {
              digitsOnly = false;
            }
            i++;
            continue;
          }
          char p = Chars.plain(d);
          boolean nextAlnum = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
          if (nextAlnum && (p == '-' || p == '\'')) {
            if (p == '-' && digitsOnly) {
              // 2015-2018 stays one number token only when both sides are digits
              if (!Character.isDigit(text.charAt(i + 1))) {
                digitsOnly = false;
              }
            }
            i++;
            continue;
          }
          if (nextAlnum && (d == '.' || d == ',') && digitsOnly && Character.isDigit(text.charAt(i + 1))) {
            i++;
            continue;
          }
          if (d == '.' && !digitsOnly && i - start == 1 && nextAlnum && Character.isLetter(text.charAt(i + 1))) {
            // initialisms such as U.S. and U.N.: letter, period, letter, period
            i++;
            continue;
          }
          if (d == '.' && !digitsOnly && i >= 2 && text.charAt(i - 2) == '.') {
            i++; // the final period of an initialism
            break;
          }
          break;
        }
        kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
      } else {
        i++;
        // keep a surrogate pair together
        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
          i++;
        }
        kind = Token.Kind.PUNCT;
      }
      String raw = text.substring(start, i);
      String norm = normalize(raw);
      out.add(new Token(out.size(), start, i, norm, Keys.of(norm), kind, lineStart));
      lineStart = false;
    }
    return out;
  }

  private static String normalize(String raw) {
    StringBuilder sb = null;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      char p = Chars.plain(c);
      if (p != c) {
        if (sb == null) {
          sb = new StringBuilder(raw);
        }
        sb.setCharAt(k, p);
      }
    }
    String s = sb == null ? raw : sb.toString();
    return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)
        ? s
        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }
}
