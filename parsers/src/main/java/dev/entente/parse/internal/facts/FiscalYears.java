package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Resources;
import dev.entente.parse.internal.text.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Periods written as a fiscal year ("2015-16", "fiscal year 2018-19", "July-March 2014-15"): the
 * months they cover, from a month range written just before the years, else from the month the
 * fiscal year of the figure's state starts in ({@code fiscal-years.txt}). A span of calendar years
 * written out ("2015 to 2016", "2015-2016") and the years of a state not listed stay as told. A
 * month that closes a year ("in the year to June 1973", "the 12 months ended March") stands for the
 * twelve months it closes, and the end of a year that year.
 */
final class FiscalYears {
  private static final Map<String, Integer> START = read("fiscal-years.txt");
  /** "[Month]-[Month] YYYY-YY" or "YYYY-YY" at the end of the text up to a date's end. */
  private static final Pattern WRITTEN =
      Pattern.compile("(?:\\b([A-Za-z]{3,9})\\.?\\s*[-\u2013]\\s*([A-Za-z]{3,9})\\.?,?\\s+)?(\\d{4})\\s*[-\u2013/]\\s*(\\d{2})$");

  private FiscalYears() {}

  /**
   * The months {@code period} covers when the sentence writes it as a fiscal year of {@code first}'s
   * (else {@code second}'s) state or with a month range over the turn of the year; else {@code period}.
   */
  static @Nullable EdtfDate months(Scope sc, Sentence s, @Nullable EdtfDate period, @Nullable Country first,
      @Nullable Country second) {
    if (period != null && !period.isInterval() && period.precision() == EdtfDate.Precision.MONTH) {
      return yearTo(sc, s, period);
    }
    if (period == null || !twoYears(period)) {
      return period; // the cheap test first: only "y/y+1" can be a fiscal year
    }
    for (DateRef d : sc.dates(s.firstToken(), s.endToken())) {
      if (!d.date().equals(period)) {
        continue;
      }
      String text = sc.doc.text;
      int end = d.span().end();
      Matcher m = WRITTEN.matcher(text.substring(Math.max(0, end - 30), end));
      if (!m.find() || Integer.parseInt(m.group(4)) != (Integer.parseInt(m.group(3)) + 1) % 100) {
        return period;
      }
      int y = Integer.parseInt(m.group(3));
      Month from = month(m.group(1));
      Month to = month(m.group(2));
      if (from != null && to != null && from.compareTo(to) > 0) {
        return EdtfDate.interval(EdtfDate.ofMonth(y, from.getValue()), EdtfDate.ofMonth(y + 1, to.getValue()));
      }
      Integer start = first == null ? null : START.get(first.code());
      if (start == null && second != null) {
        start = START.get(second.code());
      }
      if (start == null || from != null && to != null) {
        return period;
      }
      return EdtfDate.interval(EdtfDate.ofMonth(y, start), EdtfDate.ofMonth(y + 1, start == 1 ? 12 : start - 1));
    }
    return period;
  }

  /** The words that close a twelve-month span on its last month: "the year to June", "twelve months ended March". */
  private static final java.util.Set<String> SPAN_ENDS = java.util.Set.of("to", "ended", "ending", "through");

  /**
   * The twelve months a month closes when the sentence writes it as the end of a year ("in the year
   * to June 1973", "the fiscal year ended March", "the 12 months to September"): July 1972 to June
   * 1973; a year to December is that calendar year. The end of a year ("stood at [sum] at the end of
   * 2021", "by the end of next year") is the year. Else the month as told.
   */
  private static EdtfDate yearTo(Scope sc, Sentence s, EdtfDate month) {
    for (DateRef d : sc.dates(s.firstToken(), s.endToken())) {
      int i = d.first();
      if (d.date().equals(month) && month.earliest().getMonthValue() == 12 && endOfYear(sc, d)) {
        return EdtfDate.ofYear(month.year()); // "stood at [sum] at the end of 2021": the year's figure
      }
      if (!d.date().equals(month) || i < s.firstToken() + 2 || !SPAN_ENDS.contains(sc.key(i - 1))) {
        continue;
      }
      String unit = sc.key(i - 2);
      boolean year = unit.equals("year")
          || unit.equals("months") && i >= 3 && (sc.key(i - 3).equals("12") || sc.key(i - 3).equals("twelve"));
      if (!year) {
        continue;
      }
      int y = month.year();
      int m = month.earliest().getMonthValue();
      return m == 12 ? EdtfDate.ofYear(y)
          : EdtfDate.interval(EdtfDate.ofMonth(y - 1, m + 1), EdtfDate.ofMonth(y, m));
    }
    return month;
  }

  /** Whether a date is told as the end of a year: "the end of 2021", "the end of this year". */
  private static boolean endOfYear(Scope sc, DateRef d) {
    int i = d.first();
    if (sc.key(i).equals("the")) {
      i++;
    }
    // not "the end of December": a month told is the month
    return sc.key(i).equals("end") && !sc.key(i + 2).equals("december")
        || d.first() >= 2 && sc.key(d.first() - 1).equals("of") && sc.key(d.first() - 2).equals("end")
        && !sc.key(d.first()).equals("december");
  }

  private static boolean twoYears(EdtfDate p) {
    EdtfDate a = p.start();
    EdtfDate b = p.end();
    return p.isInterval() && a != null && b != null && a.precision() == EdtfDate.Precision.YEAR
        && b.precision() == EdtfDate.Precision.YEAR && b.year() == a.year() + 1;
  }

  /** The month an English month name or its three-letter abbreviation names, else null. */
  private static @Nullable Month month(@Nullable String word) {
    if (word == null || word.length() < 3) {
      return null;
    }
    String w = word.toUpperCase(Locale.ROOT);
    boolean shortened = w.length() == 3 || w.equals("SEPT");
    for (Month m : Month.values()) {
      if (shortened ? m.name().startsWith(w) : m.name().equals(w)) {
        return m;
      }
    }
    return null;
  }

  private static Map<String, Integer> read(String name) {
    Map<String, Integer> out = new HashMap<>();
    try (InputStream in = Resources.open(FiscalYears.class, name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        int month = Integer.parseInt(cols[1].strip());
        if (month < 1 || month > 12) {
          throw new IllegalArgumentException("Not a month in " + name + ": " + line);
        }
        out.put(cols[0].strip(), month);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return Map.copyOf(out);
  }
}
