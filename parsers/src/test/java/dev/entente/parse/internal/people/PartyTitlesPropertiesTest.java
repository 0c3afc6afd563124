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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences with the office of a party or of its central committee ("General Secretary
 * of the [adjective] Communist Party", "First Secretary of the Central Committee of the Workers'
 * Party of [state]", "General Secretary of the [initials] Central Committee and Chairman of the
 * Council of State") or of a revolution ("Leader of the Islamic Revolution"), before the name or in
 * an apposition after it, with random states, people and initials: the title is the whole office
 * as written, the holder's state the one the text gives, and swapping the states swaps the
 * holder's state.
 */
class PartyTitlesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(1984, 6, 12);
  private static final String LETTERS = "BCFGHJLMNQVWXZ";

  record Case(Name a, State x, State y, String initials, int form) {}

  private static Case random(SplittableRandom r) {
    State[] s = World.twoStates(r);
    StringBuilder initials = new StringBuilder();
    for (int n = 3 + r.nextInt(2); n > 0; n--) {
      initials.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
    }
    return new Case(World.twoNames(r)[0], s[0], s[1], initials.toString(), r.nextInt(5));
  }

  /** The title of the case's form, for a party of state x. */
  private static String title(Case c, State x) {
    return switch (c.form()) {
      case 0 -> "General Secretary of the " + x.adjective() + " Communist Party";
      case 1 -> "First Secretary of the Central Committee of the Workers' Party of " + x.name();
      case 2 -> "General Secretary of the Communist Party of " + x.name();
      case 3 -> "Leader of the Islamic Revolution";
      default -> "General Secretary of the " + c.initials() + " Central Committee and Chairman of the Council of State";
    };
  }

  /** A, holder of the party office of x, in a report about x and y. */
  private static String text(Case c, State x, State y) {
    String a = c.a().full();
    String lead = "Trade between " + x.name() + " and " + y.name() + " grew last year. ";
    return lead + switch (c.form()) {
      case 0 -> a + ", " + title(c, x) + ", arrived in " + y.capital() + " on Monday.";
      case 1 -> title(c, x) + " " + a + " held talks in " + y.capital() + " on Monday.";
      case 2 -> "The talks in " + y.capital() + " were attended by " + a + ", " + title(c, x) + ", and others.";
      case 3 -> y.name() + "'s envoy was received by " + x.name() + "'s " + title(c, x) + " " + a + " on Monday.";
      default -> x.name() + "'s " + title(c, x) + " " + a + " arrived in " + y.capital() + " on Monday.";
    };
  }

  @Test
  void aPartyOfficeIsTheWholeTitleOfItsState() {
    Prop.check("[office] of the [party] A", World.gen(PartyTitlesPropertiesTest::random), c -> {
      OfficeHolders holders = OfficeHolders.standard();
      Prop.assume(holders.holders(c.a().full()).isEmpty() && holders.holders(c.a().last(), DAY).isEmpty());
      titleAndState(c, c.x(), c.y());
      titleAndState(c, c.y(), c.x()); // the states swapped: the holder's state follows the party's
    });
  }

  private static void titleAndState(Case c, State x, State y) {
    String t = text(c, x, y);
    List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
    Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
    assertNotNull(a, () -> t + " -> " + got);
    assertEquals(List.of(x.country().toString(), title(c, x)), List.of(String.valueOf(a.country()), String.valueOf(a.title())),
        () -> t + " -> " + got);
  }
}
