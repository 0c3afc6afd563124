package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.Venues;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Occasions from generated sentences: a visit of several days as its interval, the meeting on one of
 * its days, meetings at named venues, and calls; with random states, people, lengths and dates.
 */
class OccasionPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 20);
  private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

  /** A guest of state {@code x} going to state {@code y} for {@code days} days from {@code arrival}. */
  record Trip(State x, State y, Name guest, Name host, LocalDate arrival, int days, int dayOf) {
    String date(LocalDate d) {
      return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    String length() {
      return COUNTS.get(days - 1) + "-day";
    }

    EdtfDate span() {
      return EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(arrival.plusDays(days - 1L)));
    }

    LocalDate meetingDay() {
      return arrival.plusDays(dayOf - 1L);
    }

    Trip swapped() {
      return new Trip(y, x, guest, host, arrival, days, dayOf);
    }
  }

  static Trip trip(SplittableRandom r) {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    LocalDate arrival = LocalDate.of(1950 + r.nextInt(70), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    int days = 2 + r.nextInt(COUNTS.size() - 1);
    return new Trip(s[0], s[1], n[0], n[1], arrival, days, 1 + r.nextInt(days));
  }

  static List<DiplomaticEvent> events(String text) {
    return PARSER.parse("generated", text, PUBLISHED).events();
  }

  static List<DiplomaticEvent> ofType(List<DiplomaticEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  static Set<Country> countries(DiplomaticEvent e) {
    return new TreeSet<>(e.countries());
  }

  static String arrived(Trip t) {
    return t.x().adjective() + " President " + t.guest().full() + " arrived in " + t.y().capital() + " on "
        + t.date(t.arrival()) + " on a " + t.length() + " state visit.";
  }

  @Test
  void anArrivalOnAVisitOfSeveralDaysIsItsInterval() {
    Prop.check("arrival and length give the interval", World.gen(OccasionPropertiesTest::trip), t -> {
      List<DiplomaticEvent> got = events(arrived(t));
      assertEquals(1, got.size(), () -> arrived(t) + " -> " + got);
      DiplomaticEvent e = got.get(0);
      assertEquals(EventType.VISIT, e.type(), arrived(t));
      assertEquals(t.span(), e.date(), arrived(t));
      assertEquals(List.of(t.guest().full()), e.participants(), arrived(t));
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(e), arrived(t));
    });
  }

  @Test
  void theVisitToldByItsEndOrByOneOfItsDaysIsTheSameInterval() {
    Prop.check("end, day and arrival agree", World.gen(OccasionPropertiesTest::trip), t -> {
      LocalDate last = t.arrival().plusDays(t.days() - 1L);
      String ended = t.x().adjective() + " President " + t.guest().full() + " wrapped up a " + t.length()
          + " visit to " + t.y().name() + " on " + t.date(last) + ".";
      String onDay = "On " + t.date(t.meetingDay()) + ", the " + ORDINALS.get(t.dayOf() - 1) + " day of "
          + t.x().adjective() + " President " + t.guest().full() + "'s " + t.length() + " official visit to "
          + t.y().name() + ", the guest toured a museum.";
      for (String text : List.of(ended, onDay)) {
        List<DiplomaticEvent> visits = ofType(events(text), EventType.VISIT);
        assertEquals(1, visits.size(), () -> text + " -> " + visits);
        assertEquals(t.span(), visits.get(0).date(), text);
        assertEquals(t.y().name(), visits.get(0).location(), text);
      }
    });
  }

  @Test
  void theDayMovedFromTheClauseToTheSentenceBeforeKeepsTheVisitsInterval() {
    Prop.check("day in the lead", World.gen(OccasionPropertiesTest::trip), t -> {
      String guest = t.x().adjective() + " President " + t.guest().full();
      String inClause = "On " + t.date(t.meetingDay()) + ", the two sides signed a trade agreement on the "
          + ORDINALS.get(t.dayOf() - 1) + " day of " + guest + "'s " + t.length() + " visit to " + t.y().name() + ".";
      String inLead = "The two sides signed a trade agreement on " + t.date(t.meetingDay()) + ". The signing came on the "
          + ORDINALS.get(t.dayOf() - 1) + " day of " + guest + "'s " + t.length() + " visit to " + t.y().name() + ".";
      for (String text : List.of(inClause, inLead)) {
        List<DiplomaticEvent> visits = ofType(events(text), EventType.VISIT);
        assertEquals(1, visits.size(), () -> text + " -> " + visits);
        assertEquals(t.span(), visits.get(0).date(), text);
        assertEquals(List.of(t.guest().full()), visits.get(0).participants(), text);
      }
    });
  }

  @Test
  void talksOnOneDayOfAVisitAreAMeetingOnThatDayBesideTheVisit() {
    Prop.check("meeting inside a visit", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = arrived(t) + " On " + t.date(t.meetingDay()) + ", " + t.guest().last() + " held talks with "
          + t.y().adjective() + " Prime Minister " + t.host().full() + ".";
      List<DiplomaticEvent> got = events(text);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(t.span(), visits.get(0).date(), text);
      assertEquals(1, meetings.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.meetingDay()), meetings.get(0).date(), text);
      assertTrue(meetings.get(0).participants().contains(t.host().full()), () -> text + " -> " + meetings);
    });
  }

  @Test
  void anUndatedMeetingDuringAVisitTakesTheDayTheVisitIsToldFrom() {
    Prop.check("undated meeting in a visit", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = arrived(t) + " The two leaders met at the presidential palace.";
      List<DiplomaticEvent> meetings = ofType(events(text), EventType.MEETING);
      assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
      assertEquals(EdtfDate.of(t.arrival()), meetings.get(0).date(), text);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(meetings.get(0)), text);
    });
  }

  @Test
  void swappingGuestAndHostStatesSwapsTheVisit() {
    Prop.check("swap the states of a visit", World.gen(OccasionPropertiesTest::trip), t -> {
      DiplomaticEvent ab = events(arrived(t)).get(0);
      DiplomaticEvent ba = events(arrived(t.swapped())).get(0);
      assertEquals(ab.date(), ba.date());
      assertEquals(t.y().capital(), ab.location(), arrived(t));
      assertEquals(t.x().capital(), ba.location(), arrived(t.swapped()));
      assertEquals(countries(ab), countries(ba));
    });
  }

  @Test
  void aDepartureToldInALaterSentenceEndsTheVisitFromItsArrivalOrItsTalks() {
    Prop.check("arrival or talks, then departure", World.gen(OccasionPropertiesTest::trip), t -> {
      String guest = t.x().adjective() + " President " + t.guest().full();
      String host = t.y().adjective() + " President " + t.host().full();
      String day = t.date(t.arrival());
      String left = " " + t.guest().last() + " left " + t.y().capital() + " on " + t.date(t.arrival().plusDays(t.days() - 1L)) + ".";
      String arrival = guest + " arrived in " + t.y().capital() + " on " + day + ". He held talks with " + host + " on trade.";
      String talks = guest + " and " + host + " held talks in " + t.y().capital() + " on " + day + ".";
      for (String text : List.of(arrival + left, talks + left)) {
        List<DiplomaticEvent> got = events(text);
        List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
        assertEquals(1, visits.size(), () -> text + " -> " + got);
        assertEquals(t.span(), visits.get(0).date(), text);
        assertEquals(t.y().capital(), visits.get(0).location(), text);
      }
      List<DiplomaticEvent> meetings = ofType(events(talks + left), EventType.MEETING);
      assertEquals(1, meetings.size(), () -> talks + left + " -> " + meetings);
      assertEquals(EdtfDate.of(t.arrival()), meetings.get(0).date(), talks + left);
    });
  }

  record Delegations(Trip trip, List<Name> ministers) {}

  static String hostedWithMinisters(Trip t, Name[] ministers) {
    return t.y().adjective() + " President " + t.host().full() + " hosted " + t.x().adjective() + " President "
        + t.guest().full() + " in " + t.y().capital() + " on " + t.date(t.arrival()) + ". " + t.y().adjective()
        + " Foreign Minister " + ministers[0].full() + " also met his " + t.x().adjective() + " counterpart "
        + ministers[1].full() + ".";
  }

  @Test
  void theMinistersTalksBesideTheLeadersAreAMeetingOfTheirOwnThatDay() {
    Prop.check("ministers' meeting of its own", World.gen(r -> new Delegations(trip(r), List.of(World.twoNames(r)))), d -> {
      Trip t = d.trip();
      Name[] m = d.ministers().toArray(Name[]::new);
      Prop.assume(new TreeSet<>(List.of(t.guest().last(), t.host().last(), m[0].last(), m[1].last())).size() == 4);
      for (Trip each : List.of(t, t.swapped())) {
        String text = hostedWithMinisters(each, m);
        List<DiplomaticEvent> got = EventStageTest.withoutGuestVisits(events(text));
        List<DiplomaticEvent> ministers = got.stream().filter(e -> e.participants().contains(m[0].full())).toList();
        assertEquals(1, ministers.size(), () -> text + " -> " + got);
        DiplomaticEvent own = ministers.get(0);
        assertEquals(EventType.MEETING, own.type(), text);
        assertEquals(List.of(m[0].full(), m[1].full()), own.participants(), text);
        assertEquals(EdtfDate.of(each.arrival()), own.date(), text);
        assertEquals(each.y().capital(), own.location(), text);
        List<DiplomaticEvent> leaders = got.stream().filter(e -> e.participants().contains(each.guest().full())).toList();
        assertEquals(1, leaders.size(), () -> text + " -> " + got);
        assertEquals(Set.of(each.host().full(), each.guest().full()), Set.copyOf(leaders.get(0).participants()), text);
      }
    });
  }

  @Test
  void aLaterMeetingOfOneOfTheLeadersIsNoMeetingOfItsOwn() {
    Prop.check("retold talks stay one occasion", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = t.x().adjective() + " President " + t.guest().full() + " held talks with " + t.y().adjective()
          + " President " + t.host().full() + " in " + t.y().capital() + " on " + t.date(t.arrival()) + ". "
          + t.guest().last() + " also met " + t.host().last() + " at a dinner.";
      List<DiplomaticEvent> got = EventStageTest.withoutGuestVisits(events(text));
      assertEquals(1, got.size(), () -> text + " -> " + got);
    });
  }

  record AtVenue(Trip trip, Venues.Venue venue) {}

  @Test
  void aMeetingAtANamedVenueIsPlacedAtTheVenueAndItsCity() {
    List<Venues.Venue> all = Venues.builtIn().all();
    Prop.check("venue and city", World.gen(r -> new AtVenue(trip(r), World.pick(r, all))), v -> {
      Trip t = v.trip();
      String text = t.x().adjective() + " President " + t.guest().full() + " met " + t.y().adjective()
          + " Prime Minister " + t.host().full() + " at the " + v.venue().name() + " on " + t.date(t.arrival()) + ".";
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      String location = got.get(0).location();
      assertNotNull(location, text);
      assertEquals(v.venue().name() + ", " + v.venue().city(), location, text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
    });
  }

  @Test
  void callsInTheirFormsAreCalls() {
    List<String> forms = List.of("%s talked by telephone with %s on %s.", "%s held a video call with %s on %s.",
        "%s and %s had a phone call on %s.", "%s spoke by phone with %s on %s.",
        "In a telephone conversation on %3$s, %1$s and %2$s discussed trade.");
    record Call(Trip trip, String form) {}
    Prop.check("calls", World.gen(r -> new Call(trip(r), World.pick(r, forms))), c -> {
      Trip t = c.trip();
      String a = t.x().adjective() + " President " + t.guest().full();
      String b = t.y().adjective() + " President " + t.host().full();
      String text = String.format(Locale.ROOT, c.form(), a, b, t.date(t.arrival()));
      List<DiplomaticEvent> got = events(text);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.CALL, got.get(0).type(), text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), text);
      assertEquals(null, got.get(0).location(), text);
    });
  }
}
