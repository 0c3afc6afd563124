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
 * A visit told on a day with no word of its arrival ("paid an official visit to Y on [day]") and its
 * end told sentences later ("The Prime Minister returned to [capital] on [day]", "A leaves for [city]
 * on [day]"): the visit runs from the day told to its end. Without the end it keeps its day. An end
 * told without the traveller ("The visit ends on [day]") after talks in the host's capital ends the
 * visit of the talks. Random states, people, days and lengths.
 */
class VisitUnderWayPropertiesTest {

  private static String visit(Told t, LocalDate day) {
    return "On " + Told.date(day) + ", " + t.x().adjective() + " Prime Minister " + t.a().full() + " paid an official visit to "
        + t.y().name() + " at the invitation of " + t.y().adjective() + " President " + t.b().full() + ". ";
  }

  private static String end(Told t, LocalDate last) {
    return t.more() % 2 == 0 ? "The Prime Minister returned to " + t.x().capital() + " on " + Told.date(last) + "."
        : t.a().full() + " left for " + t.z().capital() + " on " + Told.date(last) + ".";
  }

  @Test
  void aDepartureToldLaterEndsAVisitToldUnderWay() {
    Prop.check("visit under way to its end", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate last = t.day().plusDays(t.more());
      LocalDate published = last.plusDays(t.lag());
      String filler = "The two sides discussed cooperation in trade and energy. ";
      String text = visit(t, t.day()) + filler + end(t, last);
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.VISIT);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.day()), EdtfDate.of(last)), got.get(0).date(), text);
      assertTrue(got.get(0).participants().contains(t.a().full()), text);
      // without its end the visit keeps the day it was told on
      String alone = visit(t, t.day()) + filler;
      List<DiplomaticEvent> one = DayWordsPropertiesTest.ofType(alone, published, EventType.VISIT);
      assertEquals(1, one.size(), () -> alone + " -> " + one);
      assertEquals(EdtfDate.of(t.day()), one.get(0).date(), alone);
      // the sides swapped: the same days
      Told s = t.swapped();
      String swapped = visit(s, s.day()) + filler + end(s, last);
      List<DiplomaticEvent> other = DayWordsPropertiesTest.ofType(swapped, published, EventType.VISIT);
      assertEquals(1, other.size(), () -> swapped + " -> " + other);
      assertEquals(got.get(0).date(), other.get(0).date(), swapped);
    });
  }

  private static String talksInVisit(Told t, LocalDate day) {
    return t.x().adjective() + " President " + t.a().full() + " and " + t.y().adjective() + " President " + t.b().full()
        + " signed a treaty of friendship in " + t.y().capital() + " on " + Told.date(day) + ", the centrepiece of the "
        + t.x().adjective() + " leader's state visit to " + t.y().name() + ". ";
  }

  @Test
  void anEndToldWithoutTheTravellerEndsTheVisitOfTheTalksBeforeIt() {
    Prop.check("talks, then the visit's end unnamed", World.gen(DayWordsPropertiesTest::told), t -> {
      LocalDate last = t.day().plusDays(t.more() + t.lag());
      String filler = "The two sides discussed cooperation in trade and energy. ";
      String end = "The visit ends on " + Told.date(last) + ".";
      String text = talksInVisit(t, t.day()) + filler + end;
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, t.day(), EventType.VISIT);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.day()), EdtfDate.of(last)), got.get(0).date(), text);
      assertEquals(t.y().capital(), got.get(0).location(), text);
      // the talks keep their day
      List<DiplomaticEvent> talks = DayWordsPropertiesTest.ofType(text, t.day(), EventType.MEETING);
      assertEquals(1, talks.size(), () -> text + " -> " + talks);
      assertEquals(EdtfDate.of(t.day()), talks.get(0).date(), text);
      // the end told before the talks ends no visit of theirs
      String before = end + " " + talksInVisit(t, t.day()) + filler;
      List<DiplomaticEvent> none = DayWordsPropertiesTest.ofType(before, t.day(), EventType.VISIT);
      assertTrue(none.stream().noneMatch(e -> e.date() != null && e.date().isInterval()), () -> before + " -> " + none);
      // the sides swapped: the same days
      Told s = t.swapped();
      String swapped = talksInVisit(s, s.day()) + filler + end;
      List<DiplomaticEvent> other = DayWordsPropertiesTest.ofType(swapped, s.day(), EventType.VISIT);
      assertEquals(1, other.size(), () -> swapped + " -> " + other);
      assertEquals(got.get(0).date(), other.get(0).date(), swapped);
    });
  }
}
