package dev.entente.model;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in an ISO 4217 currency. Amounts are never negative and compare by value:
 * {@code 4E+9} and {@code 4000000000.00} are the same amount.
 *
 * <pre>{@code Money.of("4000000000", "USD")  // 4000000000 USD}</pre>
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Checks the amount and currency.
   *
   * @param amount the amount, not negative
   * @param currency the currency, not null
   * @throws IllegalArgumentException naming the amount when it is negative
   * @throws NullPointerException when the amount or currency is null
   */
  public Money {
    amount = Amounts.nonNegative(amount, "Money amount");
    Checks.notNull(currency, "Money currency");
  }

  /**
   * An amount in a currency.
   *
   * @param amount the amount, not negative
   * @param currencyCode the ISO 4217 code ({@code "USD"}), case and surrounding spaces ignored
   * @return the money
   * @throws IllegalArgumentException naming the value when the amount is negative or the currency unknown
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /**
   * An amount, written as a decimal number, in a currency.
   *
   * @param amount the amount as {@link BigDecimal} reads it ({@code "4000000000"}, {@code "4E+9"}), not negative
   * @param currencyCode the ISO 4217 code ({@code "USD"}), case and surrounding spaces ignored
   * @return the money
   * @throws IllegalArgumentException naming the value when the amount is negative or the currency unknown
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(Amounts.parse(amount, "Money amount"), currency(currencyCode));
  }

  /**
   * A whole amount in a currency.
   *
   * @param amount the amount in whole units, not negative
   * @param currencyCode the ISO 4217 code ({@code "USD"}), case and surrounding spaces ignored
   * @return the money
   * @throws IllegalArgumentException naming the value when the amount is negative or the currency unknown
   */
  public static Money of(long amount, String currencyCode) {
    return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /**
   * Reads the form {@link #toString()} writes: {@code "4000000000 USD"}.
   *
   * @param text the amount and the currency code, separated by white space
   * @return the money
   * @throws IllegalArgumentException naming the text when it is not in that form
   */
  public static Money parse(String text) {
    Checks.notNull(text, "Money text");
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Invalid money: \"" + text + "\" (want \"AMOUNT CUR\")");
    }
    return of(parts[0], parts[1]);
  }

  private static Currency currency(String code) {
    Checks.notNull(code, "Currency code");
    try {
      return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown ISO 4217 currency code: \"" + code + "\"", e);
    }
  }

  /**
   * This amount times {@code factor}, e.g. a scale word's value.
   *
   * @param factor the multiplier, not negative ({@code 1E+9} for "billion")
   * @return the product, in the same currency
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /**
   * The currency's ISO 4217 code.
   *
   * @return the three-letter code, such as {@code USD}
   */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  @Override
  public int compareTo(Money o) {
    int c = currencyCode().compareTo(o.currencyCode());
    return c != 0 ? c : amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currencyCode();
  }
}
