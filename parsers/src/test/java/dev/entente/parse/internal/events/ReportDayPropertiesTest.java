package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The report's day from generated reports: a meeting the body tells without a day took place on the
 * day the lead names, wherever the lead names it, unless the paragraph telling it is background (it
 * named another time first); with random states, ministers, days and publication lags.
 */
class ReportDayPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** Ministers {@code a} of {@code x} and {@code b} of {@code y} signing in {@code y}'s capital on {@code day}. */
  record Signing(State x, State y, Name a, Name b, LocalDate day, int lag, int backgroundYear) {
    String date(LocalDate d) {
      return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    LocalDate published() {
      return day.plusDays(lag);
    }

    /** The lead, naming the day (or not, when {@code withDay} is false) and no person. */
    String lead(boolean withDay) {
      return y.capital().toUpperCase(Locale.ROOT) + ", " + date(published()) + " - " + x.name() + " and " + y.name()
          + " signed an agreement on trade" + (withDay ? " on " + date(day) : "") + ".";
    }

    /** The body's signing by the two ministers, with its day (or not). */
    String body(boolean withDay) {
      return x.adjective() + " Foreign Minister " + a.full() + " and " + y.adjective() + " Foreign Minister " + b.full()
          + " signed the agreement in " + y.capital() + (withDay ? " on " + date(day) : "") + ".";
    }

    Signing swapped() {
      return new Signing(y, x, b, a, day, lag, backgroundYear);
    }
  }

  static Signing signing(SplittableRandom r) {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    LocalDate day = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Signing(s[0], s[1], n[0], n[1], day, r.nextInt(4), day.getYear() - 5 - r.nextInt(30));
  }

  static List<DiplomaticEvent> meetings(String text, LocalDate published) {
    return PARSER.parse("generated", text, published).events().stream().filter(e -> e.type() == EventType.MEETING).toList();
  }

  @Test
  void aMeetingTheBodyTellsWithoutADayTakesTheDayOfTheLead() {
    Prop.check("undated body, dated lead", World.gen(ReportDayPropertiesTest::signing), s -> {
      String text = s.lead(true) + "\n\n" + s.body(false);
      List<DiplomaticEvent> got = meetings(text, s.published());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(s.day()), got.get(0).date(), text);
      assertEquals(Set.of(s.a().full(), s.b().full()), Set.copyOf(got.get(0).participants()), text);
      assertEquals(Set.of(s.x().country(), s.y().country()), Set.copyOf(got.get(0).countries()), text);
    });
  }

  @Test
  void movingTheDayFromTheClauseToTheLeadKeepsTheMeetingsDay() {
    Prop.check("day in the clause or in the lead", World.gen(ReportDayPropertiesTest::signing), s -> {
      String inClause = s.lead(false) + "\n\n" + s.body(true);
      String inLead = s.lead(true) + "\n\n" + s.body(false);
      List<DiplomaticEvent> a = meetings(inClause, s.published());
      List<DiplomaticEvent> b = meetings(inLead, s.published());
      SameMeeting.assertOneEachAlike(inClause, a, inLead, b);
    });
  }

  @Test
  void swappingTheStatesAndTheirMinistersKeepsTheMeeting() {
    Prop.check("swap the sides", World.gen(ReportDayPropertiesTest::signing), s -> {
      String ab = s.lead(true) + "\n\n" + s.body(false);
      String ba = s.swapped().lead(true) + "\n\n" + s.swapped().body(false);
      List<DiplomaticEvent> x = meetings(ab, s.published());
      List<DiplomaticEvent> y = meetings(ba, s.published());
      assertEquals(1, x.size(), () -> ab + " -> " + x);
      assertEquals(1, y.size(), () -> ba + " -> " + y);
      assertEquals(x.get(0).date(), y.get(0).date(), ba);
      assertEquals(Set.copyOf(x.get(0).countries()), Set.copyOf(y.get(0).countries()), ba);
      assertEquals(Set.copyOf(x.get(0).participants()), Set.copyOf(y.get(0).participants()), ba);
    });
  }

  @Test
  void aBackgroundParagraphGivesItsMeetingNoDayOfTheReport() {
    Prop.check("background keeps no report day", World.gen(ReportDayPropertiesTest::signing), s -> {
      String text = s.lead(true) + "\n\nThe two countries opened embassies in " + s.backgroundYear() + ". " + s.body(false);
      List<DiplomaticEvent> got = meetings(text, s.published());
      assertTrue(got.stream().noneMatch(e -> EdtfDate.of(s.day()).equals(e.date())), () -> text + " -> " + got);
    });
  }

  @Test
  void aMeetingIsNotDatedFromALeadMoreThanAWeekBeforePublication() {
    Prop.check("stale lead", World.gen(ReportDayPropertiesTest::signing), s -> {
      LocalDate late = s.day().plusDays(8 + s.lag() * 10L);
      String text = s.lead(true) + "\n\n" + s.body(false);
      List<DiplomaticEvent> got = meetings(text, late);
      assertTrue(got.stream().noneMatch(e -> EdtfDate.of(s.day()).equals(e.date())), () -> text + " -> " + got);
    });
  }
}
