package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A visit whose days are written without their year and run across the report's day ("[guest] is on
 * a visit to [state] from [month day] to [day]", published during it) is this year's visit, in every
 * way of writing its first and last days; and the same days told by a report of weeks later are still
 * the last ones before it. Random states, people, lengths and dates.
 */
class VisitAroundReportDayPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  /** "%1$s" the guest, "%2$s" the state visited, "%3$s" the first day, "%4$s" the last day, "%5$s" its length, "%6$s" the host. */
  private static final List<String> FORMS = List.of(
      "%1$s is on a state visit to %2$s from %3$s to %4$s.",
      "%1$s is paying an official visit to %2$s from %3$s to %4$s.",
      "%1$s, who is on a visit to %2$s from %3$s to %4$s, toured a port.",
      "%1$s, who is on a %5$s state visit to %2$s from %3$s to %4$s, witnessed the signing of an accord alongside %6$s.",
      "%1$s is in %2$s on a state visit from %3$s to %4$s.",
      "%1$s is on a working visit to %2$s from %3$s until %4$s.",
      "%1$s arrived in %2$s on %3$s for a visit that lasts until %4$s.");

  record Told(Trip trip, String form, int dayOfReport) {
    LocalDate last() {
      return trip.arrival().plusDays(trip.days() - 1L);
    }

    /** The days as written: the month of the last day is left out when it is the first day's. */
    String text() {
      LocalDate first = trip.arrival();
      String end = last().getMonth() == first.getMonth() && form.contains("from %3$s to")
          ? Integer.toString(last().getDayOfMonth()) : monthDay(last());
      return String.format(Locale.ROOT, form, trip.x().adjective() + " President " + trip.guest().full(),
          trip.y().name(), monthDay(first), end, trip.length(),
          trip.y().adjective() + " President " + trip.host().full());
    }
  }

  static String monthDay(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  static Told told(SplittableRandom r) {
    Trip t = OccasionPropertiesTest.trip(r);
    // a visit within one year: its days cannot be read as running across a new year
    // and not in a leap year: a year-less February 29 has no year before it to be read in (a limit of the date reader)
    int year = t.arrival().isLeapYear() ? t.arrival().getYear() + 1 : t.arrival().getYear();
    LocalDate arrival = LocalDate.of(year, 1 + r.nextInt(11), 1 + r.nextInt(28));
    Trip within = new Trip(t.x(), t.y(), t.guest(), t.host(), arrival, t.days(), t.dayOf());
    return new Told(within, World.pick(r, FORMS), r.nextInt(within.days()));
  }

  static List<DiplomaticEvent> visits(String text, LocalDate published) {
    return ofType(PARSER.parse("generated", text, published).events(), EventType.VISIT);
  }

  @Test
  void daysRunningAcrossTheReportsDayAreThisYears() {
    Prop.check("a visit under way", World.gen(VisitAroundReportDayPropertiesTest::told), c -> {
      LocalDate published = c.trip().arrival().plusDays(c.dayOfReport());
      List<DiplomaticEvent> got = visits(c.text(), published);
      assertEquals(1, got.size(), () -> c.text() + " (" + published + ") -> " + got);
      assertEquals(c.trip().span(), got.get(0).date(), () -> c.text() + " (" + published + ")");
      assertEquals(List.of(c.trip().guest().full()), got.get(0).participants(), c.text());
    });
  }

  @Test
  void daysOverBeforeTheReportStayTheLastOnesBeforeIt() {
    Prop.check("a visit that is over", World.gen(VisitAroundReportDayPropertiesTest::told), c -> {
      LocalDate published = c.last().plusDays(20);
      String past = c.text().replace(" is on ", " was on ").replace(" is paying ", " paid ").replace(" is in ", " was in ")
          .replace(" lasts ", " lasted ");
      List<DiplomaticEvent> got = visits(past, published);
      assertEquals(1, got.size(), () -> past + " (" + published + ") -> " + got);
      assertEquals(c.trip().span(), got.get(0).date(), () -> past + " (" + published + ")");
    });
  }
}
