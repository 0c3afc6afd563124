package dev.entente.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date as precise as a report gives it, in the Extended Date/Time Format (EDTF, ISO 8601-2)
 * levels 0 and 1: a year ({@code 2019}), a month ({@code 2019-04}), a day ({@code 2019-09-25}), a
 * season ({@code 2019-21}, spring), each optionally uncertain ({@code 2019?}), approximate
 * ({@code 2019~}) or both ({@code 2019%}); and intervals between two of them ({@code 2015/2018},
 * {@code 2019-01/2019-06}), whose ends may be open ({@code 2019/..}) or unknown ({@code 2019/}).
 *
 * <p>{@link #parse(String)} reads what {@link #toString()} writes. Dates order by their earliest
 * day, then by their latest day; {@link #contains(EdtfDate)} tells whether one date lies within
 * another ({@code 2019} contains {@code 2019-04}).
 *
 * <pre>{@code
 * EdtfDate firstHalf = EdtfDate.parse("2019-01/2019-06");
 * firstHalf.contains(EdtfDate.ofMonth(2019, 4));  // true
 * }</pre>
 */
public final class EdtfDate implements Comparable<EdtfDate> {

  /** How precise a single date is. */
  public enum Precision {
    /** A year alone, {@code 2019}. */
    YEAR,
    /** A season of a year, {@code 2019-21}. */
    SEASON,
    /** A month of a year, {@code 2019-04}. */
    MONTH,
    /** A calendar day, {@code 2019-09-25}. */
    DAY
  }

  /** What stands at one end of an interval. */
  private enum BoundKind { DATE, OPEN, UNKNOWN }

  private static final int MIN_YEAR = -9999;
  private static final int MAX_YEAR = 9999;

  // A single date: year, month (0 = none, 1-12, or a season 21-24) and day (0 = none).
  private final int year;
  private final int month;
  private final int day;
  private final boolean uncertain;
  private final boolean approximate;
  // An interval: both bounds; for a single date both are null.
  private final @Nullable EdtfDate start;
  private final @Nullable EdtfDate end;
  private final BoundKind startKind;
  private final BoundKind endKind;

  private EdtfDate(int year, int month, int day, boolean uncertain, boolean approximate) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Invalid value for year: " + year + " (want " + MIN_YEAR + " to " + MAX_YEAR + ")");
    }
    if (!(month == 0 || (month >= 1 && month <= 12) || (month >= 21 && month <= 24))) {
      throw new IllegalArgumentException("Invalid value for month: " + month + " (want 1-12, or a season 21-24)");
    }
    if (day != 0) {
      if (month == 0 || month > 12) {
        throw new IllegalArgumentException("A day needs a month: day " + day + " in " + year);
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("Invalid date: " + e.getMessage(), e);
      }
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.uncertain = uncertain;
    this.approximate = approximate;
    this.start = null;
    this.end = null;
    this.startKind = BoundKind.DATE;
    this.endKind = BoundKind.DATE;
  }

  private EdtfDate(@Nullable EdtfDate start, BoundKind startKind, @Nullable EdtfDate end, BoundKind endKind) {
    if (start != null && start.isInterval() || end != null && end.isInterval()) {
      throw new IllegalArgumentException("An interval's ends must be single dates: " + start + " / " + end);
    }
    if (startKind != BoundKind.DATE && endKind != BoundKind.DATE) {
      throw new IllegalArgumentException("An interval needs at least one dated end");
    }
    // Neither end may reach before the start: then the interval contains both of its ends.
    if (start != null && end != null
        && (start.earliest().isAfter(end.earliest()) || start.latest().isAfter(end.latest()))) {
      throw new IllegalArgumentException("Interval ends before it starts: " + start + "/" + end);
    }
    this.year = 0;
    this.month = 0;
    this.day = 0;
    this.uncertain = false;
    this.approximate = false;
    this.start = start;
    this.end = end;
    this.startKind = startKind;
    this.endKind = endKind;
  }

  // ------------------------------------------------------------------ factories

  /**
   * A year, {@code 2019}.
   *
   * @param year the year, -9999 to 9999
   * @return the date of year precision, neither uncertain nor approximate
   */
  public static EdtfDate ofYear(int year) {
    return new EdtfDate(year, 0, 0, false, false);
  }

  /**
   * A month of a year, {@code 2019-04}.
   *
   * @param year the year, -9999 to 9999
   * @param month the month, 1 (January) to 12
   * @return the date of month precision
   * @throws IllegalArgumentException naming the month when it is out of range
   */
  public static EdtfDate ofMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Invalid value for MonthOfYear: " + month);
    }
    return new EdtfDate(year, month, 0, false, false);
  }

  /**
   * A calendar day, {@code 2019-09-25}.
   *
   * @param year the year, -9999 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for that month and year
   * @return the date of day precision
   * @throws IllegalArgumentException naming the value when the day does not exist
   */
  public static EdtfDate ofDay(int year, int month, int day) {
    return new EdtfDate(year, month, day, false, false);
  }

  /**
   * A season: 21 spring, 22 summer, 23 autumn, 24 winter.
   *
   * @param year the year, -9999 to 9999
   * @param season the EDTF season code, 21 to 24
   * @return the date of season precision, {@code 2019-21}
   * @throws IllegalArgumentException naming the season when it is not 21 to 24
   */
  public static EdtfDate ofSeason(int year, int season) {
    if (season < 21 || season > 24) {
      throw new IllegalArgumentException("Invalid value for season: " + season + " (want 21-24)");
    }
    return new EdtfDate(year, season, 0, false, false);
  }

  /**
   * The day {@code date} names.
   *
   * @param date the day, not null
   * @return the date of day precision
   */
  public static EdtfDate of(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The month {@code month} names.
   *
   * @param month the month of a year, not null
   * @return the date of month precision
   */
  public static EdtfDate of(YearMonth month) {
    Objects.requireNonNull(month, "month must not be null");
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * The year {@code year} names.
   *
   * @param year the year, not null
   * @return the date of year precision
   */
  public static EdtfDate of(Year year) {
    Objects.requireNonNull(year, "year must not be null");
    return ofYear(year.getValue());
  }

  /**
   * The interval from {@code start} to {@code end}, both single dates, inclusive; the end may not
   * begin or finish before the start does ({@code 2019/2019-06} is rejected: write
   * {@code 2019-01/2019-06}).
   *
   * @param start the first single date, not null
   * @param end the last single date, not null
   * @return the closed interval
   * @throws IllegalArgumentException naming both ends when either is an interval or the end comes first
   */
  public static EdtfDate interval(EdtfDate start, EdtfDate end) {
    Objects.requireNonNull(start, "interval start must not be null");
    Objects.requireNonNull(end, "interval end must not be null");
    return new EdtfDate(start, BoundKind.DATE, end, BoundKind.DATE);
  }

  /**
   * An interval that starts at {@code start} and is still open ({@code 2019/..}).
   *
   * @param start the first single date, not null
   * @return the interval with an open end
   */
  public static EdtfDate since(EdtfDate start) {
    Objects.requireNonNull(start, "interval start must not be null");
    return new EdtfDate(start, BoundKind.DATE, null, BoundKind.OPEN);
  }

  /**
   * An interval open at its start that ends at {@code end} ({@code ../2019}).
   *
   * @param end the last single date, not null
   * @return the interval with an open start
   */
  public static EdtfDate until(EdtfDate end) {
    Objects.requireNonNull(end, "interval end must not be null");
    return new EdtfDate(null, BoundKind.OPEN, end, BoundKind.DATE);
  }

  // ------------------------------------------------------------------ parsing

  /**
   * Reads an EDTF level 0 or 1 string.
   *
   * @param text the date as {@link #toString()} writes it, such as {@code 2019-01/2019-06}
   * @return the date
   * @throws IllegalArgumentException naming the text when it is not such a date
   */
  public static EdtfDate parse(String text) {
    Objects.requireNonNull(text, "EDTF text must not be null");
    if (text.length() > 64) {
      throw new IllegalArgumentException("Invalid EDTF date (too long): \"" + text.substring(0, 64) + "...\"");
    }
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return parseSingle(text);
      }
      if (text.indexOf('/', slash + 1) >= 0) {
        throw new IllegalArgumentException("more than one '/'");
      }
      String a = text.substring(0, slash);
      String b = text.substring(slash + 1);
      BoundKind ak = boundKind(a);
      BoundKind bk = boundKind(b);
      return new EdtfDate(
          ak == BoundKind.DATE ? parseSingle(a) : null, ak,
          bk == BoundKind.DATE ? parseSingle(b) : null, bk);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid EDTF date: \"" + text + "\": " + e.getMessage(), e);
    }
  }

  private static BoundKind boundKind(String s) {
    if (s.isEmpty()) {
      return BoundKind.UNKNOWN;
    }
    return s.equals("..") ? BoundKind.OPEN : BoundKind.DATE;
  }

  private static EdtfDate parseSingle(String s) {
    boolean uncertain = false;
    boolean approximate = false;
    if (!s.isEmpty()) {
      char q = s.charAt(s.length() - 1);
      if (q == '?' || q == '~' || q == '%') {
        uncertain = q == '?' || q == '%';
        approximate = q == '~' || q == '%';
        s = s.substring(0, s.length() - 1);
      }
    }
    int i = 0;
    boolean negative = false;
    if (s.startsWith("-")) {
      negative = true;
      i = 1;
    }
    int year = digits(s, i, 4, "year");
    i += 4;
    int month = 0;
    int day = 0;
    if (i < s.length()) {
      expect(s, i, '-');
      month = digits(s, i + 1, 2, "month");
      // 0 stands for "no month" inside this class; "2019-00" is not a date.
      if (month == 0) {
        throw new IllegalArgumentException("Invalid value for month: 00");
      }
      i += 3;
      if (i < s.length()) {
        expect(s, i, '-');
        day = digits(s, i + 1, 2, "day");
        if (day == 0) {
          throw new IllegalArgumentException("Invalid value for day: 00");
        }
        i += 3;
      }
    }
    if (i != s.length()) {
      throw new IllegalArgumentException("unexpected text after the date");
    }
    if (negative && year == 0) {
      throw new IllegalArgumentException("year -0000 does not exist");
    }
    return new EdtfDate(negative ? -year : year, month, day, uncertain, approximate);
  }

  private static void expect(String s, int i, char c) {
    if (i >= s.length() || s.charAt(i) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + i);
    }
  }

  private static int digits(String s, int from, int count, String what) {
    if (from + count > s.length()) {
      throw new IllegalArgumentException("expected " + count + " digits of the " + what);
    }
    int v = 0;
    for (int k = from; k < from + count; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("expected " + count + " digits of the " + what);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // ------------------------------------------------------------------ queries

  /**
   * Whether this is an interval rather than a single date.
   *
   * @return true for {@code 2015/2018}, {@code 2019/..} and the like, false for {@code 2019-04}
   */
  public boolean isInterval() {
    return startKind != BoundKind.DATE || endKind != BoundKind.DATE || start != null;
  }

  /**
   * An interval's start, if it has a dated one; a single date is its own start.
   *
   * @return the start, or null when the interval's start is open or unknown
   */
  public @Nullable EdtfDate start() {
    return isInterval() ? start : this;
  }

  /**
   * An interval's end, if it has a dated one; a single date is its own end.
   *
   * @return the end, or null when the interval's end is open or unknown
   */
  public @Nullable EdtfDate end() {
    return isInterval() ? end : this;
  }

  /**
   * The precision of a single date, or of an interval's start (else its end).
   *
   * @return the precision, never null
   */
  public Precision precision() {
    if (isInterval()) {
      EdtfDate d = start != null ? start : Objects.requireNonNull(end);
      return d.precision();
    }
    if (day != 0) {
      return Precision.DAY;
    }
    if (month > 12) {
      return Precision.SEASON;
    }
    return month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * The year of a single date (or of an interval's first dated end).
   *
   * @return the year, -9999 to 9999
   */
  public int year() {
    if (isInterval()) {
      EdtfDate d = start != null ? start : Objects.requireNonNull(end);
      return d.year;
    }
    return year;
  }

  /**
   * Whether the report hedges this date ({@code ?}: "possibly in 2019").
   *
   * @return true when marked uncertain
   */
  public boolean isUncertain() {
    return uncertain;
  }

  /**
   * Whether the report gives this date roughly ({@code ~}: "around 2019").
   *
   * @return true when marked approximate
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * The same single date marked uncertain ({@code ?}).
   *
   * @param value true to mark it uncertain, false to clear the mark
   * @return the changed copy
   * @throws IllegalStateException when this date is an interval
   */
  public EdtfDate withUncertain(boolean value) {
    requireSingle("withUncertain");
    return new EdtfDate(year, month, day, value, approximate);
  }

  /**
   * The same single date marked approximate ({@code ~}).
   *
   * @param value true to mark it approximate, false to clear the mark
   * @return the changed copy
   * @throws IllegalStateException when this date is an interval
   */
  public EdtfDate withApproximate(boolean value) {
    requireSingle("withApproximate");
    return new EdtfDate(year, month, day, uncertain, value);
  }

  private void requireSingle(String what) {
    if (isInterval()) {
      throw new IllegalStateException(what + " applies to a single date, not the interval " + this);
    }
  }

  /**
   * The first day this date may denote ({@link LocalDate#MIN} for an open or unknown start).
   *
   * @return the first day, never null
   */
  public LocalDate earliest() {
    if (isInterval()) {
      return start != null ? start.earliest() : LocalDate.MIN;
    }
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month == 0) {
      return LocalDate.of(year, 1, 1);
    }
    if (month <= 12) {
      return LocalDate.of(year, month, 1);
    }
    // Seasons, northern hemisphere: spring from March, summer June, autumn September, winter December.
    return LocalDate.of(year, 3 + 3 * (month - 21), 1);
  }

  /**
   * The last day this date may denote ({@link LocalDate#MAX} for an open or unknown end).
   *
   * @return the last day, never null
   */
  public LocalDate latest() {
    if (isInterval()) {
      return end != null ? end.latest() : LocalDate.MAX;
    }
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    if (month <= 12) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return YearMonth.of(year, 3 + 3 * (month - 21)).plusMonths(2).atEndOfMonth();
  }

  /**
   * Whether every day {@code other} may denote lies within this date.
   *
   * @param other the date to test, not null
   * @return true when {@code other} lies wholly within this date
   */
  public boolean contains(EdtfDate other) {
    Objects.requireNonNull(other, "other must not be null");
    return !other.earliest().isBefore(earliest()) && !other.latest().isAfter(latest());
  }

  /**
   * Whether this date and {@code other} share at least one day.
   *
   * @param other the date to test, not null
   * @return true when the two share a day
   */
  public boolean overlaps(EdtfDate other) {
    Objects.requireNonNull(other, "other must not be null");
    return !other.latest().isBefore(earliest()) && !other.earliest().isAfter(latest());
  }

  @Override
  public int compareTo(EdtfDate o) {
    int c = earliest().compareTo(o.earliest());
    if (c != 0) {
      return c;
    }
    c = latest().compareTo(o.latest());
    return c != 0 ? c : toString().compareTo(o.toString());
  }

  @Override
  public boolean equals(Object o) {
    // field by field: the same fields are the same EDTF string, and the hot path compares many dates
    return o instanceof EdtfDate other && year == other.year && month == other.month && day == other.day
        && uncertain == other.uncertain && approximate == other.approximate && startKind == other.startKind
        && endKind == other.endKind && Objects.equals(start, other.start) && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    int h = ((year * 31 + month) * 31 + day) * 4 + (uncertain ? 2 : 0) + (approximate ? 1 : 0);
    h = h * 31 + startKind.ordinal() * 3 + endKind.ordinal();
    return h * 31 + Objects.hashCode(start) * 17 + Objects.hashCode(end);
  }

  /** The EDTF string, e.g. {@code 2019-09-25} or {@code 2019-01/2019-06}. */
  @Override
  public String toString() {
    if (isInterval()) {
      return bound(start, startKind) + "/" + bound(end, endKind);
    }
    StringBuilder sb = new StringBuilder(12);
    if (year < 0) {
      sb.append('-');
    }
    String y = Integer.toString(Math.abs(year));
    sb.append("0000", 0, 4 - y.length()).append(y);
    if (month != 0) {
      sb.append('-');
      if (month < 10) {
        sb.append('0');
      }
      sb.append(month);
    }
    if (day != 0) {
      sb.append('-');
      if (day < 10) {
        sb.append('0');
      }
      sb.append(day);
    }
    if (uncertain && approximate) {
      sb.append('%');
    } else if (uncertain) {
      sb.append('?');
    } else if (approximate) {
      sb.append('~');
    }
    return sb.toString();
  }

  private static String bound(@Nullable EdtfDate d, BoundKind kind) {
    return switch (kind) {
      case DATE -> String.valueOf(d);
      case OPEN -> "..";
      case UNKNOWN -> "";
    };
  }
}
