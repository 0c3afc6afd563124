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
import org.junit.jupiter.api.Test;

/**
 * A visit's days told by its arrival and a coming departure ("will leave [capital] on [day]", "is
 * due to leave [state] for [capital] on [day]"): one visit from the arrival to the departure; a
 * departure told alone is no visit. A visit of several days told in a relative clause beside talks
 * ("[X], who arrived on [day] on a four-day visit, held talks with [Y]") keeps its days. Random
 * states, people, days and publication lags.
 */
class VisitLeavingPropertiesTest {

  /**
   * The ways of telling a coming departure after an arrival: {@code %1$s} the day of the week,
   * {@code %2$s} the capital visited, {@code %3$s} the state visited, {@code %4$s} a capital further on.
   */
  private static final List<String> LEAVINGS = List.of(
      "He will leave %2$s on %1$s.",
      "He will leave %2$s for %4$s on %1$s.",
      "He is due to leave %3$s on %1$s.",
      "The president is expected to leave %2$s on %1$s for %4$s.",
      "He is scheduled to depart %2$s on %1$s.",
      "He is to leave %3$s on %1$s.",
      "The president will depart %2$s for %4$s on %1$s.",
      "He plans to leave %2$s on %1$s.");

  /** The kinds of a visit in "an N-day [kind] visit". */
  private static final List<String> KINDS = List.of("", "state ", "official ", "working ", "official friendly ");

  /** The talks told in the main clause after a relative clause of arrival, {@code %s} the host. */
  private static final List<String> TALKS = List.of(
      "held talks with %s.", "met %s.", "had a meeting with %s.", "held talks with %s on trade.");

  record Case(Told told, String leaving) {}

  record Length(Told told, int days, String kind, String talks) {}

  @Test
  void anArrivalAndAComingDepartureAreOneVisitBetweenThem() {
    Prop.check("arrived, will leave",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, LEAVINGS))), c -> {
          Told t = c.told();
          LocalDate arrival = t.day();
          LocalDate published = arrival.plusDays(1);
          LocalDate departure = published.plusDays(t.more());
          String text = t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
              + Told.weekday(arrival) + " for talks with " + t.y().adjective() + " leaders. "
              + String.format(c.leaving(), Told.weekday(departure), t.y().capital(), t.y().name(), t.z().capital());
          List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
          assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
        });
  }

  @Test
  void aComingDepartureToldAloneIsNoVisit() {
    Prop.check("will leave, no arrival",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, LEAVINGS))), c -> {
          Told t = c.told();
          LocalDate published = t.day();
          String text = t.x().adjective() + " President " + t.a().full() + " said on " + Told.weekday(published)
              + " that trade would grow. "
              + String.format(c.leaving(), Told.weekday(published.plusDays(t.more())), t.y().capital(), t.y().name(),
                  t.z().capital());
          assertEquals(List.of(), ofType(text, published, EventType.VISIT), text);
        });
  }

  @Test
  void aVisitOfSeveralDaysToldInARelativeClauseBesideTalksKeepsItsDays() {
    List<String> counts = List.of("two", "three", "four", "five", "six");
    Prop.check("who arrived on an N-day visit, held talks",
        World.gen(r -> new Length(DayWordsPropertiesTest.told(r), 2 + r.nextInt(5), World.pick(r, KINDS),
            World.pick(r, TALKS))), c -> {
          Told t = c.told();
          LocalDate arrival = t.day();
          LocalDate published = arrival.plusDays(1);
          String text = t.x().adjective() + " President " + t.a().full() + ", who arrived in " + t.y().capital() + " on "
              + Told.weekday(arrival) + " on a " + counts.get(c.days() - 2) + "-day " + c.kind() + "visit, "
              + String.format(c.talks(), t.y().adjective() + " President " + t.b().full());
          List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(arrival.plusDays(c.days() - 1L))),
              visits.get(0).date(), text);
        });
  }
}
