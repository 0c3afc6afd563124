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
import org.junit.jupiter.api.Test;

/**
 * Generated sentences for names written with initials and for ministers titled by their portfolio,
 * in the phrasings of wires, state agencies and archive copy, with random states, people, offices
 * and portfolios: initials in a run ("Z. A. [Surname]", "Dr J. F. [Surname]", a run whose second
 * initial is "A" or "I"), a patronymic initial written onto the name ("Ch.[Surname]", "Ts.[Surname]"),
 * a courtesy style ending a hard-wrapped line ("[office] His Highness" / "Sheikh [Given] ..."), and
 * "the Minister for [portfolio], [Name]," ("Minister of", "Minister Responsible for") for the
 * portfolios of cabinets the world over, and the minister of a portfolio "foreign" qualifies
 * ("Foreign Trade Minister"), who is no foreign minister.
 */
class InitialsAndPortfoliosPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(1996, 3, 12);

  /** Capitals that open initials, the article, the pronoun and a one-letter title of respect ("U") among them. */
  private static final List<String> INITIALS = List.of("A", "I", "Z", "K", "J", "F", "P", "S", "M", "R", "V", "H", "U");

  /** Patronymic initials as Mongolian names write them, onto the name. */
  private static final List<String> PATRONYMICS = List.of("Ch", "Ts", "Kh", "Sh", "B", "D", "N", "G");

  /** Portfolios as cabinets name them, each a title after "Minister for" or "Minister of". */
  private static final List<String> PORTFOLIOS = List.of("Overseas Trade", "Hydrocarbons", "Public Works", "Ecological Transition",
      "Foreign Affairs and Regional Integration", "Maritime Affairs", "Civil Aviation", "Youth and Sports", "Women and Children",
      "Social Welfare", "Labour and Employment", "Climate Change", "Roads and Highways", "Mines and Energy", "Railways",
      "Water and Irrigation", "Land and Natural Resources", "Religious Endowments", "Immigration and Citizenship",
      "Higher Education and Research", "Posts and Telecommunications", "Veterans Affairs");

  record Case(World.Name a, World.Name b, State x, State y, String i1, String i2, String patronymic, String portfolio) {}

  private static Case random(SplittableRandom r) {
    World.Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, INITIALS), World.pick(r, INITIALS), World.pick(r, PATRONYMICS),
        World.pick(r, PORTFOLIOS));
  }

  private static List<Leader> leaders(String text) {
    return PARSER.parse("generated", text, DAY).leaders();
  }

  /**
   * Checks that the text, and the text with the two states exchanged, names the leader of A's name
   * as written by {@code nameOfA}, of A's state, next to B of B's state.
   */
  private static void check(String property, BiFunction<Case, Boolean, String> text, java.util.function.Function<Case, String> nameOfA) {
    Prop.check(property, World.gen(InitialsAndPortfoliosPropertiesTest::random), c -> {
      for (boolean swap : new boolean[] {false, true}) {
        String t = text.apply(c, swap);
        List<Leader> got = leaders(t);
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, nameOfA.apply(c));
        Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertNotNull(b, () -> t + " -> " + got);
        assertEquals(List.of(swap ? c.y().country() : c.x().country(), swap ? c.x().country() : c.y().country()),
            List.of(a.country(), b.country()), () -> t + " -> " + got);
      }
    });
  }

  private static State x(Case c, boolean swap) {
    return swap ? c.y() : c.x();
  }

  private static State y(Case c, boolean swap) {
    return swap ? c.x() : c.y();
  }

  private static String initials(Case c) {
    return c.i1() + ". " + c.i2() + ". " + c.a().last();
  }

  @Test
  void initialsInARunAreOneName() {
    check("[adjective] [office] Z. A. [Surname] met", (c, s) -> x(c, s).adjective() + " Foreign Minister " + initials(c) + " met "
        + y(c, s).adjective() + " Prime Minister " + c.b().full() + " in " + y(c, s).capital() + " on Tuesday.", InitialsAndPortfoliosPropertiesTest::initials);
    check("Mr. Z. A. [Surname], [State]'s [office]", (c, s) -> "The accord was signed by Mr. " + initials(c) + ", " + x(c, s).name()
        + "'s Minister for External Affairs, and " + y(c, s).adjective() + " Vice-Premier " + c.b().full() + ".", InitialsAndPortfoliosPropertiesTest::initials);
    check("the [office], Dr Z. A. [Surname],", (c, s) -> "Talks were held in " + y(c, s).capital() + " by " + x(c, s).adjective()
        + " Trade Minister, Dr " + initials(c) + ", and " + y(c, s).adjective() + " Finance Minister " + c.b().full() + ".",
        InitialsAndPortfoliosPropertiesTest::initials);
    check("[Name] and Z. A. [Surname], [State]'s [office]", (c, s) -> y(c, s).adjective() + " President " + c.b().full() + " received "
        + initials(c) + ", the " + x(c, s).adjective() + " Defence Minister, on Friday.", InitialsAndPortfoliosPropertiesTest::initials);
  }

  /** Initials with no periods, the first of them the article or the pronoun: "A P [Surname]", "I K [Surname]". */
  private static String bareInitials(Case c) {
    return (c.i1().equals("A") || c.i1().equals("I") ? c.i1() : "I") + " " + c.i2() + " " + c.a().last();
  }

  @Test
  void initialsWithoutPeriodsAreOneNameWhenTheFirstIsAStopWord() {
    check("[adjective] [office] I K [Surname] met", (c, s) -> x(c, s).adjective() + " Foreign Minister " + bareInitials(c) + " met "
        + y(c, s).adjective() + " Prime Minister " + c.b().full() + " in " + y(c, s).capital() + " on Tuesday.",
        InitialsAndPortfoliosPropertiesTest::bareInitials);
    check("the [office] of [State], Dr A P [Surname].", (c, s) -> y(c, s).adjective() + " President " + c.b().full()
        + " was received this morning by the President of " + x(c, s).name() + ", Dr " + bareInitials(c) + ".",
        InitialsAndPortfoliosPropertiesTest::bareInitials);
    check("his [adjective] counterpart I K [Surname] on", (c, s) -> y(c, s).adjective() + " Foreign Minister " + c.b().full()
        + " held talks with his " + x(c, s).adjective() + " counterpart " + bareInitials(c) + " on Wednesday.",
        InitialsAndPortfoliosPropertiesTest::bareInitials);
  }

  @Test
  void aPatronymicInitialWrittenOntoTheNameIsPartOfIt() {
    check("[office] Ch.[Surname] of [State]", (c, s) -> "Prime Minister " + c.patronymic() + "." + c.a().last() + " of " + x(c, s).name()
        + " held talks with " + y(c, s).adjective() + " President " + c.b().full() + " on Monday.",
        c -> c.patronymic() + ". " + c.a().last());
    check("[adjective] [office] Ts.[Surname] said", (c, s) -> y(c, s).adjective() + " Foreign Minister " + c.b().full() + " was received by "
        + x(c, s).adjective() + " President " + c.patronymic() + "." + c.a().last() + ". The two discussed trade.",
        c -> c.patronymic() + ". " + c.a().last());
  }

  @Test
  void aCourtesyStyleAtALinesEndGoesOnWithTheName() {
    check("[office] His Highness / Sheikh [Given] bin [father]", (c, s) -> y(c, s).adjective() + " Defence Minister " + c.b().full()
        + " was received by the " + x(c, s).adjective() + " President His Highness\nSheikh " + c.a().first() + " bin Sultan "
        + c.a().last() + ", who thanked him.", c -> "Sheikh " + c.a().first() + " bin Sultan " + c.a().last());
  }

  @Test
  void aMinisterForAPortfolioIsALeaderWithThatTitle() {
    Prop.check("the [adjective] Minister for [portfolio], [Name],", World.gen(InitialsAndPortfoliosPropertiesTest::random), c -> {
      for (String form : new String[] {"the %s Minister for %s, %s,", "%s Minister of %s %s", "the %s Minister of %s, %s,",
          "the %s Minister Responsible for %s, %s,", "%s Minister responsible for %s %s"}) {
        String t = String.format(form, c.x().adjective(), c.portfolio(), c.a().full()) + " met " + c.y().adjective()
            + " President " + c.b().full() + " in " + c.y().capital() + " on Tuesday.";
        List<Leader> got = leaders(t);
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(List.of(c.x().country().toString(), form.substring(form.indexOf("Minister"), form.indexOf(" %s", form.indexOf("Minister")) + 1) + c.portfolio()),
            List.of(String.valueOf(a.country()), String.valueOf(a.title())), () -> t + " -> " + got);
      }
    });
  }

  /** Portfolios "foreign" or "external" qualifies, each a minister's and no foreign minister's. */
  private static final List<String> QUALIFIED = List.of("Foreign Trade", "Foreign Trade and Tourism", "External Trade",
      "Foreign Economic Relations", "External Economic Relations", "Foreign Investment", "Foreign Trade and Investment");

  /** Foreign ministries' portfolios, with another joined after them. */
  private static final List<String> FOREIGN = List.of("Foreign Affairs", "Foreign Affairs and Trade", "External Affairs",
      "Foreign Affairs and International Cooperation", "External Relations");

  @Test
  void aPortfolioForeignQualifiesIsNoForeignMinisters() {
    Prop.check("[adjective] [Foreign X] Minister A", World.gen(r -> new Object[] {random(r), World.pick(r, QUALIFIED),
        World.pick(r, FOREIGN), r.nextBoolean()}), o -> {
          Case c = (Case) o[0];
          boolean after = (Boolean) o[3];
          for (boolean swap : new boolean[] {false, true}) {
            String t = x(c, swap).adjective() + " " + (after ? "Minister of " + o[1] : o[1] + " Minister") + " " + c.a().full()
                + " and " + y(c, swap).adjective() + " " + (after ? "Minister of " + o[2] : o[2] + " Minister") + " " + c.b().full()
                + " signed the protocol in " + y(c, swap).capital() + " on Tuesday.";
            List<Leader> got = leaders(t);
            Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
            Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
            assertNotNull(a, () -> t + " -> " + got);
            assertNotNull(b, () -> t + " -> " + got);
            assertEquals(List.of(x(c, swap).country(), Role.MINISTER, y(c, swap).country(), Role.FOREIGN_MINISTER),
                List.of(a.country(), a.role(), b.country(), b.role()), () -> t + " -> " + got);
          }
        });
  }
}
