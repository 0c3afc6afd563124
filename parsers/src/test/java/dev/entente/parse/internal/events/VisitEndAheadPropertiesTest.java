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
 * A visit's last day told in the present on a day of the week after its arrival ("the visit ends on
 * Friday", "continues until Monday", "is to end on Friday", "he will return home on Friday", the
 * traveller named or not): the coming day of that name, which closes the visit the arrival opened;
 * told in the past after it, the same visit; a return home told without an arrival is no visit.
 * Random states, people, days and publication lags.
 */
class VisitEndAheadPropertiesTest {

  /** The ways of telling a visit's coming last day, {@code %s} the day of the week, after its arrival. */
  private static final List<String> ENDS = List.of(
      "The visit ends on %s.",
      "The visit continues until %s.",
      "The state visit concludes on %s.",
      "The official visit lasts until %s.",
      "The visit runs until %s.",
      "The visit runs to %s.",
      "The state visit will last until %s.",
      "The official visit runs through %s.",
      "The visit, the first at this level in a decade, ends on %s.",
      "The visit will end on %s.",
      "The visit is to end on %s.",
      "The visit is due to end on %s.",
      "The visit is scheduled to conclude on %s.",
      "The visit is expected to wrap up on %s.",
      "He will return home on %s.",
      "He is to fly home on %s.",
      "He flies home on %s.",
      "He returns home on %s.",
      "The president is due to head home on %s.");

  record Case(Told told, String end) {}

  private static String arrival(Told t, LocalDate day) {
    return t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
        + Told.weekday(day) + " for talks with " + t.y().adjective() + " leaders. ";
  }

  @Test
  void aVisitsLastDayToldInThePresentIsTheComingDayOfThatName() {
    Prop.check("the visit ends on, ahead",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, ENDS))), c -> {
          Told t = c.told();
          LocalDate arrival = t.day();
          LocalDate published = arrival.plusDays(1 + t.lag() % 3);
          LocalDate departure = published.plusDays(t.more());
          String text = arrival(t, arrival) + String.format(c.end(), Told.weekday(departure));
          List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
          assertEquals(1, visits.size(), () -> text + " -> " + visits);
          assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
          assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
        });
  }

  @Test
  void theSameLastDayToldInThePastAfterItGivesTheSameVisit() {
    Prop.check("the visit ended on, behind", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate arrival = t.day();
      LocalDate departure = arrival.plusDays(1 + t.lag() % 3 + t.more());
      String text = arrival(t, arrival) + "The visit ended on " + Told.weekday(departure) + ".";
      List<DiplomaticEvent> visits = ofType(text, departure.plusDays(1), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
    });
  }

  @Test
  void aReturnHomeWithoutAnArrivalIsNoVisit() {
    Prop.check("returns home, no arrival", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate published = t.day();
      String text = t.x().adjective() + " President " + t.a().full() + " held talks with " + t.y().adjective()
          + " President " + t.b().full() + " in " + t.y().capital() + " on " + Told.weekday(published) + ". "
          + t.a().full() + " flies home on " + Told.weekday(published.plusDays(t.more())) + ".";
      // the guest's visit on the talks' day is told by the talks in the host's capital, not by the way home
      List<DiplomaticEvent> visits = EventStageTest.withoutGuestVisits(EventStageTest.PARSER.parse("generated", text, published).events())
          .stream().filter(e -> e.type() == EventType.VISIT).toList();
      assertEquals(List.of(), visits, text);
    });
  }

  @Test
  void aVisitOfSeveralDaysThatEndsOnADayOfTheWeekRunsUpToIt() {
    List<String> counts = List.of("two", "three", "four", "five");
    Prop.check("an N-day visit that ends on", World.gen(DayWordsPropertiesTest::told), t -> {
      int days = 2 + t.lag();
      LocalDate published = t.day();
      LocalDate departure = published.plusDays(t.more());
      String text = t.x().adjective() + " President " + t.a().full() + ", on a " + counts.get(days - 2) + "-day visit to "
          + t.y().name() + " that ends on " + Told.weekday(departure) + ", said trade between the two countries would grow.";
      List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(departure.minusDays(days - 1L)), EdtfDate.of(departure)),
          visits.get(0).date(), text);
    });
  }
}
