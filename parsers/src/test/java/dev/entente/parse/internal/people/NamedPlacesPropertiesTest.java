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
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences in which a place, a building, a prize or a body bears a person's name or an
 * office word ("[title] [Name] Grand Mosque", "[Name] International Airport", "General
 * Administration of Customs", "the [adjective] Communist Party"), with random states, people,
 * offices and head nouns from {@code named-places.txt}: none of them is a leader, and the person
 * the sentence does name keeps the state and office it is written with, the states swapped too.
 */
class NamedPlacesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2019, 11, 4);

  /** The head nouns of named places and bodies, as the parser reads them. */
  private static final List<String> HEADS = DataFiles.lines(PeopleStage.class, "named-places.txt").stream()
      .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).toList();

  /** Titles a place is often named after with the name ("King [Name] Airport", "Sultan [Name] Mosque"). */
  private static final List<String> STYLES = List.of("King", "Sultan", "Sheikh", "President", "Emir", "General", "");

  /** Words that stand between the name and the head noun. */
  private static final List<String> BETWEEN = List.of("", "International", "Grand", "Sports", "Memorial", "Engineering",
      "National", "Trade");

  record Case(Name a, Name place, State x, State y, Office oa, String style, String between, String head) {
    /** The place's name as written: "[style] [given] [surname] [between] [Head]". */
    String placeName() {
      return String.join(" ", List.of(style, place.full(), between, head)).replaceAll(" +", " ").trim();
    }
  }

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, World.OFFICES), World.pick(r, STYLES), World.pick(r, BETWEEN),
        World.pick(r, HEADS));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.place().full()).isEmpty()
        && holders.holders(c.place().last(), DAY).isEmpty() && holders.holders(c.a().last(), DAY).isEmpty();
  }

  /** The sentence forms a place's name stands in, the office holder A of the first state in each. */
  private static String text(int form, Case c, State x, State y) {
    String a = x.adjective() + " " + c.oa().title() + " " + c.a().full();
    String p = c.placeName();
    return switch (form) {
      case 0 -> a + " visited the " + p + " in " + y.capital() + " on Tuesday.";
      case 1 -> a + " arrived at the " + p + " on Monday for talks with " + y.name() + ".";
      case 2 -> "In " + y.capital() + ", " + a + " laid a wreath at the " + p + " and met students.";
      case 3 -> "The talks were held at the " + p + ", where " + a + " spoke of trade with " + y.name() + ".";
      case 4 -> "According to " + y.name() + "'s " + p + ", " + a + " will sign the deal on Friday.";
      case 5 -> a + " was received by officials of the " + y.adjective() + " " + p + " on Wednesday.";
      case 6 -> p + " officials welcomed " + a + " to " + y.capital() + ".";
      default -> a + " said the " + p + " would host the " + y.adjective() + " delegation.";
    };
  }

  @Test
  void aPlaceOrABodyNamedAfterAPersonIsNoLeaderAndThePersonNamedKeepsTheirState() {
    Prop.check("[style] [Name] [words] [Head] is no person", World.gen(r -> new Object[] {random(r), r.nextInt(8)}), o -> {
      Case c = (Case) o[0];
      int form = (Integer) o[1];
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String t = text(form, c, x, y);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        assertTrue(got.stream().noneMatch(l -> l.name().contains(c.place().last()) || l.name().contains(c.head())),
            () -> t + " -> " + got);
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(x.country(), a.country(), () -> t + " -> " + got);
      }
    });
  }
}
