package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Datelines and credits in the forms wire copy and news sites use, on generated pages: the dateline
 * in its agency, date, colon, double-dash, "City, State", "CITY [State]" and "City, AGENCY" forms, in capitals or not, for a
 * capital, for a city the list of dateline cities lacks (where an agency or a date marks the
 * dateline), under the headline, the byline or a standfirst (also one in full sentences, the
 * dateline then opening the second paragraph); the source from a title bar on either side of the
 * headline, a closing "-- AGENCY", "(AGENCY)", "Source:", copyright line or broadcast sign-off, and
 * any national agency of {@code national-agencies.txt} crediting the dateline, with its state; a
 * transcript's speaker in capitals under an introduction is no dateline.
 */
class DatelineSourcePropertiesTest {

  /** One national agency line: how a dateline credits it, the name it is read as, its state. */
  record Agency(String written, String name, Country state) {
    /**
     * The source a credit "(written)" is reported as: an initialism as written ("CTK", "dpa": one word
     * of at most six letters in one case, that is not the name itself), else the name.
     */
    String reported() {
      return reportedAs(written, name);
    }
  }

  /** The source a credit written {@code written} of the agency named {@code name} is reported as. */
  static String reportedAs(String written, String name) {
    return !written.equals(name) && written.length() <= 6
        && (written.matches("[A-Z]+") || written.matches("[a-z]+")) ? written : name;
  }

