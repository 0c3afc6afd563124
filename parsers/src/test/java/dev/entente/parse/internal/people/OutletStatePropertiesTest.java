package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated reports of a paper or station whose name holds a state's name, adjective or capital
 * ("The [Adjective] Times", "[Capital] Post", "Radio [State]") or whose masthead names its capital
 * ("[PAPER], [Capital], [date]") or its tagline after a bar ("[Paper] | [State]'s Leading Daily",
 * "[Paper] | [Adjective] National News Agency"), with random states, people and offices: an office the text and
 * the other rules leave without a state ("Opposition leader C said ...") is of the outlet's state,
 * and of the other state when the two states are swapped; a state word at the office still wins.
 */
class OutletStatePropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 9);

  /** Outlet names and mastheads, of the state they hold. */
  private static final List<Function<State, String>> MASTHEADS = List.of(
      s -> "The " + s.adjective() + " Times",
      s -> s.capital() + " Post",
      s -> "Radio " + s.name(),
      s -> "THE " + s.capital().toUpperCase(Locale.ROOT) + " HERALD, " + s.capital() + ", Monday, March 7, 2022",
      s -> "DAILY NEWS, " + s.capital() + ", Monday, March 7, 2022",
      s -> "The Morning Chronicle | " + s.name() + "'s Leading Daily",
      s -> "NEWSWIRE | " + s.adjective() + " National News Agency");

  /** Offices of the outlet's side that the body writes without a state. */
  private static final List<String> UNQUALIFIED = List.of("Opposition leader", "Finance Minister", "Interior Minister");

  record Case(Name a, Name c, State x, State y, Function<State, String> masthead, String office) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, MASTHEADS), World.pick(r, UNQUALIFIED));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.c().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.c().last(), DAY).isEmpty();
  }

  private static String report(Case c, State home, State guest, String office) {
    return c.masthead().apply(home) + "\n\nTrade ties in focus\n\n" + guest.adjective() + " President " + c.a().full()
        + " began a visit to " + home.name() + " on Monday. " + office + " " + c.c().full()
        + " said the visit would help trade with " + guest.name() + ".\n";
  }

  @Test
  void anUnqualifiedOfficeIsOfTheOutletsState() {
    Prop.check("[outlet of X] ... [office] C said", World.gen(OutletStatePropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State home = swap ? c.y() : c.x();
        State guest = swap ? c.x() : c.y();
        String t = report(c, home, guest, c.office());
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader along = NameAndTitleFormsPropertiesTest.leader(got, c.c().full());
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        assertNotNull(along, () -> t + " -> " + got);
        assertEquals(home.country(), along.country(), () -> t + " -> " + got);
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(guest.country(), a.country(), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void aStateWordAtTheOfficeWinsOverTheOutlet() {
    Prop.check("[outlet of X] ... [Y adjective] [office] C said", World.gen(OutletStatePropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = report(c, c.x(), c.y(), c.y().adjective() + " " + c.office());
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader along = NameAndTitleFormsPropertiesTest.leader(got, c.c().full());
      assertNotNull(along, () -> t + " -> " + got);
      assertEquals(c.y().country(), along.country(), () -> t + " -> " + got);
    });
  }
}
