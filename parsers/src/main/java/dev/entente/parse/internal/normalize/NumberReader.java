package dev.entente.parse.internal.normalize;

import dev.entente.parse.internal.normalize.Lexicon.NumberKind;
import dev.entente.parse.internal.normalize.Lexicon.NumberWord;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one number at a token position: digits ({@code 257,200}, {@code 85.2}, {@code 2-3}), digits
 * with a scale ({@code 1.5 million}, {@code 4bn}, {@code 5,000 crore}), and words ({@code eleven},
 * {@code twenty-four}, {@code a dozen}, {@code one hundred and five}).
 */
final class NumberReader {

  /**
   * A number over tokens {@code [first, end)}. {@code high} is a range's upper end ({@code 2-3});
   * {@code scale} the multiplier a scale word applied (1 if none); {@code tail} the hyphenated or
   * glued words left in its last token ({@code billion-dollar} leaves {@code dollar}, {@code 500MW}
   * leaves {@code mw}); {@code plain} says it is one digits-only token without separators.
   */
  record Num(int first, int end, BigDecimal value, @Nullable BigDecimal high, BigDecimal scale,
      List<String> tail, boolean plain) {}

  private final Lexicon lex;

  NumberReader(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The number that starts at token {@code i} and ends before {@code limit}, or null; a number the
   * model cannot hold (more than 30 digits before the point or 20 after, as {@code Money} and
   * {@code Quantity} require) is not read, so hostile digit runs never reach the model.
   */
  @Nullable Num read(List<Token> tokens, int i, int limit) {
    Num n = readAny(tokens, i, limit);
    return n == null || fitsTheModel(n.value()) && (n.high() == null || fitsTheModel(n.high())) ? n : null;
  }

  private static boolean fitsTheModel(BigDecimal v) {
    if (v.signum() == 0) {
      return true;
    }
    // stripping trailing zeros keeps the digits before the point and only lowers the scale
    if ((long) v.precision() - v.scale() > 30) {
      return false;
    }
    return v.scale() <= 20 || v.stripTrailingZeros().scale() <= 20;
  }

  private @Nullable Num readAny(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    if (t.isNumber()) {
      String s = t.text();
      int dash = s.indexOf('-');
      BigDecimal v;
      BigDecimal high = null;
      if (dash >= 0) {
        if (s.indexOf('-', dash + 1) >= 0) {
          return null;
        }
        v = digits(s.substring(0, dash));
        high = digits(s.substring(dash + 1));
        if (v == null || high == null || high.compareTo(v) <= 0) {
          return null;
        }
      } else {
        v = digits(s);
        if (v == null) {
          return null;
        }
      }
      boolean plain = high == null && s.indexOf(',') < 0 && s.indexOf('.') < 0;
      return scaled(tokens, i, i + 1, limit, v, high, BigDecimal.ONE, List.of(), plain);
    }
    if (!t.isWord()) {
      return null;
    }
    String key = t.key();
    if (!Character.isDigit(key.charAt(0))) {
      // most words are no numbers: one lookup before any splitting
      int dash = key.indexOf('-');
      String head = dash < 0 ? key : key.substring(0, dash);
      if (!lex.numberWords.containsKey(head)) {
        if (!(head.equals("a") || head.equals("an")) || i + 1 >= limit) {
          return null;
        }
        String next = tokens.get(i + 1).key();
        int nd = next.indexOf('-');
        if (!lex.numberWords.containsKey(nd < 0 ? next : next.substring(0, nd))) {
          return null;
        }
      }
    }
    String[] parts = key.split("-");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    if (Character.isDigit(parts[0].charAt(0))) {
      return gluedDigits(tokens, i, limit, parts);
    }
    return words(tokens, i, limit);
  }

  /**
   * The number glued after the first {@code offset} characters of token {@code i}'s key, the digits
   * of "USD1", "EUR500m" and "RM1.6" after their currency code, or null.
   */
  @Nullable Num readAfter(List<Token> tokens, int i, int limit, int offset) {
    String[] parts = tokens.get(i).key().substring(offset).split("-");
    if (parts.length == 0 || parts[0].isEmpty() || !Character.isDigit(parts[0].charAt(0))) {
      return null;
    }
    Num n = gluedDigits(tokens, i, limit, parts);
    return n == null || fitsTheModel(n.value()) && (n.high() == null || fitsTheModel(n.high())) ? n : null;
  }

  // "4bn", "30-million", "2-3bn", "500MW", "10-percent"
  private @Nullable Num gluedDigits(List<Token> tokens, int i, int limit, String[] parts) {
    String p0 = parts[0];
    int k = numericPrefix(p0);
    BigDecimal v = digits(p0.substring(0, k));
    if (v == null) {
      return null;
    }
    BigDecimal high = null;
    String suffix = p0.substring(k);
    int next = 1;
    if (suffix.isEmpty() && parts.length > 1 && !parts[1].isEmpty() && Character.isDigit(parts[1].charAt(0))) {
      int k2 = numericPrefix(parts[1]);
      high = digits(parts[1].substring(0, k2));
      if (high == null || high.compareTo(v) <= 0) {
        return null;
      }
      suffix = parts[1].substring(k2);
      next = 2;
    }
    BigDecimal scale = BigDecimal.ONE;
    String[] rest = Arrays.copyOfRange(parts, next, parts.length);
    if (!suffix.isEmpty()) {
      NumberWord nw = lex.numberWords.get(suffix);
      if (nw != null && (nw.kind() == NumberKind.SCALE || nw.kind() == NumberKind.ATTACHED)) {
        scale = nw.value();
      } else if (isOrdinalOrPlural(suffix)) {
        return null; // 25th, 1990s, 2018's are dates' business
      } else {
        String[] withSuffix = new String[rest.length + 1];
        withSuffix[0] = suffix;
        System.arraycopy(rest, 0, withSuffix, 1, rest.length);
        rest = withSuffix;
      }
    }
    int r = 0;
    while (r < rest.length) {
      NumberWord nw = lex.numberWords.get(rest[r]);
      if (nw == null || nw.kind() != NumberKind.SCALE) {
        break;
      }
      scale = scale.multiply(nw.value());
      r++;
    }
    List<String> tail = List.of(Arrays.copyOfRange(rest, r, rest.length));
    if (tail.isEmpty()) {
      return scaled(tokens, i, i + 1, limit, v, high, scale, tail, false);
    }
    return new Num(i, i + 1, v.multiply(scale), high == null ? null : high.multiply(scale), scale, tail, false);
  }

  private static boolean isOrdinalOrPlural(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
        || suffix.equals("s") || suffix.startsWith("'");
  }

  private static int numericPrefix(String s) {
    int k = 0;
    while (k < s.length()) {
      char c = s.charAt(k);
      if (Character.isDigit(c)) {
        k++;
      } else if ((c == '.' || c == ',') && k + 1 < s.length() && Character.isDigit(s.charAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  // Scale words after the digits: "1.5 million", "5 lakh crore", "4 billion-dollar".
  private Num scaled(List<Token> tokens, int first, int j, int limit, BigDecimal v, @Nullable BigDecimal high,
      BigDecimal scale, List<String> tail, boolean plain) {
    while (j < limit && tokens.get(j).isWord()) {
      String key = tokens.get(j).key();
      int dash = key.indexOf('-');
      NumberWord nw = lex.numberWords.get(dash < 0 ? key : key.substring(0, dash));
      if (nw == null || nw.kind() != NumberKind.SCALE) {
        break;
      }
      scale = scale.multiply(nw.value());
      plain = false;
      j++;
      if (dash >= 0) {
        tail = List.of(key.substring(dash + 1).split("-"));
        break;
      }
    }
    return new Num(first, j, v.multiply(scale), high == null ? null : high.multiply(scale), scale, tail, plain);
  }

  // Number words: "eleven", "twenty-four", "twenty four", "a dozen", "one hundred and five", "two million".
  private @Nullable Num words(List<Token> tokens, int i, int limit) {
    BigDecimal total = BigDecimal.ZERO;
    long current = 0;
    boolean any = false;
    boolean lastHundred = false;
    BigDecimal scale = BigDecimal.ONE;
    int end = i;
    List<String> tail = List.of();
    tokens:
    for (int j = i; j < limit && tokens.get(j).isWord(); j++) {
      String[] parts = tokens.get(j).key().split("-");
      for (int p = 0; p < parts.length; p++) {
        String w = parts[p];
        String nextWord = p + 1 < parts.length ? parts[p + 1]
            : j + 1 < limit && tokens.get(j + 1).isWord() ? tokens.get(j + 1).key().split("-")[0] : "";
        NumberWord nw = lex.numberWords.get(w);
        if ((w.equals("a") || w.equals("an")) && !any && p == 0) {
          NumberWord nx = lex.numberWords.get(nextWord);
          if (nx != null && (nx.kind() == NumberKind.HUNDRED || nx.kind() == NumberKind.DOZEN
              || nx.kind() == NumberKind.SCALE && nx.value().compareTo(BigDecimal.valueOf(1000)) >= 0)) {
            current = 1;
            continue;
          }
          nw = null;
        } else if (w.equals("and") && any && lastHundred && p == 0) {
          NumberWord nx = lex.numberWords.get(nextWord);
          if (nx != null && (nx.kind() == NumberKind.UNIT || nx.kind() == NumberKind.TEN)) {
            continue;
          }
          nw = null;
        }
        boolean ok = nw != null && (nw.kind() == NumberKind.UNIT || nw.kind() == NumberKind.TEN
            || nw.kind() == NumberKind.HUNDRED || nw.kind() == NumberKind.DOZEN
            || nw.kind() == NumberKind.SCALE && (any || current > 0));
        if (ok && any && !lastHundred) {
          // "twenty four" but not "two three": after a unit only scales follow; after a ten, one unit
          boolean afterTen = current % 10 == 0 && current % 100 >= 20;
          ok = nw.kind() == NumberKind.SCALE || nw.kind() == NumberKind.HUNDRED && current < 100
              || nw.kind() == NumberKind.DOZEN || afterTen && nw.kind() == NumberKind.UNIT && nw.value().intValue() < 10;
        }
        if (!ok) {
          if (p > 0) {
            tail = List.of(Arrays.copyOfRange(parts, p, parts.length));
            end = j + 1;
          }
          break tokens;
        }
        switch (nw.kind()) {
          case UNIT, TEN -> current += nw.value().longValue();
          case HUNDRED -> current = Math.max(current, 1) * 100;
          case DOZEN -> current = Math.max(current, 1) * 12;
          default -> {
            total = total.add(BigDecimal.valueOf(Math.max(current, 1)).multiply(nw.value()));
            scale = nw.value();
            current = 0;
          }
        }
        lastHundred = nw.kind() == NumberKind.HUNDRED || nw.kind() == NumberKind.SCALE;
        any = true;
        end = j + 1;
      }
    }
    if (!any) {
      return null;
    }
    BigDecimal value = total.add(BigDecimal.valueOf(current));
    return new Num(i, end, value, null, scale, tail, false);
  }

  /** The value of digits with thousands separators and one decimal mark, or null. */
  static @Nullable BigDecimal digits(String s) {
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    int commas = 0;
    int dots = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ',') {
        commas++;
      } else if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    String plain;
    if (commas == 0 && dots <= 1) {
      plain = s;
    } else if (dots == 0 && commas == 1 && s.length() - s.indexOf(',') - 1 != 3) {
      plain = s.replace(',', '.'); // a decimal comma: 1,5
    } else if (dots <= 1 && groupsOk(s, ',', dots == 1 ? s.indexOf('.') : s.length())) {
      plain = s.replace(",", "");
    } else if (commas <= 1 && groupsOk(s, '.', commas == 1 ? s.indexOf(',') : s.length())) {
      plain = s.replace(".", "").replace(',', '.'); // 1.234.567,5
    } else {
      return null;
    }
    if (plain.startsWith(".") || plain.endsWith(".")) {
      return null;
    }
    return new BigDecimal(plain);
  }

  // Thousands groups: 1-3 digits, then groups of 3 (or 2, as in Indian 5,00,000) ending in 3.
  private static boolean groupsOk(String s, char sep, int intEnd) {
    char other = sep == ',' ? '.' : ',';
    int groups = 0;
    int start = 0;
    for (int k = 0; k <= intEnd; k++) {
      char c = k < intEnd ? s.charAt(k) : sep;
      if (c == other) {
        return false;
      }
      if (c != sep) {
        continue;
      }
      int len = k - start;
      if (groups == 0 ? len == 0 || len > 3 : !(len == 3 || k < intEnd && len == 2)) {
        return false;
      }
      groups++;
      start = k + 1;
    }
    return groups >= 2;
  }

}
