package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ties cut in a clause beside relations set up on a day ("[A] and [B] established diplomatic
 * relations on [day], when [A] cut its ties with [C]"): the cut is an event of its own, of that day,
 * between the state that cuts and the state cut off; the other state cut off, the other pair. Random
 * states and days.
 */
class SeveredBesidePropertiesTest {
  /** {@code %1$s} the state that switches, {@code %2$s} its new partner, {@code %3$s} the state cut off, {@code %4$s} the day. */
  private static final List<String> FORMS = List.of(
      "%1$s and %2$s established diplomatic relations on %4$s, when %1$s cut its ties with %3$s.",
      "%1$s established diplomatic relations with %2$s on %4$s, after %1$s broke off relations with %3$s.",
      "%1$s and %2$s established diplomatic relations on %4$s, as %1$s ended its diplomatic relations with %3$s.");

  /** Three states, a day and a form. */
  record Switch(State x, State y, State z, LocalDate day, String form) {
    String text() {
      String date = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
      return String.format(Locale.ROOT, form, x.name(), y.name(), z.name(), date);
    }

    /** The same switch away from the other state, to the third. */
    Switch otherCutOff() {
      return new Switch(x, z, y, day, form);
    }
  }

  static Switch gen(SplittableRandom r) {
    State[] s = World.threeStates(r);
    LocalDate day = LocalDate.of(1950 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Switch(s[0], s[1], s[2], day, World.pick(r, FORMS));
  }

  /** The severances of {@code text}. */
  static List<DiplomaticEvent> severed(String text) {
    return RelationsPropertiesTest.events(text).stream()
        .filter(e -> e.type() == EventType.RELATIONS_SEVERED).toList();
  }

  @Test
  void tiesCutBesideRelationsSetUpAreCutOnThatDay() {
    Prop.check("ties cut beside relations set up", World.gen(SeveredBesidePropertiesTest::gen), t -> {
      List<DiplomaticEvent> got = severed(t.text());
      assertEquals(1, got.size(), () -> t.text() + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), got.get(0).date(), t.text());
      assertTrue(got.get(0).countries().containsAll(List.of(t.x().country(), t.z().country())), () -> t.text() + " -> " + got);

      // the other state cut off: the cut is between the switching state and it
      Switch o = t.otherCutOff();
      List<DiplomaticEvent> other = severed(o.text());
      assertEquals(1, other.size(), () -> o.text() + " -> " + other);
      assertEquals(EdtfDate.of(t.day()), other.get(0).date(), o.text());
      assertTrue(other.get(0).countries().containsAll(List.of(t.x().country(), t.y().country())), () -> o.text() + " -> " + other);
    });
  }
}
