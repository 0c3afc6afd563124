package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences where a holder is named with a military rank beside an office ("[office]
 * Lieutenant General A", "General A, [state]'s [office],", "the [office] of [state], Army General
 * A,"), with random states, people and offices: the office is the holder's title and role, never
 * the rank (with the state "of" gives it: "[office] of [state]"), and the holder's state is the one written, the states swapped too.
 */
class RankBesideOfficePropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2019, 4, 11);

  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> !o.title().equals("Ambassador") && !o.title().equals("parliament speaker")).toList();

  /** A holder with a rank, an office and the form the sentence takes. */
  record Case(Name a, State x, State y, Office office, int form) {
    /** The sentence, the office being of state {@code of}, the talks in {@code host}. */
    String sentence(State of, State host) {
      String o = office.title();
      String opening = "Relations between " + of.name() + " and " + host.name() + " have improved. ";
      if (form == 0) {
        return opening + of.adjective() + " " + o + " Lieutenant General " + a.full() + " arrived in " + host.capital() + ".";
      } else if (form == 1) {
        return opening + "General " + a.full() + ", " + of.name() + "'s " + o + ", arrived in " + host.capital() + ".";
      } else if (form == 2) {
        return opening + "The " + o + " of " + of.name() + ", Army General " + a.full() + ", arrived in " + host.capital() + ".";
      }
      return opening + "Talks in " + host.capital() + " were led by General " + a.full() + ", the " + of.adjective() + " " + o + ".";
    }
  }

  @Test
  void theOfficeBesideARankIsTheHoldersTitle() {
    Prop.check("[office] General A / General A, [office]", World.gen(r -> {
      State[] s = World.twoStates(r);
      return new Case(World.twoNames(r)[0], s[0], s[1], World.pick(r, OFFICES), r.nextInt(4));
    }), c -> NameAndTitleFormsPropertiesTest.bothWaysRound(PARSER, DAY, c.a(), c.x(), c.y(), c::sentence, (state, t, held) -> {
      String title = c.form() == 2 ? c.office().title() + " of " + state.name() : c.office().title(); // "the [office] of [state]"
      assertEquals(title, held.title(), () -> t + " -> " + held);
      assertEquals(c.office().role(), held.role(), () -> t + " -> " + held);
    }));
  }
}
