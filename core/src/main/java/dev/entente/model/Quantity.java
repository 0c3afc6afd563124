package dev.entente.model;

import java.math.BigDecimal;

/**
 * An amount of something counted or measured: {@code 257200 t} of wheat, {@code 1500000 doses}.
 * The unit is a symbol where one exists ({@code t}, {@code kg}, {@code bbl}, {@code MW}), else the
 * counted noun as written in the plural ({@code doses}, {@code sets}).
 */
public record Quantity(BigDecimal amount, String unit) implements Comparable<Quantity> {

  public Quantity {
    amount = Amounts.nonNegative(amount, "Quantity amount");
    unit = Checks.notBlank(unit, "Quantity unit").strip();
  }

  public static Quantity of(BigDecimal amount, String unit) {
    return new Quantity(amount, unit);
  }

  public static Quantity of(String amount, String unit) {
    return new Quantity(Amounts.parse(amount, "Quantity amount"), unit);
  }

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
