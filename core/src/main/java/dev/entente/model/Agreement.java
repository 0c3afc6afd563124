package dev.entente.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement between states, or a counted set of them ({@code signed 11 agreements} is one
 * record with {@code count} 11). {@code title} is the instrument's name where the article gives
 * one ({@code "Treaty on Friendship and Cooperation"}).
 *
 * <pre>{@code
 * Agreement eleven = Agreement.builder(AgreementKind.AGREEMENT)
 *     .party(Country.of("RUS")).party(Country.of("VEN"))
 *     .count(11).sector("energy").sector("health")
 *     .build();
 * }</pre>
 */
public record Agreement(
    @Nullable String title,
    AgreementKind kind,
    List<Country> parties,
    @Nullable EdtfDate signed,
    @Nullable Integer count,
    Qualifier qualifier,
    List<String> sectors,
    List<Span> evidence)
    implements Fact {

  /**
   * Checks the parts and copies the lists.
   *
   * @param title the name as written, or null when none is given; not blank
   * @param kind what sort of instrument it is, not null
   * @param parties the states party to it, not null; copied
   * @param signed when it was signed, or null when the article does not say
   * @param count how many agreements the record stands for, 1 or more, or null for one
   * @param qualifier how exact the report says the numbers are, not null
   * @param sectors the fields it covers, not null; copied; none blank
   * @param evidence the spans of the text it was read from, not null; copied
   * @throws IllegalArgumentException when the count is below 1, or the title or a sector is blank
   * @throws NullPointerException naming the part when a required part, a list or an element is null
   */
  public Agreement {
    title = Checks.blankToNull(title, "Agreement title");
    Checks.notNull(kind, "Agreement kind");
    parties = Checks.copy(parties, "Agreement parties");
    if (count != null && count < 1) {
      throw new IllegalArgumentException("Agreement count must be >= 1: " + count);
    }
    Checks.notNull(qualifier, "Agreement qualifier");
    sectors = Checks.copyNotBlank(sectors, "Agreement sectors");
    evidence = Checks.copy(evidence, "Agreement evidence");
  }

  /**
   * A builder for an agreement of {@code kind}, with no parties and an {@link Qualifier#EXACT} qualifier.
   *
   * @param kind what sort of instrument it is
   * @return the builder
   */
  public static Builder builder(AgreementKind kind) {
    return new Builder(kind);
  }

  /**
   * A builder holding this fact's parts, to make an edited copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(kind).title(title).signed(signed).count(count).qualifier(qualifier);
    b.parties.addAll(parties);
    b.sectors.addAll(sectors);
    b.evidence.addAll(evidence);
    return b;
  }

  /** Builds an {@link Agreement}; {@link #build()} validates. */
  public static final class Builder {
    private @Nullable String title;
    private AgreementKind kind;
    private final List<Country> parties = new ArrayList<>();
    private @Nullable EdtfDate signed;
    private @Nullable Integer count;
    private Qualifier qualifier = Qualifier.EXACT;
    private final List<String> sectors = new ArrayList<>();
    private final List<Span> evidence = new ArrayList<>();

    private Builder(AgreementKind kind) {
      this.kind = kind;
    }

    /**
     * Sets the instrument's name as the article gives it.
     *
     * @param v the title, or null when the article names none; not blank
     * @return this builder
     */
    public Builder title(@Nullable String v) { this.title = v; return this; }
    /**
     * Sets what sort of instrument it is.
     *
     * @param v the kind, not null
     * @return this builder
     */
    public Builder kind(AgreementKind v) { this.kind = v; return this; }
    /**
     * Adds a state that is party to the agreement.
     *
     * @param v the state, not null
     * @return this builder
     */
    public Builder party(Country v) { parties.add(v); return this; }
    /**
     * Replaces the parties.
     *
     * @param v the states, not null; copied
     * @return this builder
     */
    public Builder parties(List<Country> v) { parties.clear(); parties.addAll(v); return this; }
    /**
     * Sets when the agreement was signed.
     *
     * @param v the date, or null when the article does not say
     * @return this builder
     */
    public Builder signed(@Nullable EdtfDate v) { this.signed = v; return this; }
    /**
     * Sets how many agreements the record stands for ({@code signed 11 agreements}).
     *
     * @param v the count, 1 or more, or null for a single agreement
     * @return this builder
     */
    public Builder count(@Nullable Integer v) { this.count = v; return this; }
    /**
     * Sets how exact the report says the count or value is.
     *
     * @param v the qualifier, not null; {@link Qualifier#EXACT} by default
     * @return this builder
     */
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    /**
     * Adds a field the agreement covers ({@code "energy"}).
     *
     * @param v the sector as written, not blank
     * @return this builder
     */
    public Builder sector(String v) { sectors.add(v); return this; }
    /**
     * Replaces the sectors.
     *
     * @param v the sectors, not null; copied
     * @return this builder
     */
    public Builder sectors(List<String> v) { sectors.clear(); sectors.addAll(v); return this; }
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
     * Builds the agreement, validating as its constructor does.
     *
     * @return the built value
     * @throws IllegalArgumentException when the count is below 1
     */
    public Agreement build() {
      return new Agreement(title, kind, parties, signed, count, qualifier, sectors, evidence);
    }
  }
}
