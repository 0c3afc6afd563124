package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Token-span helpers the metadata readers share: keys, spacing as written, capitals, dashes. */
final class Spans {

  private Spans() {}

  // words and numbers of tokens [from, to) by key, joined by spaces
  static String keyOf(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key().endsWith(".") ? t.key().substring(0, t.key().length() - 1) : t.key());
    }
    return sb.toString();
  }

  static boolean allCaps(List<Token> tokens, int from, int to) {
    boolean any = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        if (!t.isAllCaps()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  // straight, curly and angle quotation marks
  static boolean isQuote(String s) {
    return s.length() == 1 && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E".indexOf(s.charAt(0)) >= 0;
  }

  static boolean isDash(Token t) {
    return t.isPunct() && (t.text().equals("-") || t.text().equals("--"));
  }

  static int skip(List<Token> tokens, int k, int end, String text) {
    return k < end && tokens.get(k).text().equals(text) ? k + 1 : k;
  }

  // tokens [from, to) as matching sees them, spaced as in the original
  static String joined(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }

  // "NEW DELHI" as "New Delhi", "RIO DE JANEIRO" as "Rio de Janeiro"; initialisms ("D.C.") stay
  static String titleCaseIfCaps(Set<String> particles, List<Token> tokens, int from, int to, String written) {
    if (!allCaps(tokens, from, to)) {
      return written;
    }
    StringBuilder sb = new StringBuilder(written.length());
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i > from && t.start() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      String s = t.text();
      if (!t.isWord() || s.indexOf('.') >= 0) {
        sb.append(s);
        continue;
      }
      int partFrom = 0;
      for (int c = 0; c <= s.length(); c++) {
        if (c == s.length() || s.charAt(c) == '-' || s.charAt(c) == '\'') {
          String part = s.substring(partFrom, c).toLowerCase(Locale.ROOT);
          boolean small = (i > from || partFrom > 0) && (particles.contains(part) || part.equals("of") || part.equals("au")
              || part.equals("the") || part.equals("and") || (part.length() == 1 && partFrom > 0 && s.charAt(partFrom - 1) == '\''));
          sb.append(small || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
          if (c < s.length()) {
            sb.append(s.charAt(c));
          }
          partFrom = c + 1;
        }
      }
    }
    return sb.toString();
  }

  /** The words of [from, to) without quotation marks: "[ABBREVIATION] “[Name]”" is "[ABBREVIATION] [Name]". */
  static String unquoted(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct() && isQuote(t.text())) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }
}
