package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.PrintPageFormsPropertiesTest.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated pages whose head is a block of short lines with no blank line between them (a paper's name, its
 * tagline, the issue's place and date in any language with an edition's note, the page) over a headline that
 * stands alone. A headline stands alone: no line of the block is the title, the headline is, and the
 * issue's date, when written in English, is the stated date. A headline with its deck under it and a credit
 * standing alone below them keeps its place, and a headline in capitals around a colon is no dateline.
 */
class MastheadBlockPropertiesTest {

  private static final List<String> CITIES = PrintPageFormsPropertiesTest.plainCities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> NAME_WORDS = List.of("Meridian", "Steppe", "Coastal", "Andean", "Sahel", "Baltic",
      "Pravdina", "Zemlja", "Nacion", "Kurir");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
  // an issue's date as papers print it in other languages, opening with a capital (made-up month and weekday words, so none is read as a date)
  private static final List<String> OTHER_DATES = List.of("Martedo [D] de otrubo de [Y]", "Fredago, [D]. februaro [Y]",
      "Lunedo, [D] de mayro de [Y]", "Sabtoo [D] Septembro [Y]");
  private static final List<String> NOTES = List.of("English service", "English summary for the diplomatic corps",
      "edicion internacional", "siaran bahasa Inggeris", "compiled from agency and press reports");
  private static final List<String> TAGLINES = List.of("National daily of information", "The country's first English daily",
      "Independent news and views", "Business weekly", "Organ of the Central Committee -- English digest");
  private static final List<String> UNDER = List.of("Front page", "International edition", "English summary");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  @Test
  void aMastheadBlockOverAHeadlineStandingAloneIsNoHeadline() {
    Prop.check("a masthead's block of lines over a headline that stands alone", CHOICES, 500, c -> {
      String paper = pick(NAME_WORDS, c.get(0)) + (c.get(0) % 2 == 0 ? " " + pick(NAME_WORDS, c.get(0) / 10 + 1) : "");
      String town = pick(CITIES, c.get(1));
      int month = c.get(2) % 12;
      int day = 1 + c.get(2) / 12 % 28;
      int year = 1950 + c.get(3) % 70;
      boolean english = c.get(4) % 2 == 0;
      String date = english
          ? pick(WEEKDAYS, c.get(4) / 2) + ", " + MONTHS.get(month) + " " + day + ", " + year
          : pick(OTHER_DATES, c.get(4) / 2).replace("[D]", String.valueOf(day)).replace("[Y]", String.valueOf(year));
      String issue = switch (c.get(5) % 4) {
        case 0 -> town + ", " + date;
        case 1 -> town + ", " + date + " - " + pick(NOTES, c.get(5) / 4);
        case 2 -> date + " | " + pick(NOTES, c.get(5) / 4);
        default -> pick(TAGLINES, c.get(5) / 4);
      };
      StringBuilder page = new StringBuilder(paper.toUpperCase(Locale.ROOT)).append('\n').append(issue).append('\n');
      if (c.get(6) % 3 == 0) {
        page.append(pick(UNDER, c.get(6) / 3)).append('\n');
      }
      String a = pick(STATES, c.get(7));
      String b = pick(STATES, c.get(7) + 1 + c.get(7) / 14 % 13);
      String headline = c.get(8) % 2 == 0 ? a + " and " + b + " open embassies" : (a + " AND " + b + " SIGN TRADE PACT").toUpperCase(Locale.ROOT);
      String city = pick(CITIES, c.get(9));
      page.append('\n').append(headline).append("\n\n");
      if (c.get(9) % 3 == 0) {
        page.append("By Ana Lima\n\n");
      }
      page.append(city.toUpperCase(Locale.ROOT)).append(", ").append(MONTHS.get(month)).append(' ').append(day)
          .append(" -- ").append(a).append(" and ").append(b)
          .append(" agreed on Tuesday to open embassies in each other's capitals, officials said.\n\n")
          .append("The talks lasted two days, and a further round is due next year.\n");
      String text = page.toString();
      Document doc = Read.article(text);
      assertEquals(headline, doc.title, () -> "title of\n" + text);
      assertTrue(Read.furniture(doc).stream().anyMatch(s -> s.contains(issue.substring(0, Math.min(12, issue.length())))),
          () -> "the issue's line is no furniture of\n" + text);
      assertNotEquals(paper, doc.dateline, () -> "the paper read as the dateline of\n" + text);
      if (english && c.get(5) % 4 < 3) {
        assertEquals(EdtfDate.of(LocalDate.of(year, month + 1, day)), doc.statedPublished, () -> "stated date of\n" + text);
      }
      // the same page with the states swapped: the headline read is the swapped one
      String swapped = text.replace(a, "\u0000").replace(b, a).replace("\u0000", b)
          .replace(a.toUpperCase(Locale.ROOT), "\u0000").replace(b.toUpperCase(Locale.ROOT), a.toUpperCase(Locale.ROOT))
          .replace("\u0000", b.toUpperCase(Locale.ROOT));
      String swappedHeadline = headline.replace(a, "\u0000").replace(b, a).replace("\u0000", b)
          .replace(a.toUpperCase(Locale.ROOT), "\u0000").replace(b.toUpperCase(Locale.ROOT), a.toUpperCase(Locale.ROOT))
          .replace("\u0000", b.toUpperCase(Locale.ROOT));
      assertEquals(swappedHeadline, Read.article(swapped).title, () -> "title of\n" + swapped);
    });
  }

