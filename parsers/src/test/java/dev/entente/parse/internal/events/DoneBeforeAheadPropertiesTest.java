package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signing told without a day in a report of that day, with a visit still ahead told after it ("A is
 * expected to travel to [capital] in [month]"): the signing is the report's day's meeting, not a
 * retelling of the visit ahead. With random states, people and days.
 */
class DoneBeforeAheadPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  /** "%1$s" the signer of the first state, "%2$s" of the second. */
  private static final List<String> SIGNINGS = List.of(
      "The agreement was signed at the presidential palace by %1$s and %2$s.",
      "%1$s and %2$s signed the accord at the foreign ministry.",
      "The protocol was signed by %1$s and %2$s at a ceremony in the capital.");
  /** "%1$s" the traveller's last name, "%2$s" the capital ahead, "%3$s" a month. */
  private static final List<String> AHEAD = List.of(
      "%1$s is expected to travel to %2$s in %3$s for further talks.",
      "%1$s will visit %2$s in %3$s, officials said.",
      "%1$s will travel to %2$s in %3$s for talks on the pipeline.");

  record Report(Trip trip, String signing, String ahead) {
    String lead() {
      Trip t = trip;
      return t.x().capital().toUpperCase(Locale.ROOT) + ", " + t.date(t.arrival()) + " - " + t.x().name() + " and "
          + t.y().name() + " signed an agreement on energy today.\n";
    }

    String signed() {
      Trip t = trip;
      return String.format(Locale.ROOT, signing, t.x().adjective() + " Energy Minister " + t.guest().full(),
          t.y().adjective() + " Energy Minister " + t.host().full()) + "\n";
    }

    String later() {
      Trip t = trip;
      String month = t.arrival().plusMonths(2).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return String.format(Locale.ROOT, ahead, t.guest().last(), t.y().capital(), month) + "\n";
    }
  }

  static List<DiplomaticEvent> meetings(String text, LocalDate published) {
    return PARSER.parse("generated", text, published).events().stream().filter(e -> e.type() == EventType.MEETING).toList();
  }

  @Test
  void aSigningToldDoneIsNoRetellingOfAVisitAhead() {
    Prop.check("a signing, then a visit ahead",
        World.gen(r -> new Report(OccasionPropertiesTest.trip(r), World.pick(r, SIGNINGS), World.pick(r, AHEAD))), c -> {
          Trip t = c.trip();
          String alone = c.lead() + c.signed();
          String text = alone + c.later();
          List<DiplomaticEvent> without = meetings(alone, t.arrival());
          List<DiplomaticEvent> got = meetings(text, t.arrival());
          // the visit ahead told after the signing takes nothing from it
          assertEquals(without.stream().map(DiplomaticEvent::participants).toList(),
              got.stream().map(DiplomaticEvent::participants).toList(), () -> text + " -> " + got);
          DiplomaticEvent signed = got.stream().filter(e -> EdtfDate.of(t.arrival()).equals(e.date())).findFirst()
              .orElseThrow(() -> new AssertionError(text + " -> " + got));
          assertTrue(signed.participants().containsAll(Set.of(t.guest().full(), t.host().full())), () -> text + " -> " + got);
          assertTrue(signed.countries().containsAll(Set.of(t.x().country(), t.y().country())), () -> text + " -> " + got);
          assertTrue(!signed.planned(), () -> text + " -> " + got);
        });
  }
}
