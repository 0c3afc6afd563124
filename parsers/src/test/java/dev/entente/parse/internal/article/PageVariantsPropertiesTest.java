package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.UnwrapperTest;
import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Pages put together from the parts a news page has, in random orders and combinations: site
 * furniture at the top, a kicker above the headline, the headline, a byline in one of its forms
 * ("By NAME", "NAME, Agency", "NAME | Desk", "From our correspondent in CITY", "From our correspondent
 * (special envoy) NAME", "By our special envoy NAME", "From our correspondent in CITY, NAME:", "Staff Reporter",
 * two names, an agency alone on a line), a dateline in one of the wire and newspaper forms (with an
 * agency, a date in either order, a colon, a state, on a line of its own, any dash), a credit at
 * the end ("-- Agency", "(With inputs from AGENCY)", "Source: X", "© AGENCY YYYY", "AGENCY/xx",
 * "Reporting by ...; Editing by ..."), furniture at the bottom, with cities of one to three words
 * from the dateline list and any national agency; every article field comes out as the page states
 * it, and hard-wrapping the page at 60 to 80 columns changes none of them.
 */
class PageVariantsPropertiesTest {

  /** A generated page, the fields it states and the forms it was made of. */
  record Page(String text, String title, @Nullable String author, @Nullable String dateline, @Nullable String source,
      String forms) {}

