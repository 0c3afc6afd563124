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
   * The number glued after the {@code offset} letters of token {@code at}, with its decimals when the
   * tokens part them ("Rs5" "." "6 billion" is 5.6 billion); null when none is.
   */
  @Nullable Num read(List<Token> tokens, int at, int limit, int offset) {
    Num n = numbers.readAfter(tokens, at, limit, offset);
    if (n == null || n.end() != at + 1 || at + 2 >= limit) {
      return n;
    }
    Token t = tokens.get(at);
    Token dot = tokens.get(at + 1);
    Token frac = tokens.get(at + 2);
    String whole = t.text().substring(offset);
    if (!dot.is(".") || dot.start() != t.end() || frac.start() != dot.end() || !frac.isNumber()
        || !allDigits(whole) || !allDigits(frac.text())) {
      return n;
    }
    Num m = numbers.read(tokens, at + 2, limit);
    if (m == null || m.high() != null || m.first() != at + 2) {
      return n;
    }
    BigDecimal value = new BigDecimal(whole + "." + frac.text()).multiply(m.scale());
    return new Num(at, m.end(), value, null, m.scale(), m.tail(), false);
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
