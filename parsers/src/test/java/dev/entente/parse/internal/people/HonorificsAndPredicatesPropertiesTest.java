package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states, people and offices, for forms of names and offices
 * news from many outlets writes: courtesy titles, styles and ranks before a name that are not part of it
 * ("Dato' Seri", "Pehin", "Haji", "Sardar", "Lt-Col", "Hon.", "H.H.", "Samdech", the Burmese "U", the Spanish
 * "Señor" and "Licenciado", and the ranks "Generalísimo", "Prince", "Ayatollah",
 * "Cardinal", "Father", "Professor", left out of a name as "King" is; "M." for "Monsieur" where the article also writes it before a
 * surname alone) and honorifics that are ("Tengku", "Sheikh"); "his [adjective]
 * counterpart (opposite number), [office] B"; an office predicated by a copula ("B was the last [adjective] head of
 * state to visit"); the other party of a meeting whose verb is in the infinitive or is "called
 * on"; a headline's title-case verb after an office, which is no name; and a name word written
 * after a glottal stop letter (the okina of Polynesian names), which is part of the name; and a
 * legislator's letters after a name ("B MP, [office] of [state]"), which leave the apposition after
 * them to the name; and "then-" written onto an office ("then-President B"), whose title is the office.
 */
class HonorificsAndPredicatesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 9);

  /** Courtesy titles and ranks a name is written after, none of which belongs to it. */
  private static final List<String> COURTESY = List.of("Dato' Seri", "Datuk Seri", "Dato' Seri Diraja Dr", "Datuk Seri Utama",
      "Tun Dr", "Sardar", "Shri", "Dr.", "Lt-Col", "Lieutenant-Colonel", "Major-General", "Brigadier-General", "Col.",
      "His Excellency", "Mr", "Hon.", "Hon", "Rt Hon", "Rt. Hon.", "Honourable", "H.H.", "Alhaji", "Samdech",
      "Samdech Akka Moha Sena Padei Techo", "Prince", "Princess", "Ayatollah", "Hojatoleslam", "Professor", "Prof.",
      "Prince Dr", "His Royal Highness Prince", "Haji", "Hj", "Pehin Dato Haji", "Hajji", "U", "Dr U", "Cardinal", "Father",
      "Archbishop", "Bishop", "Reverend", "Rev.", "Monsignor", "Señor", "Senor", "Licenciado", "Generalísimo",
      "Generalissimo");

  /** Honorifics that are part of how a name is written. */
  private static final List<String> KEPT = List.of("Tengku", "Tunku", "Sheikh", "Sheikha");

  /** Offices whose holder news names after a courtesy title. */
  private static final List<Office> OFFICES = World.OFFICES.stream().filter(o -> !o.title().equals("Ambassador")).toList();

  record Case(Name a, Name b, State x, State y, Office oa, Office ob, String courtesy, String kept) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, OFFICES), World.pick(r, OFFICES), World.pick(r, COURTESY),
        World.pick(r, KEPT));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    // whole names unknown on any day: a name the dictionary holds on other days keeps that state
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.b().last(), DAY).isEmpty() && holders.holders(c.a().last(), DAY).isEmpty();
  }

  private static List<Leader> leaders(String text) {
    return PARSER.parse("generated", text, DAY).leaders();
  }

  private static @Nullable Leader leader(List<Leader> leaders, String name) {
    return NameAndTitleFormsPropertiesTest.leader(leaders, name);
  }

  /** Checks that the text, then the text with the two states exchanged, gives B the state named for B and the title. */
  private static void checkB(String name, Function<Case, String> title, java.util.function.BiFunction<Case, Boolean, String> text) {
    Prop.check(name, World.gen(HonorificsAndPredicatesPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        String t = text.apply(c, swap);
        List<Leader> got = leaders(t);
        Leader b = leader(got, c.b().full());
        Country want = swap ? c.x().country() : c.y().country();
        assertNotNull(b, () -> t + " -> " + got);
        assertEquals(List.of(want.toString(), title.apply(c)), List.of(String.valueOf(b.country()), String.valueOf(b.title())),
            () -> t + " -> " + got);
      }
    });
  }

  private static State x(Case c, boolean swap) {
    return swap ? c.y() : c.x();
  }

  private static State y(Case c, boolean swap) {
    return swap ? c.x() : c.y();
  }

  @Test
  void aCourtesyTitleOrRankBeforeANameIsNotPartOfIt() {
    checkB("[state]'s [office] [courtesy] B", c -> c.ob().title(), (c, swap) -> "Talks opened on Monday. "
        + y(c, swap).name() + "'s " + c.ob().title() + " " + c.courtesy() + " " + c.b().full() + " arrived in "
        + x(c, swap).capital() + " for a three-day visit.");
    checkB("[adjective] [office] [courtesy] B", c -> c.ob().title(), (c, swap) -> "Talks opened on Monday. "
        + y(c, swap).adjective() + " " + c.ob().title() + " " + c.courtesy() + " " + c.b().full() + " arrived in "
        + x(c, swap).capital() + ".");
    checkB("B, with a courtesy title, in apposition", c -> c.ob().title(), (c, swap) -> "Talks opened on Monday. "
        + c.courtesy() + " " + c.b().full() + ", " + y(c, swap).name() + "'s " + c.ob().title() + ", arrived in "
        + x(c, swap).capital() + ".");
  }

  @Test
  void mWrittenBeforeASurnameAloneIsMonsieurBeforeTheWholeNameToo() {
    // "the [office], M. B, ... M. [Surname] said": the French courtesy title; with no surname after "M." it is an initial
    Prop.check("the [adjective] [office], M. B, ... M. [Surname] said", World.gen(HonorificsAndPredicatesPropertiesTest::random), c -> {
      Prop.assume(unknown(c) && !c.b().first().equals("M."));
      for (boolean swap : new boolean[] {false, true}) {
        String lead = "Talks opened in " + x(c, swap).capital() + " on Monday. The " + y(c, swap).adjective() + " "
            + c.ob().title() + ", M. " + c.b().full() + ", arrived for a three-day visit.";
        for (boolean alone : new boolean[] {true, false}) {
          String t = lead + (alone ? " M. " + c.b().last() + " said the talks were useful." : " He said the talks were useful.");
          List<Leader> got = leaders(t);
          Leader b = leader(got, alone ? c.b().full() : "M. " + c.b().full());
          assertNotNull(b, () -> t + " -> " + got);
          assertEquals(y(c, swap).country(), b.country(), () -> t + " -> " + got);
          assertEquals(1, got.size(), () -> t + " -> " + got);
        }
      }
    });
  }

  @Test
  void aLegislatorsLettersAfterANameLeaveTheOfficeInAppositionToIt() {
    checkB("B MP, [office] of [state]", c -> c.ob().title(), (c, swap) -> "The Hon " + c.b().full() + " MP, " + c.ob().title()
        + " of " + y(c, swap).name() + ", welcomed the delegation from " + x(c, swap).name() + " on Monday.");
    checkB("B MP, [state]'s [office],", c -> c.ob().title(), (c, swap) -> "Talks opened on Monday. " + c.b().full() + " MP, "
        + y(c, swap).name() + "'s " + c.ob().title() + ", arrived in " + x(c, swap).capital() + ".");
    Prop.check("no one is named after the letters", World.gen(HonorificsAndPredicatesPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = c.b().full() + " MP, " + c.ob().title() + " of " + c.y().name() + ", met " + c.x().adjective() + " "
          + c.oa().title() + " " + c.a().full() + ".";
      List<Leader> got = leaders(t);
      for (Leader l : got) {
        assertTrue(l.name().equals(c.b().full()) || l.name().equals(c.a().full()), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void anOfficeWithThenWrittenOntoItIsTheOfficeThenHeld() {
    // listed titles; a minister read by portfolio ("Trade Minister") is not written with "then-" here
    Function<Case, Office> office = c -> c.ob().title().equals("Trade Minister") || c.ob().title().equals("parliament speaker")
        ? World.OFFICES.get(0) : c.ob();
    checkB("[state]'s then-[office] B", c -> office.apply(c).title(), (c, swap) -> "Talks opened on Monday. "
        + y(c, swap).name() + "'s then-" + office.apply(c).title() + " " + c.b().full() + " had visited "
        + x(c, swap).capital() + " in 2017.");
    checkB("then-[office] B of [state]", c -> office.apply(c).title(), (c, swap) -> "The pact was first drafted when then-"
        + office.apply(c).title() + " " + c.b().full() + " of " + y(c, swap).name() + " visited " + x(c, swap).capital() + ".");
  }

  @Test
  void aNameWordAfterAnOkinaIsPartOfTheName() {
    List<String> marks = List.of("\u02BB", "\u02BC");
    Prop.check("[office] [given] \u02BB[Word] [surname]", World.gen(r -> new Object[] {random(r), World.pick(r, marks),
        World.pick(r, World.FIRST)}), o -> {
      Case c = (Case) o[0];
      Prop.assume(unknown(c));
      String middle = o[1] + (String) o[2];
      String whole = c.b().first() + " " + middle + " " + c.b().last();
      for (boolean swap : new boolean[] {false, true}) {
        String t = "Talks opened on Monday. " + y(c, swap).adjective() + " " + c.ob().title() + " " + whole + " arrived in "
            + x(c, swap).capital() + " for a three-day visit.";
        List<Leader> got = leaders(t);
        // the name as written, the okina read as an apostrophe
        Leader b = leader(got, c.b().first() + " '" + o[2] + " " + c.b().last());
        assertNotNull(b, () -> t + " -> " + got);
        assertEquals(y(c, swap).country(), b.country(), () -> t + " -> " + got);
        assertEquals(1, got.stream().filter(l -> l.name().startsWith(c.b().first())).count(), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void anHonorificThatIsPartOfANameStaysAndACourtesyTitleAfterItGoes() {
    Prop.check("[kept] [courtesy] B", World.gen(HonorificsAndPredicatesPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      Prop.assume(!c.courtesy().startsWith("His"));
      String t = "Talks opened on Monday. " + c.y().adjective() + " " + c.ob().title() + " " + c.kept() + " " + c.courtesy() + " "
          + c.b().full() + " arrived in " + c.x().capital() + ".";
      List<Leader> got = leaders(t);
      Leader b = leader(got, c.kept() + " " + c.b().full());
      assertNotNull(b, () -> t + " -> " + got);
      assertEquals(c.y().country(), b.country(), () -> t + " -> " + got);
    });
  }

  @Test
  void aCounterpartNamedWithAnOfficeHasThatOfficeAndTheCounterpartsState() {
    checkB("his [adjective] counterpart, [office] B", c -> c.ob().title(), (c, swap) -> x(c, swap).adjective() + " "
        + c.oa().title() + " " + c.a().full() + " and his " + y(c, swap).adjective() + " counterpart, " + c.ob().title() + " "
        + c.b().full() + ", signed the agreement in " + x(c, swap).capital() + " on Tuesday.");
    checkB("his [adjective] opposite number, [office] B", c -> c.ob().title(), (c, swap) -> x(c, swap).adjective() + " "
        + c.oa().title() + " " + c.a().full() + " met his " + y(c, swap).adjective() + " opposite number, " + c.ob().title() + " "
        + c.b().full() + ", in " + x(c, swap).capital() + " on Tuesday.");
    checkB("[office] A and his [adjective] opposite number B", c -> c.oa().title(), (c, swap) -> x(c, swap).adjective() + " "
        + c.oa().title() + " " + c.a().full() + " and his " + y(c, swap).adjective() + " opposite number " + c.b().full()
        + " signed the agreement in " + x(c, swap).capital() + " on Tuesday.");
    checkB("her [adjective] counterpart [office] B", c -> c.ob().title(), (c, swap) -> x(c, swap).adjective() + " "
        + c.oa().title() + " " + c.a().full() + " met her " + y(c, swap).adjective() + " counterpart " + c.ob().title() + " "
        + c.b().full() + " in " + x(c, swap).capital() + ".");
  }

  @Test
  void anOfficeAfterACopulaIsTheNamesOffice() {
    List<String> leads = List.of("was the last", "was the first", "became the first", "is the", "remains the only", "was a");
    Prop.check("B [copula] the [rank] [adjective] [office]", World.gen(r -> new Object[] {random(r), World.pick(r, leads)}), o -> {
      Case c = (Case) o[0];
      Prop.assume(unknown(c));
      String t = "Trade between " + c.x().name() + " and " + c.y().name() + " grew last year. " + c.b().full() + " " + o[1] + " "
          + c.y().adjective() + " " + c.ob().title().toLowerCase(java.util.Locale.ROOT) + " to visit " + c.x().capital() + ".";
      List<Leader> got = leaders(t);
      Leader b = leader(got, c.b().full());
      assertNotNull(b, () -> t + " -> " + got);
      assertEquals(List.of(c.y().country(), c.ob().role()), List.of(b.country(), b.role()), () -> t + " -> " + got);
    });
  }

  @Test
  void theOneHostOrGuestOfAMeetingFacesTheReportsOtherParty() {
    List<String> verbs = List.of("will meet", "is scheduled to meet", "also called on", "was met by", "was greeted by",
        "was due to meet", "hosts");
    Prop.check("A [verb] [office] B", World.gen(r -> new Object[] {random(r), World.pick(r, verbs)}), o -> {
      Case c = (Case) o[0];
      Prop.assume(unknown(c));
      Prop.assume(c.oa().role() != c.ob().role());
      String t = c.x().adjective() + " " + c.oa().title() + " " + c.a().full() + " arrived in " + c.y().capital()
          + " on Monday for talks on trade between " + c.x().name() + " and " + c.y().name() + ". " + c.y().name()
          + " is the largest buyer of " + c.x().adjective() + " goods.\n\nOn Tuesday, " + c.a().last() + " " + o[1] + " "
          + c.ob().title() + " " + c.b().full() + ".";
      List<Leader> got = leaders(t);
      Leader b = leader(got, c.b().full());
      assertNotNull(b, () -> t + " -> " + got);
      assertEquals(c.y().country(), b.country(), () -> t + " -> " + got);
    });
  }

  @Test
  void aHeadlinesVerbAfterAnOfficeIsNoName() {
    List<String> verbs = List.of("Hold", "Sign", "Meet", "Discuss", "Agree", "Vow", "Pledge", "Urge", "Visit", "Welcome");
    Prop.check("[A], [adjective] [office] [Verb] Talks", World.gen(r -> new Object[] {random(r), World.pick(r, verbs)}), o -> {
      Case c = (Case) o[0];
      String t = c.a().full() + ", " + c.y().adjective() + " " + c.ob().title() + " " + o[1] + " Talks\n\n"
          + c.x().adjective() + " " + c.oa().title() + " " + c.a().full() + " received a delegation from " + c.y().name() + ".";
      List<Leader> got = leaders(t);
      assertTrue(got.stream().noneMatch(l -> l.name().equals(o[1]) || l.name().endsWith(" " + o[1])), () -> t + " -> " + got);
      Leader a = leader(got, c.a().full());
      assertTrue(a == null || a.country().equals(c.x().country()), () -> t + " -> " + got);
    });
  }
}
