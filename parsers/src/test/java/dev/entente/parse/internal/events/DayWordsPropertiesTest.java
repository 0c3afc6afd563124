package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
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
import org.junit.jupiter.api.Test;

/**
 * Days told by words of the report's own time: "today" in a datelined lead is the dateline's day,
 * talks "on Tuesday and Wednesday" are one occasion of two days, and a departure told in the present
 * ("leaves for X on Sunday") is the coming day of that name, closing the visit its arrival opened.
 * Random states, people, days and publication lags.
 */
class DayWordsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** A guest {@code a} of {@code x} in {@code y}, host {@code b}, a third state {@code z}; a day and two lags. */
  record Told(State x, State y, State z, Name a, Name b, LocalDate day, int lag, int more) {
    static String date(LocalDate d) {
      return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    static String weekday(LocalDate d) {
      return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The two ministers signing in {@code y}'s capital, the day told by {@code when}. */
    String signing(String when) {
      return x.adjective() + " Foreign Minister " + a.full() + " and " + y.adjective() + " Foreign Minister " + b.full()
          + " " + when + " signed an agreement on trade in " + y.capital() + ".";
    }

    String dateline(LocalDate d) {
      return y.capital().toUpperCase(Locale.ROOT) + ", " + date(d) + " - ";
    }

    Told swapped() {
      return new Told(y, x, z, b, a, day, lag, more);
    }
  }

  static Told told(SplittableRandom r) {
    State[] s = World.threeStates(r);
    Name[] n = World.twoNames(r);
    LocalDate day = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Told(s[0], s[1], s[2], n[0], n[1], day, r.nextInt(4), 1 + r.nextInt(2));
  }

  static List<DiplomaticEvent> ofType(String text, LocalDate published, EventType type) {
    return PARSER.parse("generated", text, published).events().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void todayInADatelinedLeadIsTheDatelinesDay() {
    Prop.check("today from the dateline", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate published = t.day().plusDays(t.lag());
      String text = t.dateline(t.day()) + t.signing("today");
      List<DiplomaticEvent> got = ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), got.get(0).date(), text);
      assertEquals(Set.of(t.a().full(), t.b().full()), Set.copyOf(got.get(0).participants()), text);
      // the day written in full instead of "today": the same meeting
      String written = t.dateline(t.day()) + t.signing("on " + Told.date(t.day()));
      SameMeeting.assertOneEachAlike(text, got, written, ofType(written, published, EventType.MEETING));
    });
  }

  @Test
  void yesterdayInADatelinedLeadIsTheDayBeforeTheDatelines() {
    Prop.check("yesterday from the dateline", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate published = t.day().plusDays(t.lag());
      String text = t.dateline(t.day()) + t.signing("yesterday");
      List<DiplomaticEvent> got = ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day().minusDays(1)), got.get(0).date(), text);
    });
  }

  /** Talks of {@code a} with {@code b} in {@code y}'s capital on the two weekdays {@code first} and {@code second}. */
  static String talks(Told t, LocalDate first, LocalDate second) {
    return t.x().adjective() + " Foreign Minister " + t.a().full() + " held talks with " + t.y().adjective()
        + " Foreign Minister " + t.b().full() + " in " + t.y().capital() + " on " + Told.weekday(first) + " and "
        + Told.weekday(second) + ".";
  }

  @Test
  void talksOnTwoFollowingDaysAreOneMeetingOverBoth() {
    Prop.check("talks on two following days", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate next = t.day().plusDays(1);
      LocalDate published = next.plusDays(t.lag());
      String text = talks(t, t.day(), next);
      List<DiplomaticEvent> got = ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.day()), EdtfDate.of(next)), got.get(0).date(), text);
      // the guest and the host swapped: the same days
      String swapped = talks(t.swapped(), t.day(), next);
      SameMeeting.assertOneEachAlike(text, got, swapped, ofType(swapped, published, EventType.MEETING));
    });
  }

  @Test
  void talksOnTwoDaysWithADayBetweenAreNoInterval() {
    Prop.check("talks on two days apart", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate later = t.day().plusDays(2);
      String text = talks(t, t.day(), later);
      List<DiplomaticEvent> got = ofType(text, later.plusDays(t.lag()), EventType.MEETING);
      assertTrue(got.stream().noneMatch(e -> e.date() != null && e.date().isInterval()), () -> text + " -> " + got);
    });
  }

  /** The guest's arrival in {@code y}'s capital on {@code arrival}, then a departure for {@code z} on {@code departure}. */
  static String arrivalAndDeparture(Told t, LocalDate arrival, String leaves, LocalDate departure) {
    return t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
        + Told.weekday(arrival) + ". " + t.a().full() + " " + leaves + " for " + t.z().capital() + " on "
        + Told.weekday(departure) + ".";
  }

  @Test
  void aDepartureToldInThePresentClosesTheVisitOnTheComingDay() {
    Prop.check("leaves for, ahead", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate arrival = t.day();
      LocalDate published = arrival.plusDays(1 + t.lag() % 3);
      LocalDate departure = published.plusDays(t.more());
      String text = arrivalAndDeparture(t, arrival, "leaves", departure);
      List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      EdtfDate span = EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure));
      assertEquals(span, visits.get(0).date(), text);
      assertEquals(List.of(t.a().full()), visits.get(0).participants(), text);
      // told after the departure, in the past: the same visit
      String past = arrivalAndDeparture(t, arrival, "left", departure);
      List<DiplomaticEvent> after = ofType(past, departure.plusDays(1), EventType.VISIT);
      assertEquals(1, after.size(), () -> past + " -> " + after);
      assertEquals(span, after.get(0).date(), past);
    });
  }
}
