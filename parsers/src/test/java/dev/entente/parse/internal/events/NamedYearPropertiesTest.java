package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year that names a thing ("the 2015 nuclear deal", "the Agreement of 1967") is not the time of the
 * talks told in its clause; a year before a word of an occasion ("the 2003 visit") is that occasion's
 * time. Random states, people, days and years.
 */
class NamedYearPropertiesTest {

  @Test
  void aYearNamingAThingIsNotTheTalksTime() {
    List<String> things = List.of("the %d border treaty", "the Agreement of %d", "the %d constitution");
    Prop.check("year of a thing", World.gen(r -> new Object[] {DayWordsPropertiesTest.told(r), World.pick(r, things),
        1950 + r.nextInt(40)}), c -> {
      Told t = (Told) c[0];
      int year = (Integer) c[2];
      String talks = t.x().adjective() + " President " + t.a().full() + " held talks with " + t.y().adjective()
          + " President " + t.b().full() + " in " + t.y().capital();
      String topic = " on " + String.format((String) c[1], year) + " and cooperation in trade.";
      EdtfDate ofThing = EdtfDate.of(java.time.Year.of(year));
      String text = talks + topic;
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, t.day(), EventType.MEETING);
      assertTrue(got.stream().noneMatch(e -> ofThing.equals(e.date())), () -> text + " -> " + got);
      // the talks told with their day keep it
      String dated = talks + " on " + Told.date(t.day()) + ", discussing" + topic.substring(3);
      List<DiplomaticEvent> day = DayWordsPropertiesTest.ofType(dated, t.day(), EventType.MEETING);
      assertEquals(1, day.size(), () -> dated + " -> " + day);
      assertEquals(EdtfDate.of(t.day()), day.get(0).date(), dated);
    });
  }

  @Test
  void aYearBeforeAnOccasionsWordIsItsTime() {
    Prop.check("year of an occasion", World.gen(r -> new Object[] {DayWordsPropertiesTest.told(r), 1950 + r.nextInt(40)}), c -> {
      Told t = (Told) c[0];
      int year = (Integer) c[1];
      String text = t.x().adjective() + " President " + t.a().full() + " recalled the " + year + " visit he paid to "
          + t.y().name() + ".";
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, t.day().plusYears(40), EventType.VISIT);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(java.time.Year.of(year)), got.get(0).date(), text);
    });
  }
}
