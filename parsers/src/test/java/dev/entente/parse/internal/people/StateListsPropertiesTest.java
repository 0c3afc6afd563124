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
import org.junit.jupiter.api.Test;

/**
 * Generated sentences where a plural office of three states names its three holders in the same
 * order ("the foreign ministers of X, Y and Z, A, B and C", "X's, Y's and Z's presidents, A, B and C",
 * "the [X adjective], [Y adjective] and [Z adjective] prime ministers, A, B and C", with or without a
 * serial comma), with random states, people and offices: A is X's, B is Y's and C is Z's, each with the
 * office in the singular; when the states are named in another order, the holders' states follow.
 */
class StateListsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 9, 14);
  private static final List<String> PLURALS = List.of("foreign ministers", "presidents", "prime ministers", "defence ministers",
      "ministers of foreign affairs");

  record Case(Name a, Name b, Name c, State x, State y, State z, String office, int form, boolean serial) {
    String sentence(State first, State second, State third) {
      String and = serial ? ", and " : " and ";
      String names = a.full() + ", " + b.full() + and + c.full();
      String opening = "Trade between " + first.name() + ", " + second.name() + and + third.name() + " doubled. ";
      if (form == 0) {
        return opening + "The " + office + " of " + first.name() + ", " + second.name() + and + third.name() + ", " + names
            + ", signed a treaty.";
      } else if (form == 1) {
        return opening + first.name() + "'s, " + second.name() + "'s" + and + third.name() + "'s " + office + ", " + names
            + ", signed a programme.";
      }
      return opening + "The " + first.adjective() + ", " + second.adjective() + and + third.adjective() + " " + office + ", "
          + names + ", met on Friday.";
    }
  }

  private static Name third(java.util.SplittableRandom r, Name[] two) {
    Name n;
    do {
      n = new Name(World.pick(r, World.FIRST), World.pick(r, World.LAST));
    } while (n.last().equals(two[0].last()) || n.last().equals(two[1].last()));
    return n;
  }

  private static boolean unknown(Name n) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(n.full()).isEmpty() && holders.holders(n.last(), DAY).isEmpty();
  }

  @Test
  void eachHolderIsOfTheStateInTheSamePlace() {
    Prop.check("the [office]s of X, Y and Z, A, B and C", World.gen(r -> {
      State[] s = World.threeStates(r);
      Name[] n = World.twoNames(r);
      return new Case(n[0], n[1], third(r, n), s[0], s[1], s[2], World.pick(r, PLURALS), r.nextInt(3), r.nextBoolean());
    }), c -> {
      Prop.assume(unknown(c.a()) && unknown(c.b()) && unknown(c.c()));
      State[][] orders = {{c.x(), c.y(), c.z()}, {c.z(), c.x(), c.y()}};
      for (State[] o : orders) {
        String t = c.sentence(o[0], o[1], o[2]);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Name[] names = {c.a(), c.b(), c.c()};
        for (int i = 0; i < 3; i++) {
          Leader l = NameAndTitleFormsPropertiesTest.leader(got, names[i].full());
          assertNotNull(l, () -> t + " -> " + got);
          assertEquals(o[i].country(), l.country(), () -> t + " -> " + got);
          assertEquals(RespectiveStatesPropertiesTest.singular(c.office()), l.title(), () -> t + " -> " + got);
        }
      }
    });
  }
}
