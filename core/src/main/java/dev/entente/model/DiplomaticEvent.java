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

  /**
   * Checks the parts and copies the lists.
   *
   * @param type what happened, not null
   * @param date when it happened, or is to happen, or null when the article does not say
   * @param location the place as written, or null; not blank
   * @param participants people's names, or offices when none is named, not null; copied; none blank
   * @param countries the states involved, not null; copied
   * @param planned true for an event announced for the future
   * @param evidence the spans of the text it was read from, not null; copied
   * @throws IllegalArgumentException when the location or a participant is blank
   * @throws NullPointerException naming the part when a required part, a list or an element is null
   */
  public DiplomaticEvent {
    Checks.notNull(type, "DiplomaticEvent type");
    location = Checks.blankToNull(location, "DiplomaticEvent location");
    participants = Checks.copyNotBlank(participants, "DiplomaticEvent participants");
    countries = Checks.copy(countries, "DiplomaticEvent countries");
    evidence = Checks.copy(evidence, "DiplomaticEvent evidence");
  }

  /**
   * A builder for an event of {@code type}, with no date, place or participants, not planned.
   *
   * @param type what happened
   * @return the builder
   */
  public static Builder builder(EventType type) {
    return new Builder(type);
  }

  /**
   * A builder holding this fact's parts, to make an edited copy.
   *
   * @return the builder
   */
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

    /**
     * Sets what happened.
     *
     * @param v the event type, not null
     * @return this builder
     */
    public Builder type(EventType v) { this.type = v; return this; }
    /**
     * Sets when it happened, or is to happen.
     *
     * @param v the date, or null when the article does not say
     * @return this builder
     */
    public Builder date(@Nullable EdtfDate v) { this.date = v; return this; }
    /**
     * Sets where it happened, as written ({@code "Moscow"}).
     *
     * @param v the place, or null when the article does not say; not blank
     * @return this builder
     */
    public Builder location(@Nullable String v) { this.location = v; return this; }
    /**
     * Adds a person who took part, by name or, when the article names none, by office.
     *
     * @param v the name or office, not blank
     * @return this builder
     */
    public Builder participant(String v) { participants.add(v); return this; }
    /**
     * Replaces the participants.
     *
     * @param v the names, not null; copied
     * @return this builder
     */
    public Builder participants(List<String> v) { participants.clear(); participants.addAll(v); return this; }
    /**
     * Adds a state involved.
     *
     * @param v the state, not null
     * @return this builder
     */
    public Builder country(Country v) { countries.add(v); return this; }
    /**
     * Replaces the states involved.
     *
     * @param v the states, not null; copied
     * @return this builder
     */
    public Builder countries(List<Country> v) { countries.clear(); countries.addAll(v); return this; }
    /**
     * Sets whether the event is announced for the future rather than reported as done.
     *
     * @param v true for a planned event
     * @return this builder
     */
    public Builder planned(boolean v) { this.planned = v; return this; }
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
     * Builds the diplomaticEvent, validating as its constructor does.
     *
     * @return the built value
     */
    public DiplomaticEvent build() {
      return new DiplomaticEvent(type, date, location, participants, countries, planned, evidence);
    }
  }
}
