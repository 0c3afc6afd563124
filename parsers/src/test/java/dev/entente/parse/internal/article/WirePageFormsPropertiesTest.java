package dev.entente.parse.internal.article;

import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages in the forms of wire copy and portals: a site's banner about itself ("An official
 * website of the [State] government") over the masthead, a brand masthead written with an inner
 * capital ("allXxx", "xyz XxxNews"), a menu led by a section and a colon ("SECTION: Label | Label |
 * Label"), "Sign In | Subscribe", a "Supplied by [Outlet]" credit line, a headline (also "[State]:
 * Headline"), a byline with the reporter's beat before the name ("By [beat] reporter [Name]"), the
 * dateline "CITY. AGENCY -" or "City (AGENCY). " and a wire's code alone on the last line, in random
 * combinations; cities from the dateline list, agencies from the national agencies, names from the
 * given names. Every article field comes out as the page states it.
 */
class WirePageFormsPropertiesTest {

  /** A generated page and the fields it states. */
  record Page(String text, String title, @Nullable String author, @Nullable String dateline, @Nullable String source) {}

  /** Dateline cities written with letters and spaces only, so that their capitals read back in title case. */
  static final List<String> CITIES = plain(WordLists.lines(ArticleMetadataReader.class, "dateline-cities.txt"));
  /** Given names of the data written with letters only, none a month's or weekday's short form. */
  static final List<String> GIVEN = given();
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Kearsley", "Ramirez",
      "Okafor", "Nakamura", "Lindqvist", "Abubakar");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> BEATS = List.of("Pacific affairs", "Diplomatic", "Foreign", "chief political",
      "Middle East", "Senior", "defence", "Asia");
  private static final List<String> ROLES = List.of("reporter", "correspondent", "editor", "writer", "Correspondent",
      "Reporter");
  private static final List<String> OUTLET_PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  private static final List<String> OUTLET_WORDS = List.of("Herald", "Daily", "Review", "Gazette", "Radio", "Times");
  private static final List<String> SECTIONS = List.of("Politics", "World", "Business", "Security", "Economy", "Sport");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static List<String> plain(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String s : lines) {
      if (s.matches("[A-Z][a-z]+( [A-Z][a-z]+){0,2}")) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> given() {
    List<String> out = new ArrayList<>();
    for (String s : DataFiles.lines(DataFiles.class, "given-names.txt")) {
      // a given name that is also a month's or weekday's short form ("jan", "sun") reads as a date: not asserted here
      if (s.matches("[a-z]{3,9}") && !s.matches("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun")) {
        out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
      }
    }
    return List.copyOf(out);
  }

  static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static Page page(List<Integer> c) {
    StringBuilder text = new StringBuilder();
    String state = pick(STATES, c.get(0));
    String other = pick(STATES, c.get(0) + 1 + c.get(0) / 14 % 13);
    String city = pick(CITIES, c.get(1));
    DatelineSourcePropertiesTest.Agency agency = pick(wordAgencies(), c.get(2));
    String person = pick(GIVEN, c.get(3)) + " " + pick(LAST, c.get(3) / 7);
    // the dateline: 0 "CITY. AGENCY -", 1 "City (AGENCY). ", 2 "CITY -" (no agency)
    int datelineForm = c.get(4) % 3;
    // the masthead, when the dateline credits no agency: 0 none, 1 "allXxx", 2 "xyz XxxNews", 3 "Outlet Word"
    int mastheadForm = datelineForm == 2 ? c.get(5) % 4 : 0;
    String masthead = switch (mastheadForm) {
      case 1 -> "all" + pick(OUTLET_PLACES, c.get(5) / 4);
      case 2 -> pick(List.of("bne", "tvx", "kn"), c.get(5) / 4) + " " + pick(OUTLET_PLACES, c.get(5) / 12) + "News";
      case 3 -> pick(OUTLET_PLACES, c.get(5) / 4) + " " + pick(OUTLET_WORDS, c.get(5) / 24);
      default -> null;
    };
    if (mastheadForm == 3 && c.get(6) % 3 == 0) { // a banner over a masthead in capitalised words
      text.append(c.get(6) % 2 == 0 ? "An official website of the " + state + " government" : "A " + state
          + " Government Agency Website").append('\n');
    }
    if (masthead != null) {
      text.append(masthead).append('\n');
    }
    if (c.get(6) % 4 == 1) {
      text.append(state.toUpperCase(Locale.ROOT)).append(": Top Headlines | ").append(pick(SECTIONS, c.get(6)))
          .append(" | ").append(pick(SECTIONS, c.get(6) + 1)).append(" | ").append(pick(SECTIONS, c.get(6) + 2)).append('\n');
    }
    if (c.get(6) % 5 == 2) {
      text.append("Sign In | Subscribe\n");
    }
    if (c.get(6) % 7 == 3) {
      text.append("Supplied by ").append(pick(OUTLET_PLACES, c.get(6))).append(" Monitoring\n");
    }
    text.append('\n');
    String title = (c.get(7) % 2 == 0 ? state + ": " : "") + state + " and " + other + " Sign " + (2 + c.get(7) % 20)
        + " Agreements on Trade";
    text.append(title).append("\n\n");
    String author = null;
    if (c.get(8) % 3 != 2) {
      author = person;
      text.append("By ");
      if (c.get(8) % 3 == 0) {
        text.append(pick(BEATS, c.get(8) / 3)).append(' ').append(pick(ROLES, c.get(8) / 24)).append(' ');
      }
      text.append(person).append("\n\n");
    }
    String body = state + " and " + other + " signed agreements on trade and energy on Tuesday, officials said.\n\n"
        + "The talks lasted two days, and a further round is due next year.\n";
    String source = masthead;
    switch (datelineForm) {
      case 0 -> {
        text.append(city.toUpperCase(Locale.ROOT)).append(". ").append(agency.written()).append(" \u2013 ").append(body);
        source = agency.reported();
      }
      case 1 -> {
        text.append(city).append(" (").append(agency.written()).append("). ").append(body);
        source = agency.reported();
      }
      default -> text.append(city.toUpperCase(Locale.ROOT)).append(" - ").append(body);
    }
    if (masthead == null && datelineForm == 2) {
      text.append("\n ").append(agency.written()).append('\n'); // the wire's code alone on the last line
      source = agency.reported();
    }
    return new Page(text.toString(), title, author, city, source);
  }

  /** National agencies written as one to four words, as a dateline between a period and a dash holds them. */
  static List<DatelineSourcePropertiesTest.Agency> wordAgencies() {
    List<DatelineSourcePropertiesTest.Agency> out = new ArrayList<>();
    for (DatelineSourcePropertiesTest.Agency a : DatelineSourcePropertiesTest.NATIONAL) {
      if (a.written().matches("[A-Z][A-Za-z]*( [A-Z][A-Za-z]*){0,3}")) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void wireAndPortalPagesGiveTheirFields() {
    Prop.check("a generated wire or portal page's title, author, dateline and source", CHOICES, 500, c -> {
      Page p = page(c);
      Read.assertFields(p.text(), p.title(), p.author(), p.dateline(), p.source());
    });
  }
}
