package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages under an outlet's masthead written as its initials, a dash and the words they stand
 * for ("[XYZ] - [Xword] [Yword] [Zword]"), in capitals or not, perhaps with "of" or "de" between the
 * words, alone on the line or before a column gap and the place and date; then a headline, a
 * byline and a report. The initials are the source, never the dateline; the headline is the title; the
 * report's facts are the same with the masthead or without it. Words that run on into a sentence
 * make no masthead.
 */
class InitialsMastheadPropertiesTest {

  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> WORDS = List.of("Radiodiffusion", "Television", "Dagbladid", "Visir", "Broadcasting",
      "Corporation", "Voz", "Noticias", "Kurier", "Zeitung", "Hirlap", "Jornal", "Wire", "Foreign", "Gazeta", "Quotidien",
      "Umbrella", "Ekspress", "Independent", "Yarn");
  private static final List<String> PEOPLE = List.of("Mamadou Diatta", "Jonas Haraldsson", "Ana Lima", "Kofi Mensah",
      "Irina Volkova", "Tomas Quispe", "Leila Haddad");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");

  private static final Agencies KNOWN = new Agencies(); // a known agency's initials are read with its name

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  // the outlet's words and its initials, from the choices; "of" or "de" may stand between two words
  private static String[] outlet(List<Integer> c) {
    int n = 2 + c.get(0) % 3;
    StringBuilder name = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = pick(WORDS, c.get(0) / 3 + c.get(1) * (i + 1) + i * 7);
      if (i > 0) {
        name.append(i == 1 && c.get(1) % 4 == 0 ? (c.get(1) % 8 == 0 ? " of " : " de ") : " ");
      }
      name.append(w);
      initials.append(w.charAt(0));
    }
    String written = c.get(2) % 2 == 0 ? name.toString().toUpperCase(Locale.ROOT) : name.toString();
    return new String[] {initials.toString(), written};
  }

  private static String masthead(List<Integer> c, String initials, String words) {
    String dash = pick(List.of(" - ", " -- ", " \u2013 ", " \u2014 "), c.get(3));
    String line = initials + dash + words;
    if (c.get(3) % 3 == 0) {
      line += "                    " + pick(CITIES, c.get(4)) + ", " + pick(WEEKDAYS, c.get(4)) + " " + (1 + c.get(4) % 28)
          + " " + pick(MONTHS, c.get(4) / 7) + " " + (1960 + c.get(4) % 60);
    }
    return line + (c.get(3) % 2 == 0 ? "\nEnglish text of the bulletin" : "");
  }

  private static String headline(List<Integer> c) {
    String a = pick(STATES, c.get(5));
    String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
    String t = a + " and " + b + " sign trade pact";
    return c.get(6) % 2 == 0 ? t : t.toUpperCase(Locale.ROOT);
  }

  private static String report(List<Integer> c, boolean dateline) {
    String a = pick(STATES, c.get(5));
    String b = pick(STATES, c.get(5) + 1 + c.get(5) / 14 % 13);
    String city = pick(CITIES, c.get(7));
    return (dateline ? city.toUpperCase(Locale.ROOT) + " - " : "") + a + " and " + b
        + " signed a trade agreement on Tuesday, officials said.\n\nThe talks lasted two days, and a further round is due next year.\n";
  }

  @Test
  void anOutletsInitialsAndNameAreTheSourceNotTheDateline() {
    Prop.check("an outlet's initials and name over the headline", CHOICES, 500, c -> {
      String[] o = outlet(c);
      if (KNOWN.name(o[0]) != null) {
        return;
      }
      String person = pick(PEOPLE, c.get(8));
      boolean dateline = c.get(9) % 2 == 0;
      String title = headline(c);
      String page = masthead(c, o[0], o[1]) + "\n\n" + title + "\n\nBy " + person + "\n\n" + report(c, dateline);
      Document doc = Read.article(page);
      assertEquals(o[0], doc.source, () -> "source of\n" + page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
      assertEquals(person, doc.author, () -> "author of\n" + page);
      assertEquals(dateline ? pick(CITIES, c.get(7)).toLowerCase(Locale.ROOT) : null,
          doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT), () -> "dateline of\n" + page);
    });
  }

  @Test
  void aReportLineThatRunsOnAfterTheWordsIsNoMasthead() {
    Prop.check("a first line whose words run on into a report", CHOICES, 300, c -> {
      String[] o = outlet(c);
      String a = pick(STATES, c.get(5));
      String page = o[0] + " - " + o[1] + " signed a trade agreement with " + a + " on Tuesday, officials said.\n\n"
          + "The talks lasted two days, and a further round is due next year.\n";
      Document doc = Read.article(page);
      assertNotEquals(o[0], doc.source, () -> "source of\n" + page);
    });
  }

  private static final ArticleParser PARSER = ArticleParser.create();

  /** The facts of an extraction that page furniture must not change: countries, leaders, agreements, events. */
  static List<Object> facts(ArticleExtraction x) {
    List<Object> out = new ArrayList<>();
    out.add(x.countryCodes());
    for (Leader l : x.leaders()) {
      out.add(l.name() + " " + l.country() + " " + l.title() + " " + l.role());
    }
    x.agreements().forEach(a -> out.add(a.kind() + " " + a.parties() + " " + a.signed()));
    for (DiplomaticEvent e : x.events()) {
      out.add(e.type() + " " + e.date() + " " + e.countries() + " " + e.location());
    }
    return out;
  }

  @Test
  void theReportsFactsAreTheSameUnderTheMasthead() {
    Prop.check("the facts of a report under an initials masthead and without one", CHOICES, 150, c -> {
      LocalDate d = LocalDate.of(1960 + c.get(4) % 60, 1 + c.get(4) % 12, 1 + c.get(4) % 28);
      String[] o = outlet(c);
      String body = headline(c) + "\n\n" + report(c, true);
      String page = o[0] + " - " + o[1] + (c.get(3) % 2 == 0 ? "\nEnglish text of the bulletin" : "") + "\n\n" + body;
      assertEquals(facts(PARSER.parse("bare", body, d)), facts(PARSER.parse("page", page, d)), () -> "facts of\n" + page);
    });
  }
}
