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

  /**
   * Checks the parts and copies the lists.
   *
   * @param supplier the supplying state, or null when the article does not say
   * @param recipient the receiving state, or null when the article does not say
   * @param items the items as written, not null; copied; none blank
   * @param quantity how many items, or null
   * @param value the money it is worth, or null
   * @param signed when it was signed, or null when the article does not say
   * @param delivered when the items were, or are to be, delivered, or null
   * @param qualifier how exact the report says the numbers are, not null
   * @param evidence the spans of the text it was read from, not null; copied
   * @throws IllegalArgumentException when there are neither items nor a value, or an item is blank
   * @throws NullPointerException naming the part when a required part, a list or an element is null
   */
  public ArmsContract {
    items = Checks.copyNotBlank(items, "ArmsContract items");
    if (items.isEmpty() && value == null) {
      throw new IllegalArgumentException("An ArmsContract needs items or a value");
    }
    Checks.notNull(qualifier, "ArmsContract qualifier");
    evidence = Checks.copy(evidence, "ArmsContract evidence");
  }

  /**
   * A builder for a contract with no parts yet and an {@link Qualifier#EXACT} qualifier.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this fact's parts, to make an edited copy.
   *
   * @return the builder
   */
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

    /**
     * Sets the state that supplies the weapons.
     *
     * @param v the supplier, or null when the article does not say
     * @return this builder
     */
    public Builder supplier(@Nullable Country v) { this.supplier = v; return this; }
    /**
     * Sets the state that receives them.
     *
     * @param v the recipient, or null when the article does not say
     * @return this builder
     */
    public Builder recipient(@Nullable Country v) { this.recipient = v; return this; }
    /**
     * Adds an item as written ({@code "AK-103 Kalashnikov rifles"}).
     *
     * @param v the item, not blank
     * @return this builder
     */
    public Builder item(String v) { items.add(v); return this; }
    /**
     * Replaces the items.
     *
     * @param v the items, not null; copied
     * @return this builder
     */
    public Builder items(List<String> v) { items.clear(); items.addAll(v); return this; }
    /**
     * Sets how many items, where stated.
     *
     * @param v the quantity, or null
     * @return this builder
     */
    public Builder quantity(@Nullable Quantity v) { this.quantity = v; return this; }
    /**
     * Sets what the contract is worth.
     *
     * @param v the value in the currency reported, or null
     * @return this builder
     */
    public Builder value(@Nullable Money v) { this.value = v; return this; }
    /**
     * Sets when the contract was signed.
     *
     * @param v the date, or null when the article does not say
     * @return this builder
     */
    public Builder signed(@Nullable EdtfDate v) { this.signed = v; return this; }
    /**
     * Sets when the items were, or are expected to be, delivered.
     *
     * @param v the date, or null when the article does not say
     * @return this builder
     */
    public Builder delivered(@Nullable EdtfDate v) { this.delivered = v; return this; }
    /**
     * Sets how exact the report says the count or value is.
     *
     * @param v the qualifier, not null; {@link Qualifier#EXACT} by default
     * @return this builder
     */
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    /**
     * Adds a span of the text that tells this fact.
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
     * Builds the armsContract, validating as its constructor does.
     *
     * @return the built value
     * @throws IllegalArgumentException when there are neither items nor a value
     */
    public ArmsContract build() {
      return new ArmsContract(supplier, recipient, items, quantity, value, signed, delivered, qualifier, evidence);
    }
  }
}
