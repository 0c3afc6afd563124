package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Fact;
import dev.entente.model.Span;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.ExtractionInvariants;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Whole generated pages: site furniture above and below, a masthead or section label, a headline
 * (alone or with its outlet after a bar or dash), one of the byline forms ("By", "Posted by", an
 * outlet's staff, a wire's closing "(Reporting by ...)"), one of the dateline forms and one of the
 * credit forms (masthead, dateline agency, "Source:", "-- AGENCY", a copyright line), in random
 * combinations; the article fields come out as the page states them, and no fact's evidence lies
 * in the furniture.
 */
class PageFormsPropertiesTest {

  /** A generated page and the fields it states. */
  record Page(String text, String title, @Nullable String author, @Nullable String dateline, @Nullable String source,
      List<String> furniture) {}

  private static final List<String> CITIES = List.of("Nairobi", "Lima", "Hanoi", "Accra", "Quito", "Dhaka", "Tbilisi",
      "Port Moresby", "Addis Ababa", "Ulaanbaatar", "Kuala Lumpur", "Buenos Aires");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Jordan");
  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Mei", "Jorge", "Fatima");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Lin", "Ramirez", "Okafor");
  /** National agencies as a dateline credits them, and the source each stands for. */
  private static final List<String[]> AGENCIES = List.of(new String[] {"KUNA", "Kuwait News Agency"},
      new String[] {"Xinhua", "Xinhua"}, new String[] {"IRNA", "Islamic Republic News Agency"},
      new String[] {"Prensa Latina", "Prensa Latina"}, new String[] {"WAM", "Emirates News Agency"},
      new String[] {"Yonhap", "Yonhap"}, new String[] {"AFP", "Agence France-Presse"});
  private static final List<String> OUTLET_PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  private static final List<String> OUTLET_WORDS = List.of("Herald", "Daily", "Review", "Wire", "Gazette", "Radio",
      "Channel", "Times");
  private static final List<String> JOBS = List.of("Diplomatic Correspondent", "Senior Reporter", "Staff Writer",
      "Africa Correspondent", "Correspondent");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
  private static final List<String> TOP = List.of("Skip to content", "Skip to main content", "Home | World | Business | Opinion",
      "Search | Subscribe | Log in", "Home > World > Africa", "Sign up for our newsletter", "Advertisement");
  private static final List<String> LABELS = List.of("Middle East", "DEFENCE INDUSTRY", "Americas", "Diplomacy",
      "WORLD NEWS");
  private static final List<String> BOTTOM = List.of("Share: Facebook | X | LinkedIn | Email", "Leave a comment",
      "Read more: Talks stall over tariffs", "Advertisement", "Home / News / Politics");

  // twelve choices make a page; shrinking a failure shrinks the choices
  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 999), 12, 12);

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static Page page(List<Integer> c) {
    StringBuilder text = new StringBuilder();
    List<String> furniture = new ArrayList<>();
    for (int i = 0; i < c.get(0) % 3; i++) {
      String f = pick(TOP, c.get(0) / 3 + i);
      furniture.add(f);
      text.append(f).append('\n');
    }
    // menus run on into one line with what follows them unless a blank line parts them
    text.append('\n');
    String outlet = pick(OUTLET_PLACES, c.get(1)) + " " + pick(OUTLET_WORDS, c.get(1) / 7);
    String[] agency = pick(AGENCIES, c.get(2));
    String city = pick(CITIES, c.get(3));
    String a = pick(STATES, c.get(4));
    String b = pick(STATES, c.get(4) + 1 + c.get(4) / 12 % 11);
    String person = pick(FIRST, c.get(5)) + " " + pick(LAST, c.get(5) / 7);
    String month = pick(MONTHS, c.get(6));
    int day = 1 + c.get(6) % 28;
    // where the source is stated: 0 masthead, 1 byline's comma, 2 "Special to", 3 a desk's byline,
    // 4 the dateline's agency, 5 a closing "(With inputs from AGENCY)", 6 a "Source: AGENCY" line, 7 nowhere,
    // 8 a copyright line at the end, 9 the title line after the headline, 10 the outlet's staff credited,
    // 11 a closing "-- AGENCY"
    int sourceForm = c.get(7) % 12;
    String source = switch (sourceForm) {
      case 0, 1, 2, 3, 8, 9, 10 -> outlet;
      case 4, 5, 6, 11 -> DatelineSourcePropertiesTest.reportedAs(agency[0], agency[1]);
      default -> null;
    };
    if (sourceForm == 0) {
      text.append(c.get(1) % 2 == 0 ? outlet.toUpperCase(Locale.ROOT) : outlet);
      text.append(c.get(1) % 3 == 0 ? " > World > Asia" : "").append('\n');
      if (c.get(1) % 2 == 0) {
        source = outlet; // a capitals masthead is written in title case
      }
    }
    text.append('\n');
    if (c.get(8) % 3 == 0) {
      text.append(pick(LABELS, c.get(8) / 3)).append("\n\n");
    }
    String title = a + " and " + b + " sign " + (2 + c.get(4) % 20) + " agreements on trade and energy";
    text.append(title);
    if (sourceForm == 9) {
      text.append(c.get(1) % 2 == 0 ? " | " : " - ").append(outlet);
    }
    text.append("\n\n");
    String author = null;
    String filedFrom = null;
    switch (sourceForm) {
      case 1 -> {
        author = person;
        text.append("By ").append(person).append(", ").append(outlet).append("\n\n");
      }
      case 2 -> {
        author = person;
        text.append("By ").append(person).append("\nSpecial to ").append(outlet).append("\n\n");
      }
      case 3 -> text.append("By ").append(outlet).append("'s ").append(pick(List.of("Asia", "Africa", "Foreign"), c.get(9)))
          .append(" Desk\n\n");
      case 10 -> text.append(c.get(9) % 2 == 0 ? "By " + outlet + " Staff" : outlet + " staff").append("\n\n");
      default -> {
        if (c.get(9) % 8 == 0) {
          author = person;
          text.append("By ").append(person).append("\n\n");
        } else if (c.get(9) % 8 == 1) {
          author = person;
          text.append("Posted by ").append(person).append("\n\n");
        } else if (c.get(9) % 8 == 4) {
          author = person; // the reporter's job after a comma, no "By"
          text.append(person).append(", ").append(pick(JOBS, c.get(9) / 8)).append("\n\n");
        } else if (c.get(9) % 8 == 5) {
          author = person; // the place filed from, also the dateline when the report gives none
          filedFrom = city;
          text.append(c.get(9) / 8 % 2 == 0 ? "" : "From ").append(person).append(" in ").append(city).append("\n\n");
        }
      }
    }
    String body = a + " and " + b + " signed agreements on trade and energy on Tuesday, officials said.\n\n"
        + "The talks between the two delegations lasted two days, and a further round is due next year.\n";
    String cityCaps = city.toUpperCase(Locale.ROOT);
    int datelineForm = sourceForm == 4 ? List.of(0, 1, 2, 8).get(c.get(10) % 4) : 3 + c.get(10) % 5;
    String dateline = city;
    switch (datelineForm) {
      case 8 -> text.append(cityCaps).append(", ").append(a).append(", ").append(month).append(' ').append(day).append(" (")
          .append(agency[0]).append(") -- ").append(body);
      case 0 -> text.append(cityCaps).append(" (").append(agency[0]).append(") - ").append(body);
      case 1 -> text.append(cityCaps).append(", ").append(month, 0, 3).append(". ").append(day).append(" (").append(agency[0])
          .append(") - ").append(body);
      case 2 -> text.append(city).append(", ").append(month).append(' ').append(day).append(", ").append(agency[0])
          .append(" - ").append(body);
      case 3 -> text.append(cityCaps).append(", ").append(month).append(' ').append(day).append(", ")
          .append(2000 + c.get(10) % 25).append(" - ").append(body);
      case 4 -> text.append(cityCaps).append(": ").append(body);
      case 5 -> text.append("From our correspondent in ").append(city).append("\n\n").append(body);
      case 6 -> text.append(cityCaps).append(", ").append(pick(WEEKDAYS, c.get(10))).append("\n\n").append(body);
      default -> {
        dateline = filedFrom;
        text.append(body);
      }
    }
    text.append('\n');
    boolean closingCredit = sourceForm == 5 || sourceForm == 6 || sourceForm == 8 || sourceForm == 11;
    if (author == null && sourceForm != 3 && sourceForm != 10 && c.get(9) % 8 == 6 && !closingCredit) {
      author = person; // the byline at the report's end
      text.append("By ").append(person).append('\n');
    }
    if (sourceForm == 5) {
      text.append("(With inputs from ").append(agency[0]).append(")\n");
    } else if (sourceForm == 6) {
      text.append("Source: ").append(agency[0]).append('\n');
    } else if (sourceForm == 11) {
      text.append("-- ").append(agency[0]).append('\n');
    }
    if (author == null && sourceForm != 3 && sourceForm != 10 && c.get(9) % 8 == 2) {
      // the reporters credited at the end, wire style
      author = person;
      text.append("(Reporting by ").append(person).append("; Editing by ").append(pick(FIRST, c.get(5) + 1)).append(' ')
          .append(pick(LAST, c.get(5) / 7 + 1)).append(")\n");
    }
    if (sourceForm == 8) {
      int year = 2000 + c.get(10) % 25;
      text.append(switch (c.get(9) % 3) {
        case 0 -> "(c) " + year + " " + outlet + ". All rights reserved.";
        case 1 -> "\u00A9 " + outlet + " " + year;
        default -> "Copyright " + year + " " + outlet + " | Privacy | Terms";
      }).append('\n');
    }
    for (int i = 0; i < c.get(11) % 3; i++) {
      String f = pick(BOTTOM, c.get(11) / 3 + i);
      furniture.add(f);
      text.append(f).append('\n');
    }
    return new Page(text.toString(), title, author, dateline, source, furniture);
  }

  @Test
  void pageFieldsComeOutWhateverTheFormsAndFurniture() {
    Prop.check("a generated page's title, author, dateline and source", CHOICES, 600, c -> {
      Page p = page(c);
      Read.assertFields(p.text(), p.title(), p.author(), p.dateline(), p.source());
    });
  }

  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void noEvidenceLiesInSiteFurniture() {
    Prop.check("no evidence span lies in the navigation lines that open or close a page", CHOICES, 150, c -> {
      List<Integer> withFurniture = new ArrayList<>(c);
      withFurniture.set(0, 2 + 3 * (c.get(0) / 3)); // always two lines at the top
      withFurniture.set(11, 2 + 3 * (c.get(11) / 3)); // and two at the bottom
      Page p = page(withFurniture);
      // the menus name states and leaders, which a reading of the furniture would pick up
      String top = "Home | Kenya | Peru | President Ruto | Trade deals\n";
      String bottom = "\nRelated: Ghana and Chile sign 4 agreements | Norway | Oman\n";
      String text = top + p.text() + bottom;
      ArticleExtraction x = PARSER.parse("page", text);
      List<Fact> facts = ExtractionInvariants.facts(x);
      List<int[]> furniture = new ArrayList<>();
      furniture.add(new int[] {0, top.length()});
      furniture.add(new int[] {top.length() + p.text().length(), text.length()});
      for (String line : p.furniture()) {
        int at = text.indexOf(line + "\n");
        furniture.add(new int[] {at, at + line.length()});
      }
      for (Fact f : facts) {
        for (Span s : f.evidence()) {
          for (int[] r : furniture) {
            assertFalse(s.start() < r[1] && s.end() > r[0], () -> "evidence " + s + " of " + f + " lies in the furniture '"
                + text.substring(r[0], r[1]).strip() + "' of\n" + text);
          }
        }
      }
    });
  }
}
