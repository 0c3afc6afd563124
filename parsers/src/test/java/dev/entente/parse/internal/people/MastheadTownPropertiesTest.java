package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Places;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Generated reports a paper's correspondent files from abroad, under a masthead that names the town
 * the paper is published in before the date ("[Paper]" / "[TOWN], [WEEKDAY] [day] [MONTH]
 * [year]", "[PAPER] - [Town] - [date]", "[PAPER], [TOWN], [date]"), with random states, towns (of
 * the knowledge's cities, not capitals), people and offices: an office the text leaves without a
 * state ("Finance Minister C said ...") is of the paper's state, not the dateline's, and of the other
 * state when the two are swapped; under a masthead with no town it stays the dateline's.
 */
class MastheadTownPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 8);

  /** Mastheads of a paper with its town and the date. */
  private static final List<BiFunction<String, String, String>> MASTHEADS = List.of(
      (paper, town) -> paper + "\n" + town.toUpperCase(Locale.ROOT) + ", TUESDAY 8 MARCH 2022",
      (paper, town) -> paper.toUpperCase(Locale.ROOT) + " - " + town + " - Tuesday 8 March 2022",
      (paper, town) -> paper.toUpperCase(Locale.ROOT) + ", " + town.toUpperCase(Locale.ROOT) + ", TUESDAY, MARCH 8, 2022");

  private static final List<String> PAPERS = List.of("The Evening Star", "The Daily Courier", "The Weekly Herald");

  /** Offices of the paper's side that the body writes without a state. */
  private static final List<String> UNQUALIFIED = List.of("Opposition leader", "Finance Minister", "Interior Minister");

  record Case(Name a, Name c, State x, State y, String paper, BiFunction<String, String, String> masthead, String office, long seed) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, PAPERS), World.pick(r, MASTHEADS), World.pick(r, UNQUALIFIED), r.nextLong());
  }

  /** A town of {@code state} that is not a capital and whose name no other state's city has, or null. */
  private static String town(State state, long seed) {
    Places places = Places.builtIn();
    List<String> towns = new ArrayList<>();
    for (City c : places.cities()) {
      if (c.country().equals(state.country()) && c.flags().isEmpty() && c.name().matches("[A-Z][a-z]+")
          && places.named(c.name()).size() == 1) {
        towns.add(c.name());
      }
    }
    return towns.isEmpty() ? null : towns.get((int) Math.floorMod(seed, (long) towns.size()));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.c().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.c().last(), DAY).isEmpty();
  }

  /** A report from {@code guest}'s capital by a paper of {@code home}: {@code home}'s president visits. */
  private static String report(Case c, String masthead, State home, State guest) {
    return masthead + "\n\nTalks end with pledge of help\n\nBy John Smith\n\n" + guest.capital().toUpperCase(Locale.ROOT)
        + ", Tuesday - " + home.adjective() + " President " + c.a().full() + " arrived in " + guest.name()
        + " on Monday for talks. " + c.office() + " " + c.c().full() + " said the visit would help trade between "
        + home.name() + " and " + guest.name() + ".\n";
  }

  @Test
  void anUnqualifiedOfficeIsOfTheMastheadTownsState() {
    Prop.check("[PAPER] [TOWN of X], [date] ... [Y CAPITAL] - ... [office] C said", World.gen(MastheadTownPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State home = swap ? c.y() : c.x();
        State guest = swap ? c.x() : c.y();
        String town = town(home, c.seed());
        Prop.assume(town != null);
        String t = report(c, c.masthead().apply(c.paper(), town), home, guest);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader along = NameAndTitleFormsPropertiesTest.leader(got, c.c().full());
        assertNotNull(along, () -> t + " -> " + got);
        assertEquals(home.country(), along.country(), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void withNoTownTheDatelinesStateStays() {
    Prop.check("[Paper] / [date] ... [Y CAPITAL] - ... [office] C said", World.gen(MastheadTownPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = report(c, c.paper() + "\nTuesday, March 8, 2022", c.x(), c.y());
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader along = NameAndTitleFormsPropertiesTest.leader(got, c.c().full());
      assertNotNull(along, () -> t + " -> " + got);
      assertEquals(c.y().country(), along.country(), () -> t + " -> " + got);
    });
  }
}
