package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.events;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visit whose length is told in hours ("a 48-hour working visit"), in the forms of arrival and
 * beginning reports use: one visit from the arrival's day to the day its last hour falls on (a
 * visit of less than a day is one day); with random states, people, dates and lengths.
 */
class VisitHoursPropertiesTest {

  /** %1$s the guest with office, %2$s the host state's capital, %3$s the day, %4$s the hours, %5$s the host state, %6$s the host. */
  private static final List<String> FORMS = List.of(
      "%1$s arrived in %2$s on %3$s on a %4$s-hour state visit.",
      "%1$s, who arrived in %2$s on %3$s for a %4$s-hour working visit, held talks with %6$s.",
      "%1$s began a %4$s-hour official visit to %5$s on %3$s.",
      "On %3$s, %1$s landed in %2$s for a %4$s-hour visit.",
      "%1$s flew into %2$s on %3$s on a %4$s-hour trip.",
      "%1$s arrived in %5$s on %3$s for a %4$s-hour visit, the first by a leader of his country in a decade.",
      "%1$s touched down in %2$s on %3$s at the start of a %4$s-hour visit.");

  private static final List<Integer> HOURS = List.of(5, 8, 24, 30, 36, 48, 60, 72, 96);

  record Stay(Trip trip, int hours, String form) {
    String text() {
      Trip t = trip;
      return String.format(Locale.ROOT, form, t.x().adjective() + " President " + t.guest().full(), t.y().capital(),
          t.date(t.arrival()), hours, t.y().name(), t.y().adjective() + " Prime Minister " + t.host().full());
    }

    /** The calendar days the hours touch from the arrival's day. */
    EdtfDate days() {
      LocalDate first = trip.arrival();
      int extra = hours < 24 ? 0 : (hours + 23) / 24;
      return extra == 0 ? EdtfDate.of(first) : EdtfDate.interval(EdtfDate.of(first), EdtfDate.of(first.plusDays(extra)));
    }
  }

  @Test
  void aVisitOfSomeHoursRunsOverTheDaysItTouches() {
    Prop.check("a visit of N hours", World.gen(r -> new Stay(OccasionPropertiesTest.trip(r), World.pick(r, HOURS),
        World.pick(r, FORMS))), s -> {
      String text = s.text();
      List<DiplomaticEvent> got = events(text);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(s.days(), visits.get(0).date(), () -> text + " -> " + got);
      assertEquals(Set.of(s.trip().x().country(), s.trip().y().country()), countries(visits.get(0)), text);
      assertTrue(visits.get(0).participants().contains(s.trip().guest().full()), () -> text + " -> " + visits);
    });
  }

  @Test
  void swappingTheStatesKeepsTheDays() {
    Prop.check("swap the states of a visit of N hours", World.gen(r -> new Stay(OccasionPropertiesTest.trip(r),
        World.pick(r, HOURS), World.pick(r, FORMS))), s -> {
      Stay w = new Stay(s.trip().swapped(), s.hours(), s.form());
      DiplomaticEvent e = ofType(events(s.text()), EventType.VISIT).get(0);
      DiplomaticEvent f = ofType(events(w.text()), EventType.VISIT).get(0);
      assertEquals(e.date(), f.date(), w.text());
      assertEquals(countries(e), countries(f), w.text());
    });
  }
}
