package dev.entente.model;

import java.math.BigDecimal;

/** Canonical decimal amounts, so that equal amounts are equal records. */
final class Amounts {
  /** Digits before the point: far beyond any real figure, small enough that no amount is a memory bomb. */
  static final int MAX_INTEGER_DIGITS = 30;
  /** Digits after the point. */
  static final int MAX_FRACTION_DIGITS = 20;

  private Amounts() {}

  /**
   * The amount without trailing zeros, whole numbers at scale 0, so that {@code 4E+9} and {@code
   * 4000000000.00} are one value; rejects amounts too large or too finely divided to be real.
   */
  static BigDecimal canonical(BigDecimal amount, String name) {
    Checks.notNull(amount, name);
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    // Checked before any plain rendering: "1E+999999999" must not expand to a billion digits.
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(name + " out of range (at most " + MAX_INTEGER_DIGITS
          + " digits before the point and " + MAX_FRACTION_DIGITS + " after): " + stripped);
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A canonical amount that must not be negative. */
  static BigDecimal nonNegative(BigDecimal amount, String name) {
    BigDecimal canonical = canonical(amount, name);
    if (canonical.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + canonical.toPlainString());
    }
    return canonical;
  }

  static BigDecimal parse(String text, String name) {
    Checks.notNull(text, name);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid " + name + ": \"" + text + "\"", e);
    }
  }
}
