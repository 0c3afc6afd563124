package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An announced occasion on a day written without its year ("will hold talks with Y on the sidelines
 * of the forum on October 17") is on the next such day after publication, however far the "will"
 * stands from the day; with random states, leaders, days and publication dates.
 */
class AnnouncedPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  record Announced(Trip trip, int ahead) {
    LocalDate published() {
      return trip.arrival();
    }

    LocalDate day() {
      return trip.arrival().plusDays(ahead);
    }

    String text() {
      String day = day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day().getDayOfMonth();
      return trip.x().adjective() + " President " + trip.guest().full() + " will hold talks with " + trip.y().adjective()
          + " President " + trip.host().full() + " on the sidelines of the regional economic forum on " + day + ".";
    }
  }

  @Test
  void anAnnouncedDayWithoutItsYearIsTheNextOne() {
    // February 29 without a year has no day in the year before a leap year to be read as: left out
    Prop.check("announced day", World.gen(r -> new Announced(OccasionPropertiesTest.trip(r), 1 + r.nextInt(60)))
        .filter(a -> !(a.day().getMonthValue() == 2 && a.day().getDayOfMonth() == 29)), a -> {
      List<DiplomaticEvent> got = PARSER.parse("generated", a.text(), a.published()).events();
      assertEquals(1, got.size(), () -> a.text() + " -> " + got);
      assertEquals(EdtfDate.of(a.day()), got.get(0).date(), () -> a.text() + " published " + a.published());
      assertTrue(got.get(0).planned(), a.text());
    });
  }
}
