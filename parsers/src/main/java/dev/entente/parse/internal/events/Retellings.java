package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.text.Keys;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One occasion told several times (headline, lead, body) becomes one event: dated drafts of one
 * family, date and people merge, and an undated retelling joins the dated occasion it retells. Per
 * article.
 */
final class Retellings {

  /** How many days after a visit told as one day its talks told before it may be (arrived the evening before). */
  private static final int DAYS_AFTER_ARRIVAL = 1;

  private Retellings() {}

  /**
   * The occasions of an article from its drafts: the dated ones merged where they tell one occasion,
   * and each undated one absorbed by the dated occasion it retells; the undated ones that retell none
   * are added to {@code untold}. {@code reportDay} is the day the report is about, or null.
   */
  static List<Draft> occasions(List<Draft> dated, List<Draft> undated, List<Draft> untold, @Nullable EdtfDate reportDay) {
    List<Draft> events = SameDayDrafts.merge(dated);
    VisitDays.arrivalToDeparture(events);
    VisitDays.talksToDeparture(events);
    VisitDays.arrivalToTalks(events);
    List<Draft> rest = new ArrayList<>(undated.size());
    for (Draft u : undated) {
      if (!u.homeward && (u.dayOfVisit == null || !VisitDays.onDayOfArrivedVisit(u, events))) {
        rest.add(u);
      }
    }
    undated = rest;
    VisitDays.intoSpans(events);
    RetoldConsultations occasions = new RetoldConsultations(events);
    Map<Draft, Draft> meetingsOfVisits = new IdentityHashMap<>();
    List<Draft> meetings = new ArrayList<>();
    for (Draft u : undated) {
      Draft target = occasions.target(u);
      if (target != null && ownMeeting(u, target)) {
        // "X hosted Y in Delhi on Monday. Foreign Minister A also met his counterpart B": a meeting of its own that day;
        // of a visit of several days, the day of the leaders' talks it goes alongside, not the day of arrival
        Draft talks = target.type == EventType.VISIT ? meetingWithin(target, events) : null;
        u.date = talks != null ? talks.date : target.anchor != null ? target.anchor : target.date;
        if (u.location == null && target.locationIsCity) {
          u.location = target.location;
          u.locationIsCity = true;
        }
        events.add(u);
        continue;
      }
      if (target != null && u.type == EventType.MEETING && target.type == EventType.VISIT) {
        Draft told = meetingWithin(target, events);
        if (told != null && u.otherMeeting(told)) {
          // "X held talks with A on Monday. X later met B": another meeting of the visit, that day;
          // talks told in the lead before it, the report's news, on the report's day
          u.date = leadTalksOfReportDay(u, told, target, reportDay) ? reportDay : told.date;
          events.add(u);
          continue;
        }
        if (told != null) {
          // the talks of the visit, told with their day elsewhere: this retells them
          occasions.absorb(told, u);
          continue;
        }
        if (talksOfReportDay(u, target, reportDay)) {
          // "X and Y held talks at the palace. X arrived on Sunday for a three-day visit", in a report
          // of Monday: the talks told before the arrival, or after it with no day, are the report's news, on its day
          if (u.people.isEmpty()) {
            u.people.putAll(target.people);
          }
          u.countries.addAll(target.countries);
          if (u.location == null && target.locationIsCity) {
            u.location = target.location;
            u.locationIsCity = true;
          }
          u.inVisit = true;
          untold.add(u);
          continue;
        }
        Draft meeting = meetingOf(target, u, meetingsOfVisits);
        if (meeting != null) {
          if (meeting.evidence.isEmpty()) {
            meetings.add(meeting);
          }
          meeting.absorb(u, true);
          continue;
        }
      }
      boolean sameSides = !u.countries.isEmpty() && target != null && target.countries.containsAll(u.countries)
          && u.sentence >= target.sentence && u.sentence - target.sentence <= 2;
      if (target != null && (target.people.keySet().containsAll(u.people.keySet()) || sameSides)
          && samePlace(u, target) && !u.furtherThan(target)) {
        occasions.absorb(target, u);
      } else if (target == null || (u.type == EventType.MEETING && u.talksApartFrom(target))) {
        // retelling none, or talks of other people than the occasion found ("A and B signed the
        // agreement", told before "B also met C" is dated): the report's day may be theirs
        untold.add(u);
      }
    }
    for (Draft m : meetings) {
      Draft visit = null;
      for (Map.Entry<Draft, Draft> e : meetingsOfVisits.entrySet()) {
        if (e.getValue() == m) {
          visit = e.getKey();
        }
      }
      if (m.people.isEmpty() && visit != null) {
        m.people.putAll(visit.people);
      }
      if (visit != null) {
        m.countries.addAll(visit.countries);
        if (m.location == null && visit.locationIsCity) {
          m.location = visit.location;
        }
      }
    }
    events.addAll(meetings);
    return events;
  }

