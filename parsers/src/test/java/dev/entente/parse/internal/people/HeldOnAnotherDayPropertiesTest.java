package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A person the office-holder dictionary lists for one state, named with a lesser office years
 * before they led it, across a meeting with a holder of another state: the dictionary's state (as
 * that state stood on the day) binds, not the other side's, whichever state the other side is; a
 * state word at the office still wins.
 */
class HeldOnAnotherDayPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final OfficeHolders HOLDERS = OfficeHolders.standard();

  /** Offices a later head holds before: none of them the dictionary's. */
  private static final List<String> OFFICES = List.of(
      "Deputy Prime Minister", "Vice-Premier", "Foreign Minister", "Defence Minister", "Vice President", "Finance Minister");

  /** The ways a report puts the holder {@code %1$s} (with office) across a meeting from the other side. */
  private static final List<Function<Case, String>> FORMS = List.of(
      c -> c.y().adjective() + " President " + c.b().full() + " met " + c.holder() + " in " + c.y().capital() + " on Tuesday.",
      c -> c.holder() + " was received by " + c.y().adjective() + " President " + c.b().full() + " in " + c.y().capital() + " on Tuesday.",
      c -> c.holder() + " held talks with " + c.y().adjective() + " Prime Minister " + c.b().full() + " on Tuesday.",
      c -> c.y().name() + "'s President " + c.b().full() + " welcomed " + c.holder() + " at the airport on Tuesday.",
      c -> c.holder() + " called on " + c.y().adjective() + " President " + c.b().full() + " in " + c.y().capital() + " on Tuesday.",
      c -> c.y().adjective() + " Foreign Minister " + c.b().full() + " hosted " + c.holder() + " in " + c.y().capital() + " on Tuesday.");

  /** A later head on a day before any office the dictionary gives them. */
  record Before(Tenure head, LocalDate day) {
    Country state() {
      return FormerStates.builtIn().on(head.country(), day);
    }

    /** A sentence naming the holder's state: the dictionary speaks only for a state the report names. */
    String named() {
      return "Trade with " + state().name() + " was discussed.";
    }
  }

  /** One sentence to write: the holder, their office, the other side's state and person, the form. */
  record Case(Before before, String office, State y, Name b, int form) {
    String holder() {
      return office + " " + before.head().name();
    }

    String text() {
      return FORMS.get(form).apply(this) + " " + before.named();
    }
  }

  private static final List<Before> BEFORE = before();

  /**
   * Heads whose whole name the dictionary gives to one state alone, four years before their first
   * tenure (after 1950), which the parser reads whole after an office.
   */
  private static List<Before> before() {
    List<Before> out = new ArrayList<>();
    for (Tenure t : HOLDERS.tenures()) {
      if (t.role() != Role.HEAD_OF_STATE && t.role() != Role.HEAD_OF_GOVERNMENT || t.has(Tenure.Flag.DISPUTED)
          || !t.name().contains(" ") || t.start().getYear() < 1955) {
        continue;
      }
      List<Tenure> all = HOLDERS.holders(t.name());
      LocalDate day = t.start().minusYears(4);
      if (all.stream().anyMatch(x -> !x.country().equals(t.country()) || !x.start().isAfter(day.plusDays(30)))
          || !HOLDERS.holders(t.name(), day).isEmpty()) {
        continue;
      }
      Before b = new Before(t, day);
      var article = PARSER.parse("g", "Deputy Prime Minister " + t.name() + " spoke in Geneva on Tuesday. " + b.named(), day);
      List<Leader> read = article.leaders();
      if (read.size() == 1 && article.countries().stream().anyMatch(c -> c.country().equals(b.state())) && read.stream().anyMatch(l -> l.name().equals(OfficeHolderStatesTest.plain(t.name())))) {
        out.add(b);
      }
    }
    return out;
  }

  private static Case[] pair(SplittableRandom r) {
    Before h = World.pick(r, BEFORE);
    List<State> others = World.STATES.stream().filter(s -> !s.country().equals(h.state())).toList();
    State y = World.pick(r, others);
    State z = World.pick(r, others.stream().filter(s -> !s.equals(y)).toList());
    String office = World.pick(r, OFFICES);
    // The other side's person shares no word with the holder's name (the generated names include
    // real ones, which the dictionary's heads may carry too).
    List<String> holderWords = List.of(h.head().name().split(" "));
    Name b;
    do {
      b = World.twoNames(r)[0];
    } while (holderWords.contains(b.first()) || holderWords.contains(b.last()));
    int form = r.nextInt(FORMS.size());
    return new Case[] {new Case(h, office, y, b, form), new Case(h, office, z, b, form)};
  }

  @Test
  void enoughHeadsAreReadBeforeTheirTenure() {
    assertTrue(BEFORE.size() >= 300, () -> BEFORE.size() + " heads");
  }

  @Test
  void theDictionaryStateHoldsWhicheverStateTheOtherSideIs() {
    Prop.check("held on another day", World.gen(HeldOnAnotherDayPropertiesTest::pair), cases -> {
      for (Case c : cases) {
        String text = c.text();
        List<Leader> leaders = PARSER.parse("g", text, c.before().day()).leaders();
        assertEquals(c.before().state(), OfficeHolderStatesTest.stateOf(leaders, c.before().head().name()), () -> text + " (" + c.before().day() + ") -> " + leaders);
        assertEquals(c.y().country(), OfficeHolderStatesTest.stateOf(leaders, c.b().full()), () -> text + " -> " + leaders);
      }
    });
  }

  @Test
  void aStateWordAtTheOfficeStillWins() {
    Prop.check("the text wins", World.gen(HeldOnAnotherDayPropertiesTest::pair), cases -> {
      Case c = cases[0];
      State x = cases[1].y();
      String text = x.adjective() + " " + c.office() + " " + c.before().head().name() + " met " + c.y().adjective()
          + " President " + c.b().full() + " on Tuesday.";
      List<Leader> leaders = PARSER.parse("g", text, c.before().day()).leaders();
      assertEquals(x.country(), OfficeHolderStatesTest.stateOf(leaders, c.before().head().name()), () -> text + " -> " + leaders);
    });
  }
}
