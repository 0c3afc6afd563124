package dev.entente.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An amount of money in an ISO 4217 currency: a current one, or a historic one (ISO 4217 list
 * three, such as {@code SUR}, the Soviet rouble) that reports of earlier decades write amounts in.
 * Amounts are never negative and compare by value: {@code 4E+9} and {@code 4000000000.00} are the
 * same amount.
 *
 * <pre>{@code Money.of("4000000000", "USD")  // 4000000000 USD}</pre>
 *
 * @param amount the amount, not negative
 * @param currencyCode the three-letter ISO 4217 code, upper case
 */
public record Money(BigDecimal amount, String currencyCode) implements Comparable<Money> {

  /** Historic ISO 4217 codes the JDK's currency table lacks (iso4217-historic.txt). */
  private static final Set<String> HISTORIC = historic();

  /**
   * Checks the amount and currency code.
   *
   * @param amount the amount, not negative
   * @param currencyCode an ISO 4217 code, current or historic; case and surrounding spaces ignored
   * @throws IllegalArgumentException naming the value when the amount is negative or the code unknown
   * @throws NullPointerException when the amount or code is null
   */
  public Money {
    amount = Amounts.nonNegative(amount, "Money amount");
    currencyCode = code(currencyCode);
  }

  /**
   * An amount in a currency the JDK knows.
   *
   * @param amount the amount, not negative
   * @param currency the currency
   * @throws IllegalArgumentException naming the amount when it is negative
   * @throws NullPointerException when the amount or currency is null
   */
  public Money(BigDecimal amount, Currency currency) {
    this(amount, Checks.notNull(currency, "Money currency").getCurrencyCode());
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
    return new Money(amount, currencyCode);
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
    return new Money(Amounts.parse(amount, "Money amount"), currencyCode);
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
    return new Money(BigDecimal.valueOf(amount), currencyCode);
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

  /** The code in upper case, checked against the JDK's table and the historic codes. */
  private static String code(String code) {
    Checks.notNull(code, "Currency code");
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (HISTORIC.contains(c)) {
      return c;
    }
    try {
      return Currency.getInstance(c).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown ISO 4217 currency code: \"" + code + "\"", e);
    }
  }

  private static Set<String> historic() {
    Set<String> out = new HashSet<>();
    try (InputStream in = Money.class.getResourceAsStream("iso4217-historic.txt")) {
      if (in == null) {
        throw new IllegalStateException("iso4217-historic.txt is missing beside " + Money.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.substring(0, line.indexOf('|')).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /**
   * The currency as the JDK knows it, if it does: empty for a historic code its table lacks
   * ({@code SUR}).
   *
   * @return the currency, or empty
   */
  public Optional<Currency> currency() {
    if (HISTORIC.contains(currencyCode)) {
      return Optional.empty();
    }
    return Optional.of(Currency.getInstance(currencyCode));
  }

  /**
   * This amount times {@code factor}, e.g. a scale word's value.
   *
   * @param factor the multiplier, not negative ({@code 1E+9} for "billion")
   * @return the product, in the same currency
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currencyCode);
  }

  @Override
  public int compareTo(Money o) {
    int c = currencyCode.compareTo(o.currencyCode);
    return c != 0 ? c : amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currencyCode;
  }
}
