package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.events.ReceptionPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A host who receives the guest of a visit without naming the guest ("received him", "welcomed the
 * visiting premier", "hosted his guest"), or who holds talks with "the visiting [office]" or
 * witnesses a signing beside that guest, meets the visit's traveller: a meeting of the two leaders
 * beside the visit. With no visit told before, the unnamed guest is nobody: no one is added. Each form is
 * filled with random states, leaders and dates, and with the two states swapped.
 */
class GuestUnnamedPropertiesTest {

  private static final List<String> AFTER_A_VISIT = List.of(
      "{A} paid an official visit to {Y} on {D}. {B} received him at the presidential palace.",
      "{A} began a state visit to {Y} on {D}. {B} welcomed the visiting leader at the government house.",
      "{A} arrived in {YC} on {D} for a state visit. {B} received the visiting premier for talks on trade.",
      "{A} paid an official visit to {Y} on {D}. {B} hosted him at the presidential palace.",
      "{A} began a state visit to {Y} on {D}. {B} received her at the presidential palace.",
      "{A} began a state visit to {Y} on {D}. {B} and the visiting leader held talks at the presidential palace.",
      "{A} paid an official visit to {Y} on {D}. Ministers of the two states signed an accord on trade in the presence of {B} and the visiting president.",
      "{A} began a state visit to {Y} on {D}. The accords were signed at the government house in the presence of {B} and the visiting leader.");

  private static final List<String> NO_VISIT = List.of(
      "{B} received him at the presidential palace on {D}.",
      "On {D}, {B} welcomed the visiting delegation at the government house.",
      "{B} received her on {D} and spoke of trade.");

  @Test
  void aHostReceivingTheGuestUnnamedMeetsTheTraveller() {
    Prop.check("guest unnamed after a visit", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, AFTER_A_VISIT))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = OccasionFormsPropertiesTest.fill(c.form(), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        assertTrue(OccasionFormsPropertiesTest.told(got, EventType.VISIT, EdtfDate.of(t.arrival()), t), () -> text + " -> " + got);
        List<DiplomaticEvent> met = ReceptionPropertiesTest.meetings(got, t);
        assertEquals(1, met.size(), () -> text + " -> " + got);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(met.get(0).countries()), text);
      }
    });
  }

  @Test
  void anUnnamedGuestWithNoVisitAddsNobody() {
    Prop.check("guest unnamed, no visit", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, NO_VISIT))), c -> {
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = OccasionFormsPropertiesTest.fill(c.form(), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        assertTrue(got.stream().allMatch(e -> e.participants().size() < 2 && !e.countries().contains(t.x().country())),
            () -> text + " -> " + got);
      }
    });
  }
}
