package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Talks with a guest whose visit is told in a relative clause after the guest's name ("held talks
 * with B, who arrived in [city] on an official visit") are two occasions: the talks of host and
 * guest, and the guest's visit, with the guest alone as its traveller. Each form is a template
 * filled with random states, leaders and dates, and with the two states swapped.
 */
class RelativeVisitPropertiesTest {

  private static final List<String> FORMS = List.of(
      "On {D}, {B} held talks with {A}, who arrived in {YC} on an official visit.",
      "On {D}, {B} held talks with {A}, who is in {Y} on a state visit.",
      "{B} held talks on {D} with {A}, who is on a working visit to {Y}.",
      "On {D}, {B} received {A}, who is paying a state visit to {Y}.",
      "On {D} {B} met {A}, who is in {YC} on an official visit, and discussed trade.");

  record Told(Trip trip, String form) {}

  /** Checks {@code what} on the events of each form filled with a random trip, and with its states swapped. */
  static void check(String name, List<String> forms, BiConsumer<Trip, String> what) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      what.accept(c.trip(), c.form());
      what.accept(c.trip().swapped(), c.form());
    });
  }

  @Test
  void talksWithAGuestWhoseVisitIsToldAfterTheNameAreTalksAndTheGuestsVisit() {
    check("talks and a visit told in a relative clause", FORMS, (t, form) -> {
      String text = OccasionFormsPropertiesTest.fill(form, t, 2);
      List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
      assertEquals(1, ReceptionPropertiesTest.meetings(got, t).size(), () -> text + " -> " + got);
      List<DiplomaticEvent> visits = got.stream().filter(e -> e.type() == EventType.VISIT).toList();
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertTrue(OccasionFormsPropertiesTest.told(visits, EventType.VISIT, EdtfDate.of(t.arrival()), t), () -> text + " -> " + got);
      assertFalse(visits.get(0).participants().contains(t.host().full()), () -> "the host is no traveller: " + text + " -> " + got);
    });
  }

  @Test
  void aRelativeClauseWithoutAVisitLeavesOneMeeting() {
    List<String> forms = List.of(
        "On {D}, {B} held talks with {A}, who leads the ruling party.",
        "On {D}, {B} held talks with {A}, who is in charge of trade talks.");
    check("talks and a relative clause of no visit", forms, (t, form) -> {
      String text = OccasionFormsPropertiesTest.fill(form, t, 2);
      List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
      assertEquals(1, ReceptionPropertiesTest.meetings(got, t).size(), () -> text + " -> " + got);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.VISIT), () -> text + " -> " + got);
    });
  }
}
