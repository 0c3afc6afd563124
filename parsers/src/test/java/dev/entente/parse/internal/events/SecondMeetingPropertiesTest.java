package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.events;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A traveller who meets a second official of the host state, told after the dated talks with the host
 * in the forms reports use ("later met", "also called on", "held separate talks with"): two meetings
 * of that day, one with each official, not one; with random states, people, dates and lengths of visit.
 */
class SecondMeetingPropertiesTest {

  /** %1$s the traveller's surname, %2$s the second official with office and state. */
  private static final List<String> FORMS = List.of(
      "%1$s later met %2$s.",
      "%1$s also called on %2$s.",
      "Later in the day, %1$s met %2$s.",
      "%1$s also held separate talks with %2$s.",
      "%1$s was later received by %2$s.",
      "%1$s afterwards had a meeting with %2$s.",
      "%1$s then held talks with %2$s on trade and investment.");

  record Second(Trip trip, Name other, String form) {
    String text() {
      Trip t = trip;
      return arrival(t) + "On " + t.date(t.meetingDay()) + ", " + t.guest().last() + " held talks with " + t.y().adjective()
          + " President " + t.host().full() + ".\n\n"
          + String.format(java.util.Locale.ROOT, form, t.guest().last(), t.y().adjective() + " Prime Minister " + other.full())
          + "\n";
    }
  }

  /** The guest's arrival for a state visit of the trip's length, as a paragraph. */
  static String arrival(Trip t) {
    return t.x().adjective() + " President " + t.guest().full() + " arrived in " + t.y().capital() + " on "
        + t.date(t.arrival()) + " for a " + t.length() + " state visit to " + t.y().name() + ".\n\n";
  }

  static Second second(SplittableRandom r) {
    Trip t = OccasionPropertiesTest.trip(r);
    Name other;
    do {
      other = World.twoNames(r)[0];
    } while (other.last().equals(t.guest().last()) || other.last().equals(t.host().last()));
    return new Second(t, other, World.pick(r, FORMS));
  }

  /** The meetings of {@code day} that have {@code who} among their participants. */
  static List<DiplomaticEvent> meetingsWith(List<DiplomaticEvent> events, EdtfDate day, Name who) {
    return ofType(events, EventType.MEETING).stream()
        .filter(e -> day.equals(e.date()) && e.participants().contains(who.full())).toList();
  }

  @Test
  void aSecondOfficialIsASecondMeetingOfTheDay() {
    Prop.check("a second meeting of the day", World.gen(SecondMeetingPropertiesTest::second), s -> {
      assertTwoMeetings(s.text(), s.trip(), s.other());
    });
  }

  /**
   * That {@code text} tells one meeting on the trip's day of talks with its host and another with
   * {@code other} and the guest, without the host; returns the events read.
   */
  static List<DiplomaticEvent> assertTwoMeetings(String text, Trip trip, Name other) {
    List<DiplomaticEvent> got = events(text);
    EdtfDate day = EdtfDate.of(trip.meetingDay());
    List<DiplomaticEvent> withHost = meetingsWith(got, day, trip.host());
    List<DiplomaticEvent> withOther = meetingsWith(got, day, other);
    assertEquals(1, withHost.size(), () -> text + " -> " + got);
    assertEquals(1, withOther.size(), () -> text + " -> " + got);
    assertTrue(withHost.get(0) != withOther.get(0), () -> "one meeting for both: " + text + " -> " + got);
    assertTrue(!withOther.get(0).participants().contains(trip.host().full()), () -> text + " -> " + got);
    return withOther;
  }

  @Test
  void theHostTwiceIsOneMeeting() {
    Prop.check("the host retold", World.gen(SecondMeetingPropertiesTest::second), s -> {
      Second again = new Second(s.trip(), s.trip().host(), s.form());
      String text = again.text().replace(s.trip().y().adjective() + " Prime Minister " + s.trip().host().full(),
          s.trip().y().adjective() + " President " + s.trip().host().full());
      List<DiplomaticEvent> got = events(text);
      EdtfDate day = EdtfDate.of(s.trip().meetingDay());
      assertEquals(1, meetingsWith(got, day, s.trip().host()).size(), () -> text + " -> " + got);
    });
  }
}
