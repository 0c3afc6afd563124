package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
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
 * Generated pages under a newspaper's printed masthead on one line: the paper's name in capitals, perhaps its town
 * (after a comma, a wide gap or a middle dot), the issue's weekday and full date in English or in the paper's language
 * ("THE EXAMPLE, Lima, Wednesday, August 7, 1985", "EL EXAMPLE      Lima, martes 29 de marzo de 1977", "LE EXAMPLE
 * Lima, vendredi 1er juillet 1960", "EXAMPLE  ·  Lima  ·  Viernes 30 de noviembre de 1984"), perhaps with an edition's
 * note on the line under it ("(English translation for the foreign press service)"). The name is the source, the
 * headline under it the title (also one in capitals whose last word names outlets: "[STATE] IS INDEPENDENT"), the
 * issue's day the stated date; a paper's own reporter credited in the dateline ("CITY, [date] (From our special
 * correspondent) -") is no source. The facts of the report are the same with the masthead or without it.
 */
class PrintedMastheadLanguagesPropertiesTest {

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 12, 12);
  private static final List<String> PAPERS = List.of("LA VOZ DEL SUR", "LE COURRIER", "DAGENS POSTEN", "THE DOMINION",
      "NRC AVONDBLAD", "O DIARIO", "IL MATTINO NUOVO", "THE COURIER-MAIL", "DE STEM");
  private static final List<String> TOWNS = List.of("Korvale", "Ombessa", "Marivan", "Tessaly", "Dunmore", "Lima",
      "Stockholm", "Barcelona", "Santo Domingo");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Fiji", "Mongolia");
  private static final List<String> CAPITALS = List.of("Accra", "Lima", "Hanoi", "Oslo", "Muscat", "Santiago", "Vientiane",
      "Nairobi", "La Paz", "Kathmandu", "Dakar", "Suva", "Ulaanbaatar");
  private static final List<String> GIVEN = List.of("Ana", "Kofi", "Lars", "Amara", "Tomas", "Leila", "Jonas", "Mariam");
  private static final List<String> FAMILY = List.of("Okafor", "Lindqvist", "Mendoza", "Haddad", "Osei", "Varga", "Tanaka");
  private static final List<String> NOTES = List.of("(English translation for the foreign press service)",
      "English edition for subscribers abroad", "(English service of the city bureau)");

  /** Month and weekday names of one language (the first January and Monday), in the order of {@link #issueDate}'s forms. */
  private record Lang(String code, List<String> months, List<String> weekdays) {}

  private static final List<Lang> LANGS = List.of(
      new Lang("en", words("January February March April May June July August September October November December"),
          words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")),
      new Lang("es", words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
          words("lunes martes miércoles jueves viernes sábado domingo")),
      new Lang("fr", words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
          words("lundi mardi mercredi jeudi vendredi samedi dimanche")),
      new Lang("nl", words("januari februari maart april mei juni juli augustus september oktober november december"),
          words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")),
      new Lang("sv", words("januari februari mars april maj juni juli augusti september oktober november december"),
          words("måndag tisdag onsdag torsdag fredag lördag söndag")),
      new Lang("pt", words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
          words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo")));

  private static List<String> words(String line) {
    return List.of(line.split(" "));
  }

  /** The issue's weekday and date as {@code lang} writes it, in capitals, with a capital or in lower case by {@code style}. */
  private static String issueDate(Lang lang, LocalDate d, int style) {
    String m = lang.months().get(d.getMonthValue() - 1);
    String w = lang.weekdays().get(d.getDayOfWeek().getValue() - 1);
    String day = lang.code().equals("fr") && d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
    String out = switch (lang.code()) {
      case "en" -> w + ", " + m + " " + day + ", " + d.getYear();
      case "es", "pt" -> w + " " + day + " de " + m + " de " + d.getYear();
      default -> w + " " + day + " " + m + " " + d.getYear();
    };
    return switch (style % 3) {
      case 0 -> out.toUpperCase(Locale.ROOT);
      case 1 -> out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
      default -> out;
    };
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static LocalDate day(List<Integer> c) {
    return LocalDate.of(1950 + c.get(0) % 70, 1 + c.get(0) / 70 % 12, 1 + c.get(1) % 28);
  }

  /** The masthead's line, and under it perhaps an edition's note with no blank line between. */
  private static String masthead(List<Integer> c, String paper, LocalDate d) {
    String town = pick(TOWNS, c.get(3));
    String date = issueDate(pick(LANGS, c.get(2)), d, c.get(4));
    String line = switch (c.get(5) % 4) {
      case 0 -> paper + ", " + town.toUpperCase(Locale.ROOT) + ", " + date;
      case 1 -> paper + " ".repeat(3 + c.get(6) % 30) + town + ", " + date;
      case 2 -> paper + "  \u00B7  " + town + "  \u00B7  " + date;
      default -> paper + ", " + town + ", " + date;
    };
    return c.get(7) % 3 == 0 ? line + "\n" + pick(NOTES, c.get(8)) : line;
  }

  private static String headline(List<Integer> c) {
    String a = pick(STATES, c.get(9));
    String b = pick(STATES, c.get(9) + 1 + c.get(10) % 11);
    return c.get(10) % 3 == 0 ? (a + " IS INDEPENDENT").toUpperCase(Locale.ROOT) : a + " and " + b + " sign trade pact";
  }

  private static String report(List<Integer> c, boolean ownReporter) {
    int a = c.get(9) % STATES.size();
    int b = (c.get(9) + 1 + c.get(10) % 11) % STATES.size();
    String minister = pick(GIVEN, c.get(11)) + " " + pick(FAMILY, c.get(11) / 8);
    String credit = ownReporter ? " (From our special correspondent)" : "";
    return CAPITALS.get(b).toUpperCase(Locale.ROOT) + ", June 30" + credit + " - The foreign minister of " + STATES.get(a)
        + ", " + minister + ", met President " + pick(FAMILY, c.get(11) / 3) + " of " + STATES.get(b)
        + " yesterday, and the two states signed a trade agreement.\n\nThe talks lasted two days, officials said.\n";
  }

  @Test
  void aPrintedMastheadNamesTheSourceAndDatesThePageAndIsNoHeadline() {
    Prop.check("[PAPER][, Town | gap Town | · Town ·] [weekday] [date] over the headline", CHOICES, 600, c -> {
      LocalDate d = day(c);
      String paper = pick(PAPERS, c.get(4) / 3);
      String page = masthead(c, paper, d) + "\n\n" + headline(c) + "\n\n" + report(c, c.get(6) % 2 == 0);
      Document doc = Read.article(page);
      assertEquals(headline(c), doc.title, () -> "title of\n" + page);
      assertEquals(paper.toLowerCase(Locale.ROOT), doc.source == null ? null : doc.source.toLowerCase(Locale.ROOT),
          () -> "source of\n" + page);
      assertEquals(EdtfDate.of(d), doc.statedPublished, () -> "stated date of\n" + page);
    });
  }

  private static final ArticleParser PARSER = ArticleParser.create();

  private record LeaderFields(String name, String country, String title, String role) {
    static LeaderFields of(Leader l) {
      return new LeaderFields(l.name(), String.valueOf(l.country()), String.valueOf(l.title()), l.role().name());
    }
  }

  private static List<Object> facts(ArticleExtraction x) {
    List<Object> out = new ArrayList<>();
    out.add(x.countryCodes());
    for (Leader l : x.leaders()) {
      out.add(LeaderFields.of(l));
    }
    x.agreements().forEach(a -> out.add(a.kind() + " " + a.parties() + " " + a.signed()));
    for (DiplomaticEvent e : x.events()) {
      out.add(e.type() + " " + e.date() + " " + e.countries());
    }
    return out;
  }

  @Test
  void theReportsFactsAreTheSameUnderAnyMasthead() {
    Prop.check("the facts of a report under a printed masthead and without one", CHOICES, 150, c -> {
      LocalDate d = day(c);
      String body = headline(c) + "\n\n" + report(c, false);
      String page = masthead(c, pick(PAPERS, c.get(4) / 3), d) + "\n\n" + body;
      assertEquals(facts(PARSER.parse("bare", body, d)), facts(PARSER.parse("page", page, d)), () -> "facts of\n" + page);
    });
  }
}
