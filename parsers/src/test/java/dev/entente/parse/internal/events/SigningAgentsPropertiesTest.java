package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agents of a passive signing named with their offices before their names ("was signed at [place]
 * by the Prime Minister, A, and the [adjective] Foreign Minister, B", "by Defence Minister A and his
 * [adjective] counterpart B") are a meeting of the two; an agent phrase ends at a clause of its own
 * ("while ..."). With random states, people and days.
 */
class SigningAgentsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /**
   * "%1$s" the first signer's state adjective, "%2$s" the first signer, "%3$s" the second's adjective,
   * "%4$s" the second signer, "%5$s" the city.
   */
  private static final List<String> FORMS = List.of(
      "The treaty was signed today in %5$s by the %1$s Prime Minister, %2$s, and the %3$s Foreign Minister, %4$s.",
      "The contract was signed in %5$s today by %1$s Defence Minister %2$s and his %3$s counterpart %4$s.",
      "The agreement was signed today by the %1$s President, %2$s, and the visiting %3$s Prime Minister, %4$s.",
      "The accord was signed at a ceremony in %5$s today by %1$s Foreign Minister %2$s and by the %3$s Minister of Foreign Affairs, %4$s.",
      "The protocol was signed today by the %1$s Minister of Trade, %2$s, and his %3$s colleague, %4$s, officials said.");

  record Signing(Trip trip, String form) {
    String text(boolean swapped) {
      Trip t = swapped ? trip.swapped() : trip;
      String a = swapped ? trip.host().full() : trip.guest().full();
      String b = swapped ? trip.guest().full() : trip.host().full();
      return String.format(Locale.ROOT, form, t.x().adjective(), a, t.y().adjective(), b, trip.y().capital());
    }
  }

  static List<DiplomaticEvent> events(String text, Trip t) {
    return PARSER.parse("generated", text, t.arrival()).events();
  }

  @Test
  void theAgentsOfAPassiveSigningWithTheirOfficesBeforeTheirNamesAreItsMeeting() {
    Prop.check("signed by the [office], A, and the [office], B", World.gen(r -> new Signing(OccasionPropertiesTest.trip(r), World.pick(r, FORMS))), c -> {
      Trip t = c.trip();
      for (boolean swapped : List.of(false, true)) {
        String text = c.text(swapped);
        List<DiplomaticEvent> got = ofType(events(text, t), EventType.MEETING);
        assertEquals(1, got.size(), () -> text + " -> " + got);
        assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
        assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), () -> text + " -> " + got);
        assertEquals(Set.of(t.x().country(), t.y().country()), countries(got.get(0)), () -> text + " -> " + got);
      }
    });
  }

  @Test
  void aPersonAfterTheAgentsClauseEndsSignsNothing() {
    Prop.check("signed by A, while B / said B", World.gen(OccasionPropertiesTest::trip), t -> {
      String signed = "The treaty was signed today by the " + t.x().adjective() + " Foreign Minister, " + t.guest().full();
      String other = t.y().adjective() + " Prime Minister " + t.host().full();
      for (String text : List.of(signed + ", while the " + other + " was abroad.",
          signed + ", and the ministry said that the " + other + " welcomed it.")) {
        List<DiplomaticEvent> got = events(text, t);
        assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING && e.participants().size() > 1),
            () -> text + " -> " + got);
      }
    });
  }

  /** Two ministers of the trip's states, other than its guest and host. */
  record Ministers(Trip trip, World.Name a, World.Name b) {
    String text(Trip t) {
      return t.x().adjective() + " President " + t.guest().full() + " and " + t.y().adjective() + " Prime Minister "
          + t.host().full() + " signed a treaty of friendship in " + trip.y().capital() + " on " + t.date(t.arrival())
          + ", in the presence of " + t.x().adjective() + " Foreign Minister " + a.full() + " and " + t.y().adjective()
          + " Foreign Minister " + b.full() + ". " + a.full() + " and " + b.full() + " also held talks on trade.";
    }
  }

  static Ministers ministers(java.util.SplittableRandom r) {
    Trip t = OccasionPropertiesTest.trip(r);
    World.Name[] m;
    do {
      m = World.twoNames(r);
    } while (Set.of(t.guest().last(), t.host().last()).contains(m[0].last())
        || Set.of(t.guest().last(), t.host().last()).contains(m[1].last()));
    return new Ministers(t, m[0], m[1]);
  }

  @Test
  void talksOfSomeOfTheSignersToldAsAlsoHeldAreAMeetingOfTheirOwnThatDay() {
    Prop.check("X and Y signed ...; A and B also held talks", World.gen(SigningAgentsPropertiesTest::ministers), c -> {
      Trip t = c.trip();
      String text = c.text(t);
      List<DiplomaticEvent> got = ofType(events(text, t), EventType.MEETING);
      List<DiplomaticEvent> own = got.stream()
          .filter(e -> Set.copyOf(e.participants()).equals(Set.of(c.a().full(), c.b().full()))).toList();
      assertEquals(1, own.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(t.arrival()), own.get(0).date(), () -> text + " -> " + got);
      assertEquals(Set.of(t.x().country(), t.y().country()), countries(own.get(0)), () -> text + " -> " + got);
      assertEquals(1, got.stream().filter(e -> e.participants().contains(t.guest().full())).count(), () -> text + " -> " + got);
      // without "also" the talks retell the ceremony the ministers were at
      String retold = text.replace(" also held", " held");
      List<DiplomaticEvent> once = ofType(events(retold, t), EventType.MEETING);
      assertEquals(1, once.size(), () -> retold + " -> " + once);
    });
  }
}
