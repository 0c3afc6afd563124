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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visit's days told by its arrival and a leaving for a place of another state, onward on a tour
 * ("leaves on [day] for [capital]", "departs [day] for [capital], [state]"), told by the traveller's
 * name or without it: one visit from the arrival to the leaving, with the visited state and the
 * traveller's, not the state further on. Random states, people and days.
 */
class VisitOnwardPropertiesTest {

  /**
   * The ways of telling a leaving onward: {@code %1$s} the day ("on Friday", "today"), {@code %2$s} a
   * capital further on, {@code %3$s} its state, {@code %4$s} the traveller as the sentence names him.
   */
  private static final List<String> LEAVINGS = List.of(
      "%4$s leaves %1$s for %2$s.",
      "%4$s leaves for %2$s %1$s.",
      "%4$s departs %1$s for %2$s, %3$s.",
      "%4$s departed %1$s for %2$s.",
      "%4$s departs for %2$s %1$s.");

  /** How the leaving names the traveller: {@code %1$s} his surname, {@code %2$s} his state's adjective. */
  private static final List<String> TRAVELLERS = List.of("%1$s", "The president", "The %2$s leader", "He");

  record Case(Told told, String leaving, String traveller, boolean today) {}

  @Test
  void anArrivalAndALeavingOnwardAreOneVisitBetweenThem() {
    Prop.check("arrived, leaves for a capital further on",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, LEAVINGS), World.pick(r, TRAVELLERS),
            r.nextBoolean())), c -> {
          Told t = c.told();
          LocalDate arrival = t.day();
          LocalDate departure = arrival.plusDays(t.more());
          LocalDate published = c.today() ? departure : arrival.plusDays(1);
          String day = c.today() ? "today" : "on " + Told.weekday(departure);
          String leaving = c.today() ? c.leaving() : c.leaving().replace("departed", "departs");
          String who = String.format(c.traveller(), t.a().last(), t.x().adjective());
          String text = t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
              + Told.weekday(arrival) + " for talks with " + t.y().adjective() + " leaders. "
              + String.format(leaving, day, t.z().capital(), t.z().name(), who);
          List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT).stream()
              .filter(v -> v.countries().contains(t.y().country())).toList();
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
          assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
          assertEquals(Set.of(t.x().country(), t.y().country()), Set.<Country>copyOf(visits.get(0).countries()), text);
        });
  }
}
