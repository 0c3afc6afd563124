package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.FormerCapital;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The state a visit's city belongs to is the one that held it on the report's day: a capital of a
 * state that was part of a former one is the former state's in a report of before its end, and a
 * visit's arrival and its end told a sentence later without the traveller are one visit there.
 * Random guests, cities, days of report and lengths.
 */
class FormerHostPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** A guest of {@code guestState} arriving in {@code capital} on {@code arrival} for {@code days} days, told on {@code published}. */
  private record Told(State guestState, Name guest, FormerCapital capital, LocalDate published, int days) {
    LocalDate arrival() {
      return published.minusDays(1);
    }
  }

  private static Told told(SplittableRandom r) {
    State guestState;
    do {
      guestState = World.pick(r, World.STATES);
    } while (guestState.country().equals(Country.of("RUS")));
    FormerCapital c = World.pick(r, World.FORMER_CAPITALS);
    // reports from six years before the end of the former state to six years after
    LocalDate published = c.until().minusYears(6).plusDays(r.nextInt(365 * 12));
    return new Told(guestState, World.twoNames(r)[0], c, published, 2 + r.nextInt(5));
  }

  private static String date(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  private static List<DiplomaticEvent> visits(String text, LocalDate published) {
    return PARSER.parse("generated", text, published).events().stream().filter(e -> e.type() == EventType.VISIT).toList();
  }

  @Test
  void aVisitsCityIsInTheStateThatHeldItOnTheReportsDay() {
    Prop.check("host state on the report's day", World.gen(FormerHostPropertiesTest::told), t -> {
      String text = t.guestState().adjective() + " President " + t.guest().full() + " arrived in " + t.capital().city()
          + " on " + date(t.arrival()) + " for an official visit.";
      List<DiplomaticEvent> got = visits(text, t.published());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      boolean before = t.published().isBefore(t.capital().until());
      Country want = before ? t.capital().then() : t.capital().now();
      Country not = before ? t.capital().now() : t.capital().then();
      assertTrue(got.get(0).countries().contains(want), () -> t.published() + ": " + text + " -> " + got);
      assertFalse(got.get(0).countries().contains(not), () -> t.published() + ": " + text + " -> " + got);
      assertTrue(got.get(0).countries().contains(t.guestState().country()), () -> text + " -> " + got);
    });
  }

  @Test
  void anEndToldBesideTheFormerStatesNameJoinsTheArrival() {
    Prop.check("arrival, then an end told with the former state", World.gen(FormerHostPropertiesTest::told), t -> {
      Prop.assume(t.published().isBefore(t.capital().until()));
      LocalDate last = t.arrival().plusDays(t.days() - 1L);
      String former = t.capital().then().equals(Country.of("SUN")) ? "Soviet"
          : t.capital().then().equals(Country.of("YUG")) ? "Yugoslav" : "Czechoslovak";
      String text = t.guestState().adjective() + " President " + t.guest().full() + " arrived in " + t.capital().city()
          + " on " + date(t.arrival()) + " for an official visit. The visit is to end on " + date(last)
          + " after a tour of " + former + " factories.";
      List<DiplomaticEvent> got = visits(text, t.published());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.arrival()), EdtfDate.of(last)), got.get(0).date(), () -> text + " -> " + got);
    });
  }
}
