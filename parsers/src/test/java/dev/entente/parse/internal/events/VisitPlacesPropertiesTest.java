package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Talks told without a place on a day of a visit ("X arrived in [capital] on [day] for a three-day
 * visit. On [next day] X met Y."): held where the visit is spent, the visit's city; the other
 * traveller the other way, the other city. Talks that name their own place keep it. Random states,
 * people and days.
 */
class VisitPlacesPropertiesTest {

  /** The ways of telling the visit: {@code %1$s} the traveller, {@code %2$s} the capital, {@code %3$s} the weekday. */
  private static final List<String> VISITS = List.of(
      "%1$s arrived in %2$s on %3$s for a three-day visit.",
      "%1$s arrived in %2$s on %3$s on a three-day official visit.",
      "%1$s began a three-day state visit to %2$s on %3$s.");

  /** Talks that name no place: {@code %1$s} the traveller's surname, {@code %2$s} the host, {@code %3$s} the weekday. */
  private static final List<String> TALKS = List.of(
      "%1$s and %2$s held talks on %3$s.",
      "%1$s met %2$s on %3$s.",
      "On %3$s, %1$s held talks with %2$s.");

  /** The meetings of case {@code c}'s report, the talks the day after the arrival, the report days later. */
  private static List<DiplomaticEvent> meetings(Case c, String text) {
    return ofType(text, c.told().day().plusDays(4L + c.told().more()), EventType.MEETING);
  }

  /** The report of case {@code c}, the talks the day after the arrival. */
  private static String text(Case c) {
    LocalDate arrival = c.told().day();
    return ArrivalTalksPropertiesTest.text(c.told(), c, arrival, arrival.plusDays(1));
  }

  @Test
  void talksOnADayOfAVisitAreHeldInTheVisitsCity() {
    Prop.check("talks in the visit's city", Case.of(VISITS, TALKS), c -> {
      Told t = c.told();
      EdtfDate talks = EdtfDate.of(t.day().plusDays(1));
      String text = text(c);
      List<DiplomaticEvent> got = meetings(c, text).stream().filter(e -> talks.equals(e.date())).toList();
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(t.y().capital(), got.get(0).location(), text);

      // the other traveller the other way: the other city
      Case s = new Case(t.swapped(), c.arrival(), c.talks());
      String swappedText = text(s);
      List<DiplomaticEvent> swapped = meetings(s, swappedText).stream().filter(e -> talks.equals(e.date())).toList();
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(t.x().capital(), swapped.get(0).location(), swappedText);
    });
  }

  @Test
  void talksThatNameTheirPlaceKeepIt() {
    Prop.check("talks keep their own place", Case.of(VISITS, TALKS), c -> {
      Told t = c.told();
      Case elsewhere = new Case(t, c.arrival(), "%1$s and %2$s held talks in " + t.z().capital() + " on %3$s.");
      String text = text(elsewhere);
      List<DiplomaticEvent> got = meetings(elsewhere, text);
      for (DiplomaticEvent m : got) {
        assertNotEquals(t.y().capital(), m.location(), () -> text + " -> " + got);
      }
    });
  }
}
