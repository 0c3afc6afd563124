package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An arrival told with the place the traveller came from ("arrived in [capital] on [day] from [state]",
 * "from [capital], [state]"): the visit is of the traveller's state and the visited one, not of the
 * state of the earlier stop. Without a person whose state is known, "from [state]" is the traveller's
 * own and stays. Random states, people and days.
 */
class ArrivalFromPropertiesTest {

  /**
   * The ways of telling the arrival: {@code %1$s} the visited capital, {@code %2$s} the day, {@code %3$s}
   * the earlier stop's state, {@code %4$s} its capital.
   */
  private static final List<String> ARRIVALS = List.of(
      "arrived in %1$s on %2$s from %3$s",
      "arrived in %1$s from %3$s on %2$s",
      "arrived in %1$s on %2$s from %4$s, %3$s,",
      "landed in %1$s on %2$s from %3$s",
      "flew to %1$s on %2$s from %3$s");

  /** How the traveller is named: {@code %1$s} his state's adjective, {@code %2$s} his full name. */
  private static final List<String> OPENINGS = List.of("%1$s President %2$s %3$s", "%1$s President %2$s, who %3$s");

  record Case(Told told, String arrival, String opening) {}

  @Test
  void theStateOfAnEarlierStopIsNoStateOfTheVisit() {
    Prop.check("arrived in a capital from an earlier stop",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, ARRIVALS), World.pick(r, OPENINGS))), c -> {
          Told t = c.told();
          String arrival = String.format(c.arrival(), t.y().capital(), Told.weekday(t.day()), t.z().name(), t.z().capital());
          String opening = String.format(c.opening(), t.x().adjective(), t.a().full(), arrival);
          String text = c.opening().contains("who")
              ? opening + " said the visit would open a new chapter. "
              : opening + " for talks with " + t.y().adjective() + " leaders. ";
          List<DiplomaticEvent> visits = ofType(text, t.day().plusDays(1), EventType.VISIT);
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(EdtfDate.of(t.day()), visits.get(0).date(), text);
          assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
          assertEquals(Set.of(t.x().country(), t.y().country()), Set.<Country>copyOf(visits.get(0).countries()), text);
        });
  }

  @Test
  void withoutAPersonOfAKnownStateTheStateCameFromIsTheTravellers() {
    Prop.check("a delegation arrived from a state",
        World.gen(DayWordsPropertiesTest::told), t -> {
          String text = "A trade delegation arrived in " + t.y().capital() + " on " + Told.weekday(t.day()) + " from "
              + t.x().name() + " for talks on investment. ";
          List<DiplomaticEvent> visits = ofType(text, t.day().plusDays(1), EventType.VISIT);
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(Set.of(t.x().country(), t.y().country()), Set.<Country>copyOf(visits.get(0).countries()), text);
        });
  }
}
