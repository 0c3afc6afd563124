package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A traveller who leaves for a city of his own state ("[Name] leaves for [own capital] on [day]") goes
 * home: no visit to his own state, with him alone as traveller; his visit abroad stays a visit of the
 * two states. With random states, leaders and days, and with the two states swapped.
 */
class LeavingHomePropertiesTest {
  private static final String TOLD = "{A} arrived in {YC} on {D} for an official visit. {a} held talks with {B} on {D}. ";

  private static final List<String> LEAVING = List.of(
      "{a} leaves for {XC} on {E}.",
      "{a} left for {XC} on {E}.",
      "{a} departed for {XC} on {E}.",
      "On {E}, {a} leaves for {XC}.");

  record Told(Trip trip, String form) {
    String text(Trip t) {
      return OccasionFormsPropertiesTest.fill(TOLD + form, t, 2).replace("{XC}", t.x().capital())
          .replace("{E}", t.date(t.arrival().plusDays(2)));
    }
  }

  @Test
  void leavingForTheOwnCapitalIsNoVisit() {
    Prop.check("leaving home", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, LEAVING))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = c.text(t);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        assertTrue(got.stream().noneMatch(e -> e.type() == EventType.VISIT && Set.of(t.x().country()).equals(Set.copyOf(e.countries()))),
            () -> text + " -> " + got);
        List<DiplomaticEvent> visits = got.stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertEquals(1, visits.size(), () -> text + " -> " + got);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(visits.get(0).countries()), text);
        assertTrue(visits.get(0).participants().contains(t.guest().full()), () -> text + " -> " + visits);
      }
    });
  }
}
