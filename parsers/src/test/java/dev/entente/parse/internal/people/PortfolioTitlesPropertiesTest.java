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
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states and people, for ministers' titles of several words: a
 * listed title that ends on its portfolio goes on with the portfolio words after it ("Minister for
 * Defence Industry", "Minister for Defence and National Security"), and a portfolio written in
 * capitalised words the portfolio list does not hold is the title's up to the comma that closes it
 * ("the [adjective] Minister for Inter-territorial Co-ordination, A,", "A, [State]'s Minister of the
 * Royal Office,"), while "Minister of [portfolio] [Given] [Surname], who ..." stays a title and a name;
 * a short capitalised stop word after the portfolio a title ends on opens the name ("Minister of
 * Public Security To Lam").
 */
class PortfolioTitlesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2004, 6, 15);

  /** What may follow "Minister for Defence", with whether the minister is still a defence minister. */
  private static final List<String> AFTER_DEFENCE = List.of("Industry", "and National Security", "and Veterans Affairs",
      "Industries", "and Civil Aviation", "and Maritime Affairs");

  /** Portfolios in words the portfolio list does not hold, as cabinets name them. */
  private static final List<String> UNLISTED = List.of("Inter-territorial Co-ordination", "Economic Relations with Foreign Countries",
      "International Development and the Pacific", "the Office of the State Counsellor", "the Royal Office",
      "Relations with Parliament", "Small Island Affairs", "the Diwan of Royal Court", "Local Government and Chieftaincy");

  record Case(World.Name a, World.Name b, State x, State y, String afterDefence, String unlisted, String portfolio) {}

  private static Case random(SplittableRandom r) {
    World.Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, AFTER_DEFENCE), World.pick(r, UNLISTED),
        World.pick(r, List.of("Finance", "Trade", "Energy", "Health", "Foreign Affairs", "Public Works")));
  }

  /**
   * Checks the text and the text with the two states exchanged: A holds {@code title} ({@code role}) of
   * the state written first, B is of the other, and no other leader is read.
   */
  private static void check(Case c, java.util.function.BiFunction<State, State, String> text, String title, Role role) {
    for (State[] side : new State[][] {{c.x(), c.y()}, {c.y(), c.x()}}) {
      String t = text.apply(side[0], side[1]);
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
      Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
      assertNotNull(a, () -> t + " -> " + got);
      assertNotNull(b, () -> t + " -> " + got);
      assertEquals(List.of(side[0].country(), title, role, side[1].country(), 2),
          List.of(a.country(), a.title(), a.role(), b.country(), got.size()), () -> t + " -> " + got);
    }
  }

  /** A sentence naming A with a title, of the state written first, and B of the other. */
  interface Sentence {
    String of(Case c, String title, State x, State y);
  }

  /** Checks each sentence, both ways round, for random cases: A holds the title and role the case gives. */
  private static void property(String name, Function<Case, String> title, Function<Case, Role> role, Sentence... sentences) {
    Prop.check(name, World.gen(PortfolioTitlesPropertiesTest::random), c -> {
      NameAndTitleFormsPropertiesTest.assumeUnknown(c.a(), DAY);
      String t = title.apply(c);
      for (Sentence s : sentences) {
        check(c, (x, y) -> s.of(c, t, x, y), t, role.apply(c));
      }
    });
  }

  @Test
  void aListedTitleEndingOnItsPortfolioGoesOnWithTheNextPortfolioWords() {
    // "Defence Industry": defence qualifies the portfolio after it; "Defence and [portfolio]" is still the defence ministry
    property("[adjective] Minister for Defence Industry, A,", c -> "Minister for Defence " + c.afterDefence(),
        c -> c.afterDefence().startsWith("and ") ? Role.DEFENSE_MINISTER : Role.MINISTER,
        (c, t, x, y) -> "The boat was handed over by the " + x.adjective() + " " + t + ", " + c.a().full() + ", to "
            + y.adjective() + " President " + c.b().full() + " in " + y.capital() + " on Friday.",
        (c, t, x, y) -> x.adjective() + " " + t + " " + c.a().full() + " met " + y.adjective() + " Prime Minister "
            + c.b().full() + " in " + y.capital() + " on Friday.");
  }

  @Test
  void defenceProcurementIsAMinistersPortfolio() {
    // "defence" before "procurement" qualifies it: the minister of defence procurement is no defence minister
    property("[State]'s defence procurement minister, A,", c -> c.afterDefence().startsWith("and ") ? "defence procurement minister"
        : "Minister for Defence Procurement", c -> Role.MINISTER,
        (c, t, x, y) -> x.name() + "'s " + t + ", " + c.a().full() + ", flew in for the signing with " + y.adjective()
            + " President " + c.b().full() + " in " + y.capital() + " on Friday.",
        (c, t, x, y) -> "The deal was signed by the " + x.adjective() + " " + t + ", " + c.a().full() + ", and "
            + y.adjective() + " President " + c.b().full() + " in " + y.capital() + " on Friday.");
  }

  @Test
  void aPortfolioInCapitalisedWordsIsTheTitlesUpToTheComma() {
    Prop.check("the [adjective] Minister for [Unlisted Portfolio], A,", World.gen(PortfolioTitlesPropertiesTest::random), c -> {
      NameAndTitleFormsPropertiesTest.assumeUnknown(c.a(), DAY);
      for (String head : new String[] {"Minister for ", "Minister of "}) {
        String title = head + c.unlisted();
        check(c, (x, y) -> "The notes were exchanged by " + y.adjective() + " Foreign Minister " + c.b().full() + " and the "
            + x.adjective() + " " + title + ", " + c.a().full() + ", in " + y.capital() + " on Monday.", title, Role.MINISTER);
        check(c, (x, y) -> "The meeting was attended by " + c.a().full() + ", " + x.name() + "'s " + title + ", and by "
            + y.adjective() + " President " + c.b().full() + ".", title, Role.MINISTER);
      }
    });
  }

  @Test
  void aShortStopWordAfterThePortfolioATitleEndsOnOpensTheName() {
    // "Minister of Public Security To Lam": a capitalised "To", "Do", "He" or "An" after the portfolio is a name word
    Prop.check("[adjective] Minister of Public Security To [Surname]", World.gen(r -> new Object[] {random(r),
        World.pick(r, List.of("To", "Do", "He", "An")), World.pick(r, List.of("Public Security", "Public Safety", "Defence Industry",
            "Foreign Affairs", "Trade and Industry"))}), o -> {
              Case c = (Case) o[0];
              World.Name a = new World.Name((String) o[1], c.a().last());
              NameAndTitleFormsPropertiesTest.assumeUnknown(a, DAY);
              String title = "Minister of " + o[2];
              Role role = o[2].equals("Foreign Affairs") ? Role.FOREIGN_MINISTER : Role.MINISTER;
              check(new Case(a, c.b(), c.x(), c.y(), c.afterDefence(), c.unlisted(), c.portfolio()), (x, y) -> "The memorandum was signed by "
                  + x.adjective() + " " + title + " " + a.full() + " and " + y.adjective() + " Foreign Minister " + c.b().full()
                  + " in " + y.capital() + " on Wednesday.", title, role);
            });
  }

  @Test
  void aNameAfterAListedPortfolioIsNoPartOfTheTitle() {
    property("[adjective] Minister of [portfolio] A, who ...", c -> "Minister of " + c.portfolio(),
        c -> c.portfolio().startsWith("Foreign") ? Role.FOREIGN_MINISTER : Role.MINISTER,
        (c, t, x, y) -> x.adjective() + " " + t + " " + c.a().full() + ", who arrived on Sunday, met " + y.adjective()
            + " President " + c.b().full() + " in " + y.capital() + ".");
  }
}
