package dev.entente.parse.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage: its value in percent, and whether it is a change ({@code grew by 10%} is +10,
 * {@code fell 5%} is -5) rather than a share or a level ({@code 80 percent of its equipment}).
 */
public record Percentage(BigDecimal value, boolean change) {

  /**
   * Checks the value.
   *
   * @param value the value in percent, negative for a fall
   * @param change true for a change ({@code grew by 10%}), false for a share or a level
   * @throws NullPointerException when the value is null
   */
  public Percentage {
    Objects.requireNonNull(value, "Percentage value must not be null");
  }
}
