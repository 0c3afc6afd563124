package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordLists;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Month and weekday names (data file {@code months.txt}) and a reader for the few written date
 * forms article metadata uses: "25 September 2019", "25th September, 2019", "September 25, 2019",
 * "Sept. 25", "2019-09-25", "25.09.2019", "21.3.1990", "24/04/2008", a cable's "4 NOV 78", and after a day
 * the month names of other languages ("27 de octubre de 1998", "24. April 2008"). Full date mentions in the
 * body are another stage's job.
 */
final class DateWords {

  /** A date read from tokens {@code [first, end)}; {@code year} is 0 when the text gives none. */
  record Read(int first, int end, int year, int month, int day) {}

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Map<String, Integer> hijriMonths = new HashMap<>();
  /** Month names of other languages, read only after a day's number ("27 de octubre", "24 avril"): alone they may be a name's part. */
  private final Map<String, Integer> otherMonths = new HashMap<>();
  /** Weekday names of other languages, read only before a day's number ("domingo 13 de octubre"): alone they may be a name. */
  private final Map<String, Integer> otherWeekdays = new HashMap<>();

  DateWords() {
    Map<String, List<String>> sections = WordLists.sections(DateWords.class, "months.txt");
    fill(sections.getOrDefault("months", List.of()), months);
    fill(sections.getOrDefault("other-months", List.of()), otherMonths);
    fill(sections.getOrDefault("weekdays", List.of()), weekdays);
    fill(sections.getOrDefault("other-weekdays", List.of()), otherWeekdays);
    fill(sections.getOrDefault("hijri-months", List.of()), hijriMonths);
  }

  private static void fill(List<String> lines, Map<String, Integer> into) {
    for (String line : lines) {
      String[] parts = WordLists.words(line);
      int n = Integer.parseInt(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        into.put(Keys.of(parts[i]), n);
      }
    }
  }

  /** The month (1 to 12) token {@code t} names, or 0. */
  int month(Token t) {
    return t.isWord() ? months.getOrDefault(t.key(), 0) : 0;
  }

  /** Whether {@code t} names a weekday. */
  boolean isWeekday(Token t) {
    return t.isWord() && weekdays.containsKey(t.key());
  }

  /**
   * Whether token {@code i} is a weekday that opens the date after it: an English one, or one of another
   * language ("martes", "vendredi", "Torsdag") right before a day's number ("Santo Domingo, 1 January" is a city).
   */
  boolean isWeekdayBeforeDate(List<Token> tokens, int i, int end) {
    Token t = tokens.get(i);
    if (isWeekday(t)) {
      return true;
    }
    if (!t.isWord() || !otherWeekdays.containsKey(t.key())) {
      return false;
    }
    return i + 1 < end && dayOf(tokens.get(i + 1)) > 0;
  }

  /** The date that starts at token {@code i} (before {@code end}), or null. */
  @Nullable Read readAt(List<Token> tokens, int i, int end) {
    if (i >= end) {
      return null;
    }
    Token t = tokens.get(i);
    int m = month(t);
    if (m > 0) {
      // Month Day[,] [Year]; the month may carry an abbreviation period
      int k = skipPeriod(tokens, i + 1, end, t);
      int day = k < end ? dayOf(tokens.get(k)) : 0;
      if (day == 0) {
        return null;
      }
      k++;
      int year = 0;
      int y = k < end && tokens.get(k).text().equals(",") ? k + 1 : k;
      if (y < end && (year = yearOf(tokens.get(y))) > 0) {
        k = y + 1;
      }
      return valid(new Read(i, k, year, m, day));
    }
    if (t.isNumber() && i + 4 < end && tokens.get(i + 1).text().equals("/")) {
      Read r = slashed(tokens, i);
      if (r != null) {
        return r;
      }
    }
    int day = dayOf(t);
    if (day > 0) {
      // Day Month[,] [Year]; "27 de octubre de 1998", "24. April 2008", "4 NOV 78"
      int k = skipPeriod(tokens, i + 1, end, t);
      if (k < end && (tokens.get(k).is("of") || tokens.get(k).is("de"))) {
        k++;
      }
      if (k >= end || (m = month(tokens.get(k))) == 0 && (m = otherMonths.getOrDefault(tokens.get(k).key(), 0)) == 0) {
        return null;
      }
      Token name = tokens.get(k);
      k = skipPeriod(tokens, k + 1, end, name);
      int year = 0;
      int y = k < end && (tokens.get(k).text().equals(",") || tokens.get(k).is("de") || tokens.get(k).is("del")) ? k + 1 : k;
      if (y < end && (year = yearOf(tokens.get(y))) > 0) {
        k = y + 1;
      } else if (y < end && name.isAllCaps() && (year = shortYear(tokens.get(y))) > 0) {
        k = y + 1; // a cable's capitals date with its year in two digits: "4 NOV 78"
      }
      return valid(new Read(i, k, year, m, day));
    }
    if (t.isNumber()) {
      return numeric(t.text(), i, i + 1);
    }
    return null;
  }

