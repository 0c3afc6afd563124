package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A guest received, hosted or welcomed by the host's leader, in the active and the passive, with
 * the place or without, is a meeting of the two leaders on its day (at its place when one is told);
 * the visit that brought the guest stays an occasion of its own when the text tells it. Each form
 * is a template filled with random states, leaders and dates, and with the two states swapped.
 */
class ReceptionPropertiesTest {

  private static final List<String> AT_THE_CAPITAL = List.of(
      "{B} received {A} in {YC} on {D}.",
      "{B} hosted {A} in {YC} on {D}.",
      "{B} welcomed {A} in {YC} on {D}.",
      "On {D}, {B} received {A} in {YC}.",
      "{A} was received by {B} in {YC} on {D}.",
      "{A} was hosted by {B} in {YC} on {D}.",
      "{A} was welcomed by {B} in {YC} on {D}.");

  private static final List<String> WITHOUT_THE_CAPITAL = List.of(
      "{B} received {A} on {D}.",
      "{B} hosted {A} on {D} for talks on trade.",
      "{B} received {A} at the presidential palace on {D}.",
      "{B} welcomed {A} at the government house on {D}.",
      "{A} was received by {B} on {D}.",
      "{A} was welcomed by {B} at the presidential palace on {D}.");

  /** The passive with words between the verb and its agent: the manner, the day, the place of the reception. */
  private static final List<String> PASSIVE_WORDS_BETWEEN = List.of(
      "{A} was received on {D} by {B} at the presidential palace.",
      "{A} was received with full military honours at the presidential palace by {B} on {D}.",
      "{A} was received in audience by {B} on {D}.",
      "{A} was welcomed at the airport on {D} by {B}.",
      "{A} was welcomed on {D} by {B} at the government house.",
      "{A} was greeted by {B} on {D}.",
      "{A} was greeted at the residence on {D} by {B}.");

  record Told(Trip trip, String form) {}

  /** The meetings of {@code got} on {@code date} of the guest and the host, between the trip's states. */
  static List<DiplomaticEvent> meetings(List<DiplomaticEvent> got, Trip t) {
    EdtfDate day = EdtfDate.of(t.arrival());
    return got.stream().filter(e -> e.type() == EventType.MEETING && day.equals(e.date())
        && e.participants().contains(t.guest().full()) && e.participants().contains(t.host().full())).toList();
  }

  static void check(String name, List<String> forms, boolean placeTold) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = OccasionFormsPropertiesTest.fill(c.form(), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        List<DiplomaticEvent> met = meetings(got, t);
        assertEquals(1, met.size(), () -> text + " -> " + got);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(met.get(0).countries()), text);
        if (placeTold) {
          assertEquals(t.y().capital(), met.get(0).location(), text);
        }
      }
    });
  }

  @Test
  void aReceptionAtTheCapitalIsAMeetingThereOnItsDay() {
    check("reception at the capital", AT_THE_CAPITAL, true);
  }

  @Test
  void aReceptionWithoutThePlaceOrAtAVenueIsAMeetingOnItsDay() {
    check("reception without the capital", WITHOUT_THE_CAPITAL, false);
  }

  @Test
  void aPassiveReceptionWithWordsBeforeItsAgentIsAMeetingOnItsDay() {
    check("passive reception, words before the agent", PASSIVE_WORDS_BETWEEN, false);
  }

  @Test
  void aReceptionDuringAToldVisitLeavesTheVisit() {
    List<String> forms = List.of(
        "{A} arrived in {YC} on {D} for a state visit. {a} was received by {B} at the presidential palace.",
        "{A} paid an official visit to {Y} on {D}. {B} received {a} in {YC}.");
    Prop.check("reception beside its visit", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = OccasionFormsPropertiesTest.fill(c.form(), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        assertTrue(OccasionFormsPropertiesTest.told(got, EventType.VISIT, EdtfDate.of(t.arrival()), t), () -> text + " -> " + got);
        assertEquals(1, meetings(got, t).size(), () -> text + " -> " + got);
      }
    });
  }
}
