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
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences where a plural office of two states names its two holders in the same order
 * ("[X]'s and [Y]'s foreign ministers, A and B", "the presidents of [X] and [Y], A and B", "the [X
 * adjective] and [Y adjective] prime ministers, A and B", "the presidents of [X], A, and of [Y], B"),
 * also an office whose plural word comes before "of" or "for" ("ministers of foreign affairs") or ends in
 * "ies" ("foreign secretaries"), with
 * random states, people and offices: A is X's and B is Y's, each with the office in the singular;
 * swapping the states swaps theirs. So does "the [office]s of the two countries, A of X and B of Y": the
 * phrase of the pair binds no state, each name's own does.
 */
class RespectiveStatesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 9, 14);
  private static final List<String> PLURALS = List.of("foreign ministers", "presidents", "prime ministers", "defence ministers",
      "ministers of foreign affairs", "ministers for foreign affairs", "ministers of defence", "ministers of external affairs",
      "foreign secretaries", "defence secretaries");

  /** The office of one holder: the plural word in the singular. */
  static String singular(String plural) {
    int of = plural.indexOf(" of ");
    int fr = plural.indexOf(" for ");
    int cut = of < 0 ? fr : fr < 0 ? of : Math.min(of, fr);
    if (cut < 0 && plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y"; // "foreign secretaries"
    }
    return cut < 0 ? plural.substring(0, plural.length() - 1) : plural.substring(0, cut - 1) + plural.substring(cut);
  }

  record Case(Name a, Name b, State x, State y, String office, int form) {
    String sentence(State first, State second) {
      String names = a.full() + " and " + b.full();
      String opening = "Trade between " + first.name() + " and " + second.name() + " doubled. ";
      if (form == 0) {
        return opening + first.name() + "'s and " + second.name() + "'s " + office + ", " + names + ", signed a programme.";
      } else if (form == 1) {
        return opening + "The " + office + " of " + first.name() + " and " + second.name() + ", " + names + ", signed a treaty.";
      } else if (form == 3) {
        return opening + "The " + office + " of " + first.name() + ", " + a.full() + ", and of " + second.name() + ", " + b.full()
            + ", signed a treaty.";
      }
      return opening + "The " + first.adjective() + " and " + second.adjective() + " " + office + ", " + names + ", met on Friday.";
    }
  }

  @Test
  void eachHolderIsOfTheStateInTheSamePlace() {
    Prop.check("[X]'s and [Y]'s [office]s, A and B", World.gen(r -> {
      State[] s = World.twoStates(r);
      Name[] n = World.twoNames(r);
      return new Case(n[0], n[1], s[0], s[1], World.pick(r, PLURALS), r.nextInt(4));
    }), c -> assertEachOfTheStateInItsPlace(c, c::sentence));
  }

  /** A is of the first state the sentence gives and B of the second, each with the office in the singular, in both orders. */
  private static void assertEachOfTheStateInItsPlace(Case c, BiFunction<State, State, String> sentence) {
    OfficeHolders known = OfficeHolders.standard();
    for (Name n : List.of(c.a(), c.b())) {
      Prop.assume(known.holders(n.full()).isEmpty() && known.holders(n.last(), DAY).isEmpty());
    }
    String singular = singular(c.office());
    for (State[] order : new State[][] {{c.x(), c.y()}, {c.y(), c.x()}}) {
      String t = sentence.apply(order[0], order[1]);
      List<Leader> found = PARSER.parse("generated", t, DAY).leaders();
      Leader a = NameAndTitleFormsPropertiesTest.leader(found, c.a().full());
      Leader b = NameAndTitleFormsPropertiesTest.leader(found, c.b().full());
      assertNotNull(a, () -> t + " -> " + found);
      assertNotNull(b, () -> t + " -> " + found);
      assertEquals(List.of(order[0].country(), order[1].country()), List.of(a.country(), b.country()), () -> t + " -> " + found);
      assertEquals(List.of(singular, singular), List.of(a.title(), b.title()), () -> t + " -> " + found);
    }
  }

  /** The phrases of the two parties after a plural office, none of which binds a state. */
  private static final List<String> PAIRS = List.of("of the two countries", "of both nations", "of the two neighbouring states",
      "of the two allied governments", "of both sides");

  @Test
  void theOfficeOfTheTwoCountriesGoesToEachNameWithItsOwnState() {
    Prop.check("the [office]s of the two countries, A of X and B of Y", World.gen(r -> {
      State[] s = World.twoStates(r);
      Name[] n = World.twoNames(r);
      return new Case(n[0], n[1], s[0], s[1], World.pick(r, PLURALS), r.nextInt(PAIRS.size()));
    }), c -> assertEachOfTheStateInItsPlace(c, (first, second) -> "Trade between " + c.x().name() + " and " + c.y().name()
        + " doubled. The accord was signed by the " + c.office() + " " + PAIRS.get(c.form()) + ", " + c.a().full() + " of "
        + first.name() + " and " + c.b().full() + " of " + second.name() + "."));
  }
}
