package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Deputies of heads (vice presidents, vice premiers, first deputy prime ministers) and legislature
 * chairmen in the office-holder dictionary: named with their title and no state word, beside a
 * head of another state, each gets the dictionary's state on a day of the tenure, in either order
 * of the sentence; a state word in the text wins over the dictionary.
 */
class DeputyHolderStatesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final OfficeHolders HOLDERS = OfficeHolders.standard();
  private static final LocalDate OPEN_END = LocalDate.of(2025, 12, 31);

  private static final List<Tenure> DEPUTIES = of(Role.DEPUTY_HEAD, Role.LEGISLATOR);
  private static final List<Tenure> HEADS = of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT);

  private static List<Tenure> of(Role... roles) {
    List<Tenure> out = new ArrayList<>();
    for (Tenure t : HOLDERS.tenures()) {
      if (List.of(roles).contains(t.role()) && !t.has(Tenure.Flag.DISPUTED) && !t.has(Tenure.Flag.SHARED)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A deputy, a head of another state, and a day both held office whose names no other state's holder shares that day. */
  record Pair(Tenure deputy, Tenure head, LocalDate day) {
    String text(String deputyTitle, String headTitle, boolean deputyFirst) {
      String d = deputyTitle + " " + deputy.name();
      String h = headTitle + " " + head.name();
      return (deputyFirst ? d + " met " + h : h + " met " + d) + " in Geneva on Tuesday.";
    }
  }

  private static boolean unambiguous(Tenure t, LocalDate day) {
    return HOLDERS.holders(t.name(), day).stream().allMatch(x -> x.country().equals(t.country()));
  }

  private static LocalDate dayOf(SplittableRandom r, Tenure t) {
    LocalDate end = t.end() != null ? t.end() : OPEN_END;
    long days = end.toEpochDay() - t.start().toEpochDay();
    // a week inside either edge: the dictionary's margin aside
    return t.start().plusDays(days <= 14 ? days / 2 : 7 + r.nextLong(days - 14));
  }

  /** A pair for a random deputy and day, or null when that day has no fitting head. */
  private static Pair pair(SplittableRandom r) {
    for (int tries = 0; ; tries++) {
      Tenure d = World.pick(r, DEPUTIES);
      LocalDate day = dayOf(r, d);
      if (!unambiguous(d, day)) {
        continue;
      }
      for (int k = 0; k < 50; k++) {
        Tenure h = World.pick(r, HEADS);
        if (!h.country().equals(d.country()) && h.contains(day, 0) && unambiguous(h, day)) {
          return new Pair(d, h, day);
        }
      }
      if (tries > 1000) {
        throw new IllegalStateException("no head found beside the deputies");
      }
    }
  }

  @Test
  void aDeputyNamedWithoutAStateGetsTheDictionarysStateInEitherOrder() {
    List<String> wrong = new ArrayList<>();
    int[] tried = {0};
    Prop.check("deputy's state from the dictionary", World.gen(DeputyHolderStatesTest::pair), 300, p -> {
      tried[0]++;
      for (boolean deputyFirst : new boolean[] {true, false}) {
        String text = p.text(p.deputy().title(), p.head().title(), deputyFirst);
        List<Leader> leaders = PARSER.parse("generated", text, p.day()).leaders();
        if (!p.deputy().country().equals(OfficeHolderStatesTest.stateOf(leaders, p.deputy().name()))
            || !p.head().country().equals(OfficeHolderStatesTest.stateOf(leaders, p.head().name()))) {
          wrong.add(text + " (" + p.day() + ") -> " + leaders.stream().map(l -> l.name() + "|" + l.country()).toList());
        }
      }
    });
    // a few names the name reader cannot read whole in every sentence are allowed, no more
    assertTrue(wrong.size() * 20 <= tried[0] * 2, () -> wrong.size() + " of " + tried[0] * 2 + " wrong: "
        + String.join("\n", wrong.subList(0, Math.min(wrong.size(), 20))));
  }

  record Contradicted(Pair pair, State x) {}

  @Test
  void aStateWordInTheTextWinsOverTheDictionary() {
    int[] unread = {0};
    int[] tried = {0};
    Prop.check("the text wins", World.gen(r -> new Contradicted(pair(r), World.pick(r, World.STATES))), 200, c -> {
      tried[0]++;
      Pair p = c.pair();
      String text = p.text(c.x().adjective() + " " + p.deputy().title(), p.head().title(), true);
      List<Leader> leaders = PARSER.parse("generated", text, p.day()).leaders();
      String name = p.deputy().name();
      if (OfficeHolderStatesTest.stateOf(leaders, name) == null) {
        unread[0]++;
      } else {
        assertEquals(c.x().country(), OfficeHolderStatesTest.stateOf(leaders, name), () -> text + " -> " + leaders);
      }
    });
    assertTrue(unread[0] * 10 <= tried[0], () -> unread[0] + " of " + tried[0] + " deputies not read");
  }
}
