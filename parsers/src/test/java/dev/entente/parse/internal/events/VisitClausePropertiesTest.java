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
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the clauses of a sentence tell an occasion: a visit's days written as a span beside the day of
 * its talks ("held talks on 22 April with X, who is on a state visit from 21 to 23 April"), two
 * subjects set apart by commas ("X, and the President of Y, Z, signed"), and a clause that takes
 * its time from the clause before ("Y on Monday signed ..., as the two leaders held a summit").
 * Random states, people, venues and dates.
 */
class VisitClausePropertiesTest {

  private static String guest(Trip t) {
    return t.x().adjective() + " President " + t.guest().full();
  }

  private static String host(Trip t) {
    return t.y().adjective() + " Prime Minister " + t.host().full();
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** A trip whose days lie in one month (the span is then written with the month once). */
  private static Trip inOneMonth(java.util.SplittableRandom r) {
    Trip t = OccasionPropertiesTest.trip(r);
    LocalDate arrival = t.arrival().withDayOfMonth(1 + r.nextInt(20));
    return new Trip(t.x(), t.y(), t.guest(), t.host(), arrival, t.days(), t.dayOf());
  }

  /** "from 21 to 23 April 2019" or "from April 21 to 23, 2019". */
  private static String span(Trip t, boolean dayFirst) {
    LocalDate a = t.arrival();
    LocalDate b = a.plusDays(t.days() - 1L);
    return dayFirst ? "from " + a.getDayOfMonth() + " to " + b.getDayOfMonth() + " " + month(b) + " " + b.getYear()
        : "from " + month(a) + " " + a.getDayOfMonth() + " to " + b.getDayOfMonth() + ", " + b.getYear();
  }

  @Test
  void talksOnADayOfAVisitWhoseSpanIsWrittenOutAreAMeetingBesideTheVisit() {
    record Told(Trip trip, boolean dayFirst) {}
    Prop.check("talks and the visit's span", World.gen(r -> new Told(inOneMonth(r), r.nextBoolean())), c -> {
      Trip t = c.trip();
      String text = "On " + t.date(t.meetingDay()) + ", " + host(t) + " held talks with " + guest(t) + ", who is in "
          + t.y().name() + " on a state visit " + span(t, c.dayFirst()) + ".";
      List<DiplomaticEvent> got = events(text);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(t.span(), visits.get(0).date(), text);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(visits.get(0)), text);
      assertTrue(visits.get(0).participants().contains(t.guest().full()), () -> text + " -> " + visits);
      assertEquals(1, meetings.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.meetingDay()), meetings.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
    });
  }

  @Test
  void swappingGuestAndHostKeepsTheSpanAndTheMeetingsDay() {
    Prop.check("swap the states of the span", World.gen(VisitClausePropertiesTest::inOneMonth), t -> {
      Trip s = t.swapped();
      String ab = guest(t) + " is in " + t.y().name() + " on an official visit " + span(t, false) + ".";
      String ba = guest(s) + " is in " + s.y().name() + " on an official visit " + span(s, false) + ".";
      DiplomaticEvent e = ofType(events(ab), EventType.VISIT).get(0);
      DiplomaticEvent f = ofType(events(ba), EventType.VISIT).get(0);
      assertEquals(t.span(), e.date(), ab);
      assertEquals(e.date(), f.date(), ba);
      assertEquals(t.y().name(), e.location(), ab);
      assertEquals(t.x().name(), f.location(), ba);
      assertEquals(countries(e), countries(f));
    });
  }

  record AtVenue(Trip trip, Venues.Venue venue) {}

