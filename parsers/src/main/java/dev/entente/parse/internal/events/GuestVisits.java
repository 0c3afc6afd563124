package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The visit that talks held in a city of one of their states tell without naming it ("A and B held
 * talks at the palace in [B's capital] on Monday", "B welcomed A to [city]", "A and B signed the
 * treaty in [city]"): the guests, the people of the other state, came to that city that day. Added
 * beside the meeting when the report tells no visit of theirs on that day. Per article, once the
 * occasions are found, dated and placed.
 */
final class GuestVisits {

  private GuestVisits() {}

  /** Adds to {@code events} the visit of the guests of each meeting held in their host's city on one day. */
  static void add(List<Draft> events, List<PersonRef> persons) {
    Map<Integer, PersonRef> byId = null;
    for (int i = 0, n = events.size(); i < n; i++) {
      Draft m = events.get(i);
      Country host = m.host;
      EdtfDate day = m.date;
      if (m.type != EventType.MEETING || m.planned || host == null || m.location == null || !m.locationIsCity
          || day == null || day.isInterval() || day.precision() != EdtfDate.Precision.DAY
          || m.countries.size() < 2 || !m.countries.contains(host) || m.people.isEmpty()) {
        continue;
      }
      if (byId == null) {
        byId = people(persons);
      }
      Draft v = guests(m, host, byId);
      if (v != null && !toldVisit(events, v, day, host)) {
        events.add(v);
      }
    }
  }

  /** Each person named once: the state and role of the mention that gives them, a diplomat if any mention says so. */
  private static Map<Integer, PersonRef> people(List<PersonRef> persons) {
    Map<Integer, PersonRef> out = new HashMap<>();
    for (PersonRef p : persons) {
      PersonRef had = out.get(p.personId());
      if (had == null || (had.country() == null && p.country() != null) || p.role() == Role.DIPLOMAT) {
        out.put(p.personId(), had != null && had.role() == Role.DIPLOMAT ? had : p);
      }
    }
    return out;
  }

  /**
   * The visit of the people of {@code m} who are of one state other than {@code host}, or null when
   * there are none, they are of two or more states (a gathering, not a visit), one is a diplomat
   * (an ambassador lives where the talks are), or nobody of the host's state but its envoys takes part
   * (a signing "during A's visit" is that visit already).
   */
  private static @Nullable Draft guests(Draft m, Country host, Map<Integer, PersonRef> byId) {
    Country from = null;
    boolean hosted = false;
    Draft v = new Draft(EventType.VISIT, m.sentence);
    for (Map.Entry<Integer, String> e : m.people.entrySet()) {
      PersonRef p = byId.get(e.getKey());
      Country c = p == null ? null : p.country();
      if (c == null || c.equals(host)) {
        hosted |= c != null && p.role() != Role.DIPLOMAT;
        continue;
      }
      if ((from != null && !from.equals(c)) || p.role() == Role.DIPLOMAT) {
        return null;
      }
      from = c;
      v.people.put(e.getKey(), e.getValue());
    }
    if (from == null || !hosted) {
      return null;
    }
    v.date = m.date;
    v.countries.add(from);
    v.countries.add(host);
    v.host = host;
    String where = m.location;
    int comma = where == null ? -1 : where.lastIndexOf(", ");
    // "the palace, [city]": the visit is to the city
    v.location = m.atVenue && comma > 0 ? where.substring(comma + 2) : where;
    v.locationIsCity = true;
    for (Span s : m.evidence) {
      v.addEvidence(s);
    }
    return v;
  }

  /**
   * Whether {@code events} tell a visit around {@code day} of {@code v}'s travellers, or of their state
   * to {@code host} or with nobody named.
   */
  private static boolean toldVisit(List<Draft> events, Draft v, EdtfDate day, Country host) {
    Country from = v.countries.iterator().next();
    for (Draft o : events) {
      if (o.type == EventType.VISIT && o.date != null && o.date.overlaps(day)
          && (o.sharesPerson(v) || (o.countries.contains(from) && (o.people.isEmpty() || host.equals(o.host))))) {
        return true;
      }
    }
    return false;
  }
}