  /**
   * Whether an undated meeting told after an occasion is another meeting of that occasion: talks of
   * two or more people none of whom the occasion has, or with one of its people and another it lacks
   * ("B also met C" after "A and B signed"), between its states and told at most two sentences
   * after it (the ministers' talks alongside their leaders'), or told as a further occasion ("Putin and
   * Rouhani also held talks", after the five presidents signed), not a retelling of it. Ministers signing
   * before their leaders are part of the leaders' occasion.
   */
  private static boolean ownMeeting(Draft u, Draft target) {
    return u.type == EventType.MEETING && !u.signing && u.people.size() >= 2 && !target.people.isEmpty()
        && (!u.sharesPerson(target) || u.talksApartFrom(target))
        && target.date != null && !u.countries.isEmpty() && target.countries.containsAll(u.countries)
        && u.sentence > target.sentence && u.sentence - target.sentence <= 2;
  }

  /**
   * Whether undated talks of the visit they fall in, told before it or after it ("X arrived on Sunday
   * for a three-day visit. X and Y held talks", in a report of Monday), are the report's news: the visit's
   * arrival is on or before the report's day, and the report's day is within the visit's days (of a
   * visit told as one day, at most {@link #DAYS_AFTER_ARRIVAL} after it).
   */
  static boolean talksOfReportDay(Draft talks, Draft visit, @Nullable EdtfDate reportDay) {
    EdtfDate arrival = visit.anchor != null ? visit.anchor : visit.date;
    if (reportDay == null || talks.planned || arrival == null || arrival.isInterval()
        || arrival.precision() != EdtfDate.Precision.DAY || arrival.equals(reportDay)) {
      return false;
    }
    long after = ChronoUnit.DAYS.between(arrival.earliest(), reportDay.earliest());
    EdtfDate span = visit.date;
    return after > 0 && (span != null && span.isInterval() ? span.contains(reportDay) : after <= DAYS_AFTER_ARRIVAL);
  }

  /**
   * Whether undated talks told before the visit's dated meeting, which is on another day than the
   * report's, within the visit's days, are the report's news: "A signed the protocol after talks. ... A met B on
   * Monday", in a report of Tuesday, tells Tuesday's talks first, Monday's later.
   */
  private static boolean leadTalksOfReportDay(Draft talks, Draft told, Draft visit, @Nullable EdtfDate reportDay) {
    return talks.sentence < told.sentence && !talks.planned && reportDay != null && !reportDay.equals(told.date)
        && visit.date != null && visit.date.isInterval() && visit.date.contains(reportDay);
  }

  /** A dated meeting on a day of a visit of several days, with its traveller or its states; else null. */
  private static @Nullable Draft meetingWithin(Draft visit, List<Draft> events) {
    if (visit.date == null || !visit.date.isInterval()) {
      return null;
    }
    for (Draft e : events) {
      if (e.type == EventType.MEETING && e.date != null && !e.date.isInterval() && visit.date.contains(e.date)
          && (e.sharesPerson(visit) || e.sharesCountry(visit))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The meeting held during a visit on the day the visit's clause names, made once per visit: of a
   * visit of several days, or of a visit of one day when {@code talks}, told in a later sentence,
   * names the traveller and another ("X arrived in Y on Monday. X and Z held talks at the palace"); else null.
   */
  private static @Nullable Draft meetingOf(Draft visit, Draft talks, Map<Draft, Draft> made) {
    EdtfDate day = visit.anchor;
    boolean oneDay = visit.date != null && !visit.date.isInterval() && visit.date.precision() == EdtfDate.Precision.DAY;
    if (day == null && oneDay && talks.people.size() >= 2 && talks.sentence > visit.sentence && talks.sharesPerson(visit)) {
      day = visit.date;
    }
    if (day == null && oneDay && venueTalksWithHost(visit, talks)) {
      // "X arrived in Y on Monday. Talks with Z at the V ...": the traveller's talks with the host that day
      Map.Entry<Integer, String> traveller = visit.people.entrySet().iterator().next();
      talks.people.putIfAbsent(traveller.getKey(), traveller.getValue());
      day = visit.date;
    }
    if (day == null) {
      return null;
    }
    EdtfDate on = day;
    return made.computeIfAbsent(visit, v -> {
      Draft m = new Draft(EventType.MEETING, v.sentence);
      m.date = on;
      m.planned = v.planned;
      return m;
    });
  }


  /**
   * Whether undated talks at a venue of the knowledge, told in the sentence after a visit (or the one
   * after that), name only people the visit lacks, of its states: the traveller's talks with the host
   * there, the traveller left unnamed ("talks with Z at the V").
   */
  private static boolean venueTalksWithHost(Draft visit, Draft talks) {
    return talks.atVenue && !talks.planned && !talks.signing && talks.type == EventType.MEETING
        && visit.type == EventType.VISIT && visit.people.size() == 1 && !talks.people.isEmpty()
        && !talks.sharesPerson(visit) && talks.sentence > visit.sentence && talks.sentence - visit.sentence <= 2
        && !talks.countries.isEmpty() && visit.countries.containsAll(talks.countries);
  }

  /** Whether two drafts can have happened in one place: either has none, one names the other, or one state holds both. */
  static boolean samePlace(Draft a, Draft b) {
    if (a.location == null || b.location == null) {
      return true;
    }
    if (a.host != null && a.host.equals(b.host)) {
      return true;
    }
    String x = Keys.of(a.location);
    String y = Keys.of(b.location);
    return x.contains(y) || y.contains(x);
  }
}
