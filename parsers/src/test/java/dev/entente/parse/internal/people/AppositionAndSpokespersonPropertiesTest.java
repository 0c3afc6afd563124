package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences for offices given in an apposition opened by a clause or an adverb ("[Name],
 * who serves as [State]'s [office],", "[Name], now the [adjective] [office],"), for a ministry's
 * spokesperson ("[adjective] Foreign Ministry spokesperson [Name]", "a spokesperson of the
 * [adjective] Foreign Ministry, [Name],") and for hyphenated deputies' titles ("Vice-Premier"),
 * with random states, people and offices. Each property exchanges the two states' words too, and
 * the people's states follow them.
 */
class AppositionAndSpokespersonPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 6, 16);

  /** Openers of an apposition before its office, as news writes them. */
  private static final List<String> LEADS = List.of("who serves as", "who is", "now", "currently", "named",
      "who was appointed", "recently appointed", "who is also");

  /** Offices a ministry's spokesperson is given under. */
  private static final List<String> SPOKES = List.of("spokesperson", "spokesman", "spokeswoman");

  /** Portfolios whose ministry has a spokesperson. */
  private static final List<String> MINISTRIES = List.of("Foreign", "Defence", "Defense", "Foreign Affairs", "Trade");

  record Case(Name a, Name b, State x, State y, Office o, Office p, String lead, String spokes, String ministry) {}

  private static Case random(SplittableRandom r) {
    // Mexico is also a place in the gazetteer's list of ambiguous names: a state only where the report confirms it
    State[] s;
    do {
      s = World.twoStates(r);
    } while (s[0].name().equals("Mexico") || s[1].name().equals("Mexico"));
    Name[] n = World.twoNames(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, World.OFFICES), World.pick(r, World.OFFICES), World.pick(r, LEADS),
        World.pick(r, SPOKES), World.pick(r, MINISTRIES));
  }

  private static String lower(Office o) {
    return o.title().toLowerCase(Locale.ROOT);
  }

  private static @Nullable Leader leader(List<Leader> leaders, Name name) {
    for (Leader l : leaders) {
      if (l.name().equals(name.full())) {
        return l;
      }
    }
    return null;
  }

  private static State first(Case c, boolean swap) {
    return swap ? c.y() : c.x();
  }

  private static State second(Case c, boolean swap) {
    return swap ? c.x() : c.y();
  }

  /** The text, and the text with the states exchanged, make A a leader of the first state with {@code title} and {@code role}. */
  private static void checkA(String name, BiFunction<Case, Boolean, String> text, BiFunction<Case, Boolean, String> title,
      java.util.function.Function<Case, Role> role) {
    Prop.check(name, World.gen(AppositionAndSpokespersonPropertiesTest::random), c -> {
      for (boolean swap : new boolean[] {false, true}) {
        String t = text.apply(c, swap);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = leader(got, c.a());
        assertTrue(a != null, () -> t + " -> " + got);
        assertEquals(List.of(String.valueOf(first(c, swap).country()), title.apply(c, swap), role.apply(c).toString()),
            List.of(String.valueOf(a.country()), String.valueOf(a.title()), String.valueOf(a.role())), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void anAppositionOpenedByAClauseOrAnAdverbGivesTheOfficeAndItsState() {
    checkA("[Name], [lead] [State]'s [office],", (c, swap) -> c.a().full() + ", " + c.lead() + " " + first(c, swap).name() + "'s "
        + lower(c.o()) + ", arrived in " + second(c, swap).capital() + " on Monday for talks.", (c, swap) -> lower(c.o()), c -> c.o().role());
    checkA("[Name], [lead] the [adjective] [office],", (c, swap) -> "Talks opened on Monday. " + c.a().full() + ", " + c.lead()
        + " the " + first(c, swap).adjective() + " " + lower(c.o()) + ", told reporters in " + second(c, swap).capital()
        + " that ties with " + second(c, swap).name() + " were strong.", (c, swap) -> lower(c.o()), c -> c.o().role());
    // both people of a meeting in such appositions: each keeps the state written next to their office
    Prop.check("two appositions", World.gen(AppositionAndSpokespersonPropertiesTest::random), c -> {
      for (boolean swap : new boolean[] {false, true}) {
        String t = c.a().full() + ", " + c.lead() + " " + first(c, swap).name() + "'s " + lower(c.o()) + ", met " + c.b().full()
            + ", " + second(c, swap).name() + "'s " + lower(c.p()) + ", in " + second(c, swap).capital() + " on Tuesday.";
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = leader(got, c.a());
        Leader b = leader(got, c.b());
        assertEquals(Arrays.asList(first(c, swap).country(), second(c, swap).country()),
            Arrays.asList(a == null ? null : a.country(), b == null ? null : b.country()), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void aMinistrysSpokespersonIsAnOfficialOfTheMinistrysState() {
    checkA("[adjective] [Portfolio] Ministry [spokesperson] [Name]", (c, swap) -> first(c, swap).adjective() + " " + c.ministry()
        + " Ministry " + c.spokes() + " " + c.a().full() + " said talks with " + second(c, swap).name() + " would resume next month.",
        (c, swap) -> c.ministry() + " Ministry " + c.spokes(), c -> Role.OFFICIAL);
    checkA("a [spokesperson] of the [adjective] [Portfolio] Ministry, [Name],", (c, swap) -> "A " + c.spokes() + " of the "
        + first(c, swap).adjective() + " " + c.ministry() + " Ministry, " + c.a().full() + ", said talks with "
        + second(c, swap).name() + " would resume.", (c, swap) -> c.spokes() + " of the " + first(c, swap).adjective() + " " + c.ministry() + " Ministry",
        c -> Role.OFFICIAL);
  }

  @Test
  void aHyphenatedDeputysTitleIsAnOffice() {
    checkA("[adjective] Vice-Premier [Name]", (c, swap) -> first(c, swap).adjective() + " Vice-Premier " + c.a().full() + " met "
        + second(c, swap).adjective() + " " + c.p().title() + " " + c.b().full() + " in " + second(c, swap).capital() + ".",
        (c, swap) -> "Vice-Premier", c -> Role.DEPUTY_HEAD);
  }
}
