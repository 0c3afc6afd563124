package dev.entente.parse.internal.article;

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
 * Generated pages in the head forms of feeds, wires and sites: a feed's header lines ("BYLINE=[NAME]",
 * "Dateline: [City]", "SOURCE=[AGENCY]", any field name of {@code feed-headers.txt}), a wire's header
 * "[AGENCY] [number] [date]", a wire's tag before the headline ("(LEAD) Headline"), an outlet's name
 * over the site's menu ("[Place] [Word]" / "Section | Section | Section"), and the dateline "CITY
 * Month Day AGENCY --" or "CITY Month Day [Agency]" on a line of its own; cities from the dateline list,
 * agencies from the national agencies, names from random syllables and the feeds' keys from the data.
 */
class FeedHeadPropertiesTest {

  private static final List<String> CITIES = WirePageFormsPropertiesTest.CITIES;
  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Jorge", "Fatima", "Tomas");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Ramirez", "Okafor", "Lindqvist");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal");
  private static final List<String> OUTLET_PLACES = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic");
  private static final List<String> OUTLET_NAMES = List.of("[P] Online", "[P] International", "The [P] Globe and Mail",
      "[P] Herald", "THE [P] NATIONAL", "[P] Daily Star");
  private static final List<String> SECTIONS = List.of("Politics", "World", "Business", "Security", "Economy", "Sport");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> TAGS = List.of("LEAD", "URGENT", "2ND LD", "UPDATE", "ADVANCE", "CORRECTED");
  private static final List<String> AUTHOR_KEYS = keys("author");
  private static final List<String> DATELINE_KEYS = keys("dateline");
  private static final List<String> SOURCE_KEYS = keys("source");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static List<String> keys(String field) {
    List<String> out = new ArrayList<>();
    for (String line : WordLists.lines(FeedHeaders.class, "feed-headers.txt")) {
      if (line.substring(line.indexOf('=') + 1).strip().equals(field)) {
        out.add(line.substring(0, line.indexOf('=')).strip());
      }
    }
    return List.copyOf(out);
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static String key(String key, int choice) {
    return choice % 2 == 0 ? key.toUpperCase(Locale.ROOT) : Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static String title(List<Integer> c) {
    return pick(STATES, c.get(0)) + " and " + pick(STATES, c.get(0) + 1) + " sign " + (2 + c.get(0) % 20) + " agreements on trade";
  }

  private static final String BODY = "The two governments signed the agreements on Tuesday, officials said.\n\n"
      + "A further round of talks is due next year.\n";

  @Test
  void aFeedsHeaderLinesGiveAuthorDatelineAndSource() {
    Prop.check("a feed's KEY=VALUE or KEY: value header lines", CHOICES, 300, c -> {
      String person = pick(FIRST, c.get(1)) + " " + pick(LAST, c.get(2));
      String city = pick(CITIES, c.get(3));
      DatelineSourcePropertiesTest.Agency agency = pick(WirePageFormsPropertiesTest.wordAgencies(), c.get(4));
      String mark = c.get(5) % 2 == 0 ? "=" : ": ";
      boolean caps = c.get(6) % 2 == 0;
      StringBuilder text = new StringBuilder();
      text.append(key("date", c.get(7))).append(mark).append(1 + c.get(7) % 12).append('/').append(1 + c.get(7) % 28)
          .append("/94\n");
      text.append(key(pick(AUTHOR_KEYS, c.get(8)), c.get(8) / 7)).append(mark)
          .append(caps ? person.toUpperCase(Locale.ROOT) : person).append('\n');
      text.append(key(pick(DATELINE_KEYS, c.get(9)), c.get(9) / 7)).append(mark)
          .append(caps ? city.toUpperCase(Locale.ROOT) : city).append('\n');
      text.append(key(pick(SOURCE_KEYS, c.get(9) / 3), c.get(9) / 5)).append(mark).append(agency.written()).append("\n\n");
      text.append(BODY);
      Read.assertFields(text.toString(), null, person, city, agency.reported());
    });
  }

  @Test
  void wireHeadsAndMastheadsGiveTheirFields() {
    Prop.check("a wire's header or tag, a masthead over a menu, a dateline with no comma", CHOICES, 400, c -> {
      String city = pick(CITIES, c.get(1));
      DatelineSourcePropertiesTest.Agency agency = pick(WirePageFormsPropertiesTest.wordAgencies(), c.get(2));
      String date = pick(MONTHS, c.get(3)) + " " + (1 + c.get(3) % 28);
      String headline = title(c);
      StringBuilder text = new StringBuilder();
      String source = agency.reported();
      String expectedTitle = headline;
      String dateline = city;
      switch (c.get(4) % 4) {
        case 0 -> { // "[AGENCY] [number] [date]" over the headline, the dateline under it
          text.append(agency.written()).append(' ').append(1000 + c.get(5) % 9000).append(' ').append(1 + c.get(5) % 12)
              .append('/').append(1 + c.get(5) % 28).append("/89\n").append(headline).append("\n\n")
              .append(city.toUpperCase(Locale.ROOT)).append(" - ").append(BODY);
        }
        case 1 -> { // "(TAG) Headline" and "CITY, Month Day (AGENCY) --"
          expectedTitle = "(" + pick(TAGS, c.get(5)) + ") " + headline;
          text.append(expectedTitle).append("\n\n").append(city.toUpperCase(Locale.ROOT)).append(", ").append(date)
              .append(" (").append(agency.written()).append(") -- ").append(BODY);
        }
        case 2 -> { // the outlet over the site's menu, a dateline with no agency
          String outlet = pick(OUTLET_NAMES, c.get(5)).replace("[P]", pick(OUTLET_PLACES, c.get(6)));
          source = outlet.equals(outlet.toUpperCase(Locale.ROOT)) ? null : outlet;
          text.append(outlet).append('\n').append(pick(SECTIONS, c.get(6))).append(" | ").append(pick(SECTIONS, c.get(6) + 1))
              .append(" | ").append(pick(SECTIONS, c.get(6) + 2)).append("\n\n").append(headline).append("\n\n")
              .append(city.toUpperCase(Locale.ROOT)).append(" - ").append(BODY);
          if (source == null) {
            return; // an outlet in capitals is read in title case: asserted by its own pages elsewhere
          }
        }
        default -> { // "CITY Month Day AGENCY --" or "CITY Month Day" with the agency on its own line
          text.append(headline).append("\n\n").append(city.toUpperCase(Locale.ROOT)).append(' ').append(date).append(' ')
              .append(agency.written());
          text.append(c.get(5) % 2 == 0 ? " -- " : "\n\n").append(BODY);
        }
      }
      Read.assertFields(text.toString(), expectedTitle, null, dateline, source);
    });
  }
}
