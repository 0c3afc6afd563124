package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states and people, for a monarch's title that is also a given
 * name ("Amir", "Sultan", "Emir"): after a courtesy title ("Mr.", "Comrade", "Dr") it opens the
 * name and the person holds the office the sentence gives; after a style ("His Highness") it stays
 * the office.
 */
class TitlesAsGivenNamesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(1983, 5, 17);

  private static final List<String> TITLES = List.of("Amir", "Sultan", "Emir");
  private static final List<String> COURTESY = List.of("Mr.", "Mr", "Comrade", "Dr", "Dr.", "Mrs.");

  record Case(World.Name a, World.Name b, State x, State y, String title, String courtesy) {}

  private static Case random(SplittableRandom r) {
    World.Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, TITLES), World.pick(r, COURTESY));
  }

  private static State x(Case c, boolean swap) {
    return swap ? c.y() : c.x();
  }

  private static State y(Case c, boolean swap) {
    return swap ? c.x() : c.y();
  }

  /**
   * Checks that the text, and the text with the two states exchanged, gives the leader named by
   * {@code nameOfA} A's state and the role {@code role}, and B B's state.
   */
  private static void check(String property, BiFunction<Case, Boolean, String> text, Function<Case, String> nameOfA, Role role) {
    Prop.check(property, World.gen(TitlesAsGivenNamesPropertiesTest::random), c -> {
      for (boolean swap : new boolean[] {false, true}) {
        String t = text.apply(c, swap);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, nameOfA.apply(c));
        Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertNotNull(b, () -> t + " -> " + got);
        assertEquals(List.of(x(c, swap).country(), y(c, swap).country()), List.of(a.country(), b.country()), () -> t + " -> " + got);
        assertEquals(role, a.role(), () -> t + " -> " + got);
        assertEquals(got.size(), got.stream().map(Leader::name).distinct().count(), () -> t + " -> " + got);
      }
    });
  }

  private static String titled(Case c) {
    return c.title() + " " + c.a().last();
  }

  @Test
  void aMonarchsTitleAfterACourtesyTitleIsAGivenName() {
    check("the [adjective] Minister for Finance, Mr. Amir [Surname],", (c, s) -> "The " + x(c, s).adjective() + " Minister for Finance, "
        + c.courtesy() + " " + titled(c) + ", met " + y(c, s).adjective() + " Premier " + c.b().full() + " in " + y(c, s).capital() + ".",
        TitlesAsGivenNamesPropertiesTest::titled, Role.MINISTER);
    check("accompanied by Comrade Sultan [Given] [Surname], [State]'s Prime Minister", (c, s) -> y(c, s).adjective() + " President "
        + c.b().full() + " was received by " + c.courtesy() + " " + c.title() + " " + c.a().full() + ", " + x(c, s).name()
        + "'s Prime Minister, on Monday.", c -> c.title() + " " + c.a().full(), Role.HEAD_OF_GOVERNMENT);
  }

  @Test
  void aMonarchsTitleRightAfterAMinistersOfficeIsAGivenName() {
    check("the [adjective] Finance Minister, Amir [Surname],", (c, s) -> "The " + x(c, s).adjective() + " Finance Minister, "
        + titled(c) + ", met " + y(c, s).adjective() + " Premier " + c.b().full() + " in " + y(c, s).capital() + ".",
        TitlesAsGivenNamesPropertiesTest::titled, Role.MINISTER);
    check("[adjective] Defence Minister Amir [Surname] and [adjective] President B", (c, s) -> x(c, s).adjective()
        + " Defence Minister " + titled(c) + " met " + y(c, s).adjective() + " President " + c.b().full() + " in "
        + y(c, s).capital() + " on Monday.", TitlesAsGivenNamesPropertiesTest::titled, Role.DEFENSE_MINISTER);
  }

  @Test
  void aMonarchsTitleAfterAHeadsOfficeStaysItsOwn() {
    // "President Sultan [Surname]" is still read as a title of the office before it; no name "Sultan [Surname]" is made up
    Prop.check("[adjective] President, Emir [Surname]", World.gen(TitlesAsGivenNamesPropertiesTest::random), c -> {
      String t = "The " + c.x().adjective() + " Crown Prince, " + c.title() + " " + c.a().full() + ", met " + c.y().adjective()
          + " Premier " + c.b().full() + " in " + c.y().capital() + ".";
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      assertEquals(null, NameAndTitleFormsPropertiesTest.leader(got, titled(c)), () -> t + " -> " + got);
    });
  }

  @Test
  void aMonarchsTitleAfterAStyleStaysTheOffice() {
    check("His Highness Sultan [Given] [Surname] of [State]", (c, s) -> "His Highness " + c.title() + " " + c.a().full() + " of "
        + x(c, s).name() + " received " + y(c, s).adjective() + " Foreign Minister " + c.b().full() + " on Monday.",
        c -> c.a().full(), Role.HEAD_OF_STATE);
  }
}
