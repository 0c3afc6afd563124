package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences that sort the people of talks or a signing by side ("on the [adjective] side
 * by [office] A and on the [adjective] side by [office] B", "for the [adjective] side", "from the
 * [adjective] part", "the [adjective] delegation was led by") or by the state each signs for ("signed for [State] by
 * [office] A", "A, who signed for [State]", "on behalf of [State]") or by the side each leads ("[office] A is
 * to lead the [adjective] delegation", "A, who headed the [adjective] side"), with random states, people and
 * offices with no state word of their own: each person is of the side named next to them, and the
 * people's states swap with the states' words.
 */
class SidePhrasesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(1988, 5, 17);

  /** Offices whose holders talks and signings list by side. */
  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> !o.title().equals("Ambassador") && !o.title().equals("parliament speaker")).toList();

  record Case(Name a, Name b, State x, State y, Office oa, Office ob, int form) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, OFFICES), World.pick(r, OFFICES), r.nextInt(7));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.b().last(), DAY).isEmpty();
  }

  /** The sentence of the form, A on the side of x and B on the side of y. */
  private static String text(Case c, State x, State y) {
    String a = c.oa().title() + " " + c.a().full();
    String b = c.ob().title() + " " + c.b().full();
    String ax = x.adjective();
    String ay = y.adjective();
    String lead = "Talks between " + x.name() + " and " + y.name() + " opened in Geneva on Monday. ";
    return lead + switch (c.form()) {
      case 0 -> "They were attended on the " + ax + " side by " + a + " and on the " + ay + " side by " + b + ".";
      case 1 -> "On the " + ax + " side, the talks were attended by " + a + ", and on the " + ay + " side by " + b + ".";
      case 2 -> "The protocol was signed for the " + ax + " side by " + a + " and for the " + ay + " side by " + b + ".";
      case 3 -> "On the " + ax + " side the talks were led by " + c.a().full() + ", " + c.oa().title().toLowerCase(java.util.Locale.ROOT)
          + ", and on the " + ay + " side by " + c.b().full() + ", " + c.ob().title().toLowerCase(java.util.Locale.ROOT) + ".";
      case 4 -> "From the " + ax + " side " + a + " took part, and from the " + ay + " side " + b + ".";
      case 5 -> "On the " + ax + " part, the meeting was attended by " + a + ", and on the " + ay + " part by " + b + ".";
      default -> "The " + ax + " delegation was led by " + a + ", the " + ay + " delegation by " + b + ".";
    };
  }

  /** A signing of the form, A signing for x and B for y. */
  private static String signing(Case c, State x, State y) {
    String a = c.oa().title() + " " + c.a().full();
    String b = c.ob().title() + " " + c.b().full();
    String lead = "Talks between " + x.name() + " and " + y.name() + " ended in Geneva on Monday. ";
    return lead + switch (c.form() % 5) {
      case 0 -> "The treaty was signed for " + x.name() + " by " + a + " and for " + y.name() + " by " + b + ".";
      case 1 -> "Signing for " + x.name() + " was " + a + ". " + b + " signed for " + y.name() + ".";
      case 2 -> "For " + x.name() + " the document was signed by " + a + ", and for " + y.name() + " by " + b + ".";
      case 3 -> a + ", who signed for " + x.name() + ", and " + b + ", who signed for " + y.name() + ", exchanged the texts.";
      default -> "The accord was signed on behalf of " + x.name() + " by " + a + " and on behalf of " + y.name() + " by " + b + ".";
    };
  }

  /** Talks where each person leads a side named after the name, A the side of x and B that of y. */
  private static String leading(Case c, State x, State y) {
    String a = c.oa().title() + " " + c.a().full();
    String b = c.ob().title() + " " + c.b().full();
    String open = "Talks between " + x.name() + " and " + y.name() + " open in Geneva on Monday. ";
    String[] forms = {
      a + " is to lead the %s delegation, and " + b + " will head the %s delegation.",
      a + ", who led the %s delegation, and " + b + ", who headed the %s side, signed the minutes.",
      a + " will head a %s delegation to the talks. " + b + ", heading the %s delegation, arrived on Sunday.",
      a + ", head of the %s delegation, and " + b + ", who will also lead the %s delegation, spoke to reporters.",
    };
    return open + String.format(java.util.Locale.ROOT, forms[c.form() % forms.length], x.adjective(), y.adjective());
  }

  @Test
  void aPersonWhoLeadsAStatesDelegationIsOfThatState() {
    checkSides("[office] A is to lead the [adjective] delegation", SidePhrasesPropertiesTest::leading);
  }

  @Test
  void aPersonWhoSignsForAStateIsOfThatState() {
    checkSides("signed for [State] by [office] A", SidePhrasesPropertiesTest::signing);
  }

  private static @Nullable Country stateOf(List<Leader> leaders, Name n) {
    Leader l = NameAndTitleFormsPropertiesTest.leader(leaders, n.full());
    return l == null ? null : l.country();
  }

  @Test
  void aPersonNamedAfterOnTheStatesSideIsOfThatState() {
    checkSides("on the [adjective] side by [office] A", SidePhrasesPropertiesTest::text);
  }

  /** A text of a case with A on the side of the first state and B on that of the second. */
  interface Form {
    String text(Case c, State x, State y);
  }

  /** Checks that A is of x and B of y in the form's text, and that exchanging the states exchanges theirs. */
  private static void checkSides(String name, Form form) {
    Prop.check(name, World.gen(SidePhrasesPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String t = form.text(c, x, y);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        assertEquals(List.of(x.country(), y.country()), Arrays.asList(stateOf(got, c.a()), stateOf(got, c.b())),
            () -> t + " -> " + got);
      }
    });
  }
}
