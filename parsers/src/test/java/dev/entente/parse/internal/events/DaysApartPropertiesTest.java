package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Two occasions of one clause told days apart ("B held talks with A on [weekday], a day after the
 * visiting leader arrived in [capital] for a [N]-day visit"; "the two leaders met [...] a day after A arrived on [weekday]"):
 * the occasion across "a day after" from the clause's date is on its own day, the date moved by the
 * days named. Random states, people, days and lengths of visit.
 */
class DaysApartPropertiesTest {

  /** The words of the days apart, with the days they name. */
  record Apart(String words, int days) {}

  private static final List<Apart> AFTER = List.of(new Apart("a day after", 1), new Apart("one day after", 1),
      new Apart("the day after", 1), new Apart("two days after", 2));

  private static final List<String> LENGTHS = List.of("two", "three", "four", "five");

  /** The host's talks with the guest: {@code %1$s} the host, {@code %2$s} the guest, {@code %3$s} the capital. */
  private static final List<String> TALKS = List.of("%1$s held talks with %2$s in %3$s", "%1$s met %2$s in %3$s",
      "%1$s and %2$s held talks in %3$s");

  /** A generated case: people, states and days, the words of days apart, the form of the talks, and the visit's length in days. */
  record Case(Told told, Apart apart, String form, int length) {
    // the visit outlasts the days between its arrival and the talks
    static final Gen<Case> GEN = World.gen(r -> {
      Apart apart = World.pick(r, AFTER);
      return new Case(DayWordsPropertiesTest.told(r), apart, World.pick(r, TALKS), apart.days() + 1 + r.nextInt(4 - apart.days()));
    });

    /** The guest's day of arrival. */
    LocalDate arrival() {
      return told.day();
    }

    /** The talks' day, the days named after the arrival. */
    LocalDate talks() {
      return told.day().plusDays(apart.days());
    }

    /** The day the report is read as published, a few days after the talks at most. */
    LocalDate published() {
      return talks().plusDays(told.lag());
    }
  }

  /** "B held talks with A in [capital] on [weekday of the talks], [apart] the visiting leader arrived in [capital] for an N-day official visit." */
  static String talksAfterArrival(Case c, LocalDate talks) {
    Told t = c.told();
    return String.format(c.form(), t.y().adjective() + " President " + t.b().full(), t.x().adjective() + " President " + t.a().full(),
        t.y().capital()) + " on " + Told.weekday(talks) + ", " + c.apart().words() + " the visiting leader arrived in "
        + t.y().capital() + " for a " + LENGTHS.get(c.length() - 2) + "-day official visit.";
  }

  /** "A and B met at the presidential palace [apart] A arrived in [capital] on [weekday of the arrival] evening." */
  static String metAfterArrival(Case c, LocalDate arrival) {
    Told t = c.told();
    return t.x().adjective() + " President " + t.a().full() + " and " + t.y().adjective() + " President " + t.b().full()
        + " met at the presidential palace " + c.apart().words() + " " + t.a().last() + " arrived in " + t.y().capital()
        + " on " + Told.weekday(arrival) + " evening.";
  }

  /** The one meeting of {@code text} read as published on {@code published}, asserted to be on {@code day}. */
  private static DiplomaticEvent meetingOn(String text, LocalDate published, LocalDate day) {
    List<DiplomaticEvent> meetings = ofType(text, published, EventType.MEETING);
    assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
    assertEquals(EdtfDate.of(day), meetings.get(0).date(), text);
    return meetings.get(0);
  }

  @Test
  void aVisitArrivedDaysBeforeTheClausesDateStartsOnItsOwnDay() {
    Prop.check("talks on D, a day after arriving", Case.GEN, c -> {
      Told t = c.told();
      String text = talksAfterArrival(c, c.talks());
      List<DiplomaticEvent> visits = ofType(text, c.published(), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      EdtfDate span = EdtfDate.interval(EdtfDate.of(c.arrival()), EdtfDate.of(c.arrival().plusDays(c.length() - 1L)));
      assertEquals(span, visits.get(0).date(), text);
      assertEquals(List.of(t.a().full()), visits.get(0).participants(), () -> text + " -> " + visits);
      assertTrue(visits.get(0).countries().containsAll(List.of(t.x().country(), t.y().country())), () -> text + " -> " + visits);
      DiplomaticEvent meeting = meetingOn(text, c.published(), c.talks());
      assertEquals(Set.of(t.a().full(), t.b().full()), Set.copyOf(meeting.participants()), text);
    });
  }

  @Test
  void talksDaysAfterAnArrivalOnItsDayAreOnTheirOwnDay() {
    Prop.check("met a day after arriving on D", Case.GEN, c -> {
      Told t = c.told();
      String text = metAfterArrival(c, c.arrival());
      DiplomaticEvent meeting = meetingOn(text, c.published(), c.talks());
      assertTrue(meeting.participants().containsAll(List.of(t.a().full(), t.b().full())), () -> text + " -> " + meeting);
      List<DiplomaticEvent> visits = ofType(text, c.published(), EventType.VISIT);
      assertTrue(visits.stream().anyMatch(v -> v.date().earliest().equals(c.arrival())), () -> text + " -> " + visits);
    });
  }
}
