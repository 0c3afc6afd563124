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

  public static Builder builder(AgreementKind kind) {
    return new Builder(kind);
  }

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

    public Builder title(@Nullable String v) { this.title = v; return this; }
    public Builder kind(AgreementKind v) { this.kind = v; return this; }
    public Builder party(Country v) { parties.add(v); return this; }
    public Builder parties(List<Country> v) { parties.clear(); parties.addAll(v); return this; }
    public Builder signed(@Nullable EdtfDate v) { this.signed = v; return this; }
    public Builder count(@Nullable Integer v) { this.count = v; return this; }
    public Builder qualifier(Qualifier v) { this.qualifier = v; return this; }
    public Builder sector(String v) { sectors.add(v); return this; }
    public Builder sectors(List<String> v) { sectors.clear(); sectors.addAll(v); return this; }
    public Builder evidence(Span v) { evidence.add(v); return this; }
    public Builder evidence(List<Span> v) { evidence.clear(); evidence.addAll(v); return this; }

    public Agreement build() {
      return new Agreement(title, kind, parties, signed, count, qualifier, sectors, evidence);
    }
  }
}
