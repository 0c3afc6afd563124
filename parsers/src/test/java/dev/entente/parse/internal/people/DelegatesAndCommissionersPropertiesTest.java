package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated meetings, with random states, people and offices, of holders of ministries under other
 * names: a minister-delegate ("Minister-Delegate for National Defence"), a commissioner who held a
 * ministry under a military government ("State Commissioner for Foreign Affairs"), a "Minister of
 * National Defence". Each is an office of its role, titled as written, of the state its adjective
 * gives, whether it stands before the name or in apposition after it; swapped with the states.
 */
class DelegatesAndCommissionersPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(1979, 6, 12);

  private static final List<Office> TITLES = List.of(
      new Office("Minister-Delegate for National Defence", Role.DEFENSE_MINISTER),
      new Office("Minister Delegate for National Defence", Role.DEFENSE_MINISTER),
      new Office("Minister of National Defence", Role.DEFENSE_MINISTER),
      new Office("Minister of National Defense", Role.DEFENSE_MINISTER),
      new Office("State Commissioner for Foreign Affairs", Role.FOREIGN_MINISTER),
      new Office("Federal Commissioner for External Affairs", Role.FOREIGN_MINISTER),
      new Office("Commissioner for Foreign Affairs", Role.FOREIGN_MINISTER));

  record Case(Name a, Name b, State x, State y, Office oa, Office ob) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, TITLES), World.pick(r, World.OFFICES.subList(0, 4)));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.b().last(), DAY).isEmpty();
  }

  @Test
  void aDelegateOrACommissionerHoldsTheMinistry() {
    Prop.check("[adjective] [title] A met [adjective] [office] B", World.gen(r -> new Object[] {random(r), r.nextBoolean()}), o -> {
      Case c = (Case) o[0];
      boolean apposition = (Boolean) o[1];
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String a = apposition ? "The " + x.adjective() + " " + c.oa().title() + ", " + c.a().full() + ","
            : x.adjective() + " " + c.oa().title() + " " + c.a().full();
        String t = a + " met " + y.adjective() + " " + c.ob().title() + " " + c.b().full() + " in " + y.capital() + " on Monday.";
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        assertTrue(got.stream().allMatch(l -> l.name().equals(c.a().full()) || l.name().equals(c.b().full())),
            () -> t + " -> " + got);
        Leader la = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        assertNotNull(la, () -> t + " -> " + got);
        assertEquals(List.of(x.country().toString(), c.oa().title(), c.oa().role().toString()),
            List.of(String.valueOf(la.country()), String.valueOf(la.title()), String.valueOf(la.role())), () -> t + " -> " + got);
      }
    });
  }
}
