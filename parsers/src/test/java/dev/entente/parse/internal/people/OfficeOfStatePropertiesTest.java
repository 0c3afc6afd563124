package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * "[Office] of [state] [Name]": a state whose name is also a given name ("Jordan", "Kenya",
 * "India") stands between a title with "of" and the holder's name; it is the holder's state, not
 * the first word of their name (the title is the office with it: "President of Jordan"), while the same word opening a name with no title before it stays a
 * given name.
 */
class OfficeOfStatePropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2019, 5, 6);

  /** States whose names are also given names (the gazetteer's "given" list), with their codes. */
  private static final List<String[]> STATES = List.of(
      new String[] {"Jordan", "JOR"}, new String[] {"Chad", "TCD"}, new String[] {"Georgia", "GEO"},
      new String[] {"Israel", "ISR"}, new String[] {"India", "IND"}, new String[] {"Kenya", "KEN"},
      new String[] {"Cuba", "CUB"}, new String[] {"Niger", "NER"}, new String[] {"Jamaica", "JAM"},
      new String[] {"Ireland", "IRL"});
  private static final List<String> OFFICES = List.of("President", "Prime Minister", "Foreign Minister", "Defence Minister");
  private static final List<String> FORMS = List.of(
      "Aid was announced by %s on Sunday.",
      "Aid was announced by visiting %s on Sunday.",
      "%s arrived in Geneva on Sunday for talks on trade.",
      "Reporters were told by %s that the talks had gone well.");

  record Case(String[] state, String office, Name name, int form) {
    String text() {
      return FORMS.get(form).formatted(office + " of " + state[0] + " " + name.full());
    }
  }

  private static Case draw(SplittableRandom r) {
    return new Case(World.pick(r, STATES), World.pick(r, OFFICES), World.twoNames(r)[0], r.nextInt(FORMS.size()));
  }

  @Test
  void theStateAfterTheTitleIsTheHoldersState() {
    Prop.check("office of state name", World.gen(OfficeOfStatePropertiesTest::draw), c -> {
      String text = c.text();
      ArticleExtraction a = PARSER.parse("g", text, DAY);
      List<Leader> leaders = a.leaders();
      assertEquals(1, leaders.size(), () -> text + " -> " + leaders);
      assertEquals(c.name().full(), leaders.get(0).name(), () -> text + " -> " + leaders);
      assertEquals(c.state()[1], leaders.get(0).country() == null ? null : leaders.get(0).country().code(), () -> text + " -> " + leaders);
      assertEquals(c.office() + " of " + c.state()[0], leaders.get(0).title(), () -> text + " -> " + leaders);
    });
  }

  @Test
  void theSameWordOpeningANameWithNoTitleIsAGivenName() {
    Prop.check("given name", World.gen(OfficeOfStatePropertiesTest::draw), c -> {
      String text = c.state()[0] + " " + c.name().last() + " said on Tuesday that the talks had gone well.";
      ArticleExtraction a = PARSER.parse("g", text, DAY);
      assertTrue(a.countries().isEmpty(), () -> text + " -> " + a.countries());
    });
  }
}