  // a date written with slashes, which the tokenizer splits: "24/04/2008" is five tokens with nothing between them
  private static @Nullable Read slashed(List<Token> tokens, int i) {
    for (int k = i + 1; k <= i + 4; k++) {
      if (tokens.get(k).start() != tokens.get(k - 1).end() || tokens.get(k).isNumber() != ((k - i) % 2 == 0)) {
        return null;
      }
    }
    if (!tokens.get(i + 3).text().equals("/")) {
      return null;
    }
    return numeric(tokens.get(i).text() + "/" + tokens.get(i + 2).text() + "/" + tokens.get(i + 4).text(), i, i + 5);
  }

  /**
   * The end of a Hijri date that starts at token {@code i} (before {@code end}): its month's words, day
   * and year ("Sha'ban 24, 1438", "Jumada II 02, 1438 AH") or day, month and year ("24 Sha'ban 1438
   * H"), as an agency prints it before the Gregorian date; {@code i} when there is none.
   */
  int hijriEnd(List<Token> tokens, int i, int end) {
    int k = i;
    int day = 0;
    if (k < end && (day = dayOf(tokens.get(k))) > 0) {
      k++; // "24 Sha'ban 1438"
    }
    if (k >= end || !tokens.get(k).isWord() || !hijriMonths.containsKey(tokens.get(k).key())) {
      return i;
    }
    int name = k;
    k++;
    while (k < end && k - name < 6 && !tokens.get(k).isNumber() && !tokens.get(k).text().equals(",")) {
      k++; // the month's other words: "II", "al-Awwal", "al - Thani"
    }
    if (day == 0) {
      if (k >= end || dayOf(tokens.get(k)) == 0 || dayOf(tokens.get(k)) > 30) {
        return i;
      }
      k++;
    }
    k = k < end && tokens.get(k).text().equals(",") ? k + 1 : k;
    if (k >= end || !isHijriYear(tokens.get(k))) {
      return i;
    }
    k++;
    if (k < end && (tokens.get(k).is("h") || tokens.get(k).is("ah"))) {
      k++;
      k = skipPeriod(tokens, k, end, tokens.get(k - 1));
    }
    return k;
  }

  // a Hijri year of the last two centuries: 1300 to 1599
  private static boolean isHijriYear(Token t) {
    String s = t.text();
    return t.isNumber() && s.length() == 4 && (s.charAt(0) == '1') && s.charAt(1) >= '3' && s.charAt(1) <= '5'
        && isDigit(s.charAt(2)) && isDigit(s.charAt(3));
  }