  /**
   * A headline with its deck under it on the page's first lines, then a credit standing alone ("Staff Report",
   * "From our correspondent in [City]"): the headline is the title, the credit no headline.
   */
  @Test
  void aHeadlineWithItsDeckKeepsItsPlaceOverACredit() {
    List<String> credits = List.of("Staff Report", "From our correspondent in [City]", "Monitor Report");
    Prop.check("a headline and its deck over a credit line", CHOICES, 300, c -> {
      String a = pick(STATES, c.get(0));
      String b = pick(STATES, c.get(0) + 1 + c.get(0) / 14 % 13);
      String city = pick(CITIES, c.get(1));
      String headline = a + " opens " + b + " tour with trade deals";
      String deck = "President signs " + (2 + c.get(2) % 9) + " agreements with his host and courts the regional bloc";
      String credit = pick(credits, c.get(3)).replace("[City]", city);
      String text = headline + "\n" + deck + "\n\n" + credit + "\n\n" + city.toUpperCase(Locale.ROOT) + " -- " + a
          + " and " + b + " signed trade agreements on Tuesday, officials said.\n\nThe talks lasted two days.\n";
      Document doc = Read.article(text);
      assertEquals(headline, doc.title, () -> "title of\n" + text);
    });
  }

  /**
   * A headline in capitals around a colon ("[STATE] AND [STATE] SIGN: TROOPS TO GUARANTEE PEACE") is the title, not a
   * dateline: the report's city under it is.
   */
  @Test
  void aHeadlineInCapitalsWithAColonIsNoDateline() {
    Prop.check("a headline in capitals around a colon", CHOICES, 300, c -> {
      String a = pick(STATES, c.get(0)).toUpperCase(Locale.ROOT);
      String b = pick(STATES, c.get(0) + 1 + c.get(0) / 14 % 13).toUpperCase(Locale.ROOT);
      String city = pick(CITIES, c.get(1));
      String headline = switch (c.get(2) % 3) {
        case 0 -> "ACCORD SIGNED: " + a + " TO GUARANTEE PEACE IN " + b;
        case 1 -> "TREATY SIGNED: " + a + " AND " + b + " TO BUILD DAM";
        default -> "TALKS END: " + a + " PLEDGES MORE AID TO " + b;
      };
      String text = headline + "\n\n" + city.toUpperCase(Locale.ROOT) + ", " + MONTHS.get(c.get(3) % 12) + " "
          + (1 + c.get(3) % 28) + " -- The leaders signed the agreement on Tuesday, officials said.\n\nThe talks lasted two days.\n";
      Document doc = Read.article(text);
      assertEquals(headline, doc.title, () -> "title of\n" + text);
      assertFalse(doc.dateline != null && headline.toLowerCase(Locale.ROOT).startsWith(doc.dateline.toLowerCase(Locale.ROOT)),
          () -> "the headline read as the dateline of\n" + text);
      assertEquals(city.toLowerCase(Locale.ROOT), doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT),
          () -> "dateline of\n" + text);
    });
  }
}
