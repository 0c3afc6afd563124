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
import dev.entente.parse.internal.knowledge.Venues;
import dev.entente.parse.internal.people.World;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/**
 * A visit's days told by its arrival and its last day, in one sentence or two; the meeting told with
 * a visit's last day; signings where people of two states meet. Random states, people and dates.
 */
class VisitDaysPropertiesTest {

  private static String guest(Trip t) {
    return t.x().adjective() + " President " + t.guest().full();
  }

  private static LocalDate last(Trip t) {
    return t.arrival().plusDays(t.days() - 1L);
  }

  private static EdtfDate day(LocalDate d) {
    return EdtfDate.of(d);
  }

  @Test
  void anArrivalAndTheLastDayNamedAfterItAreTheVisitsDays() {
    List<String> forms = List.of("%s arrived in %s on %s on a state visit that will last until %s.",
        "%s arrived in %s on %s on an official visit, which ends on %s.",
        "%s arrived in %s on %s for a visit and is due to leave on %s.");
    record Told(Trip trip, String form) {}
    Prop.check("arrival and last day", World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Trip t = c.trip();
      String text = String.format(Locale.ROOT, c.form(), guest(t), t.y().capital(), t.date(t.arrival()), t.date(last(t)));
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.VISIT, got.get(0).type(), text);
      assertEquals(t.span(), got.get(0).date(), text);
      assertEquals(List.of(t.guest().full()), got.get(0).participants(), text);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(got.get(0)), text);
    });
  }

  @Test
  void anArrivalAndAConclusionToldInTwoSentencesAreOneVisit() {
    Prop.check("arrival, then departure", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = guest(t) + " arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + ". "
          + t.guest().full() + " concluded the visit to " + t.y().name() + " on " + t.date(last(t)) + ".";
      List<DiplomaticEvent> visits = ofType(events(text), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(t.span(), visits.get(0).date(), text);
      // the two days told the other way round are no visit over them
      String backwards = guest(t) + " concluded the visit to " + t.y().name() + " on " + t.date(t.arrival()) + ". "
          + t.guest().full() + " arrived in " + t.y().capital() + " on " + t.date(last(t)) + ".";
      List<DiplomaticEvent> apart = ofType(events(backwards), EventType.VISIT);
      assertTrue(apart.stream().noneMatch(e -> e.date() != null && e.date().isInterval()), () -> backwards + " -> " + apart);
    });
  }

  @Test
  void talksOnANumberedDayOfAVisitWhoseArrivalIsToldAfterTakeTheirDayFromIt() {
    List<String> ordinals = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");
    Prop.check("day of the visit, arrival after", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = guest(t) + " met " + t.y().adjective() + " Prime Minister " + t.host().full() + " on the "
          + ordinals.get(t.dayOf() - 1) + " day of the President's " + t.length() + " visit to " + t.y().name() + ". "
          + t.guest().full() + " arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + ".";
      List<DiplomaticEvent> got = events(text);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(t.span(), visits.get(0).date(), text);
      assertEquals(1, meetings.size(), () -> text + " -> " + got);
      assertEquals(day(t.meetingDay()), meetings.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
    });
  }

  @Test
  void aVisitEndedWithTalksIsTheVisitAndAMeetingThatDay() {
    Prop.check("departure and talks", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = guest(t) + " wrapped up the visit to " + t.y().name() + " on " + t.date(t.arrival())
          + " with a meeting with " + t.y().adjective() + " Prime Minister " + t.host().full() + ".";
      List<DiplomaticEvent> got = events(text);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(1, meetings.size(), () -> text + " -> " + got);
      assertEquals(day(t.arrival()), meetings.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
    });
  }

  @Test
  void talksAfterAnArrivalToldAsARelativeClauseDoNotTakeTheArrivalsDay() {
    Prop.check("who arrived ..., held talks", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = guest(t) + ", who arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + ", held talks with "
          + t.y().adjective() + " Prime Minister " + t.host().full() + ".";
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, ofType(got, EventType.VISIT).size(), () -> text + " -> " + got);
      assertEquals(day(t.arrival()), ofType(got, EventType.VISIT).get(0).date(), text);
      assertTrue(ofType(got, EventType.MEETING).stream().noneMatch(m -> day(t.arrival()).equals(m.date())),
          () -> text + " -> " + got);
    });
  }

  record Signing(Trip trip, Venues.Venue venue) {}

  @Test
  void peopleOfTwoStatesSigningTogetherMeetWhereTheySign() {
    List<Venues.Venue> all = Venues.builtIn().all();
    Prop.check("signing", World.gen(r -> new Signing(OccasionPropertiesTest.trip(r), World.pick(r, all))), v -> {
      Trip t = v.trip();
      String host = t.y().adjective() + " Prime Minister " + t.host().full();
      String text = guest(t) + " and " + host + " signed a treaty of friendship at the " + v.venue().name() + " on "
          + t.date(t.arrival()) + ".";
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.MEETING, got.get(0).type(), text);
      assertEquals(day(t.arrival()), got.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), text);
      assertEquals(v.venue().name() + ", " + v.venue().city(), got.get(0).location(), text);
      // one signer is no meeting
      String alone = guest(t) + " signed a decree at the " + v.venue().name() + " on " + t.date(t.arrival()) + ".";
      assertEquals(List.of(), events(alone), alone);
    });
  }

  @Test
  void swappingGuestAndHostSwapsTheVisitsPlaceAndKeepsItsDays() {
    Prop.check("swap the visit's direction", World.gen(OccasionPropertiesTest::trip), t -> {
      String form = "%s arrived in %s on %s on a state visit that will last until %s.";
      Trip s = t.swapped();
      String ab = String.format(Locale.ROOT, form, guest(t), t.y().capital(), t.date(t.arrival()), t.date(last(t)));
      String ba = String.format(Locale.ROOT, form, guest(s), s.y().capital(), s.date(s.arrival()), s.date(last(s)));
      DiplomaticEvent e = events(ab).get(0);
      DiplomaticEvent f = events(ba).get(0);
      assertEquals(t.y().capital(), e.location(), ab);
      assertEquals(t.x().capital(), f.location(), ba);
      assertEquals(e.date(), f.date());
      assertEquals(countries(e), countries(f));
    });
  }
}
