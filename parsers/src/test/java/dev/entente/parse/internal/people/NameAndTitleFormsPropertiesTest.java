package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences for the forms of names and titles news writes, each with random states and
 * random people in every name form (a given name that is an ordinary word or on no list, a family
 * name written first that is a stop word, a hyphenated given name, particles, an Arabic name with
 * bin and Al, a generational suffix): a name hard-wrapped at a line's end is whole, a junior
 * minister's title "Minister of State for [portfolio]" and a portfolio's "Cabinet Secretary" are
 * one office. Each property swaps the two states' words too, and the people's states swap with
 * them.
 */
class NameAndTitleFormsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 6, 16);
  private static final java.util.Set<String> STOPS = new PeopleStage().stops;

  /** A person's name as words, the first of which a hard wrap may leave alone at a line's end. */
  record Person(String first, String rest) {
    String full() {
      return first + " " + rest;
    }
  }

  /** Names in each form; none is a holder the office-holder dictionary knows. */
  private static final List<List<Person>> FORMS = List.of(
      people("Amara Okafor", "Lukas Lindqvist", "Camille Moreau", "Tomasz Kowalski"),
      people("Said Kahrimov", "Rosa Otunbekova", "Grace Mwangale", "Hope Tembova", "Victor Ponteau", "Faith Adebayor"),
      people("Zhanybek Otorbaev", "Tuvshin Baatar", "Wolde Tesfaye", "Sooronbay Jeenbek", "Oyun Erdene"),
      people("He Wenfeng", "Ho Quang Minh", "Do Van Hung", "An Ho-young", "Le Kha Phieu", "Nguyen Phu Truong"),
      people("Kim Sung-han", "Lee Myung-hoon", "So Jae-won", "Park Ji-woon"),
      people("Mahmoud bin Rashid Al Suwaidi", "Saad ibn Khalid", "Omar al-Qudsi", "Tariq Al Mansouri"),
      people("Pedro de la Rosa", "Mark van Rijn", "Jose dos Santos", "Maria da Costa", "Karin von Hagen"),
      people("Ramon Garcia III", "John Milner Jr.", "Ernesto Salgado II"));

  private static List<Person> people(String... names) {
    return Arrays.stream(names).map(n -> new Person(n.substring(0, n.indexOf(' ')), n.substring(n.indexOf(' ') + 1))).toList();
  }

  private static final List<String> OFFICES = List.of("President", "Prime Minister", "Foreign Minister", "Vice Premier",
      "Crown Prince", "Emir", "Special Envoy", "Finance Minister", "Defence Minister", "Foreign Secretary",
      "First Deputy Prime Minister and Foreign Minister", "Minister of State for Foreign Affairs", "Trade Cabinet Secretary");

  record Case(Person a, Person b, State x, State y, String officeA, String officeB) {}

  private static Person anyPerson(SplittableRandom r) {
    return World.pick(r, World.pick(r, FORMS));
  }

  private static Case random(SplittableRandom r) {
    Person a = anyPerson(r);
    Person b;
    do {
      b = anyPerson(r);
    } while (b.rest().equals(a.rest()));
    State[] s = World.twoStates(r);
    return new Case(a, b, s[0], s[1], World.pick(r, OFFICES), World.pick(r, OFFICES));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty();
  }

  private static List<Leader> leaders(String text) {
    return PARSER.parse("generated", text, DAY).leaders();
  }

  /** Assumes the office-holder dictionary knows nobody of {@code a}'s whole name, nor of its surname on {@code day}. */
  static void assumeUnknown(World.Name a, LocalDate day) {
    OfficeHolders known = OfficeHolders.standard();
    Prop.assume(known.holders(a.full()).isEmpty() && known.holders(a.last(), day).isEmpty());
  }

  /** A check of the leader read from a sentence that puts the holder in {@code state}'s office. */
  interface HeldCheck {
    void check(World.State state, String text, Leader held);
  }

  /**
   * Writes the sentence both ways round ({@code a} of {@code x} facing {@code y}, then of {@code y} facing
   * {@code x}) after assuming the dictionary knows nobody of {@code a}'s name; asserts {@code a} is read of
   * the state written first ({@link #heldBy}) and checks each reading.
   */
  static void bothWaysRound(ArticleParser parser, LocalDate day, World.Name a, World.State x, World.State y,
      BiFunction<World.State, World.State, String> sentence, HeldCheck check) {
    assumeUnknown(a, day);
    for (World.State[] side : new World.State[][] {{x, y}, {y, x}}) {
      String text = sentence.apply(side[0], side[1]);
      check.check(side[0], text, heldBy(parser, text, day, a, side[0]));
    }
  }

  /** The leader named {@code a} that {@code parser} reads in {@code text}, asserted to be there and of {@code state}. */
  static Leader heldBy(ArticleParser parser, String text, LocalDate day, World.Name a, World.State state) {
    List<Leader> leaders = parser.parse("generated", text, day).leaders();
    Leader held = leader(leaders, a.full());
    assertNotNull(held, () -> text + " -> " + leaders);
    assertEquals(state.country(), held.country(), () -> text + " -> " + leaders);
    return held;
  }

  /** The leader of that name among {@code leaders}, or null. */
  static @Nullable Leader leader(List<Leader> leaders, String name) {
    for (Leader l : leaders) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
  }

  private static @Nullable Country stateOf(List<Leader> leaders, String name) {
    Leader l = leader(leaders, name);
    return l == null ? null : l.country();
  }

  /**
   * Checks that the text, and the text with the two states' words exchanged, give A and B their
   * states: x and y, then y and x.
   */
  private static void checkSwapped(String name, java.util.function.BiFunction<Case, Boolean, String> text) {
    Prop.check(name, World.gen(NameAndTitleFormsPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        String t = text.apply(c, swap);
        List<Leader> got = leaders(t);
        List<Country> want = swap ? List.of(c.y().country(), c.x().country()) : List.of(c.x().country(), c.y().country());
        assertEquals(want, Arrays.asList(stateOf(got, c.a().full()), stateOf(got, c.b().full())), () -> t + " -> " + got);
      }
    });
  }

  private static State first(Case c, boolean swap) {
    return swap ? c.y() : c.x();
  }

  private static State second(Case c, boolean swap) {
    return swap ? c.x() : c.y();
  }

  @Test
  void aNameHardWrappedAfterItsFirstWordIsWhole() {
    // wire copy wrapped at a fixed width: the name's first word ends a line, the rest opens the next
    checkSwapped("wrapped name, first person", (c, swap) -> "The talks went on for hours; " + first(c, swap).adjective() + " "
        + c.officeA() + " " + c.a().first() + "\n" + c.a().rest() + " met " + second(c, swap).adjective() + " "
        + c.officeB() + " " + c.b().full() + " in " + second(c, swap).capital() + " on Tuesday.");
    checkSwapped("wrapped name, second person", (c, swap) -> "The talks went on for hours; " + first(c, swap).adjective() + " "
        + c.officeA() + " " + c.a().full() + " met " + second(c, swap).adjective() + " " + c.officeB() + " " + c.b().first()
        + "\n" + c.b().rest() + " in " + second(c, swap).capital() + " on Tuesday.");
  }

  @Test
  void aNameBrokenAtItsHyphenOrAfterAParticleAtALinesEndIsWhole() {
    // "[office] [Given]-" / "[Given] [Surname] met": a hyphenated given name broken where the line ends (or the space an
    // unwrapped break leaves); "[office] [Given] van" / "[Surname] met": a particle ends the line
    Prop.check("name broken at a hyphen or after a particle", World.gen(r -> new Object[] {random(r), World.pick(r, World.FIRST),
        World.pick(r, World.FIRST), World.pick(r, World.LAST), World.pick(r, List.of("van", "den", "de", "da", "von", "bin")),
        r.nextBoolean()}), o -> {
          Case c = (Case) o[0];
          String given = o[1] + "-" + o[2];
          String hyphenated = given + " " + o[3];
          String particled = o[1] + " " + o[4] + " " + o[3];
          String gap = (Boolean) o[5] ? "\n" : " ";
          World.Name plain = new World.Name((String) o[1], (String) o[3]);
          NameAndTitleFormsPropertiesTest.assumeUnknown(plain, DAY);
          // a given name that also names a state or its capital ("Sofia") before a particle at a line's end is not read yet
          Prop.assume(CountryGazetteer.standard().lookup((String) o[1]).isEmpty());
          // two people of one given name and surname are one person told twice: the other person is someone else
          Prop.assume(!c.b().full().contains((String) o[3]) && !c.b().full().contains((String) o[1]));
          for (boolean swap : new boolean[] {false, true}) {
            for (String[] form : new String[][] {{hyphenated, o[1] + "-" + gap + o[2] + " " + o[3]},
                {particled, o[1] + " " + o[4] + "\n" + o[3]}}) {
              String t = "The talks went on for hours; " + first(c, swap).adjective() + " Foreign Minister " + form[1] + " met "
                  + second(c, swap).adjective() + " Prime Minister " + c.b().full() + " in " + second(c, swap).capital()
                  + " on Tuesday.";
              List<Leader> got = leaders(t);
              assertEquals(List.of(first(c, swap).country(), second(c, swap).country()),
                  Arrays.asList(stateOf(got, form[0]), stateOf(got, c.b().full())), () -> t + " -> " + got);
            }
          }
        });
  }

  @Test
  void aPairUnderAPluralOfficeIsReadTheSameWhereverTheLineBreaks() {
    // "Presidents [Given]" / "[Surname] and [Given] [Surname] signed": the break inside the first name loses neither
    Prop.check("wrapped pair under a plural office", World.gen(NameAndTitleFormsPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      List<String> plurals = List.of("Presidents", "Prime Ministers", "Foreign Ministers", "Defence Ministers");
      String office = plurals.get(Math.floorMod(c.officeA().hashCode() + c.officeB().hashCode(), plurals.size()));
      String lead = "Talks between " + c.x().name() + " and " + c.y().name() + " ended on Monday.\n\n"
          + c.y().capital().toUpperCase(java.util.Locale.ROOT) + ", May 4 - " + office + " ";
      String tail = " and " + c.b().full() + " signed this afternoon\na treaty on a joint dam, under which the two states will share its power.";
      String flat = lead + c.a().full() + tail;
      String wrapped = lead + c.a().first() + "\n" + c.a().rest() + tail;
      List<Leader> one = leaders(flat);
      for (Person p : List.of(c.a(), c.b())) {
        Leader l = leader(one, p.full());
        Prop.assume(l != null); // the forms the unbroken line does not read are another matter
        assertTrue(l.title() != null && office.startsWith(l.title()), () -> flat + " -> " + one);
      }
      List<Leader> got = leaders(wrapped);
      assertEquals(people(one), people(got), () -> wrapped + " -> " + got);
    });
  }

  /** Each leader's name, state, title and role, in order. */
  private static List<String> people(List<Leader> leaders) {
    return leaders.stream().map(l -> l.name() + "|" + l.country() + "|" + l.title() + "|" + l.role()).toList();
  }

  @Test
  void aLineOfItsOwnAfterANameIsNotPartOfIt() {
    // a paragraph's last name, then a line that stands alone: a heading or a credit, not a surname
    Prop.check("no wrap into a line of its own", World.gen(NameAndTitleFormsPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = "The talks went on for hours. " + c.x().adjective() + " President " + c.a().full() + "\nReporting Desk\n\n"
          + "Trade between " + c.x().name() + " and " + c.y().name() + " grew.";
      List<Leader> got = leaders(t);
      assertEquals(c.x().country(), stateOf(got, c.a().full()), () -> t + " -> " + got);
      assertTrue(got.stream().noneMatch(l -> l.name().contains("Reporting")), () -> t + " -> " + got);
    });
  }

  @Test
  void aJuniorMinistersAndACabinetSecretarysPortfolioIsPartOfTheTitle() {
    checkSwapped("Minister of State for [portfolio]", (c, swap) -> first(c, swap).adjective()
        + " Minister of State for Foreign Affairs " + c.a().full() + " met " + second(c, swap).adjective()
        + " Trade Cabinet Secretary " + c.b().full() + " in " + second(c, swap).capital() + " on Tuesday.");
    Prop.check("the titles", World.gen(NameAndTitleFormsPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      // a stop word opening a sentence ("An", "He") is read as that word, not as a family name
      Prop.assume(!STOPS.contains(dev.entente.parse.internal.text.Keys.of(c.a().first())));
      String t = "Talks began on Monday. " + c.a().full() + ", " + c.x().adjective() + " Minister of State for External Affairs, met "
          + c.y().adjective() + " Foreign Affairs Cabinet Secretary " + c.b().full() + " in Geneva.";
      List<Leader> got = leaders(t);
      Leader a = leader(got, c.a().full());
      Leader b = leader(got, c.b().full());
      assertTrue(a != null && b != null, () -> t + " -> " + got);
      assertEquals(List.of("Minister of State for External Affairs", String.valueOf(c.x().country()), Role.DEPUTY_MINISTER.toString()),
          List.of(String.valueOf(a.title()), String.valueOf(a.country()), String.valueOf(a.role())), () -> t + " -> " + got);
      assertEquals(List.of("Foreign Affairs Cabinet Secretary", String.valueOf(c.y().country()), Role.FOREIGN_MINISTER.toString()),
          List.of(String.valueOf(b.title()), String.valueOf(b.country()), String.valueOf(b.role())), () -> t + " -> " + got);
    });
  }
}