  private static final Agencies AGENCIES = new Agencies();
  /** Every national agency whose abbreviation (or name) stands for it alone. */
  static final List<Agency> NATIONAL = national();
  /** Cities of the dateline list: capitals and large cities that are no capital. */
  private static final List<String> KNOWN_CITIES = List.of("Nairobi", "Hanoi", "Quito", "Mombasa", "Karachi", "Lagos",
      "Almaty", "Sao Paulo", "Casablanca", "Port Moresby", "Geneva", "Osaka");
  /** Cities the list lacks, named in datelines only with an agency or a date. */
  private static final List<String> OTHER_CITIES = List.of("Kisumu", "Arequipa", "Da Nang", "Sfax", "Kumasi", "Bulawayo",
      "Tamale", "Cusco");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Jordan");
  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Mei", "Jorge", "Fatima");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Lin", "Ramirez", "Okafor");
  private static final List<String> OUTLET_PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  private static final List<String> OUTLET_WORDS = List.of("Herald", "Daily", "Review", "Gazette", "Radio", "Times");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static List<Agency> national() {
    List<Agency> out = new ArrayList<>();
    for (String line : WordLists.lines(Agencies.class, "national-agencies.txt")) {
      String[] f = line.split("\\|");
      String abbreviation = f[0].strip();
      String name = f[1].strip();
      String written = abbreviation.equals("-") ? name : abbreviation;
      // an abbreviation two agencies share ("APS") is read as the first; the others are left out
      if (name.equals(AGENCIES.name(written)) && name.equals(AGENCIES.name(name))) {
        out.add(new Agency(written, name, Country.of(f[2].strip())));
      }
    }
    return List.copyOf(out);
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  @Test
  void theNationalAgenciesCoverManyStates() {
    Set<Country> states = new HashSet<>();
    for (String line : WordLists.lines(Agencies.class, "national-agencies.txt")) {
      states.add(Country.of(line.split("\\|")[2].strip()));
    }
    assertTrue(states.size() >= 120, () -> "national agencies of only " + states.size() + " states");
    assertTrue(NATIONAL.size() >= 120, () -> "only " + NATIONAL.size() + " agencies are read by one name");
  }

  @Test
  void aDatelineCreditingAnyNationalAgencyGivesItsNameAndState() {
    Prop.check("a dateline credits any national agency", CHOICES, 400, c -> {
      Agency agency = pick(NATIONAL, c.get(0));
      String city = pick(c.get(1) % 2 == 0 ? KNOWN_CITIES : OTHER_CITIES, c.get(1) / 2);
      String shown = c.get(2) % 2 == 0 ? city.toUpperCase(Locale.ROOT) : city;
      String month = pick(MONTHS, c.get(3));
      String lead = switch (c.get(4) % 4) {
        case 0 -> shown + " (" + agency.written() + ") - ";
        case 1 -> shown + ", " + month.substring(0, 3) + ". " + (1 + c.get(3) % 28) + " (" + agency.written() + ") - ";
        case 2 -> shown + " (" + agency.written() + ") -- ";
        default -> shown + ", " + pick(STATES, c.get(5)) + " (" + agency.written() + ") - ";
      };
      String text = pick(STATES, c.get(5)) + " and " + pick(STATES, c.get(5) + 1) + " sign trade deal\n\n" + lead
          + "The two governments signed a trade agreement on Tuesday, officials said.\n";
      Document doc = Read.article(text);
      assertEquals(city, doc.dateline, () -> "dateline of\n" + text);
      assertEquals(agency.reported(), doc.source, () -> "source of\n" + text);
      assertEquals(agency.state(), doc.sourceState, () -> "source's state of\n" + text);
    });
  }

  @Test
  void datelinesAndCreditsComeOutInEveryForm() {
    Prop.check("a generated page's dateline and source", CHOICES, 800, c -> {
      String a = pick(STATES, c.get(0));
      String b = pick(STATES, c.get(0) + 1 + c.get(0) / 12 % 11);
      String title = a + " and " + b + " sign " + (2 + c.get(0) % 20) + " agreements on trade and energy";
      String outlet = pick(OUTLET_PLACES, c.get(1)) + " " + pick(OUTLET_WORDS, c.get(1) / 6);
      Agency agency = pick(NATIONAL, c.get(2));
      String person = pick(FIRST, c.get(3)) + " " + pick(LAST, c.get(3) / 7);
      String month = pick(MONTHS, c.get(4));
      int day = 1 + c.get(4) % 28;
      int year = 1970 + c.get(4) % 55;
      // 0-7 the dateline's forms, 8 none
      int datelineForm = c.get(5) % 9;
      if (datelineForm == 7 && !agency.written().matches("\\p{L}+")) {
        datelineForm = 6; // "City, AGENCY -" for an agency written in one word
      }
      // the bare "CITY:" form needs a city of the list, the agency and date forms any city
      boolean known = datelineForm == 2 || datelineForm == 4 || datelineForm == 7 || c.get(6) % 2 == 0;
      String city = pick(known ? KNOWN_CITIES : OTHER_CITIES, c.get(6) / 2);
      boolean caps = c.get(6) / 2 % 2 == 0;
      String shown = caps ? city.toUpperCase(Locale.ROOT) : city;
      boolean credited = datelineForm == 0 || datelineForm == 3 || datelineForm == 5 || datelineForm == 6
          || datelineForm == 7;
      String lead = switch (datelineForm) {
        case 0 -> shown + ", " + month.substring(0, 3) + ". " + day + " (" + agency.written() + ") - ";
        case 1 -> shown + ", " + month + " " + day + ", " + year + " - ";
        case 2 -> shown + ": ";
        case 3 -> shown + " (" + agency.written() + ") -- ";
        case 4 -> shown + ", " + pick(STATES, c.get(6)) + " - ";
        case 5 -> shown + ", " + pick(STATES, c.get(6)) + " (" + agency.written() + ") - ";
        case 6 -> shown + " [" + pick(STATES, c.get(6)) + "], " + month + " " + day + " (" + agency.written() + "): ";
        case 7 -> shown + ", " + agency.written() + " - ";
        default -> "";
      };
      String dateline = datelineForm == 8 ? null : city;
      // where the outlet is named: 0 nowhere, 1 "Outlet | Headline", 2 "Outlet - Headline", 3 "Headline | Outlet",
      // 4 a copyright line, 5 "Copyright Outlet", 6 a broadcast's sign-off, 7 a closing "-- AGENCY",
      // 8 a closing "(AGENCY)", 9 "Source: AGENCY"
      // (an agency the dateline credits is the source whatever else the page names)
      int sourceForm = c.get(7) % 10;
      String source = credited ? agency.reported() : switch (sourceForm) {
        case 1, 2, 3, 4, 5, 6 -> outlet;
        case 7, 8, 9 -> agency.reported();
        default -> null;
      };
      StringBuilder text = new StringBuilder();
      text.append(switch (sourceForm) {
        case 1 -> outlet + " | " + title;
        case 2 -> outlet + " - " + title;
        case 3 -> title + " | " + outlet;
        default -> title;
      }).append("\n\n");
      // what stands between the headline and the report: 0 nothing, 1 a byline, 2 a standfirst, 3 a standfirst
      // in full sentences (the dateline then opens the second paragraph)
      String author = null;
      switch (c.get(8) % 4) {
        case 1 -> {
          author = person;
          text.append("By ").append(person).append("\n\n");
        }
        case 2 -> text.append("The deal opens ").append(a).append("'s market to ").append(b).append("'s farm goods\n\n");
        case 3 -> text.append("The deal opens ").append(a).append("'s market to ").append(b)
            .append("'s farm goods. Talks took two years.\n\n");
        default -> { }
      }
      text.append(lead).append(a).append(" and ").append(b)
          .append(" signed agreements on trade and energy on Tuesday, officials said.\n\n")
          .append("The talks between the two delegations lasted two days, and a further round is due next year.\n");
      if (c.get(9) % 2 == 0) {
        text.append("(With inputs from agencies)\n"); // names no agency
      }
      text.append(switch (sourceForm) {
        case 4 -> "(c) " + year + " " + outlet + ". All rights reserved.\n";
        case 5 -> "Copyright " + outlet + "\n";
        case 6 -> c.get(9) / 2 % 2 == 0 ? "This is " + outlet + "'s World Service.\n" : "This is " + outlet + ".\n";
        case 7 -> "-- " + agency.written() + "\n";
        case 8 -> "(" + agency.written() + ")\n";
        case 9 -> "Source: " + agency.written() + "\n";
        default -> "";
      });
      String page = text.toString();
      Document doc = Read.article(page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
      assertEquals(author, doc.author, () -> "author of\n" + page);
      assertEquals(dateline, doc.dateline, () -> "dateline of\n" + page);
      assertEquals(source, doc.source, () -> "source of\n" + page);
    });
  }

  @Test
  void aTranscriptsSpeakerInCapitalsIsNoDateline() {
    Prop.check("a speaker in capitals under an introduction is no dateline", CHOICES, 200, c -> {
      String a = pick(STATES, c.get(0));
      String speaker = pick(List.of("QUESTION", "ANSWER", pick(LAST, c.get(1)).toUpperCase(Locale.ROOT),
          "MINISTER " + pick(LAST, c.get(1)).toUpperCase(Locale.ROOT)), c.get(2));
      String text = "Foreign minister answers questions on relations with " + a + "\n\n"
          + "The minister spoke to reporters after the talks. The transcript follows.\n\n"
          + speaker + ": How do you see relations with " + a + " developing this year?\n";
      Document doc = Read.article(text);
      assertEquals(null, doc.dateline, () -> "dateline of\n" + text);
    });
  }

  @Test
  void aKnownCitysFullDateClosedByAPeriodOrColonIsTheDatelineAndTheDay() {
    Prop.check("City, D Month YYYY. / City, D Month YYYY: as the dateline", CHOICES, 400, c -> {
      String city = pick(KNOWN_CITIES, c.get(0));
      String a = pick(STATES, c.get(1));
      String b = pick(STATES, c.get(1) + 1 + c.get(2) % 11);
      int day = 1 + c.get(3) % 28;
      String month = pick(MONTHS, c.get(4));
      int year = 1960 + c.get(5) % 64;
      String person = pick(FIRST, c.get(6)) + " " + pick(LAST, c.get(7));
      String report = "President " + person + " signed a treaty with " + b + " on Tuesday, officials said.";
      // 0 the period form opening the report's paragraph, 1 the colon form on a line of its own, 2 the period
      // form with the agency in brackets
      String lead = switch (c.get(8) % 3) {
        case 0 -> city + ", " + day + " " + month + " " + year + ". " + report;
        case 1 -> city + ", " + day + " " + month + " " + year + ":\n\n" + report;
        default -> city + ", " + day + " " + month + " " + year + " (" + pick(NATIONAL, c.get(9)).written() + "). " + report;
      };
      // a headline telling where a leader is, with a colon and a quotation, is no dateline
      String title = c.get(9) % 2 == 0 ? a + " and " + b + " sign treaty"
          : pick(LAST, c.get(7)).toUpperCase(Locale.ROOT) + " IN " + city.toUpperCase(Locale.ROOT) + ": \"A NEW ERA\"";
      String page = title + "\n\nBy " + pick(FIRST, c.get(2)) + " " + pick(LAST, c.get(3)) + "\n\n" + lead + "\n";
      Document doc = Read.article(page);
      assertEquals(city, doc.dateline, () -> "dateline of\n" + page);
      assertEquals(String.format(Locale.ROOT, "%04d-%02d-%02d", year, MONTHS.indexOf(month) + 1, day),
          doc.statedPublished == null ? null : doc.statedPublished.toString(), () -> "published of\n" + page);
    });
  }

  @Test
  void aCityAndDateInsideASentenceIsNoDateline() {
    Prop.check("a sentence naming a city and a date is no dateline", CHOICES, 200, c -> {
      String city = pick(KNOWN_CITIES, c.get(0));
      String b = pick(STATES, c.get(1));
      String text = pick(STATES, c.get(2)) + " and " + b + " sign trade deal\n\n"
          + "The talks in " + city + ", on " + (1 + c.get(3) % 28) + " " + pick(MONTHS, c.get(4))
          + ", ended with a deal. Ministers of " + b + " said so.\n";
      Document doc = Read.article(text);
      assertEquals(null, doc.dateline, () -> "dateline of\n" + text);
    });
  }
}
