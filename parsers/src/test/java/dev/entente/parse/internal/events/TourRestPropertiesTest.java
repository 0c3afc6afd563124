package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rest of a tour under way, told ahead ("is due to visit a university on Friday before returning
 * to [capital]"), is no visit of its own: the visit between the two states stays the only one, and no
 * visit is placed in the traveller's own capital. A visit ahead to another state is still one. Random
 * states, people, sites and days.
 */
class TourRestPropertiesTest {

  /** Sites a guest tours within the host state. */
  private static final List<String> SITES = List.of(
      "a university", "a steel works", "an industrial park", "the national museum", "a car factory",
      "the old port", "a research institute", "a farming cooperative");

  /** Ways of telling the rest of the tour: {@code %1$s} the traveller, {@code %2$s} the site, {@code %3$s} the day, {@code %4$s} home. */
  private static final List<String> REST = List.of(
      "%1$s is due to visit %2$s on %3$s before returning to %4$s.",
      "%1$s is scheduled to visit %2$s on %3$s before flying back to %4$s.",
      "%1$s will visit %2$s on %3$s before returning to %4$s.",
      "%1$s is expected to tour %2$s on %3$s and then return to %4$s.");

  record Case(Told told, String site, String rest) {}

  private static String arrival(Told t) {
    return t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
        + Told.weekday(t.day()) + " for talks with " + t.y().adjective() + " President " + t.b().full() + ". ";
  }

  private static void onlyTheVisitBetweenTheStates(Told t, String text, LocalDate published) {
    List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
    for (DiplomaticEvent v : visits) {
      assertTrue(v.countries().size() >= 2, () -> text + " -> " + v);
      assertTrue(!t.x().capital().equals(v.location()), () -> text + " -> " + v);
    }
    assertTrue(visits.stream().anyMatch(v -> Set.copyOf(v.countries()).containsAll(
        Set.of(t.x().country(), t.y().country()))), () -> text + " -> " + visits);
  }

  @Test
  void theRestOfATourIsNoVisitOfItsOwn() {
    Prop.check("rest of a tour", World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, SITES),
        World.pick(r, REST))), c -> {
          Told t = c.told();
          String rest = String.format(c.rest(), "The " + t.x().adjective() + " President", c.site(),
              Told.weekday(t.day().plusDays(t.more())), t.x().capital());
          onlyTheVisitBetweenTheStates(t, arrival(t) + rest, t.day());
          // told of the other traveller, the same holds with the states swapped
          Told s = t.swapped();
          String swapped = String.format(c.rest(), "The " + s.x().adjective() + " President", c.site(),
              Told.weekday(s.day().plusDays(s.more())), s.x().capital());
          onlyTheVisitBetweenTheStates(s, arrival(s) + swapped, s.day());
        });
  }

  @Test
  void aVisitAheadToAnotherStateIsStillOne() {
    Prop.check("visit ahead to another state", World.gen(DayWordsPropertiesTest::told), t -> {
      String text = arrival(t) + t.a().full() + " will travel to " + t.z().capital() + " on "
          + Told.weekday(t.day().plusDays(t.more())) + " for talks with " + t.z().adjective() + " leaders.";
      List<DiplomaticEvent> visits = ofType(text, t.day(), EventType.VISIT);
      List<DiplomaticEvent> ahead = visits.stream().filter(DiplomaticEvent::planned).toList();
      assertEquals(1, ahead.size(), () -> text + " -> " + visits);
      Set<Country> states = Set.copyOf(ahead.get(0).countries());
      assertTrue(states.contains(t.z().country()) && states.contains(t.x().country()), () -> text + " -> " + ahead);
    });
  }
}
