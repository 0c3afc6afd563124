package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.junit.jupiter.api.Test;

/**
 * Generated sentences where an office is written with the state it is of before the holder's name
 * ("[office] of [state] A", "the [office] of the [formal name], A,"), with random states, people
 * and offices: the leader's title is the office with its state as written, the state the one named
 * (the states swapped too); "the President of the Republic, [rank] A," gives the title "President of
 * the Republic", a name without the rank, and the state the passage names last before it.
 */
class TitleWithStatePropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2019, 4, 11);

  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> !o.title().equals("Ambassador") && !o.title().equals("parliament speaker")).toList();
  private static final List<String> RANKS = List.of("", "Field Marshal ", "Comandante ", "Mr ", "General ");

  /** A holder, two states (the second one of formal name), an office and the sentence's form. */
  record Case(Name a, State x, State y, Office office, int form) {
    /** The state as the sentence names it after "of". */
    String of(State s) {
      return World.FORMAL.contains(s) ? "the " + s.name() : s.name();
    }

    String sentence(State of, State host) {
      String o = office.title() + " of " + of(of);
      String opening = "Relations between " + of.name() + " and " + host.name() + " have improved. ";
      if (form == 0) {
        return opening + o + " " + a.full() + " arrived in " + host.capital() + " on Monday.";
      }
      return opening + "The " + o + ", " + a.full() + ", held talks in " + host.capital() + " on Monday.";
    }
  }

  @Test
  void theTitleHoldsTheStateWrittenAfterTheOffice() {
    Prop.check("[office] of [state] A", World.gen(r -> {
      State[] s = World.twoStates(r);
      State formal = r.nextBoolean() ? World.pick(r, World.FORMAL) : s[1];
      if (formal.country().equals(s[0].country())) {
        formal = s[1];
      }
      return new Case(World.twoNames(r)[0], s[0], formal, World.pick(r, OFFICES), r.nextInt(2));
    }), c -> NameAndTitleFormsPropertiesTest.bothWaysRound(PARSER, DAY, c.a(), c.x(), c.y(), c::sentence, (state, t, held) -> {
      assertEquals(c.office().title() + " of " + c.of(state), held.title(), () -> t + " -> " + held);
      assertEquals(c.office().role(), held.role(), () -> t + " -> " + held);
    }));
  }

  @Test
  void thePresidentOfTheRepublicIsTheTitleAndTheRankIsNoName() {
    Prop.check("the President of the Republic, A", World.gen(r -> new Object[] {
        World.twoStates(r), World.twoNames(r)[0], World.pick(r, RANKS)}), g -> {
      State[] s = (State[]) g[0];
      Name a = (Name) g[1];
      String rank = (String) g[2];
      OfficeHolders known = OfficeHolders.standard();
      Prop.assume(known.holders(a.full()).isEmpty() && known.holders(a.last(), DAY).isEmpty());
      String t = "A delegation from " + s[1].name() + " arrived in " + s[0].name() + " on Sunday. The President of the Republic, "
          + rank + a.full() + ", received the delegation on Monday to discuss trade.";
      List<Leader> leaders = PARSER.parse("generated", t, DAY).leaders();
      Leader held = NameAndTitleFormsPropertiesTest.leader(leaders, a.full());
      assertNotNull(held, () -> t + " -> " + leaders);
      assertEquals("President of the Republic", held.title(), () -> t + " -> " + leaders);
      assertEquals(Role.HEAD_OF_STATE, held.role(), () -> t + " -> " + leaders);
      assertEquals(s[0].country(), held.country(), () -> t + " -> " + leaders);
    });
  }
}
