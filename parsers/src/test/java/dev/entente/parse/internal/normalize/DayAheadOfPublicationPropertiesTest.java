package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.EdtfDate;
import dev.entente.parse.normalize.DateNormalizer;
import dev.entente.parse.normalize.Reading;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A day and month told without a year: a day of the coming weeks when no verb says the sentence is
 * past ("is in the capital until [day]", "leaves on [day]"), even across a new year; the last such
 * day before publication when a past verb says so, or when the day lies months ahead.
 */
class DayAheadOfPublicationPropertiesTest {

  private static final DateNormalizer DATES = DateNormalizer.create();

  private static final List<String> SYLLABLES = List.of("ka", "lo", "ven", "dri", "mu", "sa", "tor", "bel", "zi");

  /** Sentences with no word of tense near the date; {@code %s} are a person, a city and the date. */
  private static final List<String> PLAIN = List.of("%s is in %s until %s.", "%s leaves %s on %s.",
      "Talks between %s and the host in %s end on %s.");

  /** Sentences whose verb is past. */
  private static final List<String> PAST = List.of("%s arrived in %s on %s.", "%s visited %s on %s.");

  private static String name(List<Integer> parts) {
    StringBuilder b = new StringBuilder();
    for (int p : parts) {
      b.append(SYLLABLES.get(p));
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private static String day(LocalDate d, boolean monthFirst) {
    String m = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return monthFirst ? m + " " + d.getDayOfMonth() : d.getDayOfMonth() + " " + m;
  }

  private static List<EdtfDate> read(String form, String who, String where, LocalDate day, boolean monthFirst, LocalDate pub) {
    String text = String.format(Locale.ROOT, form, "Mr " + who, where, day(day, monthFirst));
    return DATES.read(text, pub).stream().map(Reading::value).toList();
  }

  private static final Gen<LocalDate> PUBLISHED = Gens.ints(1950, 2090)
      .flatMap(y -> Gens.ints(1, 365).map(d -> LocalDate.ofYearDay(y, d)));

  private static final Gen<List<Integer>> WORD = Gens.listOf(Gens.ints(0, SYLLABLES.size() - 1), 2, 3);

  @Test
  void aDayOfTheComingWeeksIsNotAYearBack() {
    Prop.check("a day ahead, no tense", Gens.zip(PUBLISHED, Gens.ints(1, 45), Gens.pair(WORD, WORD),
        Gens.pair(Gens.ints(0, PLAIN.size() - 1), Gens.booleans()), (pub, ahead, names, form) -> List.of(pub, ahead, names, form)), v -> {
      LocalDate pub = (LocalDate) v.get(0);
      LocalDate day = pub.plusDays((Integer) v.get(1));
      var names = (Gens.Pair<?, ?>) v.get(2);
      var form = (Gens.Pair<?, ?>) v.get(3);
      @SuppressWarnings("unchecked")
      String who = name((List<Integer>) names.first());
      @SuppressWarnings("unchecked")
      String where = name((List<Integer>) names.second());
      String text = PLAIN.get((Integer) form.first());
      assertEquals(List.of(EdtfDate.of(day)), read(text, who, where, day, (Boolean) form.second(), pub),
          text + " " + day + " (published " + pub + ")");
    });
  }

  @Test
  void aPastVerbOrAFarDayKeepsThePast() {
    Prop.check("a past day", Gens.zip(PUBLISHED, Gens.ints(1, 300), Gens.pair(WORD, WORD),
        Gens.pair(Gens.ints(0, PLAIN.size() + PAST.size() - 1), Gens.booleans()), (pub, ahead, names, form) -> List.of(pub, ahead, names, form)), v -> {
      LocalDate pub = (LocalDate) v.get(0);
      int ahead = (Integer) v.get(1);
      int f = (Integer) ((Gens.Pair<?, ?>) v.get(3)).first();
      boolean past = f >= PLAIN.size();
      Prop.assume(past || ahead > 45);
      LocalDate day = pub.plusDays(ahead);
      Prop.assume(!(day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29));
      var names = (Gens.Pair<?, ?>) v.get(2);
      @SuppressWarnings("unchecked")
      String who = name((List<Integer>) names.first());
      @SuppressWarnings("unchecked")
      String where = name((List<Integer>) names.second());
      String text = past ? PAST.get(f - PLAIN.size()) : PLAIN.get(f);
      List<EdtfDate> got = read(text, who, where, day, (Boolean) ((Gens.Pair<?, ?>) v.get(3)).second(), pub);
      // the same day and month, on or before publication, less than a year back
      assertEquals(1, got.size(), text);
      LocalDate g = LocalDate.parse(got.get(0).toString());
      assertEquals(day.getMonth(), g.getMonth(), text + " " + day + " (published " + pub + ")");
      assertEquals(day.getDayOfMonth(), g.getDayOfMonth(), text + " " + day + " (published " + pub + ")");
      assertFalse(g.isAfter(pub), text + " " + day + " (published " + pub + "): " + g);
      assertFalse(g.isBefore(pub.minusYears(1)), text + " " + day + " (published " + pub + "): " + g);
    });
  }
}
