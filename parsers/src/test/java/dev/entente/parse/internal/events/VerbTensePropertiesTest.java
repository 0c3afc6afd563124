package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The verb that governs a day of the week decides whether it is the last day of that name or the
 * coming one: the verb before it in its clause ("X, who arrived on Saturday, will stay until Monday":
 * arrived; "met B on Wednesday and will see him again on Saturday": met, then will), else one further
 * before it ("will travel to [city] before concluding his visit on Saturday", "is due to meet [office]
 * [name] in [capital] on Monday"). Random states, people, days and publication lags; the states
 * swapped, the occasion's states swap.
 */
class VerbTensePropertiesTest {

  private static String weekday(LocalDate d) {
    return Told.weekday(d);
  }

  /** A day told done, the report's day a day or two after it, and a day told ahead of the report. */
  private record Days(LocalDate done, LocalDate published, LocalDate ahead) {
    static Days of(Told t) {
      LocalDate published = t.day().plusDays(1 + t.lag() % 2);
      return new Days(t.day(), published, published.plusDays(t.more()));
    }
  }

  @Test
  void anArrivalToldInARelativeClauseBeforeAFutureVerbIsPast() {
    Prop.check("who arrived on, will stay until", World.gen(DayWordsPropertiesTest::told), t -> {
      Days days = Days.of(t);
      LocalDate arrival = days.done();
      LocalDate departure = days.ahead();
      String text = "The " + t.x().adjective() + " President, " + t.a().full() + ", who arrived in " + t.y().capital()
          + " on " + weekday(arrival) + ", will stay in the country until " + weekday(departure) + ".";
      List<DiplomaticEvent> visits = ofType(text, days.published(), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)), visits.get(0).date(), text);
    });
  }

  @Test
  void talksHeldBeforeAFutureVerbOfAnotherClauseArePast() {
    Prop.check("met on, and will see again on", World.gen(DayWordsPropertiesTest::told), t -> {
      Days days = Days.of(t);
      LocalDate met = days.done();
      for (boolean swap : new boolean[] {false, true}) {
        var host = swap ? t.x() : t.y();
        var guest = swap ? t.y() : t.x();
        String text = guest.adjective() + " President " + t.a().full() + " met " + host.adjective() + " President "
            + t.b().full() + " at the embassy on " + weekday(met) + " and will see him again on " + weekday(days.ahead()) + ".";
        List<DiplomaticEvent> got = ofType(text, days.published(), EventType.MEETING);
        DiplomaticEvent first = got.stream().filter(e -> EdtfDate.of(met).equals(e.date())).findFirst()
            .orElseThrow(() -> new AssertionError(text + " -> " + got));
        assertEquals(Set.of(guest.country(), host.country()), Set.copyOf(first.countries()), text);
        assertTrue(!first.planned(), () -> text + " -> " + got);
      }
    });
  }

  @Test
  void aDepartureAfterAFutureVerbFurtherBeforeIsAhead() {
    Prop.check("will travel to, before concluding his visit on", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate arrival = t.day();
      LocalDate published = arrival.plusDays(1);
      LocalDate departure = published.plusDays(1 + t.lag() % 3);
      String text = t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
          + weekday(arrival) + " on a state visit.\n\nThe " + t.x().adjective()
          + " leader, who is accompanied by his foreign minister, will travel to " + t.z().capital()
          + " before concluding his visit on " + weekday(departure) + ".";
      List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
      assertTrue(visits.stream().anyMatch(v -> EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(departure)).equals(v.date())),
          () -> text + " -> " + visits);
      assertTrue(visits.stream().noneMatch(v -> v.date() != null && v.date().earliest().isBefore(arrival)), () -> text + " -> " + visits);
    });
  }

  @Test
  void talksDueFarAfterTheirVerbAreAhead() {
    Prop.check("is due to meet [office] [name] in [capital] on", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate published = t.day();
      LocalDate day = published.plusDays(1 + t.lag());
      for (boolean swap : new boolean[] {false, true}) {
        var host = swap ? t.x() : t.y();
        var guest = swap ? t.y() : t.x();
        String text = guest.adjective() + " Foreign Minister " + t.a().full() + " is due to meet " + host.adjective()
            + " Defense Minister " + t.b().full() + " in " + host.capital() + " on " + weekday(day) + ".";
        List<DiplomaticEvent> got = ofType(text, published, EventType.MEETING);
        assertEquals(1, got.size(), () -> text + " -> " + got);
        assertEquals(EdtfDate.of(day), got.get(0).date(), text);
        assertTrue(got.get(0).countries().containsAll(Set.of(guest.country(), host.country())), () -> text + " -> " + got);
      }
    });
  }
}
