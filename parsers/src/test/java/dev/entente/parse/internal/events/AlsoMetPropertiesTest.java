package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
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
 * A guest who "also met" another official after the occasion the report is about held a meeting of its
 * own, on the occasion's day, however far down the report tells it; with random states, ministers,
 * days and filler between.
 */
class AlsoMetPropertiesTest {
  static final ArticleParser PARSER = ArticleParser.create();

  /** Guest {@code guest} of state {@code x} signs with {@code host} of {@code y} on {@code day}, then meets {@code other}. */
  record Call(State x, State y, Name guest, Name host, Name other, LocalDate day, int filler) {
    String date() {
      return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    String weekday() {
      return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    Call swapped() {
      return new Call(y, x, host, guest, other, day, filler);
    }
  }

  static Call call(SplittableRandom r) {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    Name other;
    do {
      other = World.twoNames(r)[0];
    } while (other.last().equals(n[0].last()) || other.last().equals(n[1].last()));
    LocalDate day = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Call(s[0], s[1], n[0], n[1], other, day, r.nextInt(4));
  }

  static String report(Call c, boolean dayInLead) {
    StringBuilder b = new StringBuilder();
    b.append(c.y().capital().toUpperCase(Locale.ROOT)).append(", ").append(c.date()).append(" - ")
        .append(c.y().name()).append(dayInLead ? " on " + c.weekday() : " on " + c.date())
        .append(" signed a defence agreement with ").append(c.x().name()).append(".\n\n");
    b.append(c.y().adjective()).append(" Defence Minister ").append(c.host().full()).append(" and ")
        .append(c.x().adjective()).append(" Defence Minister ").append(c.guest().full()).append(" signed the agreement in ")
        .append(c.y().capital()).append(".\n\n");
    for (int k = 0; k < c.filler(); k++) {
      b.append(World.FILLER.get(k % 2 == 0 ? 0 : 1)).append("\n\n");
    }
    b.append(c.guest().last()).append(", on a one-day visit, also met ").append(c.y().adjective())
        .append(" Foreign Minister ").append(c.other().full())
        .append(".\n");
    return b.toString();
  }

  static List<DiplomaticEvent> events(String text, Call c) {
    return PARSER.parse("generated", text, c.day()).events();
  }

  /** The meetings that have {@code who} among their participants. */
  static List<DiplomaticEvent> with(List<DiplomaticEvent> events, Name who) {
    return ofType(events, EventType.MEETING).stream().filter(e -> e.participants().contains(who.full())).toList();
  }

  @Test
  void theOtherOfficialIsMetOnTheOccasionsDayInAMeetingOfItsOwn() {
    Prop.check("also met", World.gen(AlsoMetPropertiesTest::call), c -> {
      String text = report(c, true);
      List<DiplomaticEvent> got = events(text, c);
      List<DiplomaticEvent> met = with(got, c.other());
      assertEquals(1, met.size(), () -> text + " -> " + got);
      DiplomaticEvent m = met.get(0);
      assertEquals(EdtfDate.of(c.day()), m.date(), () -> text + " -> " + got);
      assertTrue(m.participants().contains(c.guest().full()), () -> text + " -> " + got);
      assertTrue(!m.participants().contains(c.host().full()), () -> text + " -> " + got);
      assertEquals(Set.of(c.x().country(), c.y().country()), countries(m), () -> text + " -> " + got);
      List<DiplomaticEvent> signing = with(got, c.host());
      assertEquals(1, signing.size(), () -> text + " -> " + got);
      assertTrue(!signing.get(0).participants().contains(c.other().full()), () -> text + " -> " + got);
    });
  }

  @Test
  void movingTheDayFromTheLeadsWeekdayToItsDateKeepsTheMeeting() {
    Prop.check("weekday or date", World.gen(AlsoMetPropertiesTest::call), c -> {
      List<DiplomaticEvent> a = with(events(report(c, true), c), c.other());
      List<DiplomaticEvent> b = with(events(report(c, false), c), c.other());
      assertEquals(1, a.size(), () -> report(c, true) + " -> " + a);
      assertEquals(1, b.size(), () -> report(c, false) + " -> " + b);
      assertEquals(a.get(0).date(), b.get(0).date(), () -> report(c, false));
      assertEquals(Set.copyOf(a.get(0).participants()), Set.copyOf(b.get(0).participants()), () -> report(c, false));
    });
  }

  @Test
  void swappingTheStatesSwapsTheMeetingsSides() {
    Prop.check("swap guest and host", World.gen(AlsoMetPropertiesTest::call), c -> {
      List<DiplomaticEvent> a = with(events(report(c, true), c), c.other());
      List<DiplomaticEvent> b = with(events(report(c.swapped(), true), c.swapped()), c.other());
      assertEquals(1, a.size(), () -> report(c, true) + " -> " + a);
      assertEquals(1, b.size(), () -> report(c.swapped(), true) + " -> " + b);
      assertEquals(countries(a.get(0)), countries(b.get(0)), () -> report(c.swapped(), true));
      assertTrue(b.get(0).participants().contains(c.host().full()), () -> report(c.swapped(), true) + " -> " + b);
    });
  }
}
