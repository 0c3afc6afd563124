package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages with a credit line between bars above or under the headline that names the city a report is
 * filed from and its date ("[AGENCY] | [City]  Last Updated at [date]", "[NAME] | [City] | [date] - [time]", "[City] |
 * [date]", "Press release | [City], [date]"): the city is the dateline. A dateline at the start of the report
 * wins over it; the town on a masthead that opens the page ("[Paper] | [Town] | [date]") and a city among a menu's
 * words (no date) are no dateline.
 */
class CreditLinePlacePropertiesTest {

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);
  private static final List<String> CITIES = List.of("Colombo", "Havana", "Jakarta", "Nairobi", "Lima", "Hanoi", "Oslo",
      "Rabat", "Montevideo", "Addis Ababa", "Kuala Lumpur");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Fiji");
  private static final List<String> AGENCIES = List.of("IANS", "SER Newsroom", "Press release", "Staff Reporter", "PTI");
  private static final List<String> NAMES = List.of("ANA LIMA", "KOFI OSEI", "Lars Berg", "Mariam Haddad");
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static String date(List<Integer> c) {
    LocalDate d = LocalDate.of(1990 + c.get(0) % 35, 1 + c.get(0) / 35 % 12, 1 + c.get(1) % 28);
    return switch (c.get(2) % 3) {
      case 0 -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
      case 1 -> MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear() + " 21:14 IST";
      default -> String.format(Locale.ROOT, "%02d/%02d/%d - 08:30 CET", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    };
  }

  private static String credit(List<Integer> c, String city) {
    return switch (c.get(3) % 4) {
      case 0 -> pick(AGENCIES, c.get(4)) + " | " + city + "  Last Updated at " + date(c);
      case 1 -> pick(NAMES, c.get(4)) + " | " + city + " | " + date(c);
      case 2 -> city + " | " + date(c);
      default -> "Press release | " + city + ", " + date(c);
    };
  }

  private static String headline(List<Integer> c) {
    return pick(STATES, c.get(5)) + " and " + pick(STATES, c.get(5) + 1 + c.get(6) % 10) + " sign trade pact";
  }

  private static String report(List<Integer> c, @Nullable String dateline) {
    String lead = dateline == null ? "" : dateline.toUpperCase(Locale.ROOT) + " - ";
    return lead + pick(STATES, c.get(5)) + " and " + pick(STATES, c.get(5) + 1 + c.get(6) % 10)
        + " signed a trade agreement on Tuesday, officials said.\n\nThe talks lasted two days.\n";
  }

  private static Document read(String page) {
    return Read.article(page);
  }

  @Test
  void theCityOfACreditLineIsTheDateline() {
    Prop.check("[credit] | [City] | [date] above or under the headline", CHOICES, 500, c -> {
      String city = pick(CITIES, c.get(7));
      String head = c.get(8) % 2 == 0
          ? "Example Daily\n\n" + credit(c, city) + "\n\n" + headline(c)
          : "Example Daily\n\n" + headline(c) + "\n\n" + credit(c, city);
      String page = head + "\n\n" + report(c, null);
      assertEquals(city, read(page).dateline, () -> "dateline of\n" + page);
    });
  }

  @Test
  void theReportsOwnDatelineWinsAndAMastheadsTownOrAMenusCityIsNone() {
    Prop.check("a report's dateline under a credit line; [Paper] | [Town] | [date] first; a menu naming a city",
        CHOICES, 500, c -> {
          String city = pick(CITIES, c.get(7));
          String other = pick(CITIES, c.get(7) + 1 + c.get(9) % 10);
          String own = "Example Daily\n\n" + headline(c) + "\n\n" + credit(c, city) + "\n\n" + report(c, other);
          assertEquals(other, read(own).dateline, () -> "dateline of\n" + own);
          String masthead = "Example Daily | " + city + " | " + date(c) + "\n\n" + headline(c) + "\n\n" + report(c, null);
          assertEquals(null, read(masthead).dateline, () -> "dateline of\n" + masthead);
          String menu = "Example Daily\nHome | World | " + city + " | Opinion\n\n" + headline(c) + "\n\n" + report(c, null);
          assertEquals(null, read(menu).dateline, () -> "dateline of\n" + menu);
        });
  }
}
