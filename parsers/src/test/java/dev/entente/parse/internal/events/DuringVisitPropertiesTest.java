package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.CeremonyPropertiesTest.Ceremony;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A visit told as the time of something else ("signed ... today during [office] X's visit to [city]",
 * "during the state visit of X to [state]") is an occasion of its own: the guest's, between the two
 * states, on the clause's day. With random states, people and dates.
 */
class DuringVisitPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** "%1$s" and "%2$s" the states, "%3$s" the guest with office, "%4$s" the host's capital. */
  private static final List<String> FORMS = List.of(
      "%1$s and %2$s signed three agreements on trade today during %3$s's visit to %4$s.",
      "The two governments signed a memorandum on energy today during the state visit of %3$s to %2$s.",
      "%2$s and %1$s today signed a loan accord during a visit by %3$s to %4$s.",
      "A defence pact was finalized today during %3$s's one-day visit to %2$s, officials of %1$s said.");

  /** The sentence of {@code form} for trip {@code t}: its guest, of its first state, visits the second. */
  static String text(Trip t, String form) {
    return String.format(Locale.ROOT, form, t.x().name(), t.y().name(), t.x().adjective() + " President " + t.guest().full(),
        t.y().capital());
  }

  /** The occasions of the family of visits, meetings and calls (one family when reports are matched). */
  private static List<DiplomaticEvent> visits(String text, LocalDate published) {
    return PARSER.parse("generated", text, published).events().stream().filter(e -> e.type().isConsultation()).toList();
  }

  @Test
  void aVisitToldAsTheTimeOfASigningIsTheGuestsVisit() {
    Prop.check("during X's visit", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, FORMS))), c -> {
      Trip t = c.trip();
      String text = text(t, c.form());
      List<DiplomaticEvent> got = visits(text, t.arrival());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(List.of(t.guest().full()), got.get(0).participants(), text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
      assertTrue(got.get(0).countries().containsAll(Set.of(t.x().country(), t.y().country())), () -> text + " -> " + got);
    });
  }

  @Test
  void theGuestAndHostSwappedSwapTheVisit() {
    Prop.check("during X's visit, sides swapped", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, FORMS))), c -> {
      Trip t = c.trip();
      Trip back = new Trip(t.y(), t.x(), t.host(), t.guest(), t.arrival(), t.days(), t.dayOf());
      String text = text(back, c.form());
      List<DiplomaticEvent> got = visits(text, t.arrival());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(List.of(t.host().full()), got.get(0).participants(), text);
      assertTrue(got.get(0).location() == null || !got.get(0).location().contains(t.y().capital()), () -> text + " -> " + got);
    });
  }
}
