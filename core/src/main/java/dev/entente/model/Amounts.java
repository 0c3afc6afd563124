package dev.entente.model;

import java.math.BigDecimal;

/** Canonical decimal amounts, so that equal amounts are equal records. */
final class Amounts {
  private Amounts() {}

  static BigDecimal canonical(BigDecimal amount) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    // Keep whole numbers at scale 0 so that toString never shows an exponent for them.
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
