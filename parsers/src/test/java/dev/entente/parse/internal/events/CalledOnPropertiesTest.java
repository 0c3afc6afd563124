package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DiplomaticEvent;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.events.ReceptionPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A guest who calls on the host's leader ("called on President X", "paid a courtesy call on") meets
 * that leader on its day, at its place when one is told; a call on a leader to do something is a
 * demand, no meeting. Templates filled with random states, leaders and dates, and the states swapped.
 */
class CalledOnPropertiesTest {

  private static final List<String> AT_THE_CAPITAL = List.of(
      "{A} called on {B} in {YC} on {D}.",
      "On {D}, {A} called on {B} in {YC}.",
      "{A} paid a courtesy call on {B} in {YC} on {D}.",
      "{A} paid a call on {B} in {YC} on {D}.");

  private static final List<String> WITHOUT_THE_CAPITAL = List.of(
      "{A} called on {B} at the presidential palace on {D}.",
      "{A} also called on {B} on {D}.",
      "{A} called on {B} on {D} and discussed trade.",
      "On {D}, {A} paid a courtesy call on {B}.");

  private static final List<String> DEMANDS = List.of(
      "{A} called on {B} to withdraw troops from the border on {D}.",
      "On {D}, {A} called on {B} to release the detained sailors.",
      "{A} on {D} called on {B} to reopen the border.");

  @Test
  void aCallOnALeaderAtTheCapitalIsAMeetingThereOnItsDay() {
    ReceptionPropertiesTest.check("called on, at the capital", AT_THE_CAPITAL, true);
  }

  @Test
  void aCallOnALeaderWithoutThePlaceIsAMeetingOnItsDay() {
    ReceptionPropertiesTest.check("called on, no capital", WITHOUT_THE_CAPITAL, false);
  }

  @Test
  void aCallOnALeaderToDoSomethingIsNoMeeting() {
    Prop.check("called on to", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, DEMANDS))), c -> {
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = OccasionFormsPropertiesTest.fill(c.form(), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        assertEquals(List.of(), ReceptionPropertiesTest.meetings(got, t), text);
      }
    });
  }
}
