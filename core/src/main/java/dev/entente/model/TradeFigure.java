package dev.entente.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A figure of trade, investment, aid or lending between two states: {@code Brazil's exports to
 * Angola reached $84 million last year} (published in 2018) is an {@link Flow#EXPORT} with reporter
 * BRA, partner AGO, value 84000000 USD and period 2017. A value and its change told in one sentence are one
 * figure; {@code changePercent} is negative for a fall. At least one of value, quantity and change
 * is present.
 *
 * <pre>{@code
 * TradeFigure exports = TradeFigure.builder(Flow.EXPORT)
 *     .reporter(Country.of("BRA")).partner(Country.of("AGO"))
 *     .value(Money.of(84_000_000, "USD")).period(EdtfDate.ofYear(2017))
 *     .build();                                // build() validates
 * TradeFigure fell = exports.toBuilder().changePercent(new BigDecimal("-5")).build();
 * }</pre>
 */
public record TradeFigure(
    Flow flow,
    @Nullable Country reporter,
    @Nullable Country partner,
    @Nullable Money value,
    @Nullable Quantity quantity,
    @Nullable BigDecimal changePercent,
    @Nullable String commodity,
    @Nullable EdtfDate period,
    Qualifier qualifier,
    List<Span> evidence)
    implements Fact {

  public TradeFigure {
    Checks.notNull(flow, "TradeFigure flow");
    if (value == null && quantity == null && changePercent == null) {
      throw new IllegalArgumentException("A TradeFigure needs a value, a quantity or a change (" + flow + ")");
    }
    if (changePercent != null) {
      changePercent = Amounts.canonical(changePercent, "TradeFigure changePercent");
    }
    commodity = Checks.blankToNull(commodity, "TradeFigure commodity");
    Checks.notNull(qualifier, "TradeFigure qualifier");
    evidence = Checks.copy(evidence, "TradeFigure evidence");
  }

  public static Builder builder(Flow flow) {
    return new Builder(flow);
  }

  public Builder toBuilder() {
    return new Builder(flow).reporter(reporter).partner(partner).value(value).quantity(quantity)
        .changePercent(changePercent).commodity(commodity).period(period).qualifier(qualifier)
        .evidence(evidence);
  }

  /** Builds a {@link TradeFigure}; {@link #build()} validates. */
  public static final class Builder {
    private Flow flow;
    private @Nullable Country reporter;
    private @Nullable Country partner;
    private @Nullable Money value;
    private @Nullable Quantity quantity;
    private @Nullable BigDecimal changePercent;
    private @Nullable String commodity;
    private @Nullable EdtfDate period;
    private Qualifier qualifier = Qualifier.EXACT;
    private final List<Span> evidence = new ArrayList<>();

    private Builder(Flow flow) {
      this.flow = flow;
    }

    public Builder flow(Flow v) { this.flow = v; return this; }
    public Builder reporter(@Nullable Country v) { this.reporter = v; return this; }
    public Builder partner(@Nullable Country v) { this.partner = v; return this; }
    public Builder value(@Nullable Money v) { this.value = v; return this; }
    public Builder quantity(@Nullable Quantity v) { this.quantity = v; return this; }
    public Builder changePercent(@Nullable BigDecimal v) { this.changePercent = v; return this; }
    public Builder commodity(@Nullable String v) { this.commodity = v; return this; }
    public Builder period(@Nullable EdtfDate v) { this.period = v; return this; }
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    public Builder evidence(Span v) { evidence.add(v); return this; }
    public Builder evidence(List<Span> v) { evidence.clear(); evidence.addAll(v); return this; }

    public TradeFigure build() {
      return new TradeFigure(flow, reporter, partner, value, quantity, changePercent, commodity, period, qualifier, evidence);
    }
  }
}
