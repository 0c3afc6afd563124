package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A visit told by its arrival ("arrived in [capital] on [day] evening") and the traveller's talks
 * with the host on the next day, no departure told: one visit from the arrival to the talks, beside
 * the meeting of that day. Talks told days after the arrival leave the visit's end untold. Random
 * states, people and days.
 */
class ArrivalTalksPropertiesTest {

  /** The ways of telling the arrival: {@code %1$s} the traveller, {@code %2$s} the capital, {@code %3$s} the weekday. */
  private static final List<String> ARRIVALS = List.of(
      "%1$s arrived in %2$s on %3$s evening.",
      "%1$s arrived in %2$s late on %3$s.",
      "%1$s flew into %2$s on %3$s afternoon.",
      "%1$s arrived in %2$s on %3$s on an official visit.");

  /** The ways of telling the talks: {@code %1$s} the traveller's surname, {@code %2$s} the host, {@code %3$s} the weekday. */
  private static final List<String> TALKS = List.of(
      "On %3$s, %1$s held talks with %2$s at the presidential palace.",
      "%1$s and %2$s held talks on %3$s.",
      "%1$s met %2$s on %3$s.");

  /** A generated report of two clauses: the people, states and days, and a form of each clause. */
  record Case(Told told, String arrival, String talks) {
    /** A generator of cases whose first clause is one of {@code firsts} and second one of {@code seconds}. */
    static Gen<Case> of(List<String> firsts, List<String> seconds) {
      return World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, firsts), World.pick(r, seconds)));
    }
  }

  /** The report of case {@code c}: the arrival told on {@code arrival}, the talks on {@code talks}. */
  static String text(Told t, Case c, LocalDate arrival, LocalDate talks) {
    String guest = t.x().adjective() + " President " + t.a().full();
    String host = t.y().adjective() + " President " + t.b().full();
    return String.format(c.arrival(), guest, t.y().capital(), Told.weekday(arrival)) + " "
        + String.format(c.talks(), t.a().last(), host, Told.weekday(talks));
  }

  private static Set<Country> countries(DiplomaticEvent e) {
    return e.countries().stream().collect(Collectors.toSet());
  }

  @Test
  void anArrivalAndTalksOnTheNextDayAreOneVisitBetweenThem() {
    Prop.check("arrived, talks the next day", Case.of(ARRIVALS, TALKS), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate talks = arrival.plusDays(1);
      String text = text(t, c, arrival, talks);
      List<DiplomaticEvent> visits = ofType(text, talks, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(talks)), visits.get(0).date(), text);
      assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
      List<DiplomaticEvent> meetings = ofType(text, talks, EventType.MEETING);
      assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
      assertEquals(EdtfDate.of(talks), meetings.get(0).date(), text);
      assertTrue(countries(visits.get(0)).containsAll(Set.of(t.x().country(), t.y().country())), text);

      // the other traveller the other way: the facts swap
      Told s = t.swapped();
      String swappedText = text(s, c, arrival, talks);
      List<DiplomaticEvent> swapped = ofType(swappedText, talks, EventType.VISIT);
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(visits.get(0).date(), swapped.get(0).date(), swappedText);
      assertEquals(List.of(t.b().full()), swapped.get(0).participants(), swappedText);
    });
  }

  @Test
  void talksDaysAfterTheArrivalLeaveTheVisitOnItsDay() {
    Prop.check("arrived, talks days later", Case.of(ARRIVALS, TALKS), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate talks = arrival.plusDays(1L + t.more());
      String text = text(t, c, arrival, talks);
      List<DiplomaticEvent> visits = ofType(text, talks, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.of(arrival), visits.get(0).date(), text);
    });
  }
}
