package dev.entente.parse.normalize;

import dev.entente.model.Money;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as a text gives it: the amount ({@code low} end of a range), the range's
 * {@code high} end if any ({@code $2-3 billion}), and equivalents in other currencies given in
 * brackets ({@code €5bn ($5.6bn)} is one amount with one equivalent).
 */
public record MoneyAmount(Money money, @Nullable Money high, List<Money> equivalents) {

  /**
   * Checks the parts and copies the equivalents.
   *
   * @param money the amount, or a range's low end
   * @param high a range's high end, or null for a single amount
   * @param equivalents the amounts in other currencies given in brackets; copied
   * @throws IllegalArgumentException naming both ends when they differ in currency
   * @throws NullPointerException when the amount or equivalents are null
   */
  public MoneyAmount {
    Objects.requireNonNull(money, "MoneyAmount money must not be null");
    equivalents = List.copyOf(equivalents);
    if (high != null && !high.currencyCode().equals(money.currencyCode())) {
      throw new IllegalArgumentException("A range's ends must share a currency: " + money + " - " + high);
    }
  }
}