  private static final List<DatelineSourcePropertiesTest.Agency> NATIONAL = DatelineSourcePropertiesTest.NATIONAL;
  private static final List<String> CITIES = WordLists.lines(ArticleMetadataReader.class, "dateline-cities.txt");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Jordan", "Indonesia", "Mexico", "Poland", "Qatar", "Egypt", "Brazil",
      "Kazakhstan", "Morocco", "Sri Lanka", "Tanzania", "Uruguay", "Mongolia");
  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Mei", "Jorge", "Fatima",
      "Amara", "Lukas", "Hiroshi", "Leila", "Thiago", "Nomvula", "Anil", "Ivana", "Emre", "Rafael");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Lin", "Ramirez", "Okafor",
      "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Castillo", "Aziz", "Petrov", "Yilmaz", "Banda");
  private static final List<String> OUTLETS = List.of("Meridian Herald", "Steppe Daily", "Coastal Review",
      "Andean Times", "Sahel Gazette", "Baltic Wire", "Island Chronicle", "Lakeside Post");
  private static final List<String> DESKS = List.of("Foreign Desk", "World Desk", "Diplomatic Desk", "Asia Desk",
      "Africa Bureau", "News Desk");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> TOP = List.of("Skip to content", "Skip to main content", "Home > World > Asia",
      "Home | World | Business | Opinion | Sport", "Menu", "Search", "Subscribe", "Sign in", "Share", "Advertisement",
      "World > Africa", "Latest News", "Follow us on Facebook", "Share on Twitter", "Share on WhatsApp");
  private static final List<String> KICKERS = List.of("WORLD", "Africa", "Diplomacy", "ANALYSIS", "Asia-Pacific",
      "Trade", "FOREIGN AFFAIRS", "Latin America", "Politics");
  private static final List<String> BOTTOM = List.of("Share this article", "Advertisement", "Related stories",
      "Follow us on Twitter", "Home / News / World", "Read more: Ministers meet on tariffs");

  private static final Gen<Long> SEEDS = Gens.longs();

  private static <T> T pick(SplittableRandom r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  private static String person(SplittableRandom r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }

  private static String dash(SplittableRandom r) {
    return pick(r, List.of("-", "--", "\u2013", "\u2014"));
  }

  /**
   * The page the seed draws. {@code toWrap}: a headline with nothing under it but the report, or
   * names without "By", keeps a blank line under it, since a wrapped headline run on into the next
   * line cannot be told from the two by their width, nor a title-case headline's end from names.
   */
  static Page page(long seed, boolean toWrap) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    StringBuilder forms = new StringBuilder();
    String a = pick(r, STATES);
    String b;
    do {
      b = pick(r, STATES);
    } while (b.equals(a));
    String city = pick(r, CITIES);
    DatelineSourcePropertiesTest.Agency agency = pick(r, NATIONAL);
    String outlet = pick(r, OUTLETS);
    String month = pick(r, MONTHS);
    int day = 1 + r.nextInt(28);
    int year = 1975 + r.nextInt(50);
    int top = r.nextInt(4);
    List<String> furniture = new java.util.ArrayList<>(TOP);
    for (int i = 0; i < top; i++) {
      // distinct lines: "Sign in" twice over "Advertisement" still runs on into one line taken as the headline (a known limit)
      text.append(furniture.remove(r.nextInt(furniture.size()))).append('\n');
    }
    if (top > 0) {
      text.append('\n');
    }
    forms.append("top").append(top);
    if (r.nextInt(3) == 0) {
      text.append(pick(r, KICKERS)).append(r.nextBoolean() ? "\n\n" : "\n");
      forms.append(" kicker");
    }
    String title = switch (r.nextInt(5)) {
      case 0 -> a + " and " + b + " sign " + (2 + r.nextInt(20)) + " agreements on trade and energy";
      case 1 -> a + ", " + b + " agree to expand trade ties";
      case 2 -> a + "'s president arrives in " + b + " for three-day visit";
      case 3 -> a + " to buy gas from " + b + " under new deal";
      default -> "Ministers of " + a + " and " + b + " hold talks on border";
    };
    text.append(title).append('\n');
    boolean blank = r.nextBoolean();
    int byline = r.nextInt(10);
    if (blank || toWrap && (byline == 0 || byline == 9 || byline == 2 || byline == 6)) {
      text.append('\n');
    }
    // who wrote it and who sent it
    String author = null;
    String source = null;
    String datelineFromByline = null;
    forms.append(" byline").append(byline);
    String by = r.nextBoolean() ? "By " : "BY ";
    switch (byline) {
      case 1 -> {
        author = person(r);
        text.append(by).append(author);
      }
      case 2 -> {
        author = person(r);
        source = agency.reported();
        text.append(author).append(", ").append(agency.written());
      }
      case 3 -> {
        author = person(r);
        text.append(author).append(" | ").append(pick(r, DESKS));
      }
      case 4 -> {
        int our = r.nextInt(4); // the outlet's own desk first, the reporter's name after it or none
        datelineFromByline = our == 0 || our == 3 ? city : null;
        author = our == 0 ? null : person(r);
        text.append(switch (our) {
          case 0 -> "From our correspondent in " + city;
          case 1 -> "From our " + (r.nextBoolean() ? "special envoy " : "correspondent ") + author;
          case 2 -> "By our special envoy " + author;
          default -> "From our correspondent in " + city + ", " + author + ":";
        });
      }
      case 5 -> text.append(r.nextBoolean() ? "Staff Reporter" : "By Staff Reporter");
      case 6 -> {
        String one = person(r);
        String two;
        do {
          two = person(r);
        } while (two.equals(one));
        author = one + " and " + two;
        text.append(r.nextBoolean() ? by : "").append(author);
      }
      case 7 -> {
        source = agency.reported();
        text.append(agency.written());
      }
      case 8 -> {
        author = person(r);
        source = outlet;
        text.append(by).append(author).append(", ").append(outlet);
      }
      default -> { }
    }
    if (byline != 0 && byline != 9) {
      text.append(r.nextBoolean() ? "\n\n" : "\n");
    }
    // the dateline, which may credit an agency: only when no other source is stated
    boolean agencyFree = source == null;
    String dateline = city;
    String shown = r.nextBoolean() ? city.toUpperCase(Locale.ROOT) : city;
    String body = a + " and " + b + " signed an agreement on trade and energy on Tuesday, officials said, after talks"
        + " between the two delegations that lasted two days.\n\nThe ministers agreed to meet again next year in "
        + b + ", and a working group will report on progress by the end of the year.\n";
    String credited = agencyFree ? agency.written() : null;
    int form = r.nextInt(13);
    if (credited == null && (form == 0 || form == 2 || form == 4 || form == 8 || form == 9 || form == 10 || form == 11)) {
      form = 1;
    }
    if (datelineFromByline != null && form != 12) {
      form = 12; // the correspondent's line gives the place
    }
    forms.append(" dateline").append(form);
    String mon = month.substring(0, 3) + (month.length() > 3 ? "." : "");
    switch (form) {
      case 0 -> text.append(shown).append(", ").append(mon).append(' ').append(day).append(" (").append(credited)
          .append(") ").append(dash(r)).append(' ');
      case 1 -> text.append(shown).append(", ").append(month).append(' ').append(day).append(", ").append(year).append(' ')
          .append(dash(r)).append(' ');
      case 2 -> text.append(shown).append(" (").append(credited).append(") ").append(dash(r)).append(' ');
      case 3 -> text.append(shown).append(": ");
      case 4 -> text.append(shown).append(", ").append(day).append(' ').append(month).append(" (").append(credited)
          .append(") ").append(dash(r)).append(' ');
      case 5 -> text.append(shown).append("\n\n");
      case 6 -> text.append(shown).append(", ").append(pick(r, STATES)).append(' ').append(dash(r)).append(' ');
      case 7 -> text.append(city).append(' ').append(dash(r)).append(' ');
      case 8 -> text.append(shown).append(", ").append(month).append(' ').append(day).append(" (").append(credited)
          .append(") ").append(dash(r)).append(' ');
      case 9 -> text.append(shown).append(", ").append(day).append(' ').append(month).append(' ').append(year).append(" (")
          .append(credited).append(") ").append(dash(r)).append(' ');
      case 10 -> text.append(shown).append(", ").append(pick(r, STATES)).append(", ").append(month).append(' ').append(day)
          .append(" (").append(credited).append(") ").append(dash(r)).append(' ');
      case 11 -> text.append(shown).append(", ").append(month).append(' ').append(day).append(" (").append(credited)
          .append(")\n\n");
      default -> dateline = datelineFromByline;
    }
    if (credited != null && (form == 0 || form == 2 || form == 4 || form == 8 || form == 9 || form == 10 || form == 11)) {
      source = agency.reported();
    }
    text.append(body).append('\n');
    // the credit at the end
    int end = r.nextInt(9);
    if (source != null && end != 6 && end != 8) {
      end = 0;
    }
    forms.append(" end").append(end);
    switch (end) {
      case 1 -> {
        boolean shortForm = r.nextBoolean();
        source = shortForm ? agency.reported() : agency.name();
        text.append(dash(r)).append(' ').append(shortForm ? agency.written() : agency.name()).append('\n');
      }
      case 2 -> {
        source = agency.reported();
        text.append("(With inputs from ").append(agency.written()).append(")\n");
      }
      case 3 -> {
        source = agency.reported();
        text.append("Source: ").append(agency.written()).append('\n');
      }
      case 4 -> {
        source = agency.reported();
        text.append("\u00A9 ").append(agency.written()).append(' ').append(year).append('\n');
      }
      case 5 -> {
        source = agency.reported();
        text.append(agency.written()).append('/').append(pick(r, List.of("ab", "jk", "mt", "rh"))).append('\n');
      }
      case 6 -> {
        if (author == null) {
          author = person(r);
          text.append("(Reporting by ").append(author).append("; Editing by ").append(person(r)).append(")\n");
        }
      }
      case 7 -> {
        source = outlet;
        text.append("Source: ").append(outlet).append('\n');
      }
      case 8 -> text.append("(With inputs from agencies)\n");
      default -> { }
    }
    int bottom = r.nextInt(3);
    for (int i = 0; i < bottom; i++) {
      text.append(pick(r, BOTTOM)).append('\n');
    }
    return new Page(text.toString(), title, author, dateline, source, forms.toString());
  }

  private static void assertFields(Page p, String text) {
    Document doc = Read.article(text, null);
    assertEquals(p.title(), doc.title, () -> "title of [" + p.forms() + "]\n" + text);
    assertEquals(p.author(), doc.author, () -> "author of [" + p.forms() + "]\n" + text);
    // a city in capitals comes out in title case: "NUKU'ALOFA" as "Nuku'Alofa", case aside the list's "Nuku'alofa"
    assertEquals(p.dateline() == null ? null : p.dateline().toLowerCase(Locale.ROOT),
        doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT), () -> "dateline of [" + p.forms() + "]\n" + text);
    assertEquals(p.source(), doc.source, () -> "source of [" + p.forms() + "]\n" + text);
  }

  @Test
  void everyFieldComesOutWhateverThePartsAndTheirOrder() {
    Prop.check("a page's title, author, dateline and source, from its parts", SEEDS, 800,
        seed -> assertFields(page(seed, false), page(seed, false).text()));
  }

  @Test
  void hardWrappingThePageAtSixtyToEightyColumnsChangesNoField() {
    Prop.check("a page hard-wrapped at 60 to 80 columns reads as the page", SEEDS, 800, seed -> {
      Page p = page(seed, true);
      int width = 60 + (int) Math.floorMod(seed, 21L);
      assertFields(p, UnwrapperTest.wrap(p.text(), width));
    });
  }
}
