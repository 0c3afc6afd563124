package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.ArrivalTalksPropertiesTest.Case;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two changes of relations told by two verbs of one subject joined by "and", with one day ("[X] has
 * established diplomatic relations with [Y] and broken its ties with [Z], ... said on [day]"): two
 * events on that day, one of each kind, whichever verb stands nearer the day. Random states and days.
 */
class CoordinatedRelationsPropertiesTest {

  /** The two changes: {@code %1$s} the state, {@code %2$s} the one it turns to, {@code %3$s} the one it leaves. */
  private static final List<String> CHANGES = List.of(
      "%1$s has established diplomatic relations with %2$s and broken its ties with %3$s",
      "%1$s established diplomatic relations with %2$s and cut its ties with %3$s",
      "%1$s has severed its diplomatic ties with %3$s and established diplomatic relations with %2$s",
      "%1$s broke off relations with %3$s and established diplomatic relations with %2$s");

  /** Where the day is told: {@code %1$s} the two changes, {@code %2$s} the day, {@code %3$s} the state's adjective. */
  private static final List<String> DAYS = List.of(
      "The %3$s president announced on %2$s that %1$s.",
      "%1$s on %2$s.",
      "%1$s, the %3$s foreign minister said on %2$s.");

  private static String text(Told t, Case c, LocalDate day) {
    String changes = String.format(c.arrival(), t.x().name(), t.y().name(), t.z().name());
    return capitalized(String.format(c.talks(), changes, Told.weekday(day), t.x().adjective()));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Test
  void twoChangesOfOneSubjectJoinedByAndAreTwoEventsOnTheDay() {
    Prop.check("established and severed, one day", Case.of(CHANGES, DAYS), c -> {
      Told t = c.told();
      LocalDate day = t.day();
      LocalDate published = day.plusDays(1);
      String text = text(t, c, day);
      List<DiplomaticEvent> made = ofType(text, published, EventType.RELATIONS_ESTABLISHED);
      List<DiplomaticEvent> cut = ofType(text, published, EventType.RELATIONS_SEVERED);
      assertEquals(1, made.size(), () -> text + " -> " + made);
      assertEquals(1, cut.size(), () -> text + " -> " + cut);
      assertEquals(EdtfDate.of(day), made.get(0).date(), text);
      assertEquals(EdtfDate.of(day), cut.get(0).date(), text);
      assertTrue(made.get(0).countries().containsAll(List.of(t.x().country(), t.y().country())), text);
      assertTrue(cut.get(0).countries().containsAll(List.of(t.x().country(), t.z().country())), text);
    });
  }
}
