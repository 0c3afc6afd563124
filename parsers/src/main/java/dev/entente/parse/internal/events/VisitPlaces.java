package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The place of talks held during a visit and told without one ("X arrived in [city] on Monday for a
 * three-day visit. On Tuesday X held talks with Y."): the city the visit is spent in, when the talks
 * fall on one of its days and share a person or their states with it. Per article, once the
 * occasions are found and dated.
 */
final class VisitPlaces {

  private VisitPlaces() {}

  /** Gives each meeting of {@code events} told without a place the city of the one visit it lies within. */
  static void fill(List<Draft> events) {
    for (Draft m : events) {
      EdtfDate day = m.date;
      if (m.type != EventType.MEETING || m.location != null || day == null || !oneDay(day)) {
        continue;
      }
      Draft within = null;
      for (Draft v : events) {
        if (v.type != EventType.VISIT || v.location == null || !v.locationIsCity || v.planned != m.planned
            || !spans(v.date, day) || !(m.sharesPerson(v) || (!m.countries.isEmpty() && v.countries.containsAll(m.countries)))) {
          continue;
        }
        if (within != null && !Objects.equals(within.location, v.location)) {
          within = null; // two visits of that day in two places: neither is surely the talks'
          break;
        }
        within = v;
      }
      if (within != null) {
        m.location = within.location;
        m.locationIsCity = true;
        m.host = within.host;
      }
    }
  }

  /** Whether {@code d} is one day. */
  private static boolean oneDay(EdtfDate d) {
    return !d.isInterval() && d.precision() == EdtfDate.Precision.DAY;
  }

  /** Whether the visit's days {@code visit} (one day or an interval of days, both ends known to the day) hold {@code day}. */
  private static boolean spans(@Nullable EdtfDate visit, EdtfDate day) {
    if (visit == null) {
      return false;
    }
    EdtfDate first = visit.start();
    EdtfDate last = visit.end();
    return first != null && last != null && first.precision() == EdtfDate.Precision.DAY && last.precision() == EdtfDate.Precision.DAY
        && visit.contains(day);
  }
}
