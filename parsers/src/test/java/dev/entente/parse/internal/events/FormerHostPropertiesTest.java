package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A visit to a city of a state that was part of a former one ("arrived in [capital] on [day]"), in a
 * report that names the former state: the visit's state is the state the city lay in on the visit's
 * day (the Soviet Union before 1992, Czechoslovakia before 1993), never both the later and the former
 * state; a report that never names the former state keeps the city's state as it is now. Random
 * guests, their states, cities and days; the same visit told on a day before and after the former
 * state's end.
 */
class FormerHostPropertiesTest {

  /** A capital of a state that was part of a former state until a day, and the former state's name. */
  record City(State later, String former) {}

  private static final List<City> CITIES = List.of(
      new City(new State("Russia", "Russian", "Moscow", Country.of("RUS")), "the Soviet Union"),
      new City(new State("Croatia", "Croatian", "Zagreb", Country.of("HRV")), "Yugoslavia"),
      new City(new State("Czech Republic", "Czech", "Prague", Country.of("CZE")), "Czechoslovakia"),
      new City(new State("Slovakia", "Slovak", "Bratislava", Country.of("SVK")), "Czechoslovakia"));

  private static final Set<String> FORMER_PARTS = Set.of("RUS", "HRV", "CZE", "SVK");

  /** A guest {@code a} of {@code guest} visiting {@code host}'s capital on {@code day}, the report {@code lag} days later. */
  record Case(State guest, City host, Name a, LocalDate day, int lag, boolean formerNamed) {
    String text() {
      String visit = guest.adjective() + " President " + a.full() + " arrived in " + host.later().capital() + " on "
          + Told.date(day) + " for a three-day official visit.";
      return formerNamed ? visit + " Trade with " + host.former() + " was discussed." : visit;
    }

    Case on(LocalDate other, boolean named) {
      return new Case(guest, host, a, other, lag, named);
    }
  }

  static Case gen(SplittableRandom r) {
    State guest;
    do {
      guest = World.pick(r, World.STATES);
    } while (FORMER_PARTS.contains(guest.country().code()));
    Name a = World.twoNames(r)[0];
    LocalDate day = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Case(guest, World.pick(r, CITIES), a, day, 1 + r.nextInt(5), true);
  }

  /** The countries of the one visit of case {@code c}'s report. */
  private static List<Country> visitStates(Case c) {
    String text = c.text();
    List<DiplomaticEvent> got = ofType(text, c.day().plusDays(c.lag()), EventType.VISIT);
    assertEquals(1, got.size(), () -> text + " -> " + got);
    return got.get(0).countries();
  }

  @Test
  void aVisitsStateIsTheStateItsCityLayInThatDay() {
    Prop.check("host state of the visit's day", World.gen(FormerHostPropertiesTest::gen), c -> {
      Country later = c.host().later().country();
      Country then = FormerStates.builtIn().on(later, c.day());
      List<Country> states = visitStates(c);
      assertTrue(states.contains(c.guest().country()), () -> c.text() + " -> " + states);
      assertTrue(states.contains(then), () -> c.text() + " on " + c.day() + " -> " + states);
      if (!then.equals(later)) {
        assertFalse(states.contains(later), () -> c.text() + " -> " + states);
      }
      // the same visit on that day of a year after every former state's end: the later state only
      Case on = c.on(c.day().withYear(2007 + c.day().getYear() % 13), true);
      List<Country> onStates = visitStates(on);
      assertTrue(onStates.contains(later), () -> on.text() + " -> " + onStates);
      assertFalse(onStates.contains(then) && !then.equals(later), () -> on.text() + " -> " + onStates);
      // a report that never names the former state: the city's state as it is now
      Case unnamed = c.on(c.day(), false);
      List<Country> unnamedStates = visitStates(unnamed);
      assertEquals(List.of(c.guest().country(), later), unnamedStates, unnamed.text());
    });
  }
}
