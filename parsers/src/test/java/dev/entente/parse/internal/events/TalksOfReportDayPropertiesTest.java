package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Talks a report tells before the visit they belong to ("X and Y held talks in C. X arrived on Sunday
 * for a three-day visit"): they took place on the report's day, the day its lead names, not on the
 * arrival's; so do talks told after the arrival with no day of their own; with random states, leaders, capitals, visit lengths and days.
 */
class TalksOfReportDayPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static String lead(Trip t, boolean withDay) {
    return t.y().capital().toUpperCase(Locale.ROOT) + ", " + t.date(t.meetingDay()) + " - " + t.x().name() + " and "
        + t.y().name() + " agreed to expand their trade" + (withDay ? " on " + t.date(t.meetingDay()) : "") + ".";
  }

  private static String talks(Trip t, boolean withDay) {
    return t.x().adjective() + " President " + t.guest().full() + " and " + t.y().adjective() + " Prime Minister "
        + t.host().full() + " held talks in " + t.y().capital() + (withDay ? " on " + t.date(t.meetingDay()) : "") + ".";
  }

  private static String arrival(Trip t) {
    return t.guest().full() + " arrived in " + t.y().capital() + " on " + t.date(t.arrival()) + " for a " + t.length()
        + " visit.";
  }

  private static String report(Trip t, boolean dayInLead) {
    return lead(t, dayInLead) + "\n\n" + talks(t, !dayInLead) + " " + arrival(t);
  }

  private static List<DiplomaticEvent> events(String text, Trip t) {
    return PARSER.parse("generated", text, t.meetingDay()).events();
  }

  private static Trip swapped(Trip t) {
    return new Trip(t.y(), t.x(), t.host(), t.guest(), t.arrival(), t.days(), t.dayOf());
  }

  @Test
  void talksToldBeforeTheArrivalTakeTheDayOfTheLead() {
    Prop.check("talks, then arrival", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = report(t, true);
      List<DiplomaticEvent> got = events(text, t);
      List<DiplomaticEvent> meetings = ofType(got, EventType.MEETING);
      List<DiplomaticEvent> visits = ofType(got, EventType.VISIT);
      assertEquals(1, meetings.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.meetingDay()), meetings.get(0).date(), () -> text + " -> " + got);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(meetings.get(0).participants()), text);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(meetings.get(0)), text);
      assertEquals(1, visits.size(), () -> text + " -> " + got);
      assertEquals(t.span(), visits.get(0).date(), text);
    });
  }

  @Test
  void movingTheDayFromTheLeadToTheTalksKeepsTheMeeting() {
    Prop.check("day in the lead or in the talks", World.gen(OccasionPropertiesTest::trip), t -> {
      String inLead = report(t, true);
      String inClause = report(t, false);
      List<DiplomaticEvent> a = ofType(events(inLead, t), EventType.MEETING);
      List<DiplomaticEvent> b = ofType(events(inClause, t), EventType.MEETING);
      SameMeeting.assertOneEachAlike(inClause, b, inLead, a);
    });
  }

  @Test
  void swappingHostAndGuestKeepsTheMeetingsDay() {
    Prop.check("swap host and guest", World.gen(OccasionPropertiesTest::trip), t -> {
      String ab = report(t, true);
      String ba = report(swapped(t), true);
      List<DiplomaticEvent> x = ofType(events(ab, t), EventType.MEETING);
      List<DiplomaticEvent> y = ofType(events(ba, swapped(t)), EventType.MEETING);
      assertEquals(1, x.size(), () -> ab + " -> " + x);
      assertEquals(1, y.size(), () -> ba + " -> " + y);
      assertEquals(x.get(0).date(), y.get(0).date(), ba);
      assertEquals(countries(x.get(0)), countries(y.get(0)), ba);
    });
  }

  /** The arrival first, with its day, then the talks with none: "X arrived on Sunday for a three-day visit. X and Y held talks". */
  private static String arrivalThenTalks(Trip t) {
    return lead(t, true) + "\n\n" + arrival(t) + "\n\n" + talks(t, false);
  }

  private static List<DiplomaticEvent> meetingsAfterArrival(Trip t) {
    return ofType(events(arrivalThenTalks(t), t), EventType.MEETING);
  }

  @Test
  void talksToldAfterTheArrivalWithNoDayTakeTheDayOfTheLead() {
    Prop.check("arrival, then talks", World.gen(OccasionPropertiesTest::trip), t -> {
      List<DiplomaticEvent> meetings = meetingsAfterArrival(t);
      List<DiplomaticEvent> swappedMeetings = meetingsAfterArrival(swapped(t));
      String text = arrivalThenTalks(t);
      assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
      assertEquals(EdtfDate.of(t.meetingDay()), meetings.get(0).date(), () -> text + " -> " + meetings);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(meetings.get(0)), text);
      // swapping guest and host keeps the talks' day
      assertEquals(1, swappedMeetings.size(), () -> arrivalThenTalks(swapped(t)) + " -> " + swappedMeetings);
      assertEquals(meetings.get(0).date(), swappedMeetings.get(0).date(), () -> arrivalThenTalks(swapped(t)));
    });
  }

  @Test
  void aLeadDayAfterTheVisitGivesTheTalksNoDayOutsideIt() {
    Prop.check("report after the visit", World.gen(OccasionPropertiesTest::trip), t -> {
      // the same report published, and its lead dated, two days after the visit's last day
      Trip late = new Trip(t.x(), t.y(), t.guest(), t.host(), t.arrival(), t.days(), t.days() + 2);
      String text = report(late, true);
      List<DiplomaticEvent> meetings = ofType(events(text, late), EventType.MEETING);
      assertTrue(meetings.stream().allMatch(m -> m.date() == null || t.span().contains(m.date())),
          () -> text + " -> " + meetings);
    });
  }
}
