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
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The forms of a dateline and the words of the day of writing: a report filed on its dateline's day and
 * published days later tells "today", "tonight", "this morning", "this evening" of the dateline's day
 * and "last night" of the day before, whether the dateline ends with a dash, a colon, a full stop or
 * its line, and whether it stands below headlines and a byline; and a return home from a visit of
 * several days told done is that visit. Random states, people, days and publication lags.
 */
class DatelineFormsPropertiesTest {

  /** How a dateline's date may end: a dash, a colon, a full stop and a dash, a full stop and a line break, a line break. */
  private static final List<String> ENDS = List.of(" - ", ": ", ". - ", ".\n\n", "\n");
  /** Words of the day of writing and how many days before it they tell. */
  private static final List<String> SAME_DAY = List.of("today", "tonight", "this morning", "this afternoon", "this evening");

  private static String dateline(Told t, LocalDate d, int form) {
    return t.y().capital().toUpperCase(Locale.ROOT) + ", " + Told.date(d).replaceAll(", \\d+$", "") + ENDS.get(form);
  }

  /** Headlines and a byline above the dateline, as printed newspapers set them. */
  private static String head(Told t) {
    return t.x().adjective().toUpperCase(Locale.ROOT) + " AND " + t.y().adjective().toUpperCase(Locale.ROOT)
        + " SIGN TRADE PACT\n\nFrom Our Own Correspondent\n\n";
  }

  @Test
  void wordsOfTheDayOfWritingTellTheDatelinesDay() {
    Prop.check("dateline forms", World.gen(DayWordsPropertiesTest::told), t -> {
      int form = (t.lag() + t.more() + t.day().getDayOfMonth()) % ENDS.size();
      String word = SAME_DAY.get(t.day().getDayOfMonth() % SAME_DAY.size());
      LocalDate published = t.day().plusDays(t.lag());
      String top = t.day().getDayOfMonth() % 2 == 0 ? head(t) : "";
      String text = top + dateline(t, t.day(), form) + t.signing(word);
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), got.get(0).date(), text);
      assertEquals(Set.of(t.a().full(), t.b().full()), Set.copyOf(got.get(0).participants()), text);
      // the sides swapped: the same day, the people swapped
      Told s = t.swapped();
      String swapped = (top.isEmpty() ? "" : head(s)) + dateline(s, s.day(), form) + s.signing(word);
      List<DiplomaticEvent> other = DayWordsPropertiesTest.ofType(swapped, published, EventType.MEETING);
      SameMeeting.assertOneEachAlike(text, got, swapped, other);
    });
  }

  /**
   * A dateline whose day is a weekday ("CITY, Friday. -", "CITY, Friday" on its line) or whose place
   * names its state in brackets ("CITY (State), May 4."): the words of the day of writing count from
   * that day, as from a dateline of a written date.
   */
  @Test
  void weekdayAndBracketedStateDatelinesGiveTheDayOfWriting() {
    Prop.check("weekday and bracketed datelines", World.gen(DayWordsPropertiesTest::told), t -> {
      String word = SAME_DAY.get(t.day().getDayOfMonth() % SAME_DAY.size());
      LocalDate published = t.day().plusDays(t.lag());
      String place = t.y().capital().toUpperCase(Locale.ROOT);
      String weekday = Told.weekday(t.day());
      String line = switch (t.day().getDayOfMonth() % 3) {
        case 0 -> place + ", " + weekday + ". - ";
        case 1 -> head(t) + place + ", " + weekday + "\n\n";
        default -> place + " (" + t.y().name() + "), " + Told.date(t.day()).replaceAll(", \\d+$", "") + ".\n\n";
      };
      String text = line + t.signing(word);
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), got.get(0).date(), text);
      Told s = t.swapped();
      String swapped = line.replace(place, s.y().capital().toUpperCase(Locale.ROOT)).replace("(" + t.y().name() + ")",
          "(" + s.y().name() + ")").replace(head(t), head(s)) + s.signing(word);
      SameMeeting.assertOneEachAlike(text, got, swapped, DayWordsPropertiesTest.ofType(swapped, published, EventType.MEETING));
    });
  }

  @Test
  void lastNightIsTheDayBeforeTheDatelines() {
    Prop.check("last night from the dateline", World.gen(DayWordsPropertiesTest::told), t -> {
      int form = (t.lag() + t.day().getDayOfMonth()) % ENDS.size();
      LocalDate published = t.day().plusDays(t.lag());
      String text = dateline(t, t.day(), form) + t.signing("last night");
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.MEETING);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.day().minusDays(1)), got.get(0).date(), text);
    });
  }

  @Test
  void aReturnHomeFromAVisitOfSeveralDaysIsThatVisit() {
    Prop.check("return home from a visit", World.gen(DayWordsPropertiesTest::told), t -> {
      int days = 2 + t.lag() + t.more();
      LocalDate published = t.day().plusDays(t.lag() % 2);
      LocalDate arrival = t.day().minusDays(days - 1L);
      String text = t.x().capital().toUpperCase(Locale.ROOT) + ", " + Told.date(t.day()).replaceAll(", \\d+$", "") + " - "
          + t.x().adjective() + " Prime Minister " + t.a().full() + " returned home this evening from a " + days
          + "-day state visit to " + t.y().name() + ". " + t.a().last() + ", who arrived in " + t.y().capital() + " on "
          + Told.date(arrival) + ", held talks with " + t.y().adjective() + " President " + t.b().full() + ".";
      List<DiplomaticEvent> got = DayWordsPropertiesTest.ofType(text, published, EventType.VISIT);
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(arrival), EdtfDate.of(t.day())), got.get(0).date(), text);
      assertTrue(got.get(0).participants().contains(t.a().full()), text);
    });
  }
}
