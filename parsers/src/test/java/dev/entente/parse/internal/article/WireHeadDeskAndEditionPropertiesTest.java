package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated wire heads and edition names: an agency's message header whose number, date and time are
 * followed by the desk's codes in capitals ("[ABBR] 30/06/2010 14:12 POL/BUI", "[ABBR] 15-JAN-92 16:40",
 * "[ABBR] 291184 1742 EXTERIOR") is the source and no headline; an edition's language after a source's
 * name ("[ABBR] English", "[Outlet] in English") is no part of the source, while a name that is neither
 * a known agency nor an initialism keeps it ("Meridianpress English"). Agencies from the national
 * agencies with an abbreviation in capitals.
 */
class WireHeadDeskAndEditionPropertiesTest {

  private static final ArticleMetadataReader READER = new ArticleMetadataReader();
  private static final List<String> CITIES = WirePageFormsPropertiesTest.CITIES;
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> DESKS = List.of("POL/BUI", "EXTERIOR", "POL", "ECO/DIP", "INT", "DIP FOR");
  private static final List<String> LANGUAGES = List.of("English", "French", "Spanish", "Arabic", "Portuguese", "Russian");
  private static final List<String> OUTLETS = List.of("Meridian Radio", "Steppe Television", "Radio Sahel World Service",
      "Coastal Broadcasting Corporation", "Andean Radio");
  private static final List<String> SITES = List.of("Meridianpress", "Steppewire", "Sahelpost", "Coastline");
  private static final List<DatelineSourcePropertiesTest.Agency> AGENCIES = abbreviated();
  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 8, 8);

  private static List<DatelineSourcePropertiesTest.Agency> abbreviated() {
    List<DatelineSourcePropertiesTest.Agency> out = new ArrayList<>();
    for (DatelineSourcePropertiesTest.Agency a : DatelineSourcePropertiesTest.NATIONAL) {
      if (a.written().matches("[A-Z]{2,6}")) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Test
  void aWireHeaderWithTheDesksCodesNamesTheSource() {
    Prop.check("[ABBR] [date] [time] [DESK] over the headline", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      int day = 1 + c.get(1) % 28;
      int month = 1 + c.get(1) / 28 % 12;
      int year = 1960 + c.get(2) % 60;
      String time = two(c.get(3) % 24) + ":" + two(c.get(3) / 24 % 60);
      String stamp = switch (c.get(4) % 3) {
        case 0 -> two(day) + "/" + two(month) + "/" + year + " " + time;
        case 1 -> two(day) + "-" + MONTHS.get(month - 1).substring(0, 3).toUpperCase(Locale.ROOT) + "-" + two(year % 100) + " " + time;
        default -> two(day) + two(month) + two(year % 100) + " " + time.replace(":", "");
      };
      String desk = c.get(5) % 4 == 0 ? "" : " " + pick(DESKS, c.get(5));
      String a = pick(STATES, c.get(6));
      String b = pick(STATES, c.get(6) + 1 + c.get(6) / 14 % 13);
      String title = (a + " and " + b + " sign trade pact").toUpperCase(Locale.ROOT);
      String city = pick(CITIES, c.get(7));
      String text = agency.written() + " " + stamp + desk + "\n\n" + title + "\n\n" + city.toUpperCase(Locale.ROOT) + ", "
          + MONTHS.get(month - 1) + " " + day + " (" + agency.written() + ") - " + a + " and " + b
          + " signed a trade agreement on Tuesday, officials said.\n\nThe talks lasted two days.\n";
      Read.assertFields(text, title, null, city, agency.reported());
    });
  }

  @Test
  void anEditionsLanguageIsNoPartOfTheSource() {
    Prop.check("[ABBR] English, [Name] English, [Outlet] in English", CHOICES, 400, c -> {
      DatelineSourcePropertiesTest.Agency agency = pick(AGENCIES, c.get(0));
      String language = pick(LANGUAGES, c.get(1));
      String written = c.get(2) % 2 == 0 ? language : language.toUpperCase(Locale.ROOT);
      assertEquals(agency.written(), READER.withoutEditionLanguage(agency.written() + " " + written));
      assertEquals(agency.name(), READER.withoutEditionLanguage(agency.name() + " " + written));
      String outlet = pick(OUTLETS, c.get(3));
      assertEquals(outlet, READER.withoutEditionLanguage(outlet + (c.get(4) % 2 == 0 ? " in " : " In ") + written));
      String site = pick(SITES, c.get(5)) + " " + language;
      assertEquals(site, READER.withoutEditionLanguage(site), "a site named after its language keeps the name");
      assertEquals(outlet, READER.withoutEditionLanguage(outlet), "no language, no change");
    });
  }
}
