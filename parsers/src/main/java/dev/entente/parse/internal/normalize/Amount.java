package dev.entente.parse.internal.normalize;

import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One amount read over tokens {@code [first, end)}: a plain number, money (with its {@code currency}),
 * a quantity (with its {@code unit}) or a percentage ({@code change} or share; negative for a fall).
 * {@code high} is a range's upper end; {@code equivalents} are amounts given in brackets after money.
 */
public record Amount(Kind kind, int first, int end, BigDecimal value, @Nullable BigDecimal high, Qualifier qualifier,
    @Nullable String currency, List<Money> equivalents, @Nullable String unit, boolean counted, boolean change) {

  public enum Kind { NUMBER, MONEY, QUANTITY, PERCENT }

  public Amount {
    equivalents = List.copyOf(equivalents);
    value = canonical(value);
    high = high == null ? null : canonical(high);
  }

  // 1.5 million is 1500000, not 1500000.0
  static BigDecimal canonical(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (v.scale() == 0) {
      return v; // a whole number without exponent is already canonical
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public Money money() {
    return Money.of(value, currency == null ? "XXX" : currency);
  }

  public @Nullable Money highMoney() {
    return high == null ? null : Money.of(high, currency == null ? "XXX" : currency);
  }
}
