package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A traveller's talks with the host and then with a second official, told in one sentence with "and
 * then", "and later" or "and afterwards" and no comma ("was received by A at the palace and then held
 * talks with B"): two meetings of that day, one with each, as when the two are told in two sentences;
 * with random states, people, dates and lengths of visit.
 */
class TalksInSequencePropertiesTest {

  /** %1$s the traveller's surname, %2$s the host with office and state, %3$s the second official, %4$s the day. */
  private static final List<String> FORMS = List.of(
      "On %4$s %1$s was received by %2$s at the presidential palace and then held talks with %3$s.",
      "On %4$s %1$s held talks with %2$s and later met %3$s.",
      "On %4$s %1$s met %2$s and afterwards held talks with %3$s.",
      "On %4$s %1$s was received by %2$s and then met %3$s at his office.");

  record Sequence(Trip trip, Name other, String form) {
    String text() {
      Trip t = trip;
      return SecondMeetingPropertiesTest.arrival(t) + String.format(Locale.ROOT, form, t.guest().last(),
          t.y().adjective() + " President " + t.host().full(), t.y().adjective() + " Prime Minister " + other.full(),
          t.date(t.meetingDay())) + "\n";
    }
  }

  static Sequence sequence(SplittableRandom r) {
    SecondMeetingPropertiesTest.Second s = SecondMeetingPropertiesTest.second(r);
    return new Sequence(s.trip(), s.other(), World.pick(r, FORMS));
  }

  @Test
  void talksToldInSequenceAreTwoMeetingsOfTheDay() {
    Prop.check("and then, two meetings", World.gen(TalksInSequencePropertiesTest::sequence), s -> {
      String text = s.text();
      List<DiplomaticEvent> withOther = SecondMeetingPropertiesTest.assertTwoMeetings(text, s.trip(), s.other());
      assertTrue(withOther.get(0).participants().contains(s.trip().guest().full()), () -> text + " -> " + withOther);
    });
  }
}
