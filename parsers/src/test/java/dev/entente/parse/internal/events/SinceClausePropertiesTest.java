package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.events;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A date in a since-clause after a visit ("his first visit to Y since he was elected president in
 * [month]") is the time of what the clause tells, not the visit's: no visit or meeting takes it, and the
 * visit keeps the day told for it. Random states, people, days and clause forms.
 */
class SinceClausePropertiesTest {

  /** The since-clauses: {@code %1$s} the host state, {@code %2$s} the host, {@code %3$s} the month and year. */
  private static final List<String> SINCE = List.of(
      "his first visit to %1$s since he was elected president in %3$s",
      "the first official visit to %1$s since he was sworn in as president in %3$s",
      "his first trip to %1$s since %2$s took office in %3$s",
      "the first such visit since the two states restored their ties in %3$s");

  /** {@code sentence}: the since-clause in a sentence of its own after the arrival's ("It is his first visit ..."). */
  private record Told(Trip trip, String since, int yearsBefore, boolean sentence) {
    Told swapped() {
      return new Told(trip.swapped(), since, yearsBefore, sentence);
    }

    LocalDate then() {
      return trip.arrival().minusYears(yearsBefore);
    }

    String text() {
      Trip t = trip;
      LocalDate then = then();
      String month = then.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + then.getYear();
      return t.x().adjective() + " President " + t.guest().full() + " arrived in " + t.y().capital() + " on "
          + t.date(t.arrival()) + (sentence ? ". It is " : ", ") + String.format(Locale.ROOT, since, t.y().name(),
              t.y().adjective() + " Prime Minister " + t.host().full(), month) + ".";
    }
  }

  @Test
  void theSinceClausesMonthIsNoOccasionsAndTheVisitKeepsItsDay() {
    Prop.check("arrived on D, the first visit since ... in M", World.gen(r -> new Told(OccasionPropertiesTest.trip(r),
        World.pick(r, SINCE), 1 + r.nextInt(6), r.nextBoolean())), c -> {
      String text = c.text();
      List<DiplomaticEvent> got = events(text);
      EdtfDate month = EdtfDate.ofMonth(c.then().getYear(), c.then().getMonthValue());
      // the since-clause's own occasion ("restored their ties in [month]") may keep it; no visit or meeting does
      assertTrue(got.stream().noneMatch(e -> e.type().isConsultation() && month.equals(e.date())), () -> text + " -> " + got);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(c.trip().arrival()), visits.get(0).date(), text);

      // the other traveller the other way: the same day, the same two states
      String swappedText = c.swapped().text();
      List<DiplomaticEvent> swapped = ofType(events(swappedText), EventType.VISIT);
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(visits.get(0).date(), swapped.get(0).date(), swappedText);
      assertEquals(countries(visits.get(0)), countries(swapped.get(0)), swappedText);
    });
  }
}
