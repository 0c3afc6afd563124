package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.proptest.Gen;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clause of talks that names a visit by its noun and its destination ("During his visit to [capital]
 * on [day], A held talks with B", "A held talks with B on [day] during his state visit to [state]"):
 * the talks are a meeting of A and B, and the visit an occasion of its own, of the traveller alone, to
 * the host's state, on the talks' day. Swapping the states swaps the traveller. Announced talks
 * ("will hold talks") make no visit beside them. Random states, people and days.
 */
class VisitBesideTalksPropertiesTest {

  /** {@code %1$s} guest with office, {@code %2$s} host with office, {@code %3$s} the host's capital, {@code %4$s} the host state, {@code %5$s} the day. */
  private static final List<String> FORMS = List.of(
      "During his visit to %3$s on %5$s, %1$s held talks with %2$s.",
      "%1$s held talks with %2$s on %5$s during his state visit to %4$s.",
      "%1$s met %2$s on %5$s during an official visit to %3$s.");

  record Case(Told told, String form) {
    String text(Told t) {
      return String.format(form, t.x().adjective() + " President " + t.a().full(), t.y().adjective() + " President " + t.b().full(),
          t.y().capital(), t.y().name(), Told.date(t.day()));
    }
  }

  private static Gen<Case> cases() {
    return World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, FORMS)));
  }

  /** The one visit of {@code t}'s telling, checked: the traveller alone, the two states, the talks' day. */
  private static void assertVisitOf(Case c, Told t) {
    String text = c.text(t);
    LocalDate published = t.day().plusDays(1 + t.lag());
    List<DiplomaticEvent> visits = ofType(text, published, EventType.VISIT);
    assertEquals(1, visits.size(), () -> text + " -> " + visits);
    DiplomaticEvent v = visits.get(0);
    assertEquals(List.of(t.a().full()), v.participants(), text);
    assertTrue(v.countries().containsAll(List.of(t.x().country(), t.y().country())), () -> text + " -> " + v);
    assertEquals(EdtfDate.of(t.day()), v.date(), text);
    List<DiplomaticEvent> meetings = ofType(text, published, EventType.MEETING);
    assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
    assertEquals(Set.of(t.a().full(), t.b().full()), Set.copyOf(meetings.get(0).participants()), text);
  }

  @Test
  void aVisitNamedInAClauseOfTalksIsAVisitBesideTheMeeting() {
    Prop.check("visit beside talks", cases(), c -> {
      assertVisitOf(c, c.told());
      // the guest and the host swapped: the other traveller, to the other state
      assertVisitOf(c, c.told().swapped());
    });
  }

  @Test
  void announcedTalksMakeNoVisitBesideThem() {
    Prop.check("announced talks, no visit beside", cases(), c -> {
      Told t = c.told();
      String text = t.x().adjective() + " President " + t.a().full() + " will hold talks with " + t.y().adjective()
          + " President " + t.b().full() + " on " + Told.date(t.day()) + " during his state visit to " + t.y().name() + ".";
      List<DiplomaticEvent> visits = ofType(text, t.day().minusDays(2), EventType.VISIT);
      assertTrue(visits.stream().noneMatch(v -> !v.planned()), () -> text + " -> " + visits);
    });
  }
}
