package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A signing told without a day during a visit of several days whose meeting is told with its day
 * is of the meeting's day, also when the meeting names only some of the parties (the guest unnamed);
 * with no meeting told, it is of the visit's days; a signing the sentence itself tells "during the
 * visit" is of the visit's days whatever meeting was told. Random states, people, days and lengths.
 */
class SigningInVisitPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private record Told(State x, State y, Name guest, Name host, LocalDate arrival, int days, int talksDay) {
    LocalDate last() {
      return arrival.plusDays(days - 1L);
    }

    LocalDate talks() {
      return arrival.plusDays(talksDay);
    }
  }

  /** Two states, their presidents, a visit of three to six days and the day of its talks. */
  private static final Gen<Told> TOLD = World.gen(r -> {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    int days = 3 + r.nextInt(4);
    LocalDate arrival = LocalDate.of(1960 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Told(s[0], s[1], n[0], n[1], arrival, days, 1 + r.nextInt(days - 2));
  });

  /** "[Adjective] President [guest] arrived in [capital] on [day] for a visit that will last until [day]. " */
  private static String visit(Told t) {
    return t.x().adjective() + " President " + t.guest().full() + " arrived in " + t.y().capital() + " on "
        + date(t.arrival()) + " for a visit that will last until " + date(t.last()) + ". ";
  }

  /** "[Adjective] President [host] held talks in [capital] on [day] with the guest. " */
  private static String meeting(Told t) {
    return t.y().adjective() + " President " + t.host().full() + " held talks in " + t.y().capital() + " on "
        + date(t.talks()) + " with the guest. ";
  }

  private static String date(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  @Test
  void aSigningDuringAVisitIsOfItsMeetingsDay() {
    Prop.check("signing in a visit", TOLD, t -> {
      // a host state that was part of a former one on the day is named by it in the parties
      Prop.assume(!t.x().country().equals(Country.of("RUS")) && !t.y().country().equals(Country.of("RUS")));
      LocalDate last = t.last();
      LocalDate talks = t.talks();
      String visit = visit(t);
      String meeting = meeting(t);
      String signing = "The sides signed a protocol on trade between " + t.x().name() + " and " + t.y().name() + ".";
      List<Agreement> got = PARSER.parse("generated", visit + meeting + signing, last).agreements();
      assertEquals(1, got.size(), () -> visit + meeting + signing + " -> " + got);
      assertEquals(EdtfDate.of(talks), got.get(0).signed(), () -> visit + meeting + signing + " -> " + got);
      // no meeting told: the visit's days
      List<Agreement> alone = PARSER.parse("generated", visit + signing, last).agreements();
      assertEquals(1, alone.size(), () -> visit + signing + " -> " + alone);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.arrival()), EdtfDate.of(last)), alone.get(0).signed(),
          () -> visit + signing + " -> " + alone);
    });
  }

  @Test
  void aSigningToldDuringTheVisitIsOfTheVisitsDays() {
    Prop.check("signing told during the visit", TOLD, t -> {
      Prop.assume(!t.x().country().equals(Country.of("RUS")) && !t.y().country().equals(Country.of("RUS")));
      LocalDate last = t.last();
      String visit = visit(t);
      String meeting = meeting(t);
      String during = (t.talksDay() % 2 == 0 ? "During the visit" : "In the course of the visit")
          + " the sides signed a protocol on trade between " + t.x().name() + " and " + t.y().name() + ".";
      List<Agreement> got = PARSER.parse("generated", visit + meeting + during, last).agreements();
      assertEquals(1, got.size(), () -> visit + meeting + during + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.of(t.arrival()), EdtfDate.of(last)), got.get(0).signed(),
          () -> visit + meeting + during + " -> " + got);
    });
  }
}
