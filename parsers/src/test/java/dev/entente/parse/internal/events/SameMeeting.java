package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DiplomaticEvent;
import java.util.List;
import java.util.Set;

/** The check that two tellings of one report give one meeting each, on the same day with the same people. */
final class SameMeeting {
  private SameMeeting() {}

  /** {@code a}, read from {@code textA}, and {@code b}, read from {@code textB}: one meeting each, alike in day and people. */
  static void assertOneEachAlike(String textA, List<DiplomaticEvent> a, String textB, List<DiplomaticEvent> b) {
    assertEquals(1, a.size(), () -> textA + " -> " + a);
    assertEquals(1, b.size(), () -> textB + " -> " + b);
    assertEquals(a.get(0).date(), b.get(0).date(), textB);
    assertEquals(Set.copyOf(a.get(0).participants()), Set.copyOf(b.get(0).participants()), textB);
  }
}
