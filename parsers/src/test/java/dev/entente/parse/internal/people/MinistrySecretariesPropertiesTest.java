package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated reports, with random states and people, datelined in one state's capital, that name
 * that state's foreign (or defence) minister under a minister's title and then, with no state word,
 * its "Foreign Secretary" ("Defence Secretary"): the secretary is the ministry's senior civil
 * servant, as South Asian states title one, an official of the dateline's state beside its
 * minister, not a second minister of no state. Datelined in the other state's capital, the
 * secretary is the other state's.
 */
class MinistrySecretariesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2018, 10, 1);

  record Case(List<Name> names, State x, State y, boolean defence) {}

  private static Case random(SplittableRandom r) {
    List<Name> names = new ArrayList<>(4);
    while (names.size() < 4) {
      Name n = new Name(World.pick(r, World.FIRST), World.pick(r, World.LAST));
      if (names.stream().noneMatch(m -> m.last().equals(n.last()) || m.first().equals(n.first()))) {
        names.add(n);
      }
    }
    State[] s = World.twoStates(r);
    return new Case(names, s[0], s[1], r.nextBoolean());
  }

  private static String text(Case c, State host, State guest) {
    List<Name> n = c.names();
    return host.capital().toUpperCase(Locale.ROOT) + ", Oct 1 - " + host.name() + " and " + guest.name()
        + " signed 17 agreements on Monday after talks between Prime Minister " + n.get(0).full() + " and visiting "
        + guest.adjective() + " President " + n.get(1).full() + ".\n\n" + host.adjective() + " "
        + (c.defence() ? "Defence Minister " : "External Affairs Minister ") + n.get(2).full() + " had called on "
        + n.get(1).last() + " on Sunday evening.\n\n" + guest.name() + " will receive a line of credit of 200 million dollars, "
        + (c.defence() ? "Defence Secretary " : "Foreign Secretary ") + n.get(3).full() + " told reporters.\n";
  }

  @Test
  void aMinistersSecretaryBesideTheMinisterIsAnOfficialOfTheDatelinesState() {
    Prop.check("[CAPITAL] - ... [adjective] External Affairs Minister C ... Foreign Secretary D told reporters",
        World.gen(MinistrySecretariesPropertiesTest::random), c -> {
          for (Name n : c.names()) {
            NameAndTitleFormsPropertiesTest.assumeUnknown(n, DAY);
          }
          for (State[] side : new State[][] {{c.x(), c.y()}, {c.y(), c.x()}}) {
            String t = text(c, side[0], side[1]);
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            Leader d = NameAndTitleFormsPropertiesTest.leader(got, c.names().get(3).full());
            assertNotNull(d, () -> t + " -> " + got);
            assertEquals(List.of(side[0].country(), c.defence() ? "Defence Secretary" : "Foreign Secretary", Role.OFFICIAL),
                List.of(d.country(), d.title(), d.role()), () -> t + " -> " + got);
          }
        });
  }
}
