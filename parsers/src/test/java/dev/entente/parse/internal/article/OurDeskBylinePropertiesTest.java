package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Generated pages whose byline credits the outlet's own desk before the reporter's name: "From our
 * [special] correspondent, [Name]", "By our [Town] correspondent[,] [Name]", "From our correspondent
 * [Name], in [City]", "Our correspondent [Name] reports from [City]", "From our correspondent in [City],
 * [Name]". The name is the author, the place filed from the dateline when the report states none, the
 * headline stays the title, and the report's facts are the same with the byline or without it. A report
 * sentence that opens with "Our correspondent" names no author.
 */
class OurDeskBylinePropertiesTest {

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);
  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> GIVEN = List.of("Ana", "Kofi", "Urs", "Teresa", "Jean-Paul", "Mariam", "Lars",
      "Nguyen", "Tomas", "Ingrid");
  private static final List<String> SURNAMES = List.of("Lima", "Osei", "Gerber", "de Sousa", "Haddad", "Berg",
      "Brodeur", "Quispe", "Vasconcelos Faria", "Mensah");
  private static final List<String> DESKS = List.of("", "special ", "own ", "diplomatic ", "political ", "Berne ",
      "Lagos ");
  private static final List<String> JOBS = List.of("correspondent", "reporter", "envoy");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final ArticleParser PARSER = ArticleParser.create();

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static String name(List<Integer> c) {
    return pick(GIVEN, c.get(0)) + " " + pick(SURNAMES, c.get(1));
  }

  private static String headline(List<Integer> c) {
    return pick(STATES, c.get(2)) + " and " + pick(STATES, c.get(2) + 1 + c.get(3) % 12) + " sign trade pact";
  }

  // the report, opening with a dateline in capitals or not
  private static String report(List<Integer> c, String dateline) {
    String a = pick(STATES, c.get(2));
    String b = pick(STATES, c.get(2) + 1 + c.get(3) % 12);
    String lead = dateline.isEmpty() ? "" : dateline.toUpperCase(Locale.ROOT) + " - ";
    return lead + a + " and " + b + " signed a trade agreement on " + (1 + c.get(4) % 28) + " "
        + pick(MONTHS, c.get(4)) + ", officials said.\n\nThe talks lasted two days.\n";
  }

  // the byline [0] and the place it names [1], empty when it names none
  private static String[] byline(List<Integer> c, String name, String city) {
    String desk = pick(DESKS, c.get(5));
    String job = pick(JOBS, c.get(6));
    return switch (c.get(7) % 5) {
      case 0 -> new String[] {"From our " + desk + job + ", " + name, ""};
      case 1 -> new String[] {"By our " + desk + job + (c.get(8) % 2 == 0 ? ", " : " ") + name, ""};
      case 2 -> new String[] {"From our " + desk + job + " " + name + ", in " + city, city};
      case 3 -> new String[] {"Our " + desk + job + " " + name + " reports from " + city, city};
      default -> new String[] {"From our " + desk + job + " in " + city + ", " + name, city};
    };
  }

  @Test
  void theReporterAfterTheDeskIsTheAuthorAndThePlaceTheDateline() {
    Prop.check("[From|By] our [desk] correspondent[,] [Name][, in City] under the headline", CHOICES, 500, c -> {
      String name = name(c);
      String city = pick(CITIES, c.get(9));
      String[] by = byline(c, name, city);
      String page = "Example Daily\n\n" + headline(c) + "\n\n" + by[0] + "\n\n" + report(c, "");
      Document doc = Read.article(page);
      assertEquals(name, doc.author, () -> "author of\n" + page);
      assertEquals(headline(c), doc.title, () -> "title of\n" + page);
      assertEquals(by[1].isEmpty() ? null : by[1], doc.dateline, () -> "dateline of\n" + page);
    });
  }

  @Test
  void theReportsOwnDatelineWinsAndTheFactsAreTheSame() {
    Prop.check("a byline naming the desk over a dated report; the facts with the byline and without it", CHOICES, 200, c -> {
      String name = name(c);
      String city = pick(CITIES, c.get(9));
      String other = pick(CITIES, c.get(9) + 1 + c.get(8) % 20);
      String body = headline(c) + "\n\n" + report(c, other);
      String page = headline(c) + "\n\n" + byline(c, name, city)[0] + "\n\n" + report(c, other);
      Document doc = Read.article(page);
      assertEquals(name, doc.author, () -> "author of\n" + page);
      assertEquals(other, doc.dateline, () -> "dateline of\n" + page);
      LocalDate d = LocalDate.of(1960 + c.get(4) % 60, 1 + c.get(4) % 12, 1 + c.get(4) % 28);
      assertEquals(InitialsMastheadPropertiesTest.facts(PARSER.parse("bare", body, d)),
          InitialsMastheadPropertiesTest.facts(PARSER.parse("page", page, d)), () -> "facts of\n" + page);
    });
  }

  @Test
  void aReportSentenceOpeningWithOurCorrespondentNamesNoAuthor() {
    Prop.check("Our correspondent in [City] said ... / Our correspondent [Name] was told ... in the report", CHOICES, 300, c -> {
      String city = pick(CITIES, c.get(9));
      String sentence = c.get(7) % 2 == 0
          ? "Our correspondent in " + city + " said the talks had gone well and that a second round was planned."
          : "Our " + pick(DESKS, c.get(5)) + "correspondent " + name(c) + " was told by officials that the talks went well.";
      String page = headline(c) + "\n\n" + report(c, city) + "\n" + sentence + "\n";
      assertEquals(null, Read.article(page).author, () -> "author of\n" + page);
    });
  }
}
