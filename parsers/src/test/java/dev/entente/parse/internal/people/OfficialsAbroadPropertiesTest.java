package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Officials who act for a state in its relations with another without holding a ministry (a chief
 * negotiator, a presidential adviser), written with a state word, with random states and people:
 * the person is an official of the state written, the states swapped too.
 */
class OfficialsAbroadPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2018, 6, 26);
  private static final List<String> OFFICES = List.of("chief negotiator", "Presidential Adviser", "presidential advisor");

  record Case(Name a, State x, State y, String office, int form) {
    String sentence(State of, State other) {
      String opening = "Talks between " + of.name() + " and " + other.name() + " resumed in " + other.capital() + " on Monday. ";
      if (form == 0) {
        return opening + of.name() + "'s " + office + ", " + a.full() + ", said the agreements would be signed soon.";
      }
      return opening + "The " + of.adjective() + " " + office + " " + a.full() + " said the agreements would be signed soon.";
    }
  }

  @Test
  void theOfficialIsOfTheStateWritten() {
    Prop.check("[state]'s chief negotiator, A", World.gen(r -> {
      State[] s = World.twoStates(r);
      return new Case(World.twoNames(r)[0], s[0], s[1], World.pick(r, OFFICES), r.nextInt(2));
    }), c -> NameAndTitleFormsPropertiesTest.bothWaysRound(PARSER, DAY, c.a(), c.x(), c.y(), c::sentence, (state, t, held) -> {
      assertEquals(c.office(), held.title(), () -> t + " -> " + held);
      assertEquals(Role.OFFICIAL, held.role(), () -> t + " -> " + held);
    }));
  }
}
