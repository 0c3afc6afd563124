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
 * A visit whose length is told beside its arrival ("arrived in [capital] on Thursday evening for a
 * two-day working visit") and whose departure is told later on the day after that length's last
 * ("leaves [capital] on Saturday"): a length counts whole days, so the departure ends the visit,
 * which is one visit from the arrival to it; a departure on the length's last day keeps the length.
 * Random states, people, lengths, days and intervening sentences.
 */
class VisitLengthDeparturePropertiesTest {

  private static final List<String> COUNTS = List.of("two", "three", "four", "five");
  private static final List<String> KINDS = List.of("working", "state", "official", "");
  private static final List<String> TIMES = List.of(" evening", " night", "", " afternoon");

  /** The ways of telling the departure, {@code %1$s} the traveller (or none), {@code %2$s} the host's capital, {@code %3$s} the day. */
  private static final List<String> DEPARTURES = List.of(
      "%1$s leaves %2$s on %3$s.",
      "%1$s will leave %2$s on %3$s.",
      "The visit ends on %3$s.",
      "%1$s returns home on %3$s.",
      "%1$s flies home on %3$s.");

  record Case(Told told, int days, String kind, String time, String departure, boolean between) {}

  private static Case gen(java.util.SplittableRandom r) {
    return new Case(DayWordsPropertiesTest.told(r), 2 + r.nextInt(COUNTS.size()), World.pick(r, KINDS),
        World.pick(r, TIMES), World.pick(r, DEPARTURES), r.nextBoolean());
  }

  private static String text(Case c, LocalDate departure) {
    Told t = c.told();
    String kind = c.kind().isEmpty() ? "" : c.kind() + " ";
    String between = c.between() ? "The two presidents discussed trade, energy and security. " : "";
    return t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
        + Told.weekday(t.day()) + c.time() + " for a " + COUNTS.get(c.days() - 2) + "-day " + kind + "visit. "
        + between + String.format(c.departure(), t.a().full(), t.y().capital(), Told.weekday(departure));
  }

  @Test
  void aDepartureOnTheDayAfterAToldLengthEndsTheVisit() {
    Prop.check("N-day visit, departure the day after", World.gen(VisitLengthDeparturePropertiesTest::gen), c -> {
      LocalDate arrival = c.told().day();
      LocalDate departure = arrival.plusDays(c.days());
      String text = text(c, departure);
      List<DiplomaticEvent> visits = ofType(text, arrival.plusDays(1), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
      assertEquals(List.of(c.told().a().full()), visits.get(0).participants(), text);
    });
  }

  @Test
  void aDepartureOnTheLengthsLastDayKeepsTheLength() {
    Prop.check("N-day visit, departure on its last day", World.gen(VisitLengthDeparturePropertiesTest::gen), c -> {
      LocalDate arrival = c.told().day();
      LocalDate last = arrival.plusDays(c.days() - 1L);
      String text = text(c, last);
      // published on the day of arrival: the last day lies ahead of it
      List<DiplomaticEvent> visits = ofType(text, arrival, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(last)), visits.get(0).date(), text);
    });
  }
}
