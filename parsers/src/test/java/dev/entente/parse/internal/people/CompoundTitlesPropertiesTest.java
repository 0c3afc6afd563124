package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences with a title of two offices joined by "and" ("Deputy Prime Minister and
 * Minister of Foreign Affairs", "Crown Prince and Prime Minister"), before the name or in an
 * apposition after it, with random states and people: the title is both offices as written, its
 * role the weightier of the two, and the holder's state the one written, the states swapped too.
 */
class CompoundTitlesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2014, 2, 20);

  /** Two offices one person holds, and the role of the title of both. */
  record Pair(String first, String second, Role role) {
    String title() {
      return first + " and " + second;
    }
  }

  private static final List<Pair> PAIRS = List.of(
      new Pair("Deputy Prime Minister", "Minister of Foreign Affairs", Role.FOREIGN_MINISTER),
      new Pair("Deputy Prime Minister", "Foreign Minister", Role.FOREIGN_MINISTER),
      new Pair("Vice President", "Foreign Minister", Role.FOREIGN_MINISTER),
      new Pair("Crown Prince", "Prime Minister", Role.HEAD_OF_GOVERNMENT),
      new Pair("Prime Minister", "Minister of Defence", Role.HEAD_OF_GOVERNMENT),
      new Pair("First Deputy Prime Minister", "Minister of Defence", Role.DEFENSE_MINISTER),
      new Pair("Deputy Prime Minister", "Finance Minister", Role.DEPUTY_HEAD));

  record Case(Name a, State x, State y, Pair pair, int form) {}

  private static Case random(SplittableRandom r) {
    State[] s = World.twoStates(r);
    return new Case(World.twoNames(r)[0], s[0], s[1], World.pick(r, PAIRS), r.nextInt(6));
  }

  /** A, holder of both offices of x, in the case's form, in a report about x and y. */
  private static String text(Case c, State x, State y) {
    String a = c.a().full();
    String t = c.pair().title();
    String lead = "Trade between " + x.name() + " and " + y.name() + " grew last year. ";
    return lead + switch (c.form()) {
      case 0 -> x.adjective() + " " + t + " " + a + " arrived in " + y.capital() + " on Monday.";
      case 1 -> a + ", " + x.adjective() + " " + t + ", arrived in " + y.capital() + " on Monday.";
      case 2 -> x.name() + "'s " + t + " " + a + " held talks in " + y.capital() + " on Monday.";
      case 3 -> "The talks in " + y.capital() + " were led by " + x.adjective() + " " + t + " " + a + ".";
      case 4 -> a + ", the " + x.adjective() + " " + t + ", said in " + y.capital() + " that the talks went well.";
      default -> x.adjective() + " " + t + " " + a + " said on Tuesday that the visit to " + y.capital() + " went well.";
    };
  }

  @Test
  void aTitleOfTwoOfficesIsBothWithTheWeightierRole() {
    Prop.check("[adjective] [office] and [office] A", World.gen(CompoundTitlesPropertiesTest::random), c -> {
      OfficeHolders holders = OfficeHolders.standard();
      Prop.assume(holders.holders(c.a().full()).isEmpty() && holders.holders(c.a().last(), DAY).isEmpty());
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String t = text(c, x, y);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(List.of(x.country().toString(), c.pair().title(), c.pair().role().toString()),
            List.of(String.valueOf(a.country()), String.valueOf(a.title()), String.valueOf(a.role())), () -> t + " -> " + got);
      }
    });
  }
}
