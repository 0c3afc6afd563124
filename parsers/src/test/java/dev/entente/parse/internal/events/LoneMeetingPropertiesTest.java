package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A meeting of one state with nobody named, told with a month and year or still ahead ("a meeting of
 * the cabinet was held in [capital] in [month]", "the council is to meet in [month]"), is no meeting
 * between states: it adds no event, and the meeting of two leaders told beside it stays as it was,
 * with the states swapped too. Random states, people, bodies and days.
 */
class LoneMeetingPropertiesTest {

  /** Bodies of one state that meet at home. */
  private static final List<String> BODIES = List.of(
      "cabinet", "parliament", "party congress", "security council", "central committee", "trade union federation",
      "chamber of commerce", "farmers' association");

  /** Ways of telling such a meeting: {@code %1$s} the state's adjective, {@code %2$s} the body, {@code %3$s} its capital, {@code %4$s} a month and year. */
  private static final List<String> LONE = List.of(
      "A meeting of the %1$s %2$s was held in %3$s in %4$s.",
      "In %4$s the %1$s %2$s held a meeting in %3$s to discuss the budget.",
      "The %1$s %2$s met in %3$s in %4$s.",
      "Talks within the %1$s %2$s will be held in %3$s next year.",
      "The %1$s %2$s is to meet in %3$s in %4$s.");

  private static String meeting(Told t) {
    return t.x().adjective() + " President " + t.a().full() + " met " + t.y().adjective() + " President "
        + t.b().full() + " in " + t.y().capital() + " on " + Told.date(t.day()) + ". ";
  }

  private static String monthAndYear(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  private static void noLoneMeeting(Told t, String body, String form) {
    String lone = String.format(form, t.x().adjective(), body, t.x().capital(), monthAndYear(t.day().minusMonths(t.more())));
    String alone = meeting(t);
    String text = alone + lone;
    List<DiplomaticEvent> got = ofType(text, t.day(), EventType.MEETING);
    for (DiplomaticEvent e : got) {
      assertTrue(Set.copyOf(e.countries()).size() >= 2 || !e.participants().isEmpty(), () -> text + " -> " + e);
    }
    List<DiplomaticEvent> before = ofType(alone, t.day(), EventType.MEETING);
    assertEquals(before.size(), got.size(), () -> text + " -> " + got + " vs " + before);
    for (int i = 0; i < got.size(); i++) {
      assertEquals(Set.copyOf(before.get(i).countries()), Set.copyOf(got.get(i).countries()), text);
      assertEquals(Set.copyOf(before.get(i).participants()), Set.copyOf(got.get(i).participants()), text);
      assertEquals(before.get(i).date(), got.get(i).date(), text);
    }
    assertTrue(got.stream().anyMatch(e -> e.countries().containsAll(List.of(t.x().country(), t.y().country()))),
        () -> text + " -> " + got);
  }

  @Test
  void aMeetingOfOneStateWithNobodyNamedIsNoEvent() {
    Prop.check("lone meeting", World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, BODIES),
        World.pick(r, LONE))), c -> {
          noLoneMeeting(c.told(), c.body(), c.lone());
          noLoneMeeting(c.told().swapped(), c.body(), c.lone());
        });
  }

  /** A report's two leaders and days, a body of one state, and a way of telling its meeting. */
  record Case(Told told, String body, String lone) {}
}
