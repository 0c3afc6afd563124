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

  /**
   * Checks the parts, writes the change in its canonical scale and copies the evidence.
   *
   * @param flow what moves, not null
   * @param reporter the state whose figure it is, or null when the report does not say
   * @param partner the state on the other side, or null for the reporter's total
   * @param value the money the figure is worth, or null
   * @param quantity the physical amount, or null
   * @param changePercent the change in percent, negative for a fall, or null
   * @param commodity what is traded as written, or null for trade as a whole; not blank
   * @param period the time the figure covers, or null
   * @param qualifier how exact the report says the numbers are, not null
   * @param evidence the spans of the text it was read from, not null; copied
   * @throws IllegalArgumentException when value, quantity and change are all null, or the commodity is blank
   * @throws NullPointerException naming the part when the flow, qualifier or evidence is null
   */
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

  /**
   * A builder for a figure of {@code flow}, with an {@link Qualifier#EXACT} qualifier and no other part.
   *
   * @param flow what moves: exports, imports, investment, aid or a loan
   * @return the builder
   */
  public static Builder builder(Flow flow) {
    return new Builder(flow);
  }

  /**
   * A builder holding this figure's parts, to make an edited copy.
   *
   * @return the builder
   */
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

    /**
     * Sets what moves.
     *
     * @param v the flow, not null
     * @return this builder
     */
    public Builder flow(Flow v) { this.flow = v; return this; }
    /**
     * Sets the state whose figure it is: the exporter of exports, the importer of imports, the giver of aid or investment.
     *
     * @param v the reporting state, or null when the report does not say
     * @return this builder
     */
    public Builder reporter(@Nullable Country v) { this.reporter = v; return this; }
    /**
     * Sets the state on the other side of the flow.
     *
     * @param v the partner state, or null when the figure is the reporter's total
     * @return this builder
     */
    public Builder partner(@Nullable Country v) { this.partner = v; return this; }
    /**
     * Sets the money the figure is worth.
     *
     * @param v the value in the currency reported, or null when the figure gives none
     * @return this builder
     */
    public Builder value(@Nullable Money v) { this.value = v; return this; }
    /**
     * Sets the physical amount, such as barrels or tonnes.
     *
     * @param v the quantity with its unit, or null when the figure gives none
     * @return this builder
     */
    public Builder quantity(@Nullable Quantity v) { this.quantity = v; return this; }
    /**
     * Sets the change the report gives, in percent.
     *
     * @param v the change, negative for a fall ({@code -5} is a 5% fall), or null
     * @return this builder
     */
    public Builder changePercent(@Nullable BigDecimal v) { this.changePercent = v; return this; }
    /**
     * Sets what is traded, as the report names it.
     *
     * @param v the commodity ({@code "crude oil"}), or null for trade as a whole; not blank
     * @return this builder
     */
    public Builder commodity(@Nullable String v) { this.commodity = v; return this; }
    /**
     * Sets the time the figure covers.
     *
     * @param v the period ({@code 2017}, {@code 2019-01/2019-06}), or null when the report gives none
     * @return this builder
     */
    public Builder period(@Nullable EdtfDate v) { this.period = v; return this; }
    /**
     * Sets how exact the report says the figure is.
     *
     * @param v the qualifier, not null; {@link Qualifier#EXACT} by default
     * @return this builder
     */
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    /**
     * Adds a span of the text that tells the figure.
     *
     * @param v the span, not null
     * @return this builder
     */
    public Builder evidence(Span v) { evidence.add(v); return this; }
    /**
     * Replaces the evidence spans.
     *
     * @param v the spans, not null; copied
     * @return this builder
     */
    public Builder evidence(List<Span> v) { evidence.clear(); evidence.addAll(v); return this; }

    /**
     * Builds the figure, validating as its constructor does.
     *
     * @return the figure
     * @throws IllegalArgumentException when value, quantity and change are all null
     */
    public TradeFigure build() {
      return new TradeFigure(flow, reporter, partner, value, quantity, changePercent, commodity, period, qualifier, evidence);
    }
  }
}
