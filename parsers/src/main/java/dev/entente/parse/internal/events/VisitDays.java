package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A visit's days from its retellings: the arrival and the departure told apart, talks before a
 * departure, a day of a visit of several days, and the visits told on the days of a longer one. Per
 * article; part of {@link Retellings}.
 */
final class VisitDays {

  /** The most days talks are told before a departure from their place for the two to be one visit. */
  private static final int TALKS_BEFORE_DEPARTURE = 7;
  /**
   * The most sentences after an arrival that a departure told without a traveller ("The visit is to
   * end tomorrow", "She will return home on Friday") may stand for the two to be one visit.
   */
  private static final int UNNAMED_DEPARTURE_SENTENCES = 3;

  private VisitDays() {}

  /**
   * A visit told on its day of arrival ("arrived in Moscow on Wednesday") and on its day of
   * departure ("is expected to conclude his visit on Sunday") by the same traveller (or between
   * the same states, no traveller named) is one visit over those days; so is a departure told a few
   * sentences after the arrival without a traveller or a state ("The visit is to end tomorrow"). A
   * return home that joins no arrival tells no visit of its own and is dropped, unless it is told done
   * with the days of the visit it ends ("returned home this evening from a five-day visit"): that is
   * the visit, and takes in its arrival.
   */
  static void arrivalToDeparture(List<Draft> events) {
    // the arrivals first; then the visits told under way, from the departures no arrival took
    for (boolean arrivals : new boolean[] {true, false}) {
      for (Draft arrival : List.copyOf(events)) {
        // a visit whose length was told beside its arrival ("arrived on Thursday evening for a two-day visit")
        boolean counted = arrivals && lengthFromArrival(arrival);
        if (!(arrivals ? arrival.end == VisitSpans.Mark.ARRIVAL : underWay(arrival)) || arrival.date == null
            || (arrival.date.isInterval() && !counted) || arrival.date.precision() != EdtfDate.Precision.DAY
            || !events.contains(arrival)) {
          continue;
        }
        EdtfDate day = counted ? Objects.requireNonNull(arrival.anchor) : arrival.date;
        Draft departure = null;
        for (Draft o : events) {
          if (o.end == VisitSpans.Mark.DEPARTURE && o.type == EventType.VISIT && o.date != null && !o.date.isInterval()
              && o.date.precision() == EdtfDate.Precision.DAY && (arrivals || o.sentence > arrival.sentence)
              && (sameTraveller(arrival, o) || unnamedAfter(arrival, o))) {
            long days = ChronoUnit.DAYS.between(day.earliest(), o.date.earliest());
            // a told length counts whole days: a departure told on the day after its last ends it
            boolean fits = !counted || days == ChronoUnit.DAYS.between(day.earliest(), arrival.date.latest()) + 1;
            if (fits && days >= 1 && days <= VisitSpans.MOST_DAYS && (departure == null || o.sentence < departure.sentence)) {
              departure = o;
            }
          }
        }
        if (departure != null) {
          events.remove(departure);
          arrival.anchor = day;
          arrival.date = EdtfDate.interval(day, departure.date);
          arrival.end = null;
          if (onward(arrival, departure)) {
            // "leaves on Monday for [a city of another state]": the end of this visit, not a place or party of it
            String location = arrival.location;
            boolean city = arrival.locationIsCity;
            arrival.absorb(departure, false);
            arrival.location = location;
            arrival.locationIsCity = city;
          } else {
            absorbKeepingPlace(arrival, departure);
          }
        }
      }
    }
    events.removeIf(d -> d.homeward && !(d.date != null && d.date.isInterval() && !d.planned));
  }

  /**
   * Whether {@code v} is an arrival whose days run from its day for a length told beside it ("arrived
   * in [capital] on Thursday evening for a two-day visit"): a departure told on the day after that
   * length's last ("leaves on Saturday") still ends it, as a length counts the whole days between.
   */
  private static boolean lengthFromArrival(Draft v) {
    EdtfDate days = v.date;
    if (v.end != VisitSpans.Mark.ARRIVAL || v.anchor == null || days == null || !days.isInterval()) {
      return false;
    }
    EdtfDate start = days.start();
    EdtfDate end = days.end();
    return start != null && end != null && start.equals(v.anchor) && end.precision() == EdtfDate.Precision.DAY;
  }

