package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Undated talks told in the lead ("the protocol was signed by A and B after talks"), before a visit
 * of several days and a meeting of it dated on an earlier day, are the report's news: they take the
 * report's day, not the day of the meeting told later. Random states, people and days.
 */
class LeadTalksReportDayPropertiesTest {

  /** A visit of {@code trip}'s guest, a meeting with {@code other} on its second day, reported on its third. */
  private record Told(Trip trip, Name other) {
    Told swapped() {
      return new Told(trip.swapped(), other);
    }

    LocalDate reportDay() {
      return trip.arrival().plusDays(2);
    }

    String text() {
      Trip t = trip;
      LocalDate day = reportDay();
      return t.y().capital().toUpperCase(Locale.ROOT) + ", " + t.date(day) + " - " + t.x().name() + " and "
          + t.y().name() + " agreed on " + t.date(day) + " to extend their trade treaty for ten years.\n\n"
          + "The protocol of extension was signed by " + t.x().adjective() + " President " + t.guest().full()
          + " and " + t.y().adjective() + " Foreign Minister " + t.host().full() + " after talks.\n\n"
          + t.guest().last() + " arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + " on a four-day state visit.\n\n"
          + "On " + t.date(t.arrival().plusDays(1)) + " " + t.guest().last() + " met " + t.y().adjective()
          + " Prime Minister " + other.full() + ".\n";
    }
  }

  private static List<DiplomaticEvent> talksWith(Told c, String text) {
    return ofType(text, c.reportDay(), EventType.MEETING).stream()
        .filter(e -> e.participants().contains(c.trip().host().full())).toList();
  }

  @Test
  void leadTalksTakeTheReportsDayNotTheDayOfAMeetingToldLater() {
    Prop.check("signed after talks; arrived on D; met C on D+1; report of D+2", World.gen(r -> {
      Trip t = OccasionPropertiesTest.trip(r);
      Name other = World.twoNames(r)[0];
      while (other.last().equals(t.guest().last()) || other.last().equals(t.host().last())) {
        other = World.twoNames(r)[0]; // a third person, named apart from the two
      }
      return new Told(new Trip(t.x(), t.y(), t.guest(), t.host(), t.arrival(), 4, 1), other);
    }), c -> {
      String text = c.text();
      List<DiplomaticEvent> talks = talksWith(c, text);
      assertEquals(1, talks.size(), () -> text + " -> " + talks);
      assertEquals(EdtfDate.of(c.reportDay()), talks.get(0).date(), text);
      assertTrue(talks.get(0).participants().contains(c.trip().guest().full()), text);

      // the guest of the other state: the same days
      String swappedText = c.swapped().text();
      List<DiplomaticEvent> swapped = talksWith(c.swapped(), swappedText);
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(talks.get(0).date(), swapped.get(0).date(), swappedText);
    });
  }
}
