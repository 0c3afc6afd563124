package dev.entente.parse.normalize;

import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import java.util.Objects;

/**
 * What a normalizer read: the value, where in the text it was read, and how exact the text says it
 * is ({@code about $4 billion} is {@link Qualifier#ABOUT}; dates are {@link Qualifier#EXACT}).
 *
 * @param <T> the value's type: a {@code BigDecimal}, {@link MoneyAmount}, {@code Quantity},
 *     {@link Percentage} or {@code EdtfDate}
 */
public record Reading<T>(T value, Span span, Qualifier qualifier) {

  /**
   * Checks that no part is null.
   *
   * @param value the value read
   * @param span where in the text it was read
   * @param qualifier how exact the text says it is
   * @throws NullPointerException naming the part that is null
   */
  public Reading {
    Objects.requireNonNull(value, "Reading value must not be null");
    Objects.requireNonNull(span, "Reading span must not be null");
    Objects.requireNonNull(qualifier, "Reading qualifier must not be null");
  }

  /**
   * The words this reading was read from.
   *
   * @param text the text the reading was read from
   * @return the words its span covers
   * @throws IndexOutOfBoundsException when the span reaches past the end of {@code text}
   */
  public String text(String text) {
    return span.text(text);
  }
}
