package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages under a newspaper's masthead on the first line: the paper's name in capitals with
 * the place it is printed in, in brackets, a tagline after a dash, or both, perhaps with the issue's
 * date ("[NAME] ([Place]) -- [tagline], [D] [Month] [YYYY]", "[NAME] ([Place])      [Mon]. [D],
 * [YYYY]", "[NAME] -- [tagline]"), then perhaps the site's menu and a rule, a headline, and a report
 * whose dateline credits no agency. The name is the source (not the dateline), the headline the
 * title, the report's city the dateline, and the masthead's date the stated date.
 */
class TaglineMastheadPropertiesTest {

  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> NAME_WORDS = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic",
      "Pravdina", "Zemlja", "Nacion");
  private static final List<String> ARTICLES = List.of("", "The ", "El ", "Le ", "La ");
  private static final List<String> TAGLINES = List.of("English service", "Organ of the Central Committee of the Party",
      "foreign news page", "edicion internacional en ingles", "English summary service", "Independent daily of the north",
      "Trade, Investment and Export Promotion Agency");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  @Test
  void aTaglineMastheadIsTheSourceNotTheDateline() {
    Prop.check("a paper's masthead with its place or tagline over the headline", CHOICES, 500, c -> {
      String paper = pick(ARTICLES, c.get(0)) + pick(NAME_WORDS, c.get(0) / 5)
          + (c.get(0) % 3 == 0 ? " " + pick(NAME_WORDS, c.get(0) / 7 + 1) : "");
      String place = c.get(1) % 2 == 0 ? pick(STATES, c.get(1) / 2) : pick(CITIES, c.get(1) / 2);
      String tagline = pick(TAGLINES, c.get(2));
      String month = pick(MONTHS, c.get(3));
      int day = 1 + c.get(3) % 28;
      int year = 1960 + c.get(3) % 60;
      String caps = paper.toUpperCase(Locale.ROOT);
      boolean dated = c.get(4) % 3 != 2;
      String masthead = switch (c.get(4) % 4) {
        case 0 -> caps + " (" + place + ") -- " + tagline + (dated ? ", " + day + " " + month + " " + year : "");
        case 1 -> caps + " (" + place + ")" + (dated ? "          " + month.substring(0, 3) + ". " + day + ", " + year : "");
        case 2 -> caps + " -- " + tagline;
        default -> caps + " - " + tagline + (dated ? ", " + day + " " + month + " " + year : "");
      };
      StringBuilder text = new StringBuilder(masthead).append('\n');
      if (c.get(5) % 3 == 0) {
        text.append("Home | World | Economy | Culture\n");
      }
      if (c.get(5) % 2 == 0) {
        text.append("----------------------------------------\n");
      }
      String a = pick(STATES, c.get(6));
      String b = pick(STATES, c.get(6) + 1 + c.get(6) / 14 % 13);
      String title = c.get(7) % 2 == 0 ? a + " and " + b + " sign trade pact" : (a + " AND " + b + " SIGN TRADE PACT").toUpperCase(Locale.ROOT);
      String city = pick(CITIES, c.get(8));
      String cityWritten = c.get(8) % 2 == 0 ? city.toUpperCase(Locale.ROOT) : city;
      int reportDay = day == 1 ? 1 : day - 1;
      text.append('\n').append(title).append("\n\n")
          .append(c.get(9) % 2 == 0 ? cityWritten + ", " + month + " " + reportDay + " -- " : cityWritten + " -- ")
          .append(a).append(" and ").append(b).append(" signed a trade agreement on Tuesday, officials said.\n\n")
          .append("The talks lasted two days, and a further round is due next year.\n");
      String page = text.toString();
      Document doc = Read.article(page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
      assertEquals(city.toLowerCase(Locale.ROOT), doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT),
          () -> "dateline of\n" + page);
      assertNotEquals(paper, doc.dateline, () -> "the masthead read as the dateline of\n" + page);
      assertEquals(paper, doc.source, () -> "source of\n" + page);
      if (dated && masthead.contains(String.valueOf(year))) {
        assertEquals(EdtfDate.of(java.time.LocalDate.of(year, MONTHS.indexOf(month) + 1, day)), doc.statedPublished,
            () -> "stated date of\n" + page);
      }
    });
  }

  /**
   * A masthead whose issue's date follows a dash, a town or the place in brackets, or stands on a line of its
   * own under the paper's name, perhaps with the edition's note under it: "[NAME] -- [Weekday] [D] [Month]
   * [YYYY]", "[NAME], [Town] -- [Weekday], [D] [Month] [YYYY]", "[NAME] ([Town]), [D] [Month] [YYYY] --
   * [tagline]", "[NAME] [WORD], [D] [Month] [YYYY], page [N]", "[NAME]" / "[Town], [Weekday], [Month] [D],
   * [YYYY]", then "|(English summary for the foreign press)". The name is the source, the headline under them
   * the title, the issue's day the stated date, and the report's city the dateline.
   */
  @Test
  void aMastheadWithItsIssuesDateIsNoHeadline() {
    List<String> weekdays = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    List<String> notes = List.of("|(English summary for the foreign press)", "|Summary in English", "(English translation, press digest)",
        "|[Translated from the original]");
    Prop.check("a dated masthead over the headline", CHOICES, 500, c -> {
      String paper = pick(ARTICLES, c.get(0)) + pick(NAME_WORDS, c.get(0) / 5)
          + (c.get(0) % 3 == 0 || c.get(4) % 6 == 3 ? " " + pick(NAME_WORDS, c.get(0) / 7 + 1) : "");
      String town = pick(CITIES, c.get(1));
      String month = pick(MONTHS, c.get(3));
      int day = 1 + c.get(3) % 28;
      int year = 1950 + c.get(3) % 70;
      String weekday = pick(weekdays, c.get(2));
      String caps = paper.toUpperCase(Locale.ROOT);
      String masthead = switch (c.get(4) % 6) {
        case 0 -> caps + " -- " + weekday + " " + day + " " + month + " " + year;
        case 1 -> caps + ", " + town + " -- " + weekday + ", " + day + " " + month + " " + year;
        case 2 -> caps + " (" + town + "), " + day + " " + month + " " + year + " -- " + pick(TAGLINES, c.get(2));
        case 3 -> caps + ", " + day + " " + month + " " + year + ", page " + (1 + c.get(2) % 12);
        case 4 -> caps + "\n" + town + ", " + weekday + ", " + month + " " + day + ", " + year;
        default -> caps + " -- " + pick(TAGLINES, c.get(2)) + "\n" + town + " edition, " + day + " " + month + " " + year;
      };
      StringBuilder text = new StringBuilder(masthead).append('\n');
      if (c.get(5) % 2 == 0 && c.get(4) % 6 < 4) {
        text.append(pick(notes, c.get(5) / 2)).append('\n');
      }
      String a = pick(STATES, c.get(6));
      String b = pick(STATES, c.get(6) + 1 + c.get(6) / 14 % 13);
      String title = c.get(7) % 2 == 0 ? a + " and " + b + " sign trade pact" : (a + " AND " + b + " SIGN TRADE PACT").toUpperCase(Locale.ROOT);
      String city = pick(CITIES, c.get(8));
      text.append('\n').append(title).append("\n\n")
          .append(city.toUpperCase(Locale.ROOT)).append(", ").append(day == 1 ? 1 : day - 1).append(' ').append(month).append(". ")
          .append(a).append(" and ").append(b).append(" signed a trade agreement on Tuesday, officials said.\n\n")
          .append("The talks lasted two days, and a further round is due next year.\n");
      String page = text.toString();
      Document doc = Read.article(page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
      assertEquals(paper, doc.source, () -> "source of\n" + page);
      assertEquals(city.toLowerCase(Locale.ROOT), doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT),
          () -> "dateline of\n" + page);
      assertEquals(EdtfDate.of(java.time.LocalDate.of(year, MONTHS.indexOf(month) + 1, day)), doc.statedPublished,
          () -> "stated date of\n" + page);
    });
  }

  /**
   * A report that opens on the page's first line with a known city and an agency in brackets, or a
   * city and a dash, keeps its dateline and source: the brackets hold no place, and the city is no paper.
   */
  @Test
  void aReportOpeningTheFirstLineKeepsItsDateline() {
    Prop.check("a report's dateline on the first line", CHOICES, 300, c -> {
      String city = pick(CITIES, c.get(0));
      String a = pick(STATES, c.get(1));
      String b = pick(STATES, c.get(1) + 1 + c.get(1) / 14 % 13);
      String page = city.toUpperCase(Locale.ROOT) + (c.get(2) % 2 == 0 ? " (Reuters) -- " : " -- ") + a + " and " + b
          + " signed a trade agreement on Tuesday,\nofficials said.\n\nThe talks lasted two days.\n";
      Document doc = Read.article(page);
      assertEquals(city.toLowerCase(Locale.ROOT), doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT),
          () -> "dateline of\n" + page);
      assertEquals(c.get(2) % 2 == 0 ? "Reuters" : null, doc.source, () -> "source of\n" + page);
    });
  }
}
