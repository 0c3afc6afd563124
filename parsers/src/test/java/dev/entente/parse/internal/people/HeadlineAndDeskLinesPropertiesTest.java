package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated wire reports that open with a title-case headline whose verb follows an office word
 * ("[Adjective] Leaders End Visit", "Ministers Open Talks") and a desk line for editors ("Eds:
 * UPDATES with ..."), with random states, people, offices, headline verbs and nouns: the
 * headline's and the desk line's words, and a number opening a headline's second line, are no one's name, every leader is one the body names,
 * and the two people keep their states, swapped when the states are swapped.
 */
class HeadlineAndDeskLinesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2018, 3, 12);

  /** Headline verbs of a plural subject and of a singular one, as {@code name-stops.txt} lists them. */
  private static final List<String> VERBS = List.of("End", "Ends", "Open", "Opens", "Conclude", "Concludes", "Wrap",
      "Wraps", "Start", "Starts", "Launch", "Launches", "Resume", "Resumes", "Boost", "Boosts");

  /** Plural subjects: a short word right after a singular office may open a name ("President Said [Surname]"). */
  private static final List<String> SUBJECTS = List.of("Leaders", "Ministers", "Envoys", "Officials", "Delegations");

  private static final List<String> OBJECTS = List.of("Tour", "Visit", "Talks", "Ties", "Trade Talks", "Dialogue");

  private static final List<String> DESK = List.of("Eds: UPDATES with talks, adds quotes",
      "Editors: CORRECTS spelling in 3rd paragraph", "Eds: adds background");

  /** Offices whose holders the two sides are, one per side. */
  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> Set.of("President", "Prime Minister", "Foreign Minister", "Trade Minister").contains(o.title()))
      .toList();

  record Case(Name a, Name b, State x, State y, Office oa, Office ob, String subject, String verb, String object,
      String desk) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, OFFICES), World.pick(r, OFFICES), World.pick(r, SUBJECTS),
        World.pick(r, VERBS), World.pick(r, OBJECTS), World.pick(r, DESK));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.b().last(), DAY).isEmpty();
  }

  private static String text(Case c, State x, State y, boolean deskFirst) {
    String headline = x.adjective() + " " + c.subject() + " " + c.verb() + " " + c.object();
    String body = x.adjective() + " " + c.oa().title() + " " + c.a().full() + " met " + y.adjective() + " "
        + c.ob().title() + " " + c.b().full() + " in " + y.capital() + " on Monday.\n\n"
        + "The two sides discussed trade and investment.\n";
    return deskFirst ? c.desk() + "\n\n" + headline + "\n\n" + body : headline + "\n\n" + c.desk() + "\n\n" + body;
  }

  @Test
  void headlineVerbsAndDeskLinesAreNoNamesAndTheSidesKeepTheirStates() {
    Prop.check("headline verb and desk line are no name", World.gen(r -> new Object[] {random(r), r.nextBoolean()}), o -> {
      Case c = (Case) o[0];
      boolean deskFirst = (Boolean) o[1];
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String t = text(c, x, y, deskFirst);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        assertTrue(got.stream().allMatch(l -> l.name().equals(c.a().full()) || l.name().equals(c.b().full())),
            () -> t + " -> " + got);
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertNotNull(b, () -> t + " -> " + got);
        assertEquals(x.country(), a.country(), () -> t + " -> " + got);
        assertEquals(y.country(), b.country(), () -> t + " -> " + got);
      }
    });
  }

  /** Cardinal numbers that open a second headline line, as {@code name-stops.txt} lists them. */
  private static final List<String> NUMBERS = List.of("Two", "Three", "Four", "Five", "Six", "Ten", "Twelve", "Dozens",
      "Hundreds");

  @Test
  void aNumberOpeningTheLineAfterAnOfficeIsNoName() {
    Prop.check("[office] of [state] / [Number] accords signed", World.gen(r -> new Object[] {random(r), World.pick(r, NUMBERS)}),
        o -> {
          Case c = (Case) o[0];
          Prop.assume(unknown(c));
          for (boolean swap : new boolean[] {false, true}) {
            State x = swap ? c.y() : c.x();
            State y = swap ? c.x() : c.y();
            String t = c.oa().title() + " " + c.a().full() + " holds talks with " + c.ob().title() + " of " + y.name() + "\n"
                + o[1] + " accords signed\n\n" + text(c, x, y, false);
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            assertTrue(got.stream().allMatch(l -> l.name().equals(c.a().full()) || l.name().equals(c.b().full())),
                () -> t + " -> " + got);
            Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
            assertNotNull(b, () -> t + " -> " + got);
            assertEquals(y.country(), b.country(), () -> t + " -> " + got);
          }
        });
  }
}
