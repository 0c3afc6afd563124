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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states, people and offices, for an office a person takes, keeps
 * or presents credentials in, written after the name ("A was sworn in as [State]'s first [office]",
 * "A took office as [adjective] [office]", "A presented his credentials as [State]'s [office]", "A
 * stays on as [office]"): the office is A's, of the state its own word names, and it supersedes an
 * office written before the name ("[adjective] [office] A was sworn in as [office]"); an office
 * taken "of" a body that names no state ("took over as president of the [Body] Commission") is no
 * state's office. Each sentence is read with the two states exchanged too.
 */
class OfficeTakenPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 6, 8);

  /** The phrases of taking an office, from {@code taking-office-words.txt}. */
  private static final List<String> TAKING = List.of("was sworn in as", "took office as", "presented his credentials as",
      "presented her credentials as", "takes over as", "was inaugurated as", "stays on as", "took the oath as",
      "will be sworn in as");

  /** What may stand between the state word and the office. */
  private static final List<String> RANKS = List.of("", "first ", "new ");

  record Case(Name a, Name b, State x, State y, Office oa, Office ob, String taking, String rank) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, World.OFFICES), World.pick(r, World.OFFICES), World.pick(r, TAKING),
        World.pick(r, RANKS));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.b().last(), DAY).isEmpty();
  }

  private static @Nullable Leader leader(List<Leader> leaders, String name) {
    return NameAndTitleFormsPropertiesTest.leader(leaders, name);
  }

  /** Checks that A holds {@code office} of the first state and B the office of the second, both ways round. */
  private static void check(String name, Office office, Case c, java.util.function.BiFunction<State, State, String> text) {
    for (boolean swap : new boolean[] {false, true}) {
      State first = swap ? c.y() : c.x();
      State second = swap ? c.x() : c.y();
      String t = text.apply(first, second);
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader a = leader(got, c.a().full());
      assertNotNull(a, () -> name + ": " + t + " -> " + got);
      assertEquals(List.of(String.valueOf(first.country()), office.title(), office.role().toString()),
          List.of(String.valueOf(a.country()), String.valueOf(a.title()), String.valueOf(a.role())), () -> name + ": " + t + " -> " + got);
      Leader b = leader(got, c.b().full());
      assertEquals(second.country(), b == null ? null : b.country(), () -> name + ": " + t + " -> " + got);
    }
  }

  @Test
  void anOfficeTakenAfterTheNameIsTheNamesOffice() {
    Prop.check("A [taking] [State]'s [rank] [office]", World.gen(OfficeTakenPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      check("A [taking] [State]'s [rank] [office]", c.oa(), c, (x, y) -> y.adjective() + " " + c.ob().title() + " "
          + c.b().full() + " attended the ceremony in " + y.capital() + ". " + c.a().full() + " " + c.taking() + " " + x.name()
          + "'s " + c.rank() + c.oa().title() + " on Monday.");
    });
    Prop.check("A [taking] the [rank] [adjective] [office]", World.gen(OfficeTakenPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      check("A [taking] the [rank] [adjective] [office]", c.oa(), c, (x, y) -> c.a().full() + " " + c.taking() + " the "
          + c.rank() + x.adjective() + " " + c.oa().title() + " in " + y.capital() + ", where " + y.adjective() + " "
          + c.ob().title() + " " + c.b().full() + " received him.");
    });
  }

  @Test
  void anOfficeTakenSupersedesTheOfficeBeforeTheName() {
    Prop.check("[adjective] [office] A [taking] [office]", World.gen(OfficeTakenPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      Prop.assume(!c.oa().equals(c.ob()));
      check("[adjective] [office] A [taking] [office]", c.oa(), c, (x, y) -> x.adjective() + " " + c.ob().title() + " "
          + c.a().full() + " " + c.taking() + " " + c.oa().title() + " on Monday, and " + y.adjective() + " "
          + c.ob().title() + " " + c.b().full() + " sent congratulations.");
    });
  }

  @Test
  void anOfficeTakenOfABodyIsNoStatesOffice() {
    List<String> bodies = List.of("the African Union Commission", "the World Bank", "the Asian Development Bank",
        "the International Olympic Committee");
    Prop.check("A [taking] president of [body]", World.gen(r -> new Object[] {random(r), World.pick(r, bodies)}), o -> {
      Case c = (Case) o[0];
      Prop.assume(unknown(c));
      String t = c.x().adjective() + " President " + c.b().full() + " spoke in " + c.y().capital() + ". " + c.a().full()
          + " " + c.taking() + " president of " + o[1] + " on Monday.";
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader a = leader(got, c.a().full());
      assertTrue(a == null || a.role() != Role.HEAD_OF_STATE, () -> t + " -> " + got);
    });
  }
}