  @Test
  void twoSubjectsSetApartByCommasSignTogether() {
    List<Venues.Venue> all = Venues.builtIn().all();
    Prop.check("X, and the President of Y, Z, signed", World.gen(r -> new AtVenue(OccasionPropertiesTest.trip(r),
        World.pick(r, all))), v -> {
      Trip t = v.trip();
      String text = "The Prime Minister of " + t.y().name() + ", " + t.host().full() + ", and the President of "
          + t.x().name() + ", " + t.guest().full() + ", signed a joint declaration at the " + v.venue().name() + " on "
          + t.date(t.arrival()) + ".";
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.MEETING, got.get(0).type(), text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), text);
      assertTrue(countries(got.get(0)).containsAll(Set.of(t.x().country(), t.y().country())), text);
    });
  }

  @Test
  void aClauseJoinedByAsTakesTheTimeOfTheClauseBefore() {
    List<Venues.Venue> all = Venues.builtIn().all();
    Prop.check("..., as the leaders held a summit", World.gen(r -> new AtVenue(OccasionPropertiesTest.trip(r),
        World.pick(r, all))), v -> {
      Trip t = v.trip();
      String summit = " held a summit at the " + v.venue().name();
      String before = t.y().name() + " on " + t.date(t.arrival()) + " signed ten agreements with " + t.x().name()
          + ", as " + guest(t) + " and " + host(t) + summit + ".";
      // the date moved from the clause before into the clause itself: the same meeting
      String inClause = t.y().name() + " signed ten agreements with " + t.x().name() + ", as " + guest(t) + " and "
          + host(t) + summit + " on " + t.date(t.arrival()) + ".";
      for (String text : List.of(before, inClause)) {
        List<DiplomaticEvent> meetings = ofType(events(text), EventType.MEETING);
        assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
        assertEquals(EdtfDate.of(t.arrival()), meetings.get(0).date(), text);
        assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
        assertEquals(v.venue().name() + ", " + v.venue().city(), meetings.get(0).location(), text);
      }
      // announced in the clause ("..., as the leaders will hold a summit"): not the time of the clause before
      String planned = before.replace(summit, " will hold a summit at the " + v.venue().name());
      assertTrue(ofType(events(planned), EventType.MEETING).stream().noneMatch(m -> EdtfDate.of(t.arrival()).equals(m.date())),
          () -> planned + " -> " + events(planned));
    });
  }

  @Test
  void aTimeSinceSomethingAndAnInstrumentsSigningAreNoDayOfTheTalks() {
    List<String> forms = List.of(
        "%1$s, on the first trip abroad since taking office in %3$s, held talks with %2$s%5$s.",
        "%1$s and %2$s held a meeting%5$s to discuss the defence cooperation agreement signed in %4$s in %3$s.",
        "%1$s held talks with %2$s%5$s on the treaty signed in %3$s.");
    record Told(Trip trip, String form) {}
    Prop.check("since ..., the agreement signed in ...", World.gen(r -> new Told(OccasionPropertiesTest.trip(r),
        World.pick(r, forms))), c -> {
      Trip t = c.trip();
      LocalDate before = t.arrival();
      String then = month(before) + " " + before.getYear();
      String text = String.format(Locale.ROOT, c.form(), guest(t), host(t), then, t.y().capital(), "");
      List<DiplomaticEvent> got = events(text);
      EdtfDate month = EdtfDate.ofMonth(before.getYear(), before.getMonthValue());
      assertTrue(got.stream().noneMatch(e -> month.equals(e.date())), () -> text + " -> " + got);
      // with the talks' own day written beside them, that day is theirs
      LocalDate day = before.plusYears(1);
      String dated = String.format(Locale.ROOT, c.form(), guest(t), host(t), then, t.y().capital(), " on " + t.date(day));
      List<DiplomaticEvent> meetings = ofType(events(dated), EventType.MEETING);
      assertEquals(1, meetings.size(), () -> dated + " -> " + meetings);
      assertEquals(EdtfDate.of(day), meetings.get(0).date(), dated);
    });
  }

  @Test
  void talksToldAfterAOneDayVisitAreAMeetingThatDayBesideTheVisit() {
    List<Venues.Venue> all = Venues.builtIn().all();
    Prop.check("visit, then talks", World.gen(r -> new AtVenue(OccasionPropertiesTest.trip(r), World.pick(r, all))), v -> {
      Trip t = v.trip();
      String venue = v.venue().name() + ", " + v.venue().city();
      String oneSentence = guest(t) + " visited " + t.y().capital() + " on " + t.date(t.arrival()) + ", the first visit in years, and held talks with "
          + host(t) + " at the " + v.venue().name() + ".";
      String twoSentences = guest(t) + " arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + ". "
          + t.guest().full() + " and " + host(t) + " held talks at the " + v.venue().name() + ".";
      for (String text : List.of(oneSentence, twoSentences)) {
        List<DiplomaticEvent> got = events(text);
        List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
        List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
        assertEquals(1, visits.size(), () -> text + " -> " + got);
        assertEquals(EdtfDate.of(t.arrival()), visits.get(0).date(), text);
        assertEquals(t.y().capital(), visits.get(0).location(), text);
        assertEquals(1, meetings.size(), () -> text + " -> " + got);
        assertEquals(EdtfDate.of(t.arrival()), meetings.get(0).date(), text);
        assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
        assertEquals(venue, meetings.get(0).location(), text);
      }
    });
  }

  @Test
  void callsToldAsTalksOrWithTheOtherSideBeforeThePhoneAreCalls() {
    List<String> forms = List.of("%s held talks by telephone with %s on %s.", "%s spoke with %s by phone on %s.",
        "%s talked with %s by telephone on %s.", "%s had a call with %s on %s.",
        "On %3$s, %1$s held telephone talks with %2$s.");
    record Call(Trip trip, String form) {}
    Prop.check("calls told otherwise", World.gen(r -> new Call(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Trip t = c.trip();
      String text = String.format(Locale.ROOT, c.form(), guest(t), host(t), t.date(t.arrival()));
      // the other side first: the same call
      String swapped = String.format(Locale.ROOT, c.form(), host(t), guest(t), t.date(t.arrival()));
      for (String told : List.of(text, swapped)) {
        List<DiplomaticEvent> got = events(told);
        assertEquals(1, got.size(), () -> told + " -> " + got);
        assertEquals(EventType.CALL, got.get(0).type(), told);
        assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), told);
        assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), told);
        assertEquals(Set.of(t.x().country(), t.y().country()), countries(got.get(0)), told);
        assertEquals(null, got.get(0).location(), told);
      }
    });
  }
}
