package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages whose own date stands in the page's head and nowhere else: an issue line with its
 * weekday and the page's section ("[Weekday], [Month] [D], [YYYY] | [Section]") under the masthead; a
 * dateline whose city is followed by its region or state before the date, on a line of its own or
 * opening the report ("[City], [Region], [D] [Month] [YYYY]", "[CITY], [Name] region, [D] [Month]
 * [YYYY] ([AG]). ..."); a dateline with its weekday under the headline ("[CITY], [Weekday], [Month]
 * [D], [YYYY]"); a dateline under a standfirst and a short credit line. The date is the stated
 * date, the city the dateline, the headline the title; the date's line is no headline.
 */
class PageDateFormsPropertiesTest {

  private static final List<String> CITIES = cities();
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Nigeria", "Fiji", "Mongolia");
  private static final List<String> REGIONS = List.of("Northern Province", "Coast region", "Upper Valley", "Lakes District",
      "Western Cape", "Meridian oblast", "Ghana", "Peru", "Mongolia");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");
  private static final List<String> SECTIONS = List.of("National", "World", "Business", "Asia Pacific", "Region");
  private static final List<String> CREDITS = List.of("Agencia Meridia", "Steppe Agency", "Coastal News Service",
      "Sahel Press");

  private static final List<String> PAPERS = List.of("THE MERIDIAN HERALD", "STEPPE TIMES", "SAHEL WEEKLY", "ZEMLJA",
      "THE BALTIC POST");
  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 10, 10);

  // known cities and made-up ones of one word or hyphenated
  private static List<String> cities() {
    List<String> out = new ArrayList<>(PrintPageFormsPropertiesTest.plainCities());
    out.addAll(List.of("Korvale", "Tessin-Dara", "Ombessa", "Marivan"));
    return List.copyOf(out);
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  /** A generated report: its day, two states, a headline naming them, a city and a region. */
  private record Case(LocalDate day, String dayMonthYear, String monthDayYear, String weekday, String a, String b,
      String title, String city, String region) {
    static Case of(List<Integer> c) {
      LocalDate d = LocalDate.of(1960 + c.get(0) % 60, 1 + c.get(0) / 60 % 12, 1 + c.get(0) / 7 % 28);
      String month = MONTHS.get(d.getMonthValue() - 1);
      String a = pick(STATES, c.get(1));
      String b = pick(STATES, c.get(1) + 1 + c.get(1) / 14 % 13);
      return new Case(d, d.getDayOfMonth() + " " + month + " " + d.getYear(), month + " " + d.getDayOfMonth() + ", " + d.getYear(),
          WEEKDAYS.get(d.getDayOfWeek().getValue() - 1), a, b, a + " and " + b + " sign trade pact", pick(CITIES, c.get(4)),
          pick(REGIONS, c.get(3)));
    }

    String report() {
      return a + " and " + b + " signed a trade agreement yesterday, officials said.\n\n"
          + "The talks lasted two days, and a further round is due next year.\n";
    }

    /** Reads {@code page} and asserts the title, the dateline (in any case) and the stated date. */
    Document check(String page, @Nullable String dateline, @Nullable LocalDate stated) {
      Document doc = Read.article(page);
      assertEquals(title, doc.title, () -> "title of\n" + page);
      assertEquals(dateline == null ? null : dateline.toLowerCase(Locale.ROOT),
          doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT), () -> "dateline of\n" + page);
      assertEquals(stated == null ? null : EdtfDate.of(stated), doc.statedPublished, () -> "stated date of\n" + page);
      return doc;
    }
  }

  @Test
  void anIssueLineWithItsWeekdayAndSectionDatesThePage() {
    Prop.check("[Weekday], [Month] [D], [YYYY] | [Section] under the masthead", CHOICES, 400, c -> {
      Case k = Case.of(c);
      String issue = (c.get(2) % 2 == 0 ? k.weekday() + ", " : "") + k.monthDayYear() + " | " + pick(SECTIONS, c.get(3));
      k.check((c.get(5) % 2 == 0 ? "THE MERIDIAN HERALD\n" : "") + issue + "\n\n" + k.title() + "\n\n"
          + k.city().toUpperCase(Locale.ROOT) + " - " + k.report(), k.city(), k.day());
    });
  }

  @Test
  void aDatelineWithItsRegionOnItsOwnLineDatesThePage() {
    Prop.check("[City], [Region], [D] [Month] [YYYY] under the headline", CHOICES, 400, c -> {
      Case k = Case.of(c);
      k.check(k.title() + "\n\n" + k.city() + ", " + k.region() + ", " + (c.get(2) % 2 == 0 ? k.dayMonthYear() : k.monthDayYear())
          + "\n\n" + k.report(), k.city(), k.day());
    });
  }

  @Test
  void aDatelineWithItsWeekdayUnderTheHeadlineDatesThePage() {
    Prop.check("[PAPER] / [Headline] / [Standfirst] / [CITY], [Weekday], [Month] [D], [YYYY]", CHOICES, 400, c -> {
      Case k = Case.of(c);
      String standfirst = c.get(2) % 2 == 0 ? "Agreement signed in the capital\n" : "";
      k.check(pick(PAPERS, c.get(5)) + "\n\n" + k.title() + "\n" + standfirst + "\n" + k.city().toUpperCase(Locale.ROOT) + ", "
          + k.weekday() + ", " + k.monthDayYear() + "\n\n" + k.report(), k.city(), k.day());
    });
  }

  @Test
  void aDatelineWithItsRegionAndAgencyOpeningTheReportDatesThePage() {
    Prop.check("[CITY], [Region], [D] [Month] [YYYY] ([AG]). [report]", CHOICES, 400, c -> {
      Case k = Case.of(c);
      k.check(k.title() + "\n\n" + k.city().toUpperCase(Locale.ROOT) + ", " + k.region() + ", " + k.dayMonthYear() + " (MNA). "
          + k.report(), k.city(), k.day());
    });
  }

  @Test
  void aDatelineUnderAStandfirstAndACreditLineDatesThePage() {
    Prop.check("headline, standfirst, credit line, then [City], [D] [Month] [YYYY] ([AG]). [report]", CHOICES, 400, c -> {
      Case k = Case.of(c);
      String opening = k.city() + ", " + k.dayMonthYear() + " (MNA).";
      Document doc = k.check(k.title() + "\n\nThe " + k.a() + " delegation arrived with forty officials and will meet its hosts on Friday.\n\n"
          + pick(CREDITS, c.get(3)) + "\n\n" + opening + " " + k.report(), k.city(), k.day());
      assertFalse(Read.furniture(doc).contains(opening), () -> "the report's first sentence read as furniture in\n" + k.title());
    });
  }

  @Test
  void aDatedMastheadDatesThePage() {
    Prop.check("[PAPER], [City], [D] [Month] [YYYY] / [PAPER], [WEEKDAY], [MONTH] [D], [YYYY] over the headline", CHOICES, 400, c -> {
      Case k = Case.of(c);
      String paper = pick(PAPERS, c.get(5));
      String masthead = switch (c.get(2) % 3) {
        case 0 -> paper + ", " + k.city() + ", " + k.dayMonthYear();
        case 1 -> paper + ", " + (k.weekday() + ", " + k.monthDayYear()).toUpperCase(Locale.ROOT);
        default -> paper + ", " + k.dayMonthYear() + ", page 1";
      };
      String place = pick(STATES, c.get(6)).toUpperCase(Locale.ROOT);
      k.check(masthead + "\n\n" + k.title() + "\n\n" + place + ", " + (1 + c.get(7) % 28) + " " + pick(MONTHS, c.get(7)) + " - "
          + k.report(), place, k.day());
    });
  }

  /** A report sentence naming a city, its region and a date under the headline is no dateline and no page date. */
  @Test
  void aDatedRegionInAReportSentenceIsNoDateline() {
    Prop.check("a report sentence naming a city, its region and a date", CHOICES, 300, c -> {
      Case k = Case.of(c);
      k.check(k.title() + "\n\nThe ministers met in " + k.city() + ", " + k.region() + ", on " + k.dayMonthYear()
          + " and signed a trade agreement, officials said.\n\nThe talks lasted two days.\n", null, null);
    });
  }
}
