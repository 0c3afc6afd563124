package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.ArrivalTalksPropertiesTest.Case;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A day told in a relative clause before the main clause ("X, who arrived in [capital] on [day],
 * held talks with Y on [later day]") is the relative clause's, not the main clause's: the talks keep
 * the day told after them. Random states, people, days and the gap between the two days.
 */
class RelativeClauseDatePropertiesTest {

  /** The relative clauses: {@code %1$s} the capital, {@code %2$s} the day. */
  private static final List<String> RELATIVES = List.of(
      "who arrived in %1$s on %2$s",
      "who arrived in %1$s on %2$s night",
      "who flew into %1$s on %2$s for a state visit",
      "who landed in %1$s on %2$s");

  /** The main clauses: {@code %1$s} the host, {@code %2$s} the day. */
  private static final List<String> MAINS = List.of(
      "held talks with %1$s on %2$s.",
      "held talks with %1$s at the presidential palace on %2$s.",
      "met %1$s on %2$s to discuss trade.");

  private static String text(Told t, Case c, LocalDate arrival, LocalDate talks) {
    return t.x().adjective() + " President " + t.a().full() + ", "
        + String.format(c.arrival(), t.y().capital(), Told.weekday(arrival)) + ", "
        + String.format(c.talks(), t.y().adjective() + " President " + t.b().full(), Told.weekday(talks));
  }

  @Test
  void talksKeepTheDayToldAfterThemNotTheRelativeClausesDay() {
    Prop.check("who arrived on D1, held talks on D2", Case.of(RELATIVES, MAINS), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate talks = arrival.plusDays(t.more());
      LocalDate published = talks.plusDays(1);
      String text = text(t, c, arrival, talks);
      List<DiplomaticEvent> meetings = ofType(text, published, EventType.MEETING);
      assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
      assertEquals(EdtfDate.of(talks), meetings.get(0).date(), text);
      assertTrue(meetings.get(0).participants().containsAll(List.of(t.a().full(), t.b().full())), text);

      // the other traveller the other way: the same days, the people swapped
      String swappedText = text(t.swapped(), c, arrival, talks);
      List<DiplomaticEvent> swapped = ofType(swappedText, published, EventType.MEETING);
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(EdtfDate.of(talks), swapped.get(0).date(), swappedText);
      assertEquals(meetings.get(0).participants().size(), swapped.get(0).participants().size(), swappedText);
    });
  }
}
