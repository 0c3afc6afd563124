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
 * A visit closed by the traveller's way back to a named place ("returned to [capital] on Monday",
 * "will fly back to [capital] on Friday"), told in a sentence after the arrival: one visit from the
 * arrival to that day, in the place of the arrival, the traveller named or told by office. A way
 * back told without an arrival is no visit. Random states, people, days and lengths.
 */
class VisitReturnPropertiesTest {

  /** Ways of telling the way back, told after it: {@code %1$s} the traveller, {@code %2$s} the place, {@code %3$s} the day. */
  private static final List<String> BACK = List.of(
      "%1$s returned to %2$s on %3$s.",
      "%1$s flew back to %2$s on %3$s after the talks.",
      "%1$s headed back to %2$s on %3$s.",
      "%1$s returned to %2$s late on %3$s.",
      "On %3$s %1$s flew back to %2$s.",
      "%1$s, accompanied by a large business delegation, returned to %2$s on %3$s.");

  /** Ways of telling the way back ahead of it. */
  private static final List<String> BACK_AHEAD = List.of(
      "%1$s will return to %2$s on %3$s.",
      "%1$s is due to fly back to %2$s on %3$s.",
      "%1$s returns to %2$s on %3$s.",
      "%1$s is expected to return to %2$s on %3$s morning.",
      "%1$s is scheduled to head back to %2$s on %3$s.",
      "%1$s is to return to %2$s on %3$s.");

  record Case(Told told, String back, boolean byOffice) {}

  private static String arrival(Told t, LocalDate day) {
    return t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
        + Told.weekday(day) + " for talks with " + t.y().adjective() + " leaders. ";
  }

  private static String back(Case c, LocalDate day) {
    Told t = c.told();
    String who = c.byOffice() ? "the " + t.x().adjective() + " President" : t.a().full();
    String told = String.format(c.back(), who, t.x().capital(), Told.weekday(day));
    return Character.toUpperCase(told.charAt(0)) + told.substring(1);
  }

  /**
   * The arrival, then the way back told by one of {@code forms}: told {@code ahead} of it (published the
   * day after the arrival), or after it.
   */
  private static void closesTheVisit(String name, List<String> forms, boolean ahead) {
    Prop.check(name, World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, forms), r.nextBoolean())), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate departure = arrival.plusDays(ahead ? 1 + t.more() : 1 + t.lag() % 3);
      LocalDate published = ahead ? arrival.plusDays(1) : departure.plusDays(t.more());
      String text = arrival(t, arrival) + back(c, departure);
      List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
      assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
      assertEquals(t.y().capital(), visits.get(0).location(), text);
    });
  }

  @Test
  void aWayBackToldAfterTheArrivalOrAheadOfItClosesTheVisit() {
    closesTheVisit("returned to, after the arrival", BACK, false);
    closesTheVisit("will return to, ahead", BACK_AHEAD, true);
  }

  @Test
  void aWayBackWithoutAnArrivalIsNoVisit() {
    Prop.check("returned to, no arrival",
        World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, BACK), false)), c -> {
          Told t = c.told();
          LocalDate day = t.day();
          String text = t.x().adjective() + " President " + t.a().full() + " held talks with " + t.y().adjective()
              + " President " + t.b().full() + " on " + Told.weekday(day) + ". " + back(c, day.plusDays(t.more()));
          assertEquals(List.of(), ofType(text, day.plusDays(t.more() + 1L), EventType.VISIT), text);
        });
  }
}
