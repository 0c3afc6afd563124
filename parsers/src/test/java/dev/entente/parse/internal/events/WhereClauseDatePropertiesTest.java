package dev.entente.parse.internal.events;

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
import org.junit.jupiter.api.Test;

/**
 * A signing told in a relative clause of place with a day of its own ("returned home yesterday from
 * [state], where he signed the agreement with B on Wednesday") is on that day, not on the main
 * clause's; told alone it has the same day. Random states, people, days and publication lags.
 */
class WhereClauseDatePropertiesTest {

  private static String signing(Told t, LocalDate day) {
    return "signed an agreement on trade with " + t.y().adjective() + " President " + t.b().full() + " in " + t.y().capital()
        + " on " + Told.weekday(day) + ".";
  }

  @Test
  void aSigningInAWhereClauseKeepsItsOwnDay() {
    Prop.check("where clause with its own day", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate published = t.day().plusDays(1L + t.more());
      String main = t.x().adjective() + " Prime Minister " + t.a().full() + (t.lag() % 2 == 0 ? " returned home yesterday from "
          : " came back yesterday from a visit to ") + t.y().name() + ", where he ";
      String text = main + signing(t, t.day());
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), got.get(0).date(), text);
      assertTrue(got.get(0).participants().contains(t.b().full()), text);
      // the signing told alone: the same day
      String alone = t.x().adjective() + " Prime Minister " + t.a().full() + " " + signing(t, t.day());
      List<DiplomaticEvent> one = DayWordsPropertiesTest.ofType(alone, published, EventType.MEETING);
      assertEquals(1, one.size(), () -> alone + " -> " + one);
      assertEquals(got.get(0).date(), one.get(0).date(), alone);
    });
  }
}
