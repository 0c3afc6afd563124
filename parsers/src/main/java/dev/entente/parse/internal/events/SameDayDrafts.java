package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated drafts that tell one occasion: of one family, on the same date, with a person (or, close
 * together, no people) and a state in common; not a visit's day and talks that day, not a call with
 * one state and talks with another. The first step of {@link Retellings}.
 */
final class SameDayDrafts {
  private SameDayDrafts() {}

  /** Dated events of one family on the same date with a person (or no people) in common are one occasion. */
  static List<Draft> merge(List<Draft> dated) {
    List<Draft> out = new ArrayList<>();
    // only drafts of one family and date can merge: each looks among those alone, in the same order
    Map<SameDay, List<Draft>> byDay = new HashMap<>();
    for (Draft d : dated) {
      Draft same = null;
      List<Draft> sameDay = d.date == null ? List.of() : byDay.computeIfAbsent(new SameDay(d.family(), d.date), k -> new ArrayList<>());
      for (Draft o : sameDay) {
        boolean close = d.date != null && (d.date.precision() == EdtfDate.Precision.DAY || d.sentence - o.sentence <= 2);
        if (o.family().equals(d.family()) && d.date != null && d.date.equals(o.date) && !dayOfVisitAndTalks(o, d)
            && !callAndOtherSides(o, d) && !o.separateMeeting(d)
            && (o.sharesPerson(d) || ((o.people.isEmpty() || d.people.isEmpty()) && close))
            && (o.countries.isEmpty() || d.countries.isEmpty() || o.sharesCountry(d))) {
          same = o;
          break;
        }
      }
      if (same != null) {
        same.absorb(d, true);
        same.planned &= d.planned;
      } else {
        out.add(d);
        if (d.date != null) {
          sameDay.add(d);
        }
      }
    }
    return out;
  }

  /** Whether one draft tells a visit's arrival or departure and the other talks: two events of one day. */
  private static boolean dayOfVisitAndTalks(Draft a, Draft b) {
    return (a.type == EventType.VISIT && b.type == EventType.MEETING) || (b.type == EventType.VISIT && a.type == EventType.MEETING);
  }

  /**
   * Whether one draft tells a call and the other talks in person, and neither's states hold the
   * other's: a call with one state and a meeting with another that day are two occasions.
   */
  private static boolean callAndOtherSides(Draft a, Draft b) {
    return (a.type == EventType.CALL) != (b.type == EventType.CALL) && !a.countries.isEmpty() && !b.countries.isEmpty()
        && !a.countries.containsAll(b.countries) && !b.countries.containsAll(a.countries);
  }

  private record SameDay(String family, EdtfDate date) {
    // written out: the generated ones go through method handles, on a path taken for every dated event

    @Override
    public boolean equals(Object o) {
      return o instanceof SameDay other && family.equals(other.family) && date.equals(other.date);
    }

    @Override
    public int hashCode() {
      return family.hashCode() * 31 + date.hashCode();
    }
  }
}