  /**
   * Whether {@code v} is a visit told under way on its day, neither its arrival nor its departure
   * ("signed the treaty on Thursday, the centrepiece of X's state visit"): the first day the report
   * gives it, from which a departure told later runs it.
   */
  private static boolean underWay(Draft v) {
    return v.type == EventType.VISIT && v.end == null && !v.homeward && !v.planned && !v.people.isEmpty();
  }

  /**
   * Whether {@code departure} is told without a traveller a few sentences after {@code arrival}, naming
   * no state but the arrival's and the one it is bound for, onward ({@link #onward}).
   */
  private static boolean unnamedAfter(Draft arrival, Draft departure) {
    return departure.people.isEmpty() && departure.sentence > arrival.sentence
        && departure.sentence - arrival.sentence <= UNNAMED_DEPARTURE_SENTENCES
        && departure.countries.stream().allMatch(c -> arrival.countries.contains(c) || (onward(arrival, departure) && c.equals(departure.host)));
  }

  /**
   * Whether {@code departure} is bound for a place of a state other than the one {@code arrival} came
   * to and none of the arrival's states ("leaves on Monday for [a capital further on]", "departs today
   * for [city], [state]"): the onward leg of a tour, which ends the visit.
   */
  private static boolean onward(Draft arrival, Draft departure) {
    return arrival.host != null && departure.host != null && !arrival.countries.contains(departure.host);
  }

  /**
   * A departure told without its arrival ("X left Tokyo on Wednesday") after the traveller's talks in
   * that place (or in no place named) on an earlier day ("X and Y met in Tokyo on Tuesday"): the visit
   * runs from the talks' day to the departure. A departure told without a traveller ("The visit ends
   * on Friday") ends the visit of the talks of its states told before it in its place.
   */
  static void talksToDeparture(List<Draft> events) {
    for (Draft departure : events) {
      if (departure.end != VisitSpans.Mark.DEPARTURE || departure.type != EventType.VISIT || departure.date == null
          || departure.date.isInterval() || departure.date.precision() != EdtfDate.Precision.DAY
          || (departure.people.isEmpty() ? departure.countries.size() < 2 : departure.location == null)
          || endsToldVisit(departure, events)) {
        continue;
      }
      Integer traveller = departure.people.isEmpty() ? null : departure.people.keySet().iterator().next();
      Draft talks = null;
      for (Draft o : events) {
        if (o != departure && o.type.isConsultation() && o.type != EventType.CALL && o.date != null && !o.date.isInterval()
            && o.date.precision() == EdtfDate.Precision.DAY && o.sentence < departure.sentence
            && (traveller != null ? o.people.containsKey(traveller) : o.countries.containsAll(departure.countries))
            && Retellings.samePlace(o, departure)) {
          long days = ChronoUnit.DAYS.between(o.date.earliest(), departure.date.earliest());
          if (days >= 1 && days <= TALKS_BEFORE_DEPARTURE && (talks == null || o.date.earliest().isBefore(talks.date.earliest()))) {
            talks = o;
          }
        }
      }
      if (talks != null) {
        departure.date = EdtfDate.interval(talks.date, departure.date);
        departure.end = null;
        if (departure.location == null && talks.locationIsCity) {
          departure.location = talks.location;
          departure.locationIsCity = true;
        }
      }
    }
  }

