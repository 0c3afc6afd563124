package dev.entente.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something states did with each other on a date: a meeting, a visit, a call, relations
 * established or broken, a recognition, a joint exercise. {@code participants} are people's names
 * (or offices, when the article names none: "the defense ministers"); {@code countries} the states
 * involved; {@code location} the place as written. An event announced for the future is
 * {@code planned}.
 *
 * <pre>{@code
 * DiplomaticEvent talks = DiplomaticEvent.builder(EventType.MEETING)
 *     .date(EdtfDate.ofDay(2019, 9, 25)).location("Moscow")
 *     .participant("Vladimir Putin").participant("Nicolas Maduro")
 *     .country(Country.of("RUS")).country(Country.of("VEN"))
 *     .build();
 * talks.type().plover();                     // CONSULT
 * }</pre>
 */
public record DiplomaticEvent(
    EventType type,
    @Nullable EdtfDate date,
    @Nullable String location,
    List<String> participants,
    List<Country> countries,
    boolean planned,
    List<Span> evidence)
    implements Fact {

  public DiplomaticEvent {
    Checks.notNull(type, "DiplomaticEvent type");
    location = Checks.blankToNull(location, "DiplomaticEvent location");
    participants = Checks.copyNotBlank(participants, "DiplomaticEvent participants");
    countries = Checks.copy(countries, "DiplomaticEvent countries");
    evidence = Checks.copy(evidence, "DiplomaticEvent evidence");
  }

  public static Builder builder(EventType type) {
    return new Builder(type);
  }

  public Builder toBuilder() {
    return new Builder(type).date(date).location(location).participants(participants)
        .countries(countries).planned(planned).evidence(evidence);
  }

  /** Builds a {@link DiplomaticEvent}; {@link #build()} validates. */
  public static final class Builder {
    private EventType type;
    private @Nullable EdtfDate date;
    private @Nullable String location;
    private final List<String> participants = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private boolean planned;
    private final List<Span> evidence = new ArrayList<>();

    private Builder(EventType type) {
      this.type = type;
    }

    public Builder type(EventType v) { this.type = v; return this; }
    public Builder date(@Nullable EdtfDate v) { this.date = v; return this; }
    public Builder location(@Nullable String v) { this.location = v; return this; }
    public Builder participant(String v) { participants.add(v); return this; }
    public Builder participants(List<String> v) { participants.clear(); participants.addAll(v); return this; }
    public Builder country(Country v) { countries.add(v); return this; }
    public Builder countries(List<Country> v) { countries.clear(); countries.addAll(v); return this; }
    public Builder planned(boolean v) { this.planned = v; return this; }
    public Builder evidence(Span v) { evidence.add(v); return this; }
    public Builder evidence(List<Span> v) { evidence.clear(); evidence.addAll(v); return this; }

    public DiplomaticEvent build() {
      return new DiplomaticEvent(type, date, location, participants, countries, planned, evidence);
    }
  }
}
