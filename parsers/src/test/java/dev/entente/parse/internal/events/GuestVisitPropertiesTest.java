package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Talks of two states' leaders held in a city of one of them, told without a visit ("A and B held
 * talks in [B's capital] on [day]"): a meeting of A and B, and beside it the visit of A, the guest,
 * to that city on that day. Holding the talks in A's capital instead makes B the traveller; holding
 * them in a third state's capital makes no visit; a visit the report tells already is not told twice.
 * Random states, people and days.
 */
class GuestVisitPropertiesTest {

  /** {@code %1$s} guest with office, {@code %2$s} host with office, {@code %3$s} the city, {@code %4$s} the day. */
  private static final List<String> FORMS = List.of(
      "%1$s and %2$s held talks in %3$s on %4$s.",
      "%2$s and %1$s met in %3$s on %4$s and discussed trade.",
      "%1$s held talks with %2$s in %3$s on %4$s.");

  record Case(Told told, String form) {
    String text(Told t, State place) {
      return String.format(form, t.x().adjective() + " President " + t.a().full(), t.y().adjective() + " President " + t.b().full(),
          place.capital(), Told.date(t.day()));
    }
  }

  private static Gen<Case> cases() {
    return World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, FORMS)));
  }

  private static LocalDate published(Told t) {
    return t.day().plusDays(1 + t.lag());
  }

  /** The talks of {@code t} in the host's capital: one meeting of the two, one visit of the guest alone. */
  private static void assertGuestVisits(Case c, Told t) {
    String text = c.text(t, t.y());
    List<DiplomaticEvent> meetings = ofType(text, published(t), EventType.MEETING);
    assertEquals(1, meetings.size(), () -> text + " -> " + meetings);
    assertEquals(Set.of(t.a().full(), t.b().full()), Set.copyOf(meetings.get(0).participants()), text);
    List<DiplomaticEvent> visits = ofType(text, published(t), EventType.VISIT);
    assertEquals(1, visits.size(), () -> text + " -> " + visits);
    DiplomaticEvent v = visits.get(0);
    assertEquals(List.of(t.a().full()), v.participants(), text);
    assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(v.countries()), text);
    assertEquals(EdtfDate.of(t.day()), v.date(), text);
    assertEquals(t.y().capital(), v.location(), text);
    assertTrue(v.evidence().equals(meetings.get(0).evidence()), () -> text + " -> " + v);
  }

  @Test
  void talksInTheHostsCityAreTheGuestsVisit() {
    Prop.check("talks in the host's city", cases(), c -> {
      assertGuestVisits(c, c.told());
      // the talks in the other capital: the other traveller
      assertGuestVisits(c, c.told().swapped());
    });
  }

  @Test
  void talksInAThirdStateAreNobodysVisitThere() {
    Prop.check("talks in a third state", cases(), c -> {
      Told t = c.told();
      String text = c.text(t, t.z());
      List<DiplomaticEvent> visits = ofType(text, published(t), EventType.VISIT);
      assertTrue(visits.stream().noneMatch(v -> v.countries().contains(t.x().country()) && v.countries().contains(t.y().country())),
          () -> text + " -> " + visits);
    });
  }

  @Test
  void aVisitToldAlreadyIsNotToldAgain() {
    Prop.check("visit told, no second", cases(), c -> {
      Told t = c.told();
      String text = t.x().adjective() + " President " + t.a().full() + " arrived in " + t.y().capital() + " on "
          + Told.date(t.day()) + " for an official visit. " + c.text(t, t.y());
      List<DiplomaticEvent> visits = ofType(text, published(t), EventType.VISIT);
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
    });
  }
}
