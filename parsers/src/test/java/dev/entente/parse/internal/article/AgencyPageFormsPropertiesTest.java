package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages in the forms agencies, broadcasters and newspapers print around a report: the
 * agency's masthead with its name and abbreviation ("[NAME] ([ABBR])", "[NAME] - [ABBR]", read as the
 * abbreviation) over a
 * service line ("ENGLISH SERVICE", "English World Service [date] [time] GMT"), a site's menu set in
 * columns with runs of spaces, a byline in lower case or in capitals naming two reporters, a reporter
 * with the place filed from ("[Name], [City]", "By [Name] in [City]"), a reporter's name alone over
 * the timestamp, the datelines "[CITY] // " and "[CITY], [DD.MM.YYYY] /[AGENCY “Name”]/.", a dated
 * masthead with the paper's city and page, and the desk's initials after the agency on the last line
 * ("[ABBR]/[xx]/[yy]"), which name no author. Cities from the dateline list, agencies from the
 * national agencies, names from the given names.
 */
class AgencyPageFormsPropertiesTest {

  private static final List<String> CITIES = WirePageFormsPropertiesTest.CITIES;
  private static final Agencies KNOWN = new Agencies();
  /** Given names that are no agency's abbreviation ("Ana" is also "ANA", read as the agency). */
  private static final List<String> GIVEN = WirePageFormsPropertiesTest.GIVEN.stream()
      .filter(g -> KNOWN.name(g) == null).toList();
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Kearsley", "Ramirez",
      "Okafor", "Nakamura", "Lindqvist", "Abubakar");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
  private static final List<String> LABELS = List.of("Home", "News", "Politics", "Economy", "Business", "Sport", "Sports",
      "National", "International", "Regional", "World", "Opinion", "Features", "Contact", "About", "Photos", "Video");
  private static final List<String> LANGUAGES = List.of("ENGLISH", "French", "SPANISH", "Arabic", "PORTUGUESE");
  private static final List<String> PAPER_WORDS = List.of("Star", "Standard", "Herald", "Times", "Mail", "Mirror",
      "Citizen", "Gleaner");
  private static final List<String> PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  /** National agencies with an abbreviation of capitals and a name of capitalised words. */
  private static final List<DatelineSourcePropertiesTest.Agency> AGENCIES = abbreviated();

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static List<DatelineSourcePropertiesTest.Agency> abbreviated() {
    List<DatelineSourcePropertiesTest.Agency> out = new ArrayList<>();
    for (DatelineSourcePropertiesTest.Agency a : DatelineSourcePropertiesTest.NATIONAL) {
      if (a.written().matches("[A-Z]{2,6}") && a.name().matches("[A-Z][a-z]+( [A-Z][a-z]+){1,4}")) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static String caps(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  // two different states drawn by choice k: the first (which 0) and another (which 1)
  private static String state(List<Integer> c, int k, int which) {
    return pick(STATES, c.get(k) + which * (1 + c.get(k) / 14 % 13));
  }

  private static String ties(String a, String b) {
    return a + " and " + b + " agree to widen trade ties";
  }

  private static String person(List<Integer> c, int k) {
    return pick(GIVEN, c.get(k)) + " " + pick(LAST, c.get(k) / 11);
  }

  private static String body(String a, String b) {
    return a + " and " + b + " signed a trade agreement on Tuesday, officials said.\n\n"
        + "The talks lasted two days, and a further round is due next year.\n";
  }

  @Test
  void anAgencysMastheadAndServiceLineAreNoHeadline() {
    Prop.check("an agency's masthead and service line over the headline", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      String masthead = switch (c.get(1) % 4) {
        case 0 -> caps(agency.name()) + " (" + agency.written() + ")";
        case 1 -> caps(agency.name()) + " - " + agency.written();
        case 2 -> agency.written() + " - " + agency.name();
        default -> agency.name() + " (" + agency.written() + ")";
      };
      String month = pick(MONTHS, c.get(2));
      int day = 1 + c.get(2) % 28;
      int year = 1960 + c.get(2) % 60;
      String service = switch (c.get(3) % 4) {
        case 0 -> caps(pick(LANGUAGES, c.get(3) / 4)) + " SERVICE";
        case 1 -> caps(pick(LANGUAGES, c.get(3) / 4) + " NEWS SERVICE") + "  " + day + " " + month + " " + year;
        case 2 -> pick(LANGUAGES, c.get(3) / 4) + " World Service    " + day + "-" + caps(month.substring(0, 3)) + "-" + year
            + " 19:47 GMT";
        default -> "English service";
      };
      String a = state(c, 4, 0);
      String b = state(c, 4, 1);
      String title = a + " and " + b + " sign trade pact";
      String city = pick(CITIES, c.get(5));
      String signOff = c.get(6) % 2 == 0 ? agency.written() + "/" + caps(pick(GIVEN, c.get(6)).substring(0, 2)) + "/"
          + pick(GIVEN, c.get(7)).substring(0, 3).toLowerCase(Locale.ROOT) : "(" + agency.written() + ") MN.JS";
      String text = masthead + "\n" + service + "\n\n" + (c.get(8) % 2 == 0 ? caps(title) : title) + "\n\n"
          + caps(city) + ", " + month + " " + day + " (" + agency.written() + ") -- " + body(a, b) + "\n" + signOff + "\n";
      // the masthead's initialism is the source, as the dateline's credit writes it
      Read.assertFields(text, c.get(8) % 2 == 0 ? caps(title) : title, null, city, agency.written());
    });
  }

  @Test
  void anAgencysNameAndServiceOnOneLineAreNoDateline() {
    Prop.check("[AGENCY] -- [service] over the dateline: the dateline below gives place and date", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      boolean known = c.get(1) % 2 == 0;
      String unknown = "Q" + (char) ('A' + c.get(1) % 26) + (char) ('A' + c.get(1) / 26 % 26) + "P";
      String written = known || KNOWN.name(unknown) != null ? agency.written() : unknown;
      String source = KNOWN.nameOrAsWritten(written); // the agency as the wire credits it, else as written
      String service = switch (c.get(2) % 4) {
        case 0 -> "SERVICE EN ANGLAIS";
        case 1 -> caps(pick(LANGUAGES, c.get(2) / 4)) + " SERVICE";
        case 2 -> "Service in " + pick(LANGUAGES, c.get(2) / 4).charAt(0) + pick(LANGUAGES, c.get(2) / 4).substring(1)
            .toLowerCase(Locale.ROOT);
        default -> "ENGLISH NEWS SERVICE";
      };
      Day date = day(c, 3);
      String city = pick(CITIES, c.get(6));
      String a = state(c, 7, 0);
      String b = state(c, 7, 1);
      String dash = c.get(8) % 2 == 0 ? " -\n\n" : " -- ";
      assertDated(written + (c.get(9) % 2 == 0 ? " -- " : " - ") + service + "\n\n" + caps(city) + ", " + date.written() + " ("
          + written + ")" + dash + body(a, b), city, source, date.date());
    });
  }

  /** A day written in one of two orders ("D Month YYYY", "Month D, YYYY"), drawn by choices k to k + 2. */
  private record Day(String written, LocalDate date) {}

  private static Day day(List<Integer> c, int k) {
    String month = pick(MONTHS, c.get(k));
    int day = 1 + c.get(k) % 28;
    int year = 1960 + c.get(k + 1) % 60;
    return new Day(c.get(k + 2) % 2 == 0 ? day + " " + month + " " + year : month + " " + day + ", " + year,
        LocalDate.of(year, MONTHS.indexOf(month) + 1, day));
  }

  // the dateline's place, the source and the stated day read from `text`
  private static void assertDated(String text, String city, @Nullable String source, LocalDate date) {
    Document doc = Read.article(text);
    assertEquals(city, doc.dateline, () -> "dateline of\n" + text);
    assertEquals(source, doc.source, () -> "source of\n" + text);
    assertEquals(EdtfDate.of(date), doc.statedPublished, () -> "date of\n" + text);
  }

  private static final List<String> HIJRI_MONTHS = List.of("Muharram", "Safar", "Rabi' al-Awwal", "Rabi al-Thani", "Jumada II",
      "Jumada al-Ula", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhul-Hijjah");

  @Test
  void aHijriDateBeforeTheGregorianOneLeavesTheDatelinesDay() {
    Prop.check("CITY, [Hijri date], [Gregorian date], AGENCY --: the Gregorian date is the report's", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      String hijriMonth = pick(HIJRI_MONTHS, c.get(1));
      int hijriDay = 1 + c.get(1) / 12 % 30;
      int hijriYear = 1380 + c.get(2) % 70;
      String hijri = switch (c.get(2) / 70 % 3) {
        case 0 -> hijriMonth + " " + (hijriDay < 10 && c.get(3) % 2 == 0 ? "0" : "") + hijriDay + ", " + hijriYear;
        case 1 -> hijriMonth + " " + hijriDay + ", " + hijriYear + " AH";
        default -> hijriDay + " " + hijriMonth + " " + hijriYear + " H";
      };
      Day date = day(c, 4);
      String city = pick(CITIES, c.get(7));
      String a = state(c, 8, 0);
      String b = state(c, 8, 1);
      String tail = ", " + date.written() + ", " + agency.written() + " -- " + body(a, b);
      for (String dateline : List.of(city + ", " + hijri + tail, city + tail)) { // with the Hijri date and without it
        assertDated(ties(a, b) + "\n\n" + dateline, city, KNOWN.nameOrAsWritten(agency.written()), date.date());
      }
    });
  }

  @Test
  void aKnownCityInBracketsAfterTheDateIsTheDateline() {
    Prop.check("[date] (CITY) -: the city is the dateline; [date] (AGENCY) -: the agency is the source", CHOICES, 400, c -> {
      Day date = day(c, 0);
      String city = pick(CITIES, c.get(3));
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(4));
      String a = state(c, 5, 0);
      String b = state(c, 5, 1);
      String dash = c.get(6) % 2 == 0 ? " - " : " -- ";
      String head = ties(a, b) + "\n\n" + date.written();
      assertDated(head + " (" + caps(city) + ")" + dash + body(a, b), city, null, date.date());
      Document doc = Read.article(head + " (" + agency.written() + ")" + dash + body(a, b));
      assertEquals(null, doc.dateline, () -> "dateline of the agency's form, " + agency.written());
      assertEquals(KNOWN.nameOrAsWritten(agency.written()), doc.source, () -> "source of the agency's form, " + agency.written());
    });
  }

  @Test
  void aMenuSetInColumnsIsNoHeadline() {
    Prop.check("a site's menu set in columns with runs of spaces", CHOICES, 400, c -> {
      int n = 4 + c.get(0) % 4;
      StringBuilder menu = new StringBuilder();
      String gap = "   ".substring(0, 2 + c.get(1) % 2) + (c.get(1) % 5 == 0 ? "|  " : "");
      for (int i = 0; i < n; i++) {
        menu.append(i == 0 ? "" : gap).append(pick(LABELS, c.get(2) + i * (1 + c.get(3) % 3)));
      }
      String line = c.get(4) % 2 == 0 ? caps(menu.toString()) : menu.toString();
      String a = state(c, 5, 0);
      String b = state(c, 5, 1);
      String title = ties(a, b);
      String city = pick(CITIES, c.get(6));
      String text = "The " + pick(PLACES, c.get(7)) + " Herald\n" + line + "\n\n" + title + "\n\n" + city + " -- " + body(a, b);
      Read.assertFields(text, title, null, city, "The " + pick(PLACES, c.get(7)) + " Herald");
    });
  }

  @Test
  void bylinesNameTheirReportersAndPlaces() {
    Prop.check("bylines of two reporters, of a reporter and a place, and a name over the timestamp", CHOICES, 500, c -> {
      String a = state(c, 0, 0);
      String b = state(c, 0, 1);
      String title = ties(a, b);
      String one = person(c, 1);
      String two = person(c, 2);
      String city = pick(CITIES, c.get(3));
      String month = pick(MONTHS, c.get(4));
      int day = 1 + c.get(4) % 28;
      int year = 1990 + c.get(4) % 34;
      String standfirst = c.get(7) % 2 == 0 ? "" : "Both sides say the deal will double trade within five years\n\n";
      String text;
      String author;
      String dateline = null;
      switch (c.get(5) % 6) {
        case 0 -> { // the byline in lower case, run on under the headline
          text = title + "\nby " + one + " and " + two + "\n" + month + " " + day + ", " + year + "\n\n";
          author = one + " and " + two;
        }
        case 1 -> { // the two names in capitals under the standfirst
          text = title + "\n\n" + standfirst + caps(one + " and " + two) + "\n\n";
          author = one + " and " + two;
        }
        case 2 -> { // the name and the place filed from
          text = title + "\n\n" + (c.get(6) % 2 == 0 ? pick(WEEKDAYS, c.get(6)) + ", " + month + " " + day + ", " + year + "\n" : "")
              + one + ", " + city + "\n\n";
          author = one;
          dateline = city;
        }
        case 3 -> { // "By [Name] in [City]"
          text = title + "\n\nBy " + (c.get(6) % 2 == 0 ? caps(one) : one) + " in " + city + "\n\n";
          author = one;
          dateline = city;
        }
        case 4 -> { // "By [Name], [City], [D] [Month] [YYYY]": the place and day filed
          text = title + "\n\nBy " + one + ", " + city + (c.get(6) % 2 == 0 ? ", " + day + " " + month + " " + year : "") + "\n\n";
          author = one;
          dateline = city;
        }
        default -> { // the name alone over the timestamp
          String stamp = switch (c.get(6) % 3) {
            case 0 -> month + " " + day + ", " + year;
            case 1 -> "Published at: " + month + " " + day + ", " + year;
            default -> pick(WEEKDAYS, c.get(6)) + ", " + day + " " + month + " " + year;
          };
          text = title + "\n\n" + standfirst + one + "\n" + stamp + "\n\n";
          author = one;
        }
      }
      text += body(a, b);
      Read.assertFields(text, title, author, dateline, null);
    });
  }

  @Test
  void datelinesWithSlashesGiveTheirCityAndAgency() {
    Prop.check("\"CITY // \" and \"CITY, DD.MM.YYYY /AGENCY/.\"", CHOICES, 400, c -> {
      String a = state(c, 0, 0);
      String b = state(c, 0, 1);
      String title = ties(a, b);
      String city = pick(CITIES, c.get(1));
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(2));
      String date = String.format(Locale.ROOT, "%02d.%02d.%d", 1 + c.get(3) % 28, 1 + c.get(3) % 12, 1995 + c.get(3) % 30);
      String text = title + "\n\n";
      String source = null;
      switch (c.get(4) % 3) {
        case 0 -> text += caps(city) + " // " + body(a, b);
        case 1 -> {
          text += caps(city) + ", " + date + " /" + agency.written() + "/. " + body(a, b);
          source = agency.reported();
        }
        default -> {
          text += caps(city) + ", " + date + " /NIAT \u201C" + pick(PLACES, c.get(5)) + "\u201D/. " + body(a, b);
          source = "NIAT " + pick(PLACES, c.get(5));
        }
      }
      Read.assertFields(text, title, null, city, source);
    });
  }

  @Test
  void aDatedMastheadWithThePapersCityIsNoHeadline() {
    Prop.check("\"THE [PAPER], [CITY]  [WEEKDAY], [DATE]  PAGE ONE\" over the headline", CHOICES, 400, c -> {
      String paper = "The " + pick(PLACES, c.get(0)) + " " + pick(PAPER_WORDS, c.get(0) / 6);
      String home = pick(CITIES, c.get(1));
      String weekday = pick(WEEKDAYS, c.get(2));
      String month = pick(MONTHS, c.get(3));
      int day = 1 + c.get(3) % 28;
      int year = 1950 + c.get(3) % 50;
      String date = weekday + ", " + month + " " + day + ", " + year;
      String page = c.get(4) % 2 == 0 ? "     PAGE ONE" : "";
      String masthead = switch (c.get(5) % 3) {
        case 0 -> caps(paper + ", " + home) + "          " + caps(date) + page;
        case 1 -> caps(paper) + "              " + caps(home + ", " + date);
        default -> caps(paper + ", " + home + ", " + date) + page;
      };
      String a = state(c, 6, 0);
      String b = state(c, 6, 1);
      String title = caps(a + " and " + b + " sign trade pact");
      String city = pick(CITIES, c.get(7));
      String text = masthead + "\n\n" + title + "\n\n" + caps(city) + ", " + weekday + ".--" + body(a, b);
      Read.assertFields(text, title, null, city, paper);
    });
  }
}
