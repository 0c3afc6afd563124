package dev.entente.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of weapons or defence facilities from a supplier state to a recipient: the items as
 * written ({@code "AK-103 Kalashnikov rifles"}), how many where stated, the value, when it was
 * signed and when the items were (or are expected to be) delivered. An aggregate with no items
 * ({@code contracts worth around $11 billion}) has a value instead.
 *
 * <pre>{@code
 * ArmsContract rifles = ArmsContract.builder()
 *     .supplier(Country.of("RUS")).recipient(Country.of("VEN"))
 *     .item("AK-103 Kalashnikov rifles").signed(EdtfDate.ofYear(2005))
 *     .build();
 * }</pre>
 */
public record ArmsContract(
    @Nullable Country supplier,
    @Nullable Country recipient,
    List<String> items,
    @Nullable Quantity quantity,
    @Nullable Money value,
    @Nullable EdtfDate signed,
    @Nullable EdtfDate delivered,
    Qualifier qualifier,
    List<Span> evidence)
    implements Fact {

  public ArmsContract {
    items = Checks.copyNotBlank(items, "ArmsContract items");
    if (items.isEmpty() && value == null) {
      throw new IllegalArgumentException("An ArmsContract needs items or a value");
    }
    Checks.notNull(qualifier, "ArmsContract qualifier");
    evidence = Checks.copy(evidence, "ArmsContract evidence");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().supplier(supplier).recipient(recipient).items(items).quantity(quantity)
        .value(value).signed(signed).delivered(delivered).qualifier(qualifier).evidence(evidence);
  }

  /** Builds an {@link ArmsContract}; {@link #build()} validates. */
  public static final class Builder {
    private @Nullable Country supplier;
    private @Nullable Country recipient;
    private final List<String> items = new ArrayList<>();
    private @Nullable Quantity quantity;
    private @Nullable Money value;
    private @Nullable EdtfDate signed;
    private @Nullable EdtfDate delivered;
    private Qualifier qualifier = Qualifier.EXACT;
    private final List<Span> evidence = new ArrayList<>();

    private Builder() {}

    public Builder supplier(@Nullable Country v) { this.supplier = v; return this; }
    public Builder recipient(@Nullable Country v) { this.recipient = v; return this; }
    public Builder item(String v) { items.add(v); return this; }
    public Builder items(List<String> v) { items.clear(); items.addAll(v); return this; }
    public Builder quantity(@Nullable Quantity v) { this.quantity = v; return this; }
    public Builder value(@Nullable Money v) { this.value = v; return this; }
    public Builder signed(@Nullable EdtfDate v) { this.signed = v; return this; }
    public Builder delivered(@Nullable EdtfDate v) { this.delivered = v; return this; }
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    public Builder evidence(Span v) { evidence.add(v); return this; }
    public Builder evidence(List<Span> v) { evidence.clear(); evidence.addAll(v); return this; }

    public ArmsContract build() {
      return new ArmsContract(supplier, recipient, items, quantity, value, signed, delivered, qualifier, evidence);
    }
  }
}
