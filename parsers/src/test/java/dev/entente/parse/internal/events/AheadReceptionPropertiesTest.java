package dev.entente.parse.internal.events;

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
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A reception or talks still ahead, told with "is to", "will be received by", "is scheduled to be
 * received by" ("[A] is to be received on [day] by [B]", "[B] is to receive [A] on [day]"), is a
 * planned meeting of the guest and the host on its day, between their states; told on a day of the
 * week, on the coming one; told with "not", no meeting. With random states, leaders and days, and
 * with the two states swapped.
 */
class AheadReceptionPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final String ARRIVED = "{A} arrived in {YC} on {D} for an official visit. ";

  /** Told after the guest's arrival, on the day after it ({E}). */
  private static final List<String> ON_A_DATE = List.of(
      "{a} is to be received on {E} by {B}.",
      "{a} will be received on {E} by {B}.",
      "{a} will be received by {B} at the presidential palace on {E}.",
      "{a} is scheduled to be received by {B} on {E}.",
      "{a} is to be welcomed at the government house by {B} on {E}.",
      "{B} is to receive {a} on {E}.",
      "{a} is to hold talks with {B} on {E}.",
      "{a} is also to meet {B} on {E}.",
      "In {YC}, {a} is to hold talks on {E} with {B}.");

  /** Told alone, on a day of the week ({W}) one to six days after publication. */
  private static final List<String> ON_A_WEEKDAY = List.of(
      "{A} is to be received on {W} by {B}.",
      "{A} will be received on {W} by {B} at the presidential palace.",
      "{A} is scheduled to be received by {B} at the government house on {W}.",
      "{A} will hold talks with {B} on {W}.",
      "{A} is to hold talks on {W} with {B}.",
      "{B} is to receive {A} on {W}.");

  private static final List<String> NOT_AHEAD = List.of(
      "{a} is not to be received by {B}.",
      "{a} is not to meet {B}.");

  record Told(Trip trip, String form, int days) {
    LocalDate day() {
      return trip.arrival().plusDays(days);
    }

    String text(Trip t) {
      return OccasionFormsPropertiesTest.fill(form, t, 2).replace("{E}", t.date(day()))
          .replace("{W}", day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /** The meetings of the guest and the host in {@code got}. */
    static List<DiplomaticEvent> meetings(List<DiplomaticEvent> got, Trip t) {
      return got.stream().filter(e -> e.type() == EventType.MEETING && e.participants().contains(t.guest().full())
          && e.participants().contains(t.host().full())).toList();
    }
  }

  /** Checks {@code body} on each form of {@code forms} filled with a random trip, the guest and host of two names. */
  static void check(String name, List<String> forms, String before, Prop.Body<Told> body) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), before + World.pick(r, forms), 1 + r.nextInt(6))),
        c -> {
          Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
          body.accept(c);
        });
  }

  @Test
  void aReceptionStillAheadIsAPlannedMeetingOnItsDay() {
    check("reception ahead", ON_A_DATE, ARRIVED, c -> {
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = c.text(t);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        List<DiplomaticEvent> met = Told.meetings(got, t).stream().filter(e -> EdtfDate.of(c.day()).equals(e.date())).toList();
        assertEquals(1, met.size(), () -> text + " -> " + got);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(met.get(0).countries()), text);
        assertTrue(met.get(0).planned(), () -> text + " -> " + met);
      }
    });
  }

  @Test
  void aReceptionAheadOnADayOfTheWeekIsOnTheComingOne() {
    check("reception ahead on a weekday", ON_A_WEEKDAY, "", c -> {
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String text = c.text(t);
        List<DiplomaticEvent> met = Told.meetings(PARSER.parse("generated", text, t.arrival()).events(), t);
        assertEquals(1, met.size(), () -> text + " -> " + met);
        assertEquals(EdtfDate.of(c.day()), met.get(0).date(), () -> text + " published " + t.arrival() + " -> " + met);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(met.get(0).countries()), text);
      }
    });
  }

  @Test
  void aReceptionNotToBeHeldIsNoMeeting() {
    check("reception not ahead", NOT_AHEAD, ARRIVED, c -> {
      String text = c.text(c.trip());
      List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING && e.participants().contains(c.trip().host().full())),
          () -> text + " -> " + got);
    });
  }
}