  /** The first date in tokens {@code [from, end)}, or null. */
  @Nullable Read find(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      Read r = readAt(tokens, i, end);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** The day a read date denotes, its year taken from the text or else nearest to {@code near}; null if neither. */
  static @Nullable LocalDate resolve(Read r, @Nullable LocalDate near) {
    try {
      if (r.year() > 0) {
        return LocalDate.of(r.year(), r.month(), r.day());
      }
      if (near == null) {
        return null;
      }
      LocalDate best = null;
      for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
        if (r.month() == 2 && r.day() == 29 && !java.time.Year.isLeap(y)) {
          continue;
        }
        LocalDate d = LocalDate.of(y, r.month(), r.day());
        if (best == null || Math.abs(d.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay())) {
          best = d;
        }
      }
      return best;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int skipPeriod(List<Token> tokens, int k, int end, Token prev) {
    return k < end && tokens.get(k).text().equals(".") && tokens.get(k).start() == prev.end() ? k + 1 : k;
  }

  // 25, 25th, 1st, 2nd, 3rd, and French "1er"
  private static int dayOf(Token t) {
    String s = t.text();
    int digits = 0;
    while (digits < s.length() && digits < 3 && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return 0;
    }
    String rest = t.key().substring(digits);
    int d = Integer.parseInt(s.substring(0, digits));
    if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")
        || rest.equals("er") && d == 1)) {
      return 0;
    }
    return d >= 1 && d <= 31 ? d : 0;
  }

  static int yearOf(Token t) {
    String s = t.text();
    if (!t.isNumber() || s.length() != 4) {
      return 0;
    }
    for (int k = 0; k < 4; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return 0;
      }
    }
    int y = Integer.parseInt(s);
    return y >= 1800 && y <= 2200 ? y : 0;
  }

  // one number token: 2019-09-25, or day, month and year with a dot or slash: 25.09.2019, 21.3.1990, 24/04/2008, 24.04.08;
  // the day first, as most of the world writes it, unless its values say the month comes first (04/24/2008)
  private static @Nullable Read numeric(String s, int i, int end) {
    int n = s.length();
    if (n < 6 || n > 10) {
      return null;
    }
    if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int[] parts = parts(s, '-');
      return parts == null || parts[0] < 1000 ? null : valid(new Read(i, end, parts[0], parts[1], parts[2]));
    }
    char sep = s.indexOf('/') > 0 ? '/' : '.';
    int[] parts = parts(s, sep);
    if (parts == null || parts[3] != 1 && parts[3] != 2 || parts[4] != 1 && parts[4] != 2 || parts[5] != 2 && parts[5] != 4) {
      return null;
    }
    int year = parts[5] == 4 ? (parts[2] >= 1800 && parts[2] <= 2200 ? parts[2] : 0) : centuryOf(parts[2]);
    if (year == 0) {
      return null;
    }
    if (parts[1] > 12 && parts[0] <= 12) {
      return valid(new Read(i, end, year, parts[0], parts[1]));
    }
    return valid(new Read(i, end, year, parts[1], parts[0]));
  }

  // the three numbers of "a.b.c" and their lengths in digits, or null if the token is not three runs of digits
  private static int @Nullable [] parts(String s, char sep) {
    int[] out = new int[6];
    int part = 0;
    int digits = 0;
    int value = 0;
    for (int k = 0; k <= s.length(); k++) {
      char c = k < s.length() ? s.charAt(k) : sep;
      if (isDigit(c)) {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c == sep && digits > 0 && part < 3) {
        out[part] = value;
        out[part + 3] = digits;
        part++;
        value = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 3 ? out : null;
  }

  // a year in two digits, read in the century of the reports this library meets: 1940 to 2039
  private static int centuryOf(int yy) {
    return yy < 40 ? 2000 + yy : 1900 + yy;
  }

  // '78 or 78 after a month in capitals
  private static int shortYear(Token t) {
    String s = t.text();
    if (!t.isNumber() || s.length() != 2 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(1))) {
      return 0;
    }
    return centuryOf(Integer.parseInt(s));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static @Nullable Read valid(Read r) {
    if (r.month() < 1 || r.month() > 12 || r.day() < 1 || r.day() > 31) {
      return null;
    }
    if (r.year() > 0) {
      try {
        LocalDate.of(r.year(), r.month(), r.day());
      } catch (DateTimeException e) {
        return null;
      }
    } else if (r.day() > java.time.Month.of(r.month()).maxLength()) {
      return null;
    }
    return r;
  }
}
