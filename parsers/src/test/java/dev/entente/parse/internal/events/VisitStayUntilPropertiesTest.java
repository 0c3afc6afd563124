package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A stay told up to a day after the visit's arrival ("The guest will stay in [state] until October 18
 * and will visit [cities]"): the visit runs from the arrival to that day; and the end of a visit whose
 * days are told already ("arrived today at the start of a five-day visit ... The visit will end on
 * Friday") is that visit's last day, not the end of a second visit from talks told before it. Random
 * states, people and days; the states swapped, the visit's states swap.
 */
class VisitStayUntilPropertiesTest {

  /** The ways of telling how long a visit goes on after its arrival, {@code %1$s} the host state, {@code %2$s} the last day. */
  private static final List<String> STAYS = List.of(
      "The guest will stay in %1$s until %2$s and will visit several provinces.",
      "He will remain in %1$s on his visit until %2$s.",
      "The visit to %1$s will continue until %2$s.");

  record Case(Told told, String stay) {}

  @Test
  void aStayUntilADayAfterAnArrivalEndsTheVisit() {
    Prop.check("arrived today, will stay until", World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, STAYS))), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate departure = arrival.plusDays(1 + t.lag() + t.more());
      for (boolean swap : new boolean[] {false, true}) {
        var guest = swap ? t.y() : t.x();
        var host = swap ? t.x() : t.y();
        String text = host.capital().toUpperCase(Locale.ROOT) + ", " + Told.date(arrival) + " - " + guest.adjective()
            + " President " + t.a().full() + " arrived in " + host.capital() + " today on an official visit.\n\n"
            + String.format(Locale.ROOT, c.stay(), host.name(), Told.date(departure)) + "\n";
        List<DiplomaticEvent> visits = ofType(text, arrival, EventType.VISIT);
        assertEquals(1, visits.size(), () -> text + " -> " + visits);
        assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
        assertEquals(Set.of(guest.country(), host.country()), Set.copyOf(visits.get(0).countries()), text);
      }
    });
  }

  @Test
  void theEndOfAVisitWhoseDaysAreToldIsThatVisitsEndNotTheEndOfTalksBeforeIt() {
    List<String> counts = List.of("three", "four", "five");
    Prop.check("a five-day visit, talks on its second day, its end", World.gen(DayWordsPropertiesTest::told), t -> {
      int days = 3 + t.lag() % 3;
      LocalDate arrival = t.day();
      LocalDate last = arrival.plusDays(days - 1L);
      String text = t.y().capital().toUpperCase(Locale.ROOT) + ", " + Told.date(arrival) + " - " + t.x().adjective()
          + " President " + t.a().full() + " arrived in " + t.y().capital() + " today at the start of a "
          + counts.get(days - 3) + "-day official visit to " + t.y().name() + ".\n\n"
          + t.y().adjective() + " Prime Minister " + t.b().full() + " will hold separate talks with the guest on "
          + Told.weekday(arrival.plusDays(1)) + ".\n\nThe visit will end on " + Told.weekday(last)
          + ", when the two sides are expected to sign a joint declaration.\n";
      List<DiplomaticEvent> visits = ofType(text, arrival, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(last)), visits.get(0).date(), text);
    });
  }
}
