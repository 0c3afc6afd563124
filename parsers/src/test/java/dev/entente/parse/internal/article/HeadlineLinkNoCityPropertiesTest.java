package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A headline in capitals whose parts a small word joins ("[NAME] IN [CITY]: TALKS WITH [NAME]",
 * "[NAME] TO [CITY]: ...") is the title, not a dateline: the dateline under it dates the report.
 */
class HeadlineLinkNoCityPropertiesTest {

  private static final List<String> NAMES = List.of("TOVIN", "MARSKA", "OLUDE", "BRENNIK", "SAYEVA");
  private static final List<String> CITIES = List.of("NAIROBI", "HANOI", "QUITO", "GENEVA", "KARACHI");
  private static final List<String> LINKS = List.of("IN", "AT", "TO", "ON", "WITH");

  @Test
  void aHeadlineJoinedByASmallWordIsNoDateline() {
    Prop.check("[NAME] IN [CITY]: ...", Gens.zip(Gens.ints(1950, 2030).flatMap(y -> Gens.ints(1, 365)
        .map(d -> LocalDate.ofYearDay(y, d))), Gens.pair(Gens.ints(0, NAMES.size() - 1), Gens.ints(0, CITIES.size() - 1)),
        Gens.pair(Gens.ints(0, LINKS.size() - 1), Gens.ints(0, NAMES.size() - 1)), (day, nc, lo) -> List.of(day, nc, lo)), v -> {
      LocalDate day = (LocalDate) v.get(0);
      var nc = (Gens.Pair<?, ?>) v.get(1);
      var lo = (Gens.Pair<?, ?>) v.get(2);
      String name = NAMES.get((Integer) nc.first());
      String city = CITIES.get((Integer) nc.second());
      String other = NAMES.get((Integer) lo.second());
      String headline = name + " " + LINKS.get((Integer) lo.first()) + " " + city + ": TALKS WITH " + other;
      String date = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
          + day.getYear();
      String text = headline + "\n\n" + city + ", " + date + " - President Lemar Tovin arrived today on a visit.\n\n"
          + "The two sides held talks on trade.\n";
      Document doc = Read.article(text);
      assertEquals(headline, doc.title, text);
      assertEquals(city, String.valueOf(doc.dateline).toUpperCase(Locale.ROOT), text);
      assertEquals(EdtfDate.of(day), doc.statedPublished, text);
    });
  }
}
