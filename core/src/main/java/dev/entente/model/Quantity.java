package dev.entente.model;

import java.math.BigDecimal;

/**
 * An amount of something counted or measured: {@code 257200 t} of wheat, {@code 1500000 doses}.
 * The unit is a symbol where one exists ({@code t}, {@code kg}, {@code bbl}, {@code MW}), else the
 * counted noun as written in the plural ({@code doses}, {@code sets}).
 */
public record Quantity(BigDecimal amount, String unit) implements Comparable<Quantity> {

  /**
   * Checks the amount and unit and strips the unit of surrounding spaces.
   *
   * @param amount the amount, not negative
   * @param unit the unit symbol or counted noun, not blank; stripped
   * @throws IllegalArgumentException naming the value when the amount is negative or the unit blank
   */
  public Quantity {
    amount = Amounts.nonNegative(amount, "Quantity amount");
    unit = Checks.notBlank(unit, "Quantity unit").strip();
  }

  /**
   * An amount of a unit.
   *
   * @param amount the amount, not negative
   * @param unit the unit symbol ({@code t}) or the counted noun in the plural ({@code doses}), not blank
   * @return the quantity
   * @throws IllegalArgumentException naming the value when the amount is negative or the unit blank
   */
  public static Quantity of(BigDecimal amount, String unit) {
    return new Quantity(amount, unit);
  }

  /**
   * An amount, written as a decimal number, of a unit.
   *
   * @param amount the amount as {@link BigDecimal} reads it ({@code "257200"}), not negative
   * @param unit the unit symbol ({@code t}) or the counted noun in the plural ({@code doses}), not blank
   * @return the quantity
   * @throws IllegalArgumentException naming the value when the amount is negative or the unit blank
   */
  public static Quantity of(String amount, String unit) {
    return new Quantity(Amounts.parse(amount, "Quantity amount"), unit);
  }

  /**
   * A whole amount of a unit.
   *
   * @param amount the amount, not negative
   * @param unit the unit symbol ({@code t}) or the counted noun in the plural ({@code doses}), not blank
   * @return the quantity
   * @throws IllegalArgumentException naming the value when the amount is negative or the unit blank
   */
  public static Quantity of(long amount, String unit) {
    return new Quantity(BigDecimal.valueOf(amount), unit);
  }

  @Override
  public int compareTo(Quantity o) {
    int c = unit.compareTo(o.unit);
    return c != 0 ? c : amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit;
  }
}
