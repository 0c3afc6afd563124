package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages in the forms of printed newspapers and their archives: the masthead with the issue's
 * date ("THE [PLACE] [WORD], [WEEKDAY], [MONTH] [D], [YYYY]", "THE [PLACE] [WORD]  [Weekday], [Month]
 * [D], [YYYY]", "... [MONTH] [D] [YYYY]  PAGE [N]", or the outlet's name over "[Month] [D], [YYYY] |
 * [SECTION]"), a headline in capitals wrapped over one to three lines, a standfirst, a desk's credit,
 * and the dateline "[CITY], [MONTH] [D].", "[CITY] ([State]), [Month] [D].", "[CITY]. - ", "[City]. ", "[CITY],
 * [Month] [D] [AGENCY] -- " or "[CITY]. [Month] [D] ([AGENCY]) - "; cities from the dateline list,
 * agencies from the national agencies. Every article field comes out as the page states it.
 */
class PrintPageFormsPropertiesTest {

  private static final List<String> CITIES = plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  private static final List<String> PAPER_WORDS = List.of("Herald", "Times", "Post", "Guardian", "Gazette", "Chronicle",
      "Observer", "Tribune");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
  private static final List<String> SECTIONS = List.of("THE WORLD", "Foreign News", "WORLD", "Asia", "NATIONAL");
  private static final List<String> DESKS = List.of("From Our Own Correspondent", "From our Diplomatic Staff",
      "By Our Political Staff");

  /** National agencies written as one to three words, as a dateline holds them after its date. */
  private static final List<DatelineSourcePropertiesTest.Agency> AGENCIES = WirePageFormsPropertiesTest.wordAgencies().stream()
      .filter(a -> a.written().split(" ").length <= 3).toList();

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  static List<String> plainCities() {
    List<String> out = new ArrayList<>();
    for (String s : WordLists.lines(ArticleMetadataReader.class, "dateline-cities.txt")) {
      if (s.matches("[A-Z][a-z]+( [A-Z][a-z]+){0,1}")) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  static String caps(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  @Test
  void printedPagesGiveTheirFields() {
    Prop.check("a generated newspaper page's title, dateline and source", CHOICES, 500, c -> {
      String paper = "The " + pick(PLACES, c.get(0)) + " " + pick(PAPER_WORDS, c.get(0) / 6);
      String month = pick(MONTHS, c.get(1));
      int day = 1 + c.get(1) % 28;
      int year = 1950 + c.get(1) % 60;
      String weekday = pick(WEEKDAYS, c.get(2));
      String text = switch (c.get(3) % 4) {
        case 0 -> caps(paper + ", " + weekday + ", " + month + " " + day + ", " + year);
        case 1 -> caps(paper) + "  " + weekday + ", " + month + " " + day + ", " + year;
        case 2 -> caps(paper + "  " + weekday + " " + month + " " + day + " " + year) + "      PAGE " + (1 + c.get(3) % 30);
        default -> paper + "\n" + month + " " + day + ", " + year + " | " + pick(SECTIONS, c.get(3) / 4);
      };
      String a = pick(STATES, c.get(4));
      String b = pick(STATES, c.get(4) + 1 + c.get(4) / 14 % 13);
      List<String> parts = List.of(caps(a + " and " + b) + " SIGN", "TRADE PACT ON TARIFFS", "IN " + caps(pick(CITIES, c.get(5))));
      String title = String.join(" ", parts);
      String wrapped = switch (c.get(5) % 3) { // one line, or wrapped over two or three
        case 0 -> title;
        case 1 -> parts.get(0) + "\n" + parts.get(1) + " " + parts.get(2);
        default -> String.join("\n", parts);
      };
      text += "\n\n" + wrapped + "\n\n";
      if (c.get(6) % 2 == 0) {
        text += "Talks to go on next month\n\n";
      }
      if (c.get(6) % 3 == 0) {
        text += pick(DESKS, c.get(6) / 6) + "\n\n";
      }
      String city = pick(CITIES, c.get(7));
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(8));
      String source = paper;
      String body = a + " and " + b + " signed a trade agreement on Tuesday, officials said.\n\n"
          + "The talks lasted two days, and a further round is due next year.\n";
      switch (c.get(9) % 6) {
        case 0 -> text += caps(city + ", " + month + " " + day) + ".\n\n" + body;
        case 4 -> text += (c.get(9) % 4 == 0 ? caps(city) : city) + ". " + body; // "[City]. The report ...": a known city alone
        case 1 -> text += caps(city) + " (" + pick(STATES, c.get(9) / 5) + "), " + month + " " + day + ".\n\n" + body;
        case 2 -> text += caps(city) + ". - " + body;
        case 3 -> {
          text += caps(city) + ", " + month + " " + day + " " + agency.written() + " -- " + body; // the masthead stays the source
        }
        default -> {
          text += caps(city) + ". " + month + " " + day + " (" + agency.written() + ") - " + body;
          source = agency.reported();
        }
      }
      Read.assertFields(text, title, null, city, source);
    });
  }

  /**
   * A wire service's message header over a headline in capitals: "[AGENCY]-[number]" or "[AGENCY]
   * - [number]", then "[STATE]-[STATE] [ordinal] [LEAD|ADD|URGENT]", on lines of their own with no
   * blank line between; the headline alone is the title.
   */
  @Test
  void aWireHeaderOverACapitalsHeadlineIsNoPartOfIt() {
    List<String> ordinals = List.of("1ST", "2ND", "3RD", "4TH", "5TH");
    List<String> slugs = List.of("LEAD", "ADD", "URGENT");
    Prop.check("a wire header above a capitals headline", CHOICES, 300, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      String code = caps(agency.written().split(" ")[0]) + (c.get(1) % 2 == 0 ? "-" : " - ") + (1 + c.get(1) % 400);
      String a = pick(STATES, c.get(2));
      String b = pick(STATES, c.get(2) + 1 + c.get(2) / 14 % 13);
      String header = caps(a + "-" + b) + " " + pick(ordinals, c.get(3)) + " " + pick(slugs, c.get(3) / 5);
      String title = caps(a + " and " + b) + " SIGN TRADE PACT";
      String city = pick(CITIES, c.get(4));
      String text = (c.get(5) % 2 == 0 ? code + "\n" : "") + header + "\n" + title + "\n\n"
          + caps(city) + ", " + pick(MONTHS, c.get(6)) + " " + (1 + c.get(6) % 28) + " (" + agency.written() + ") - "
          + a + " and " + b + " signed a trade agreement on Tuesday, officials said.\n\n"
          + "The talks lasted two days, and a further round is due next year.\n";
      Read.assertFields(text, title, null, city, agency.reported());
    });
  }
}
