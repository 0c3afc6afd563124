package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.PrintPageFormsPropertiesTest.caps;
import static dev.entente.parse.internal.article.PrintPageFormsPropertiesTest.pick;

import dev.entente.parse.internal.people.PeopleStage;
import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated page heads in forms that stand where a headline, a dateline or a byline stands but are
 * none: a site's menu in columns or with dots between its labels and the day's date after them
 * ("[Label]  [Label] &amp; [Label]  ...  [Weekday], [DD]/[MM]/[YYYY]"), an issue's line ("[Service] /
 * Daily News Bulletin No. [N] / [D] [Month] [YYYY]", "[Month] [D], [YYYY]" alone), a wire's topic slug
 * ("[WORD]-[WORD]: Headline", "[WORD]-[WORD] ([AGENCY]) Headline"), a transcript's speaker
 * ("[SPEAKER]: Good evening"); and bylines with the date or the outlet beside the name ("[Name] |
 * [DD].[MM].[YYYY]", "By [Name]   [Month] [D], [YYYY] | [hh]:[mm]", "From [NAME], our correspondent",
 * "[Name] and [Name], [Outlet], [City]"). Cities from the dateline list, agencies from the national
 * agencies, given names from the people's dictionary.
 */
class IssueLinesAndSlugsPropertiesTest {

  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> MONTH_WORDS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "june", "july", "april", "august");
  private static final List<String> GIVEN = givenNames();
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Nguyen", "Ramirez", "Okafor",
      "Kowalski", "Tanaka", "Abdullah", "Lindqvist", "Mwangi", "Castillo", "Petrenko");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
  private static final List<String> OUTLETS = List.of("The Meridian Post", "Steppe Daily", "The Coastal Herald",
      "Andean Times", "The Sahel Tribune");
  private static final List<String> LABELS = List.of("News", "Business", "World", "Politics", "Economy", "Sport",
      "Opinion", "Culture", "Local", "Arab & International", "Society", "Travel", "Archive", "Royal Court");
  private static final List<String> SPEAKERS = List.of("PRESENTER", "ANCHOR", "REPORTER", "HOST", "MODERATOR", "ANNOUNCER",
      "NEWSREADER");
  private static final List<String> SLUG_WORDS = List.of("TRADE", "ARMS", "TALKS", "PEACE", "ENERGY", "DIPLOMACY", "LATAM",
      "AFRICA", "ASIA", "SUMMIT");
  private static final List<DatelineSourcePropertiesTest.Agency> AGENCIES = WirePageFormsPropertiesTest.wordAgencies().stream()
      .filter(a -> a.written().split(" ").length <= 2).toList();

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static List<String> givenNames() {
    List<String> out = new ArrayList<>();
    for (String s : WordLists.lines(PeopleStage.class, "given-names.txt")) {
      if (s.matches("[a-z]{3,}") && !MONTH_WORDS.contains(s)) { // "Jan", "May": read as a month next to a date
        out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
      }
    }
    return List.copyOf(out);
  }

  private static String name(List<Integer> c, int k) {
    return pick(GIVEN, c.get(k)) + " " + pick(LAST, c.get(k) / 7);
  }

  private static String date(List<Integer> c, int k) {
    return pick(MONTHS, c.get(k)) + " " + (1 + c.get(k) % 28) + ", " + (1960 + c.get(k) % 60);
  }

  private static String body(String a, String b) {
    return a + " and " + b + " signed a trade agreement on Tuesday, officials said.\n\n"
        + "The talks lasted two days, and a further round is due next year.\n";
  }

  private static String headline(String a, String b) {
    return a + " and " + b + " sign trade pact on tariffs";
  }

  /** A menu in columns, or with dots between its labels, with or without the day's date after it, is no headline. */
  @Test
  void aMenuInColumnsWithTheDaysDateIsNoHeadline() {
    Prop.check("a menu of labels in columns or with dots, the date after it", CHOICES, 400, c -> {
      List<String> labels = new ArrayList<>();
      for (int i = 0; labels.size() < 5 + c.get(0) % 3; i++) {
        String l = pick(LABELS, c.get(0) / 3 + i * (1 + c.get(1) % 5));
        if (!labels.contains(l)) {
          labels.add(l);
        }
      }
      String sep = c.get(2) % 2 == 0 ? "  " : " \u00B7 ";
      String menu = String.join(sep, labels);
      int day = 1 + c.get(3) % 28;
      int month = 1 + c.get(3) % 12;
      int year = 1995 + c.get(3) % 30;
      menu += switch (c.get(4) % 4) {
        case 0 -> "";
        case 1 -> "        " + pick(WEEKDAYS, c.get(4)) + ", " + day + "/" + month + "/" + year;
        case 2 -> "      " + pick(WEEKDAYS, c.get(4)) + ", " + pick(MONTHS, month) + " " + day + ", " + year;
        default -> "      " + day + "." + (month < 10 ? "0" : "") + month + "." + year;
      };
      String a = pick(STATES, c.get(5));
      String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
      String city = pick(CITIES, c.get(6));
      String text = pick(OUTLETS, c.get(7)) + "\n" + menu + "\n\n" + headline(a, b) + "\n\n" + caps(city) + " - " + body(a, b);
      Read.assertFields(text, headline(a, b), null, city, pick(OUTLETS, c.get(7)));
    });
  }

  /** An issue's line or a date alone above the headline is neither the headline nor a dateline. */
  @Test
  void anIssueLineAboveTheHeadlineIsNoHeadline() {
    Prop.check("an issue's line above the headline", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      int n = 1 + c.get(1) % 20000;
      String day = (1 + c.get(2) % 28) + " " + pick(MONTHS, c.get(2)) + " " + (1960 + c.get(2) % 60);
      String issue = switch (c.get(3) % 6) {
        case 0 -> "English Service / Daily News Bulletin No. " + n + " / " + day;
        case 1 -> caps(agency.written()) + "  NEWS BULLETIN  No. " + n + "  " + date(c, 2);
        case 2 -> pick(WEEKDAYS, c.get(4)) + ", " + date(c, 2);
        case 3 -> "Daily News Service in English | " + day;
        case 4 -> pick(OUTLETS, c.get(4)) + " | " + pick(WEEKDAYS, c.get(4)) + ", " + date(c, 2);
        default -> "NEWS BULLETIN, " + caps(day) + ", " + (1000 + c.get(4) % 1300) + " GMT";
      };
      String a = pick(STATES, c.get(5));
      String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
      String city = pick(CITIES, c.get(6));
      String text = agency.written() + "\n" + issue + "\n\n" + headline(a, b) + "\n\n"
          + caps(city) + ", " + pick(MONTHS, c.get(7)) + " " + (1 + c.get(7) % 28) + " (" + agency.written() + ") - " + body(a, b);
      Read.assertFields(text, headline(a, b), null, city, agency.reported());
    });
  }

  /**
   * A wire's topic slug is no dateline: before a colon it stays in the headline, before the agency's
   * credit it is dropped from it; a transcript's speaker is no dateline either.
   */
  @Test
  void topicSlugsAndSpeakersAreNoDatelines() {
    Prop.check("a topic slug over the report, or a speaker's label", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      String slug = pick(SLUG_WORDS, c.get(1)) + "-" + pick(SLUG_WORDS, c.get(1) / 10 + 1 + c.get(2) % 8)
          + (c.get(2) % 3 == 0 ? "-" + pick(SLUG_WORDS, c.get(3)) : "");
      String a = pick(STATES, c.get(4));
      String b = pick(STATES, c.get(4) + 1 + c.get(4) / 14 % 13);
      String city = pick(CITIES, c.get(5));
      String dateline = caps(city) + ", " + pick(MONTHS, c.get(6)) + " " + (1 + c.get(6) % 28) + " (" + agency.written() + ") - ";
      switch (c.get(7) % 3) {
        case 0 -> Read.assertFields(agency.written() + "\n\n" + slug + ": " + headline(a, b) + "\n\n" + dateline + body(a, b),
            slug + ": " + headline(a, b), null, city, agency.reported());
        case 1 -> Read.assertFields(slug + " (" + agency.written() + ") " + headline(a, b) + "\n\n" + dateline + body(a, b),
            headline(a, b), null, city, agency.reported());
        default -> {
          String text = pick(OUTLETS, c.get(8)) + "\n\n" + headline(a, b) + "\n\n" + pick(SPEAKERS, c.get(9))
              + ": Good evening. " + body(a, b);
          Read.assertFields(text, headline(a, b), null, null, pick(OUTLETS, c.get(8)));
        }
      }
    });
  }

  /** A byline with the date, the outlet's desk or the outlet and place beside the name gives the name. */
  @Test
  void bylinesWithDatesAndOutletsBesideTheName() {
    Prop.check("a byline with its date or outlet beside the name", CHOICES, 500, c -> {
      String one = name(c, 0);
      String two = name(c, 1);
      String outlet = pick(OUTLETS, c.get(2));
      String city = pick(CITIES, c.get(3));
      String a = pick(STATES, c.get(4));
      String b = pick(STATES, c.get(4) + 1 + c.get(4) / 14 % 13);
      String numeric = (10 + c.get(5) % 18) + ".0" + (1 + c.get(5) % 9) + "." + (1990 + c.get(5) % 34);
      String author = one;
      String dateline = null;
      String byline = switch (c.get(6) % 6) {
        case 0 -> one + "  |" + numeric + " - Update : " + numeric;
        case 1 -> one + " | " + numeric;
        case 2 -> "By " + one + "   " + date(c, 7) + " | " + (1 + c.get(7) % 12) + ":" + (10 + c.get(7) % 50) + " pm GMT+7";
        case 3 -> "From " + caps(one) + ", our correspondent with the " + (c.get(7) % 2 == 0 ? "President" : "Prime Minister");
        case 4 -> "From " + one + ", our own correspondent";
        default -> {
          author = one + " and " + two;
          dateline = city;
          yield one + " and " + two + ", " + outlet + ", " + city;
        }
      };
      String text = outlet + "\n\n" + headline(a, b) + "\n\n" + byline + "\n\n" + body(a, b);
      Read.assertFields(text, headline(a, b), author, dateline, outlet);
    });
  }
}
