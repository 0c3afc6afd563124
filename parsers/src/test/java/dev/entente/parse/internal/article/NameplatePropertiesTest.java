package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages whose first line is a paper's name alone, with no word that says it is an outlet
 * ("KESTRIN SOLVARA", "Jornal de Marandu", "The Velikor"), in capitals or title case, a short one
 * perhaps with the edition's language after it ("KESTRIN English"); then the headline, perhaps after
 * a blank line (always, for a headline in capitals), a byline and a report whose dateline credits no
 * agency. The name is the source (in title case, its particles in lower case) and the headline the
 * title. A section's name, a kicker or a state's name over the headline ("DEFENCE INDUSTRY", "Middle
 * East", "KAZAKHSTAN") is no source; an agency in the dateline is the source over the name; a lone
 * headline over the report is the title, not the source; and the report's facts are the same under
 * the name or without it.
 */
class NameplatePropertiesTest {

  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Mongolia", "Uruguay");
  private static final List<String> WORDS = List.of("Kestrin", "Solvara", "Marandu", "Velikor", "Taduna", "Brisvel",
      "Orizzont", "Rundblick", "Vozara", "Nowiny", "Uutiset", "Kurjer", "Vjesnik", "Dnevnik", "Hirado", "Ilta",
      "Amandor", "Corrada");
  private static final List<String> PARTICLES = List.of("de", "della", "of", "do", "del");
  private static final List<String> NOTES = List.of(" English", " French", " Arabic");
  private static final List<String> LABELS = List.of("DEFENCE INDUSTRY", "Middle East", "ARMS TALKS", "World Politics",
      "Energy", "Foreign Affairs", "LATIN AMERICA", "Trade", "KAZAKHSTAN", "South Korea", "Peru");
  private static final List<String> PEOPLE = List.of("Mamadou Diatta", "Jonas Haraldsson", "Ana Lima", "Kofi Mensah",
      "Irina Volkova", "Tomas Quispe", "Leila Haddad");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  // the paper's name in title case, its particles in lower case: one to three words, "The" or a particle perhaps
  private static String name(List<Integer> c) {
    String a = pick(WORDS, c.get(0));
    String b = pick(WORDS, c.get(0) / 18 + c.get(1) + 1);
    if (a.equals(b)) {
      b = pick(WORDS, c.get(1) + 7);
    }
    return switch (c.get(1) % 5) {
      case 0 -> a;
      case 1 -> a + " " + b;
      case 2 -> "The " + a;
      case 3 -> a + " " + pick(PARTICLES, c.get(2)) + " " + b;
      default -> "The " + a + " " + b;
    };
  }

  private static String written(List<Integer> c, String name) {
    return c.get(2) % 2 == 0 ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static String headline(List<Integer> c) {
    String a = pick(STATES, c.get(5));
    String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
    String t = a + " and " + b + " sign trade pact";
    return c.get(6) % 3 == 0 ? t.toUpperCase(Locale.ROOT) : t;
  }

  private static String report(List<Integer> c, String credit) {
    String a = pick(STATES, c.get(5));
    String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
    String city = pick(CITIES, c.get(7));
    String dateline = switch (c.get(7) % 3) {
      case 0 -> "";
      case 1 -> city.toUpperCase(Locale.ROOT) + credit + " - ";
      default -> city + ", " + pick(MONTHS, c.get(4)) + " " + (1 + c.get(4) % 28) + credit + " - ";
    };
    if (dateline.isEmpty() && !credit.isEmpty()) {
      dateline = city.toUpperCase(Locale.ROOT) + credit + " - ";
    }
    return dateline + a + " and " + b + " signed a trade agreement on Tuesday, officials said.\n\n"
        + "The talks lasted two days, and a further round is due next year.\n";
  }

  // the head under the first line: the headline, perhaps after a blank line, and perhaps a byline
  private static String head(List<Integer> c, String title) {
    // a headline in capitals right under a line in capitals is one headline wrapped over two lines
    String gap = c.get(3) % 2 == 0 || title.equals(title.toUpperCase(Locale.ROOT)) ? "\n\n" : "\n";
    String byline = c.get(8) % 2 == 0 ? "\n\nBy " + pick(PEOPLE, c.get(8) / 2) : "";
    return gap + title + byline + "\n\n";
  }

  @Test
  void aPapersNameAloneOnTheFirstLineIsTheSource() {
    Prop.check("a paper's name alone over the headline", CHOICES, 500, c -> {
      String name = name(c);
      // the edition's language after a name of one or two words: a line of four words over a headline is read as the headline
      String note = c.get(9) % 3 == 0 && name.split(" ").length <= 2 ? pick(NOTES, c.get(9) / 3) : "";
      String title = headline(c);
      String page = written(c, name) + note + head(c, title) + report(c, "");
      Document doc = Read.article(page);
      assertEquals(name, doc.source, () -> "source of\n" + page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
    });
  }

  @Test
  void aSectionOrKickerOverTheHeadlineIsNoSource() {
    Prop.check("a section's name or a kicker over the headline", CHOICES, 300, c -> {
      String title = headline(c);
      String page = pick(LABELS, c.get(0)) + "\n" + head(c, title) + report(c, ""); // a blank line: a label in capitals run on into a headline in capitals is one headline
      Document doc = Read.article(page);
      assertNull(doc.source, () -> "source of\n" + page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
    });
  }

  @Test
  void anAgencyInTheDatelineIsTheSourceOverTheName() {
    Prop.check("an agency credited in the dateline under a paper's name", CHOICES, 300, c -> {
      String name = name(c);
      String page = written(c, name) + head(c, headline(c)) + report(c, " (AFP)");
      Document doc = Read.article(page);
      assertEquals("AFP", doc.source, () -> "source of\n" + page);
    });
  }

  @Test
  void aLoneHeadlineOverTheReportIsTheTitleNotTheSource() {
    Prop.check("a short headline alone over the report", CHOICES, 300, c -> {
      String name = name(c);
      if (!name.contains(" ")) {
        return; // a word alone in short capitals ("ILTA") may be an agency's initials
      }
      String title = written(c, name);
      String page = title + "\n\n" + report(c, "");
      Document doc = Read.article(page);
      assertNotEquals(name, doc.source, () -> "source of\n" + page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
    });
  }

  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void theReportsFactsAreTheSameUnderThePapersName() {
    Prop.check("the facts of a report under a paper's name and without it", CHOICES, 150, c -> {
      LocalDate d = LocalDate.of(1960 + c.get(4) % 60, 1 + c.get(4) % 12, 1 + c.get(4) % 28);
      String body = headline(c) + "\n\n" + report(c, "");
      String page = written(c, name(c)) + (c.get(3) % 2 == 0 ? "\n\n" : "\n") + body;
      assertEquals(InitialsMastheadPropertiesTest.facts(PARSER.parse("bare", body, d)),
          InitialsMastheadPropertiesTest.facts(PARSER.parse("page", page, d)), () -> "facts of\n" + page);
    });
  }
}
