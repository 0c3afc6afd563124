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

  /**
   * The one visit of {@code text}, asserted to run from {@code arrival} to {@code day} with the
   * traveller {@code t.a()}, beside one meeting on {@code day}.
   */
  private static DiplomaticEvent visitToMeeting(String text, Told t, LocalDate arrival, LocalDate day) {
    List<DiplomaticEvent> visits = ofType(text, day, EventType.VISIT);
    assertEquals(1, visits.size(), () -> text + " -> " + visits);
    assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(day)), visits.get(0).date(), text);
    assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
    List<DiplomaticEvent> meetings = ofType(text, day, EventType.MEETING);
    assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
    assertEquals(EdtfDate.of(day), meetings.get(0).date(), text);
    return visits.get(0);
  }

  @Test
  void anArrivalAndTalksOnTheNextDayAreOneVisitBetweenThem() {
    Prop.check("arrived, talks the next day", Case.of(ARRIVALS, TALKS), c -> {
      Told t = c.told();
      LocalDate arrival = t.day();
      LocalDate talks = arrival.plusDays(1);
      String text = text(t, c, arrival, talks);
      List<DiplomaticEvent> visits = List.of(visitToMeeting(text, t, arrival, talks));
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

  /**
   * The report of a signing told by its states in the lead with its weekday, then by its signers with
   * no day, then the guest's arrival on {@code arrival}: "Y on Tuesday signed an agreement with X. The
   * agreement was signed in [capital] by B and A. A arrived in [capital] on Monday."
   */
  static String signingText(Told t, LocalDate arrival, LocalDate signed) {
    return t.y().name() + " on " + Told.weekday(signed) + " signed an agreement with " + t.x().name() + " on trade.\n\n"
        + "The agreement was signed in " + t.y().capital() + " by " + t.y().adjective() + " Foreign Minister " + t.b().full()
        + " and " + t.x().adjective() + " Foreign Minister " + t.a().full() + ". " + t.a().last() + " arrived in "
        + t.y().capital() + " on " + Told.weekday(arrival) + ".";
  }

  @Test
  void anArrivalAndASigningDatedByTheLeadOnTheNextDayAreOneVisitBetweenThem() {
    Prop.check("arrived, signed the next day", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate arrival = t.day();
      LocalDate signed = arrival.plusDays(1);
      String text = signingText(t, arrival, signed);
      List<DiplomaticEvent> visits = List.of(visitToMeeting(text, t, arrival, signed));

      // the other minister travelling the other way: the facts swap
      Told s = t.swapped();
      String swappedText = signingText(s, arrival, signed);
      List<DiplomaticEvent> swapped = ofType(swappedText, signed, EventType.VISIT);
      assertEquals(1, swapped.size(), () -> swappedText + " -> " + swapped);
      assertEquals(visits.get(0).date(), swapped.get(0).date(), swappedText);
      assertEquals(List.of(t.b().full()), swapped.get(0).participants(), swappedText);
      assertEquals(countries(visits.get(0)), countries(swapped.get(0)), swappedText);
    });
  }

  @Test
  void aSigningDatedByTheLeadDaysAfterTheArrivalLeavesTheVisitOnItsDay() {
    Prop.check("arrived, signed days later", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate arrival = t.day();
      LocalDate signed = arrival.plusDays(1L + t.more());
      String text = signingText(t, arrival, signed);
      List<DiplomaticEvent> visits = ofType(text, signed, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.of(arrival), visits.get(0).date(), text);
    });
  }
}
