package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.ReportDayPropertiesTest.meetings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.events.ReportDayPropertiesTest.Signing;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A report whose masthead and headline stand over blank lines and whose body sets one paragraph on each
 * line (as pages copied from the web do): each line of the body is a paragraph of its own, so a
 * background paragraph (one naming another year) keeps no other paragraph from the report's day. The
 * meetings are those of the same report with a blank line between its paragraphs. Random states,
 * ministers, days, years and publication lags.
 */
class BodyLinesPropertiesTest {

  /** A masthead, a menu line and a headline, each over a blank line. */
  private static String top(Signing s) {
    return s.y().name() + " Daily News\nPolitics | Business | World\n\n" + s.x().name() + " and " + s.y().name()
        + " sign trade agreement\n\n";
  }

  /** The body's paragraphs: the dated lead, a background paragraph, the undated signing. */
  private static List<String> paragraphs(Signing s) {
    return List.of(s.lead(true), "The two countries opened embassies in " + s.backgroundYear() + ".", s.body(false));
  }

  @Test
  void aMeetingAfterABackgroundLineTakesTheDayOfTheLead() {
    Prop.check("one paragraph a line, after blank-line masthead", World.gen(ReportDayPropertiesTest::signing), s -> {
      String text = top(s) + String.join("\n", paragraphs(s)) + "\n";
      List<DiplomaticEvent> got = meetings(text, s.published());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(s.day()), got.get(0).date(), text);
      assertEquals(Set.of(s.a().full(), s.b().full()), Set.copyOf(got.get(0).participants()), text);
    });
  }

  @Test
  void aLineBreakBetweenParagraphsTellsWhatABlankLineTells() {
    Prop.check("line break or blank line", World.gen(ReportDayPropertiesTest::signing), s -> {
      String lines = top(s) + String.join("\n", paragraphs(s)) + "\n";
      String blank = top(s) + String.join("\n\n", paragraphs(s)) + "\n";
      SameMeeting.assertOneEachAlike(lines, meetings(lines, s.published()), blank, meetings(blank, s.published()));
    });
  }

  @Test
  void aBackgroundSentenceOnTheMeetingsOwnLineStillKeepsItsDay() {
    Prop.check("background in the meeting's line", World.gen(ReportDayPropertiesTest::signing), s -> {
      String text = top(s) + s.lead(true) + "\nThe two countries opened embassies in " + s.backgroundYear() + ". "
          + s.body(false) + "\n";
      List<DiplomaticEvent> got = meetings(text, s.published());
      assertTrue(got.stream().noneMatch(e -> EdtfDate.of(s.day()).equals(e.date())), () -> text + " -> " + got);
    });
  }
}
