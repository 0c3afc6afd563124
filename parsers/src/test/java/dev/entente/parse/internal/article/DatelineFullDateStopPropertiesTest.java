package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * A dateline of a known city in ordinary case with a whole date closed by a stop ("City, 16 April
 * 2019. The president ...", "City, 28 November 2019:" on a line of its own): the city is the
 * dateline and the date the report's; without its year the date states no publication day.
 */
class DatelineFullDateStopPropertiesTest {

  private static final List<String> CITIES = List.of("Nairobi", "Hanoi", "Quito", "Lagos", "Karachi", "Almaty",
      "Casablanca", "Geneva");
  private static final List<String> LEADS = List.of("The two presidents signed a treaty on trade and transport.",
      "President Lemar Tovin on Tuesday wrapped up a two-day visit to the country.",
      "Ministers of the two states held talks on water and energy.");

  private static String page(String city, String date, boolean colon, String lead) {
    String dateline = colon ? city + ", " + date + ":\n\n" + lead : city + ", " + date + ". " + lead;
    return "Daily Meridian Review\n\nLeaders agree on new ties\n\n" + dateline + "\n\nTrade grew last year.\n";
  }

  @Test
  void aKnownCitysDatelineWithAWholeDateAndAStopDatesTheReport() {
    Prop.check("City, D Month YYYY.", Gens.zip(Gens.ints(1950, 2030).flatMap(y -> Gens.ints(1, 365)
        .map(d -> LocalDate.ofYearDay(y, d))), Gens.ints(0, CITIES.size() - 1),
        Gens.pair(Gens.booleans(), Gens.ints(0, LEADS.size() - 1)), (day, c, f) -> List.of(day, c, f)), v -> {
      LocalDate day = (LocalDate) v.get(0);
      String city = CITIES.get((Integer) v.get(1));
      var f = (Gens.Pair<?, ?>) v.get(2);
      String date = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
          + day.getYear();
      String text = page(city, date, (Boolean) f.first(), LEADS.get((Integer) f.second()));
      Document doc = Read.article(text);
      assertEquals(city, doc.dateline, text);
      assertEquals(EdtfDate.of(day), doc.statedPublished, text);
      // without its year the dateline's date states no day of publication
      String noYear = page(city, day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
          (Boolean) f.first(), LEADS.get((Integer) f.second()));
      assertNull(Read.article(noYear).statedPublished, noYear);
    });
  }
}
