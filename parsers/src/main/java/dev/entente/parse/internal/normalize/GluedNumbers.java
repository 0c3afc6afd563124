package dev.entente.parse.internal.normalize;

import dev.entente.parse.internal.normalize.NumberReader.Num;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Numbers glued to the letters of their currency ("Rs5.6 billion", "$A1.8 billion", "$US87 million"),
 * whose decimals the tokens part ("Rs5" "." "6").
 */
final class GluedNumbers {
  private final NumberReader numbers;

  GluedNumbers(NumberReader numbers) {
    this.numbers = numbers;
  }

  /**
   * How many capitals (one to three) of token {@code at} stand between the symbol at {@code sym},
   * written right before it, and digits ("A" of "$A1", "US" of "$US87"); -1 when none do.
   */
  static int stateLetters(List<Token> tokens, int sym, int at) {
    Token t = tokens.get(at);
    if (tokens.get(sym).end() != t.start() || !t.isWord()) {
      return -1;
    }
    String text = t.text();
    int k = 0;
    while (k < Math.min(3, text.length()) && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
      k++;
    }
    return k > 0 && k < text.length() && Character.isDigit(text.charAt(k)) ? k : -1;
  }

  /**
   * The number glued after the {@code offset} letters of token {@code at}, with its decimals or its
   * groups of thousands when the tokens part them ("Rs5" "." "6 billion" is 5.6 billion, "Sh1" "."
   * "1bn" is 1.1 billion, "Sh1" "," "100" is 1,100); null when none is.
   */
  @Nullable Num read(List<Token> tokens, int at, int limit, int offset) {
    Num n = numbers.readAfter(tokens, at, limit, offset);
    if (n == null || n.end() != at + 1 || at + 2 >= limit) {
      return n;
    }
    Token t = tokens.get(at);
    Token sep = tokens.get(at + 1);
    Token next = tokens.get(at + 2);
    String whole = t.text().substring(offset);
    if (sep.start() != t.end() || next.start() != sep.end() || !allDigits(whole)) {
      return n;
    }
    if (sep.is(".")) {
      // the decimals, a number or digits with a scale glued to them ("6", "1bn")
      int digits = leadingDigits(next.text());
      Num m = next.isNumber() ? numbers.read(tokens, at + 2, limit)
          : digits > 0 ? numbers.readAfter(tokens, at + 2, limit, 0) : null;
      if (m == null || m.high() != null || m.first() != at + 2 || digits == 0) {
        return n;
      }
      BigDecimal value = new BigDecimal(whole + "." + next.text().substring(0, digits)).multiply(m.scale());
      return new Num(at, m.end(), value, null, m.scale(), m.tail(), false);
    }
    if (sep.is(",") && whole.length() <= 3 && next.isNumber() && isGroups(next.text())) {
      Num m = numbers.read(tokens, at + 2, limit);
      if (m == null || m.high() != null || m.first() != at + 2) {
        return n;
      }
      BigDecimal value = new BigDecimal(whole + next.text().replace(",", "")).multiply(m.scale());
      return new Num(at, m.end(), value, null, m.scale(), m.tail(), false);
    }
    return n;
  }

  /** How many digits a text starts with. */
  private static int leadingDigits(String s) {
    int k = 0;
    while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  /** Groups of three digits parted by commas, with decimals after a point or none ("100", "100,000.5"). */
  private static boolean isGroups(String s) {
    int point = s.indexOf('.');
    String groups = point < 0 ? s : s.substring(0, point);
    if (point >= 0 && !allDigits(s.substring(point + 1))) {
      return false;
    }
    for (String g : groups.split(",", -1)) {
      if (g.length() != 3 || !allDigits(g)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
