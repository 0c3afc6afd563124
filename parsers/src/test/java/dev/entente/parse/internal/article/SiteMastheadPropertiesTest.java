package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.PrintPageFormsPropertiesTest.caps;
import static dev.entente.parse.internal.article.PrintPageFormsPropertiesTest.pick;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages that open with a site's masthead block: the outlet's or office's name (in capitals,
 * title case, as a domain, or "[Name]. [tagline]" and "[NAME] | [SISTER TITLE]"), perhaps a tagline or
 * the issuing ministry under it, then the site's menu or breadcrumb ("Home | News | ...", "Home >
 * [Section] > [Section]", NEWS » [SECTION]", "[Section] | [World]", "Home   About   News   Contact",
 * "Press release | Date: [dd.mm.yyyy] | No: [n]/[yyyy]"); and printed weeklies whose masthead carries
 * the issue's days or is set apart from its date ("[NAME], [d]-[d] [Month] [yyyy]   [SECTION]",
 * "[NAME]      [d] [Month] [yyyy]"). The name is the source; the headline under the block is the
 * title, and no tagline, menu or masthead is.
 */
class SiteMastheadPropertiesTest {

  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia", "Eritrea", "Bhutan", "Thailand", "Kiribati");
  private static final List<String> FIRST = List.of("Islands", "Meridian", "Steppe", "Pacific", "Sahel", "Andean",
      "Highland", "Delta");
  private static final List<String> SECOND = List.of("Business", "Report", "Courier", "Monitor", "Review", "Voice",
      "Insight", "Outlook");
  private static final List<String> TAGLINES = List.of("The Nation's Newspaper", "News from the Pacific Islands",
      "Independent Since 1962", "Ministry of Information", "Republic of Example", "Your Window on the Region");
  private static final List<String> SECTIONS = List.of("World", "Politics", "Business", "Region", "Features",
      "Diplomacy", "Economy", "Mining", "Asia", "Africa");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 8, 8);

  @Test
  void theFirstLineOfASiteMastheadIsTheSource() {
    Prop.check("a site's name, tagline and menu over the headline", CHOICES, 400, c -> {
      String name = pick(FIRST, c.get(0)) + " " + pick(SECOND, c.get(0) / 8);
      String section = pick(SECTIONS, c.get(1));
      String other = pick(SECTIONS, c.get(1) + 1 + c.get(1) / 10 % 9);
      String written;
      String source;
      switch (c.get(2) % 5) {
        case 0 -> {
          written = caps(name);
          source = name;
        }
        case 1 -> {
          written = name;
          source = name;
        }
        case 2 -> {
          written = pick(FIRST, c.get(0)).toLowerCase(Locale.ROOT) + pick(SECOND, c.get(0) / 8).toLowerCase(Locale.ROOT) + ".com";
          source = written;
        }
        case 3 -> {
          written = pick(FIRST, c.get(0)) + pick(SECOND, c.get(0) / 8) + ". " + pick(TAGLINES, c.get(3));
          source = pick(FIRST, c.get(0)) + pick(SECOND, c.get(0) / 8);
        }
        default -> {
          written = caps(name) + " | THE " + caps(pick(SECOND, c.get(0) / 8 + 1)) + " REPORT";
          source = name;
        }
      }
      String tagline = c.get(3) % 2 == 0 ? pick(TAGLINES, c.get(3) / 2) + "\n" : "";
      String menu = switch (c.get(4) % 6) {
        case 0 -> "Home | " + section + " | " + other + " | Opinion | Sport";
        case 1 -> "Home > " + section + " > " + other;
        case 2 -> caps(section) + " \u00BB " + caps(other);
        case 3 -> section + " | " + pick(List.of("World", "Politics", "Business", "Economy", "Features"), c.get(4) / 6);
        case 4 -> "Home   About   News   Contact";
        default -> "Press release | Date: " + (1 + c.get(4) % 28) + ".0" + (1 + c.get(4) % 9) + "." + (1990 + c.get(4) % 30)
            + " | No: " + (1 + c.get(4) % 200) + "/" + (1990 + c.get(4) % 30);
      };
      String a = pick(STATES, c.get(5));
      String b = pick(STATES, c.get(5) + 1 + c.get(5) / 18 % 17);
      String title = switch (c.get(6) % 3) {
        case 0 -> a + " and " + b + " sign trade pact";
        case 1 -> a + ", " + b + " agree to restore ties";
        default -> "Leaders of " + a + " and " + b + " hold talks on border";
      };
      String text = written + "\n" + tagline + menu + "\n\n" + title + "\n\n"
          + a + " and " + b + " signed an agreement on Tuesday, officials said.\n\n"
          + "The talks lasted two days, and a further round is due next year.\n";
      Read.assertFields(text, title, null, null, source);
    });
  }

  @Test
  void aWeekliesMastheadWithItsIssueIsNoHeadline() {
    Prop.check("a printed weekly's masthead with the issue's days or its date set apart", CHOICES, 300, c -> {
      String name = pick(FIRST, c.get(0)) + " " + pick(SECOND, c.get(0) / 8) + (c.get(0) % 3 == 0 ? " Weekly" : "");
      String month = pick(MONTHS, c.get(1));
      int day = 1 + c.get(1) % 20;
      int year = 1960 + c.get(2) % 60;
      String masthead = switch (c.get(3) % 3) {
        case 0 -> caps(name) + ", " + day + "-" + (day + 6) + " " + month + " " + year + "                   "
            + caps(pick(SECTIONS, c.get(4)));
        case 1 -> caps(name) + "                          " + day + " " + month + " " + year;
        default -> caps(name) + ", " + day + "-" + (day + 6) + " " + month + " " + year;
      };
      String a = pick(STATES, c.get(5));
      String b = pick(STATES, c.get(5) + 1 + c.get(5) / 18 % 17);
      String title = a + " orders patrol boats from " + b;
      String text = masthead + "\n\n" + title + "\n\n"
          + a + " has signed a contract with " + b + " for six patrol boats, officials said.\n\n"
          + "Deliveries are to begin next year.\n";
      Read.assertFields(text, title, null, null, name);
    });
  }
}