  /**
   * Whether {@code departure} falls on the last day of a visit whose days are told already, by its
   * traveller or (no traveller named) between its states ("arrived on Monday at the start of a
   * five-day visit ... The visit will end on Friday"): it is that visit's end, which takes it in, not
   * the end of talks told before it.
   */
  private static boolean endsToldVisit(Draft departure, List<Draft> events) {
    for (Draft o : events) {
      if (o != departure && o.type == EventType.VISIT && o.date != null && o.date.isInterval()
          && o.date.latest().equals(departure.date.earliest()) && sameTraveller(o, departure)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An arrival told with its day ("X arrived in Y on Sunday") and no departure, followed by the
   * traveller's talks in that place (or in no place named) on a later day ("X and Z held talks on
   * Monday"): the visit runs from the arrival to those talks. Only talks of the next day: a visit
   * whose talks are told days after its arrival goes on after them, its end untold. Run again once
   * the talks told without a day of their own are dated.
   */
  static void arrivalToTalks(List<Draft> events) {
    for (Draft arrival : events) {
      if (arrival.end != VisitSpans.Mark.ARRIVAL || arrival.planned || arrival.date == null || arrival.date.isInterval()
          || arrival.date.precision() != EdtfDate.Precision.DAY) {
        continue;
      }
      EdtfDate nextDay = null;
      for (Draft o : events) {
        if (o.type == EventType.MEETING && !o.planned && o.date != null && !o.date.isInterval()
            && o.date.precision() == EdtfDate.Precision.DAY && arrival.sharesPerson(o) && Retellings.samePlace(o, arrival)) {
          long days = ChronoUnit.DAYS.between(arrival.date.earliest(), o.date.earliest());
          if (days == 1) {
            nextDay = o.date;
          }
        }
      }
      if (nextDay != null) {
        arrival.anchor = arrival.date;
        arrival.date = EdtfDate.interval(arrival.date, nextDay);
        arrival.end = null;
      }
    }
  }

  /**
   * An undated draft told on a day of a visit of several days ("met on the third day of X's four-day
   * visit") whose arrival is told with its day: the visit runs from that day for its length, and a
   * meeting takes its day in it. Whether the draft found its visit (and was dated or taken in).
   */
  static boolean onDayOfArrivedVisit(Draft u, List<Draft> events) {
    for (Draft arrival : events) {
      // the day of arrival, also of a visit whose length was told beside it ("The three-day visit ...")
      EdtfDate day = arrival.date != null && arrival.date.isInterval() ? arrival.anchor : arrival.date;
      if (arrival.end != VisitSpans.Mark.ARRIVAL || day == null || day.isInterval()
          || day.precision() != EdtfDate.Precision.DAY || !sameTraveller(arrival, u)) {
        continue;
      }
      LocalDate first = day.earliest();
      arrival.anchor = day;
      arrival.date = EdtfDate.interval(day, EdtfDate.of(first.plusDays(u.dayOfVisit[1] - 1L)));
      arrival.end = null;
      if (u.type == EventType.VISIT) {
        absorbKeepingPlace(arrival, u);
      } else {
        u.date = EdtfDate.of(first.plusDays(u.dayOfVisit[0] - 1L));
        arrival.countries.addAll(u.countries);
        events.add(u);
      }
      return true;
    }
    return false;
  }

  /** Whether two visits are one traveller's: a person in common, or no people and a state in common. */
  private static boolean sameTraveller(Draft a, Draft b) {
    return a.sharesPerson(b) || ((a.people.isEmpty() || b.people.isEmpty()) && a.sharesCountry(b));
  }

  /** A visit of several days takes in the visits told on its days by the same traveller (or the same states). */
  static void intoSpans(List<Draft> events) {
    for (Draft span : List.copyOf(events)) {
      if (!events.contains(span) || span.type != EventType.VISIT || span.date == null || !span.date.isInterval()) {
        continue;
      }
      events.removeIf(o -> o != span && o.type == EventType.VISIT && o.date != null && !o.date.isInterval()
          && span.date.contains(o.date) && (o.sharesPerson(span) || (o.people.isEmpty() && o.sharesCountry(span)))
          && absorbKeepingPlace(span, o));
    }
  }

  /** {@code span} takes in {@code o} but keeps its own place when it has one; true. */
  private static boolean absorbKeepingPlace(Draft span, Draft o) {
    String location = span.location;
    boolean city = span.locationIsCity;
    span.absorb(o, true);
    if (location != null) {
      span.location = location;
      span.locationIsCity = city;
    }
    return true;
  }
}
