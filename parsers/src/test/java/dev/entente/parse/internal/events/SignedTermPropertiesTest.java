package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.DayWordsPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.DayWordsPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Years after the report's told in a signing sentence are the term of what is signed ("a programme of
 * exchanges for [year] and [year]", "a plan for [year]-[year]"), never the date of a meeting: the talks
 * keep their day, and no meeting lies in a later year. Random states, people, days and years.
 */
class SignedTermPropertiesTest {

  /** Ways of telling the term: {@code %1$d} the first year, {@code %2$d} the last. */
  private static final List<String> TERMS = List.of(
      "a programme of cultural exchanges for %1$d and %2$d",
      "a plan for cooperation between the two foreign ministries for %1$d-%2$d",
      "a trade protocol for %1$d",
      "an executive programme for the years %1$d to %2$d");

  /** Ways of opening the signing sentence after the talks. */
  private static final List<String> OPENINGS = List.of(
      "After the talks, the two ministers signed an agreement on tourism and %s.",
      "Following the talks, the two ministers witnessed the signing of an agreement on tourism and %s.",
      "The two ministers then signed %s.");

  record Case(Told told, String term, String opening, int from, int years) {}

  @Test
  void aTermAfterTheReportsYearIsNoMeetingDate() {
    Prop.check("term of what is signed", World.gen(r -> new Case(DayWordsPropertiesTest.told(r), World.pick(r, TERMS),
        World.pick(r, OPENINGS), r.nextInt(2), 1 + r.nextInt(3))), c -> {
          Told t = c.told();
          LocalDate day = t.day();
          int first = day.getYear() + c.from();
          String term = String.format(c.term(), first, first + c.years());
          String text = t.x().adjective() + " Foreign Minister " + t.a().full() + " held talks with " + t.y().adjective()
              + " Foreign Minister " + t.b().full() + " in " + t.y().capital() + " on " + Told.weekday(day) + ". "
              + String.format(c.opening(), term);
          List<DiplomaticEvent> meetings = ofType(text, day, EventType.MEETING);
          for (DiplomaticEvent m : meetings) {
            EdtfDate d = m.date();
            assertFalse(d != null && d.latest().getYear() > day.getYear(), () -> text + " -> " + m);
          }
          assertTrue(meetings.stream().anyMatch(m -> EdtfDate.of(day).equals(m.date())), () -> text + " -> " + meetings);
        });
  }
}
