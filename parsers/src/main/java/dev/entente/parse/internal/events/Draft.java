package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An event being built: its type, date, place, people and states, and the spans that tell it. */
final class Draft {
  EventType type;
  @Nullable EdtfDate date;
  /** For a visit of several days whose {@link #date} is their interval: the day its clause names. */
  @Nullable EdtfDate anchor;
  /** For a visit told on one day: whether that day is its arrival or its departure, else null. */
  VisitSpans.@Nullable Mark end;
  /** For a draft told on a day of a visit without a date ("on the third day of a four-day visit"): {day, days}. */
  int @Nullable [] dayOfVisit;
  @Nullable String location;
  boolean locationIsCity;
  /** Whether {@link #location} is a venue of the knowledge (a palace, a seat of government), read in the draft's clause. */
  boolean atVenue;
  @Nullable Country host;
  final Map<Integer, String> people = new LinkedHashMap<>();
  final Set<String> offices = new LinkedHashSet<>();
  final Set<Country> countries = new LinkedHashSet<>();
  boolean planned;
  /** Whether the draft is told only by a signing ("the ministers signed ... in the presence of"), not by talks. */
  boolean signing;
  /** Whether the draft is told only by a return home ("will fly home on Sunday"): the end of a visit told elsewhere, if any. */
  boolean homeward;
  /** Whether the draft tells undated talks within a visit told after it, on the report's day ({@link Retellings}). */
  boolean inVisit;
  /** Whether "also" stands just before the draft's trigger ("B and C also held talks"): a further occasion, not a retelling. */
  boolean further;
  final List<Span> evidence = new ArrayList<>();
  /** The spans of {@link #evidence}: an occasion retold many times in a long text gathers many. */
  private final Set<Span> evidenceSeen = new HashSet<>();
  final int sentence;

  Draft(EventType type, int sentence) {
    this.type = type;
    this.sentence = sentence;
  }

  String family() {
    return family(type);
  }

  /** The family events merge within: meeting, visit and call are one occasion told differently. */
  static String family(EventType t) {
    return t.isConsultation() ? "CONSULT" : t.name();
  }

  boolean sharesPerson(Draft o) {
    for (Integer id : people.keySet()) {
      if (o.people.containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this draft is talks of their own beside {@code o}, not a retelling of it: of other people
   * ({@link #otherPeopleThan}) or told as a further occasion ({@link #furtherThan}).
   */
  boolean talksApartFrom(Draft o) {
    return otherPeopleThan(o) || furtherThan(o);
  }

  /**
   * Whether this draft and {@code o} are talks of two different sets of people: each has a person the
   * other lacks ("A and B signed ...", then "B also met C"), so neither retells the other.
   */
  boolean otherPeopleThan(Draft o) {
    return !o.people.keySet().containsAll(people.keySet()) && !people.keySet().containsAll(o.people.keySet());
  }

  /**
   * Whether this dated meeting and {@code o}, of one day, are two meetings: each has two or more people
   * and a person the other lacks ("X held talks with A", "X called on B"), or each was held at its own venue,
   * or one is told as a further occasion ("also held talks") of other people than the other's, not a signing.
   */
  boolean separateMeeting(Draft o) {
    if (type != EventType.MEETING || o.type != EventType.MEETING) {
      return false;
    }
    if (furtherThan(o) || o.furtherThan(this)) {
      return true; // "the five presidents signed the convention ... Putin and Rouhani also held talks": two meetings
    }
    if (signing || o.signing) {
      return false;
    }
    return (people.size() >= 2 && o.people.size() >= 2 && otherPeopleThan(o))
        || (atVenue && o.atVenue && !Retellings.samePlace(this, o));
  }

  /**
   * Whether this draft tells talks as a further occasion beside {@code o} ("Putin and Rouhani also held
   * talks", after the five presidents signed): "also" before its trigger, not a signing, two or more
   * people, and not the same people as {@code o}'s.
   */
  boolean furtherThan(Draft o) {
    return further && type == EventType.MEETING && !signing && people.size() >= 2 && !people.keySet().equals(o.people.keySet());
  }

  /**
   * Whether these undated talks are another meeting than the dated meeting {@code o}, not a retelling
   * of it: talks of two or more people, told, not planned, with a person {@code o} lacks and lacking one of its.
   */
  boolean otherMeeting(Draft o) {
    return type == EventType.MEETING && !signing && !planned && people.size() >= 2 && o.people.size() >= 2
        && otherPeopleThan(o);
  }

  boolean sharesCountry(Draft o) {
    for (Country c : countries) {
      if (o.countries.contains(c)) {
        return true;
      }
    }
    return false;
  }

  void addEvidence(Span s) {
    if (evidenceSeen.add(s)) {
      evidence.add(s);
    }
  }

  void absorb(Draft o, boolean withCountries) {
    o.people.forEach(people::putIfAbsent);
    offices.addAll(o.offices);
    if (withCountries) {
      countries.addAll(o.countries);
    }
    if (type == EventType.VISIT && o.location != null && o.locationIsCity && location != null && !locationIsCity
        && host != null && host.equals(o.host) && !o.location.contains(location)) {
      // "a state visit to Serbia" retold "arrived in Belgrade": the city in the state, as written
      location = o.location + ", " + location;
      locationIsCity = true;
    } else if (o.location != null && (location == null || (o.locationIsCity && !locationIsCity))) {
      location = o.location;
      locationIsCity = o.locationIsCity;
      host = o.host != null ? o.host : host;
    }
    for (Span s : o.evidence) {
      addEvidence(s);
    }
  }
}

