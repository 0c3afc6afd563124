package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
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
 * Ministers who "also held a meeting" during a visit of several days meet on the day of the leaders'
 * talks they go alongside, not on the day the guest arrived; with random states, people, days and
 * filler between.
 */
class MinistersAlongsideTalksPropertiesTest {

  /** Guest {@code guest} of {@code x} visits {@code host} of {@code y}, arriving the day before {@code day}; ministers {@code a} and {@code b}. */
  record Visit(State x, State y, Name guest, Name host, Name a, Name b, LocalDate day, int filler) {
    String date() {
      return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    Visit swapped() {
      return new Visit(y, x, host, guest, b, a, day, filler);
    }
  }

  static Visit visit(SplittableRandom r) {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    Name[] m;
    do {
      m = World.twoNames(r);
    } while (Set.of(n[0].last(), n[1].last()).contains(m[0].last()) || Set.of(n[0].last(), n[1].last()).contains(m[1].last()));
    LocalDate day = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 2).plusDays(r.nextInt(26));
    return new Visit(s[0], s[1], n[0], n[1], m[0], m[1], day, r.nextInt(3));
  }

  static String report(Visit v) {
    StringBuilder b = new StringBuilder();
    b.append(v.y().capital().toUpperCase(Locale.ROOT)).append(", ").append(v.date()).append(" - ")
        .append(v.y().adjective()).append(" President ").append(v.host().full()).append(" and ")
        .append(v.x().adjective()).append(" Prime Minister ").append(v.guest().full())
        .append(" today held official talks in ").append(v.y().capital()).append(".\n\n");
    for (int k = 0; k < v.filler(); k++) {
      b.append(World.FILLER.get(k % 2)).append("\n\n");
    }
    b.append("The Prime Minister, who arrived here yesterday on a three-day official visit, described ")
        .append(v.y().name()).append(" as a friend.\n\n");
    b.append(v.x().adjective()).append(" Foreign Minister ").append(v.a().full()).append(" and ")
        .append(v.y().adjective()).append(" Foreign Minister ").append(v.b().full())
        .append(" also held a meeting in the afternoon.\n");
    return b.toString();
  }

  static List<DiplomaticEvent> ministers(Visit v) {
    List<DiplomaticEvent> got = AlsoMetPropertiesTest.PARSER.parse("generated", report(v), v.day()).events();
    return got.stream().filter(e -> e.participants().contains(v.a().full()) || e.participants().contains(v.b().full())).toList();
  }

  @Test
  void theMinistersMeetOnTheDayOfTheTalksNotOfTheArrival() {
    Prop.check("ministers alongside talks", World.gen(MinistersAlongsideTalksPropertiesTest::visit), v -> {
      List<DiplomaticEvent> met = ministers(v);
      assertEquals(1, met.size(), () -> report(v) + " -> " + met);
      assertEquals(EdtfDate.of(v.day()), met.get(0).date(), () -> report(v) + " -> " + met);
      assertEquals(Set.of(v.x().country(), v.y().country()), countries(met.get(0)), () -> report(v) + " -> " + met);
    });
  }

  @Test
  void swappingTheStatesKeepsTheMinistersDayAndSides() {
    Prop.check("swap guest and host", World.gen(MinistersAlongsideTalksPropertiesTest::visit), v -> {
      List<DiplomaticEvent> a = ministers(v);
      List<DiplomaticEvent> b = ministers(v.swapped());
      assertEquals(1, a.size(), () -> report(v) + " -> " + a);
      assertEquals(1, b.size(), () -> report(v.swapped()) + " -> " + b);
      assertEquals(a.get(0).date(), b.get(0).date(), () -> report(v.swapped()) + " -> " + b);
      assertEquals(countries(a.get(0)), countries(b.get(0)), () -> report(v.swapped()) + " -> " + b);
    });
  }
}
