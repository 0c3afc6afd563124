package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages whose own date stands in the page's head in a form other than English words: an issue
 * line in the outlet's language ("[City], [weekday] [D] de [mes] de [YYYY]", "[D]. [Monat] [YYYY]"), an
 * edition's label with a numeric date ("Edition du [DD]/[MM]/[YYYY]", "[D].[M].[YYYY]"), a cable's dateline in
 * capitals ("[CITY], [D] [MON] [YY] ([AG]) -"), a masthead with its town before a wide gap, a magazine's
 * month line. The date is the stated date; the same date in the report's body is not; a given date is kept.
 */
class PageDateLanguagesPropertiesTest {

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 8, 8);
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Fiji", "Mongolia");
  private static final List<String> TOWNS = List.of("Korvale", "Ombessa", "Marivan", "Tessaly", "Dunmore");
  private static final List<String> PAPERS = List.of("EL MERIDIANO", "O CORREIO DO SUL", "LE COURRIER", "IL GIORNALE NUOVO",
      "DIE STIMME");
  private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** Month names of one language (index 0 is January) and how that language writes a day's date. */
  private enum Lang {
    ES("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "lunes martes miércoles jueves viernes sábado domingo"),
    PT("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    FR("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "lundi mardi mercredi jeudi vendredi samedi dimanche"),
    IT("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    DE("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag");

    final String[] months;
    final String[] weekdays;

    Lang(String months, String weekdays) {
      this.months = months.split(" ");
      this.weekdays = weekdays.split(" ");
    }

    String date(LocalDate d, boolean capital) {
      String m = months[d.getMonthValue() - 1];
      m = capital ? m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1) : m;
      String w = weekdays[d.getDayOfWeek().getValue() - 1];
      return switch (this) {
        case ES, PT -> w + " " + d.getDayOfMonth() + " de " + m + " de " + d.getYear();
        case DE -> w + ", " + d.getDayOfMonth() + ". " + m + " " + d.getYear();
        default -> w + " " + d.getDayOfMonth() + " " + m + " " + d.getYear();
      };
    }
  }

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  private static LocalDate day(List<Integer> c) {
    return LocalDate.of(1950 + c.get(0) % 75, 1 + c.get(0) / 75 % 12, 1 + c.get(1) % 28);
  }

  private static String title(List<Integer> c) {
    String a = pick(STATES, c.get(2));
    String b = pick(STATES, c.get(2) + 1 + c.get(3) % 11);
    return a + " and " + b + " sign trade pact";
  }

  private static String report(List<Integer> c) {
    return pick(STATES, c.get(2)) + " and " + pick(STATES, c.get(2) + 1 + c.get(3) % 11)
        + " signed a trade agreement yesterday, officials said.\n\nThe talks lasted two days, and a further round is due next year.\n";
  }

  private static Document check(String page, @Nullable EdtfDate stated) {
    Document doc = Read.article(page);
    assertEquals(stated, doc.statedPublished, () -> "stated date of\n" + page);
    return doc;
  }

  /** Reads {@code head} over the headline and report of {@code c}: the day is the stated date, the headline the title. */
  private static void checkTitled(String head, List<Integer> c, LocalDate day) {
    String page = head + "\n\n" + title(c) + "\n\n" + report(c);
    Document doc = check(page, EdtfDate.of(day));
    assertEquals(title(c), doc.title, () -> "title of\n" + page);
  }

  @Test
  void anIssueLineInTheOutletsLanguageDatesThePage() {
    Prop.check("[PAPER] / [Town], [weekday] [D] de [mes] de [YYYY] over the headline", CHOICES, 400, c -> {
      LocalDate d = day(c);
      Lang lang = Lang.values()[c.get(4) % Lang.values().length];
      checkTitled(pick(PAPERS, c.get(5)) + "\n" + pick(TOWNS, c.get(6)) + ", " + lang.date(d, c.get(7) % 2 == 0), c, d);
    });
  }

  @Test
  void anEditionsNumericDateReadsTheDayFirstUnlessItsValuesSayOtherwise() {
    Prop.check("Edition du [DD]/[MM]/[YYYY], [D].[M].[YYYY], [MM]/[DD]/[YYYY] with a day past 12", CHOICES, 400, c -> {
      LocalDate d = day(c);
      String dd = String.format(Locale.ROOT, "%02d", d.getDayOfMonth());
      String mm = String.format(Locale.ROOT, "%02d", d.getMonthValue());
      String date = switch (c.get(4) % 3) {
        case 0 -> dd + "/" + mm + "/" + d.getYear();
        case 1 -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
        default -> d.getDayOfMonth() > 12 ? mm + "/" + dd + "/" + d.getYear() : dd + "/" + mm + "/" + d.getYear();
      };
      String label = pick(List.of("Edition du ", "Édition du ", "Edición del ", "Ausgabe vom ", "Edition of "), c.get(5));
      check(pick(PAPERS, c.get(6)) + "\n" + label + date + "\n\n" + title(c) + "\n\n" + report(c), EdtfDate.of(d));
    });
  }

  @Test
  void aCablesCapitalsDatelineDatesThePage() {
    Prop.check("[CITY], [D] [MON] [YY or YYYY] ([AG]) - [report]", CHOICES, 400, c -> {
      LocalDate d = day(c);
      String mon = EN[d.getMonthValue() - 1].substring(0, 3).toUpperCase(Locale.ROOT);
      String year = c.get(4) % 2 == 0 ? Integer.toString(d.getYear()) : String.format(Locale.ROOT, "%02d", d.getYear() % 100);
      String city = pick(TOWNS, c.get(5)).toUpperCase(Locale.ROOT);
      Document doc = check(title(c) + "\n\n" + city + ", " + d.getDayOfMonth() + " " + mon + " " + year + " (MNA) - " + report(c),
          EdtfDate.of(d)); // two digits read in their century: the days drawn fall in 1950 to 2024
      assertEquals(city.toLowerCase(Locale.ROOT), doc.dateline == null ? null : doc.dateline.toLowerCase(Locale.ROOT));
    });
  }

  @Test
  void aMastheadWithItsTownBeforeAWideGapDatesThePage() {
    Prop.check("THE [PAPER], [TOWN]      [WEEKDAY], [MONTH] [D], [YYYY] over the headline", CHOICES, 400, c -> {
      LocalDate d = day(c);
      String date = (d.getDayOfWeek() + ", " + EN[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear())
          .toUpperCase(Locale.ROOT);
      String paper = pick(List.of("THE COURIER", "THE EVENING STAR", "THE PRESS", "DAILY NEWS"), c.get(4));
      checkTitled(paper + ", " + pick(TOWNS, c.get(5)).toUpperCase(Locale.ROOT) + " ".repeat(3 + c.get(6) % 20) + date, c, d);
    });
  }

  @Test
  void aMagazinesMonthLineDatesThePageToItsMonth() {
    Prop.check("headline, byline, [Month] [YYYY] on its own line", CHOICES, 300, c -> {
      LocalDate d = day(c);
      check(title(c) + "\n\nBy Ana Lima\n\n" + EN[d.getMonthValue() - 1] + " " + d.getYear() + "\n\n" + report(c),
          EdtfDate.ofMonth(d.getYear(), d.getMonthValue()));
    });
  }

  /** The same forms in the report's body date nothing; a date the caller gives is the report's. */
  @Test
  void aForeignOrNumericDateInTheBodyIsNoPageDateAndAGivenDateIsKept() {
    Prop.check("a report sentence quoting a date in another language or in figures", CHOICES, 400, c -> {
      LocalDate d = day(c);
      Lang lang = Lang.values()[c.get(4) % Lang.values().length];
      String quoted = c.get(5) % 2 == 0 ? lang.date(d, false)
          : String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      String page = title(c) + "\n\n" + report(c) + "\nThe minutes, headed " + quoted + ", were read out to the delegates.\n";
      check(page, null);
      LocalDate given = d.plusDays(1 + c.get(6) % 400);
      Document doc = Read.article(pick(PAPERS, c.get(7)) + "\n" + pick(TOWNS, c.get(6)) + ", " + lang.date(d, true) + "\n\n"
          + page, given);
      assertEquals(given, doc.published(), () -> "publication date of\n" + page);
    });
  }
}
