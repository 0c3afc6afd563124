package dev.entente.parse.internal.normalize;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.normalize.NumberReader.Num;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates in tokens and resolves them to EDTF: absolute dates in their many spellings, relative
 * ones against the publication date, and anaphoric ones ("the following year") against the date
 * before them. One pass, left to right.
 */
public final class DateScanner {

  /** A date over tokens {@code [first, end)}. */
  public record DateMatch(int first, int end, EdtfDate date, DateForm form) {}

  private static final int MIN_YEAR = 1700;
  private static final int MAX_YEAR = 2100;
  /**
   * How many days after publication a day and month told without a year or a tense still fall in
   * the publication's year: a report names the coming weeks' days, not a day almost a year back.
   */
  private static final int SOON_DAYS = 45;
  /** How many words around a date its verb is looked for; and how far before it when none is found that near. */
  private static final int NEAR_VERB = 8;
  private static final int FAR_VERB = 12;

  private final Lexicon lex;
  private final NumberReader numbers;

  public DateScanner(Lexicon lex) {
    this.lex = lex;
    this.numbers = new NumberReader(lex);
  }

  public List<DateMatch> scan(List<Token> tokens, List<Sentence> sentences, @Nullable LocalDate published) {
    int[] ids = WordIds.now().of(tokens);
    return scan(tokens, ids, sentences, published, lex.starts(tokens, ids));
  }

  /** As {@link #scan(List, List, LocalDate)}, given {@link Lexicon#starts} of the tokens. */
  List<DateMatch> scan(List<Token> tokens, List<Sentence> sentences, @Nullable LocalDate published, byte[] starts) {
    return scan(tokens, WordIds.now().of(tokens), sentences, published, starts);
  }

  /**
   * As {@link #scan(List, List, LocalDate, byte[])}, given the tokens' word numbers ({@link WordIds},
   * as a document's {@code wordIds()}).
   */
  List<DateMatch> scan(List<Token> tokens, int[] ids, List<Sentence> sentences, @Nullable LocalDate published, byte[] starts) {
    Run run = new Run(tokens, ids, published, starts);
    for (Sentence s : sentences) {
      run.sentence(s.firstToken(), s.endToken());
    }
    return run.out;
  }

  /** The state of one scan: the tokens, the anchor for anaphora, the current sentence. */
  private final class Run {
    final List<Token> tokens;
    final @Nullable LocalDate pub;
    final byte[] starts;
    /** The tokens' word numbers ({@link WordIds}). */
    final int[] ids;
    final List<DateMatch> out = new ArrayList<>();
    @Nullable EdtfDate anchor;
    int from;
    int limit;
    @Nullable Integer contextYear;
    /** The first period word ("years", "week") at or after token {@code periodQueried}, or {@code limit}. */
    int periodFound;
    int periodQueried;

    Run(List<Token> tokens, int[] ids, @Nullable LocalDate pub, byte[] starts) {
      this.tokens = tokens;
      this.ids = ids;
      this.pub = pub;
      this.starts = starts;
    }

    void sentence(int first, int end) {
      from = first;
      limit = end;
      contextYear = null;
      periodQueried = Integer.MAX_VALUE;
      int i = first;
      while (i < end) {
        if ((starts[i] & Lexicon.DATE) == 0) {
          i++;
          continue;
        }
        DateMatch m;
        try {
          m = at(i);
        } catch (RuntimeException e) {
          m = null; // a value out of range (February 30): no date here
        }
        if (m == null) {
          i++;
          continue;
        }
        out.add(m);
        anchor = m.date();
        contextYear = m.date().year();
        i = m.end();
      }
    }

    // ---------------------------------------------------------------- token helpers

    Token tok(int i) {
      return tokens.get(i);
    }

    boolean is(int i, String key) {
      return i >= from && i < limit && tokens.get(i).is(key);
    }

    boolean word(int i) {
      return i >= from && i < limit && tokens.get(i).isWord();
    }

    /** The month named at token i (capitalized, as English writes months), else 0. */
    int month(int i) {
      if (!word(i) || !tok(i).isCapitalized()) {
        return 0;
      }
      return lex.monthOf(ids[i]); // by number: no token's key hashed
    }

    /** The index after a month token and the period of its abbreviation ("Jan."). */
    int afterMonth(int i) {
      int j = i + 1;
      String k = tok(i).key();
      if (j < limit && tok(j).is(".") && tok(j).start() == tok(i).end() && k.length() <= 4
          && !k.equals("may") && !k.equals("june") && !k.equals("july")) {
        j++;
      }
      return j;
    }

    /** A day of the month at token i ("17", "25th"), else 0. */
    int day(int i) {
      if (i < from || i >= limit) {
        return 0;
      }
      Token t = tok(i);
      String k = t.key();
      if (t.isNumber()) {
        return k.length() <= 2 ? range(Integer.parseInt(k), 1, 31) : 0;
      }
      if (t.isWord() && k.length() >= 3 && k.length() <= 4 && Character.isDigit(k.charAt(0))) {
        int d = 0;
        int p = 0;
        while (p < k.length() && Character.isDigit(k.charAt(p))) {
          d = d * 10 + (k.charAt(p) - '0');
          p++;
        }
        String suffix = k.substring(p);
        if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
          return range(d, 1, 31);
        }
      }
      return 0;
    }

    /** A year at token i (four plain digits in range), else 0. */
    int year(int i) {
      if (i < from || i >= limit || !tok(i).isNumber()) {
        return 0;
      }
      String k = tok(i).key();
      if (k.length() != 4) {
        return 0;
      }
      return range(Integer.parseInt(k), MIN_YEAR, MAX_YEAR);
    }

    int range(int v, int lo, int hi) {
      return v >= lo && v <= hi ? v : 0;
    }

    /** Whether the verb nearest to token {@code i} speaks of the future ("will sign in May") rather than the past ("signed in May"). */
    boolean future(int i) {
      return tenseNear(i) > 0;
    }

    /**
     * The tense of the verb that governs a date at token {@code i}: +1 future, -1 past, 0 when no word
     * within reach says. A verb next to the date governs it ("December will mark 165 years"); else the
     * verb before it ("X, who arrived on Saturday, will stay": arrived), then one after it in its own
     * clause ("on Monday the two will sign", not "met on Wednesday and will meet again"), then one
     * further before ("will travel to [a place] before concluding his visit on Saturday").
     */
    int tenseNear(int i) {
      // a verb right after the date has it for its subject or object ("December will mark", "today wrapped up")
      int next = tense(i - 1);
      if (next == 0) {
        next = tense(i + 1);
      }
      if (next != 0) {
        return next;
      }
      for (int d = 2; d <= NEAR_VERB; d++) {
        int before = tense(i - d);
        if (before != 0) {
          return before;
        }
      }
      for (int d = 1; d <= NEAR_VERB && i + d < limit && (lex.tense(ids[i + d]) & Lexicon.CLAUSE_END) == 0; d++) {
        int after = tense(i + d);
        if (after != 0) {
          return after;
        }
      }
      for (int d = NEAR_VERB + 1; d <= FAR_VERB; d++) {
        int before = tense(i - d);
        if (before != 0) {
          return before;
        }
      }
      return 0;
    }

    // +1 for a word of the future ("will", "is to"), -1 for a past form ("signed", "was", "met"), else 0;
    // a participle after "be" ("will be signed") leaves the tense to the words before it
    int tense(int k) {
      if (k < from || k >= limit || !tok(k).isWord()) {
        return 0;
      }
      String key = tok(k).key();
      int listed = lex.tense(ids[k]); // by number: the key is not hashed
      if ((listed & Lexicon.FUTURE_WORD) != 0 || key.endsWith("'ll")) {
        return 1;
      }
      if (key.equals("to") && (is(k - 1, "is") || is(k - 1, "are"))) {
        return 1;
      }
      if (key.equals("was") || key.equals("were") || key.equals("had") || key.equals("did")) {
        return -1;
      }
      if (((listed & Lexicon.PAST_WORD) != 0 || key.length() > 4 && key.endsWith("ed")) && !tok(k).isCapitalized()) {
        return k > from && (is(k - 1, "be") || is(k - 1, "been") || is(k - 1, "being")) ? 0 : -1;
      }
      return 0;
    }

    DateMatch match(int first, int end, EdtfDate date, DateForm form) {
      return new DateMatch(first, end, date, form);
    }

    // ---------------------------------------------------------------- dispatch

    @Nullable DateMatch at(int i) {
      Token t = tok(i);
      if (t.isNumber()) {
        return numeric(i);
      }
      if (!t.isWord()) {
        return null;
      }
      String k = t.key();
      if (Character.isDigit(k.charAt(0))) {
        return gluedDigits(i);
      }
      if (month(i) != 0) {
        return monthFirst(i, i);
      }
      if (k.indexOf('-') > 0) {
        DateMatch h = hyphenated(i);
        if (h != null) {
          return h;
        }
      }
      // a key with no apostrophe is its own bare form: its weekday read by number, no key hashed
      boolean weekday = t.hasApostrophe()
          ? lex.weekdays.containsKey(k.endsWith("'s") ? k.substring(0, k.length() - 2) : k)
          : lex.weekday(ids[i]);
      if (weekday) {
        return weekday(i, i, 0);
      }
      // which tables hold the key, by its number: one read where each table below hashed it
      int tables = lex.dateWord(ids[i]);
      if ((tables & Lexicon.DAY_WORD) != 0) {
        int dw = lex.dayWords.get(k);
        return pub == null ? null : match(i, i + 1, EdtfDate.of(pub.plusDays(dw)), DateForm.RELATIVE);
      }
      if (k.equals("the")) {
        return the(i);
      }
      if (k.equals("that")) {
        return anaphor(i, i + 1, 0);
      }
      if ((tables & Lexicon.SHIFT) != 0) {
        return shifted(i);
      }
      if (k.equals("recent")) {
        return recent(i);
      }
      if ((tables & Lexicon.PHASE) != 0) {
        return phase(i, i, i + 1, lex.phases.get(k));
      }
      if ((tables & Lexicon.ORDINAL) != 0) {
        return part(i, i);
      }
      if ((tables & Lexicon.PART) != 0) {
        return namedPart(i, i);
      }
      if ((tables & Lexicon.SEASON) != 0) {
        return season(i, i + 1, lex.seasons.get(k));
      }
      if (k.equals("a") || k.equals("an") || (tables & Lexicon.NUMBER_WORD) != 0) {
        return counted(i);
      }
      return null;
    }

    // ---------------------------------------------------------------- numbers first

    @Nullable DateMatch numeric(int i) {
      String k = tok(i).key();
      int dash = k.indexOf('-');
      int dot = k.indexOf('.');
      if (dash > 0) {
        return dashed(i, k);
      }
      if (dot > 0) {
        return dotted(i, k);
      }
      if (k.indexOf(',') >= 0) {
        return null;
      }
      // 09/25/2019, 25/09/2019, 2019/20
      if (is(i + 1, "/") && tok(i + 1).start() == tok(i).end() && i + 2 < limit && tok(i + 2).isNumber()
          && tok(i + 2).start() == tok(i + 1).end()) {
        return slashed(i);
      }
      int d = day(i);
      if (d != 0) {
        int j = is(i + 1, "of") ? i + 2 : i + 1;
        if (month(j) != 0) {
          return dayFirst(i, d, j);
        }
        if ((is(i + 1, "to") || is(i + 1, "-") || is(i + 1, "and")) && day(i + 2) > d && month(i + 3) != 0) {
          DateMatch last = dayFirst(i + 2, day(i + 2), i + 3);
          return last == null ? null : dayRange(i, d, last);
        }
      }
      int y = year(i);
      if (y != 0) {
        return yearAt(i, i, y);
      }
      return counted(i);
    }

    /** Days {@code d} to {@code last} of one month: "3 to 5 June", "June 3-5". */
    @Nullable DateMatch dayRange(int first, int d, DateMatch last) {
      EdtfDate end = last.date();
      if (end.isInterval() || end.precision() != EdtfDate.Precision.DAY || d >= end.earliest().getDayOfMonth()) {
        return null;
      }
      EdtfDate start = EdtfDate.of(end.earliest().withDayOfMonth(d));
      return match(first, last.end(), EdtfDate.interval(start, end), last.form());
    }

    // 2015-2018, 2019-20, 2019-09, 2019-09-25, and "3-5 June"
    @Nullable DateMatch dashed(int i, String k) {
      String[] p = k.split("-");
      if (p.length == 2 && p[0].length() <= 2 && p[1].length() <= 2) {
        int d1 = range(Integer.parseInt(p[0]), 1, 31);
        int d2 = range(Integer.parseInt(p[1]), 1, 31);
        int j = is(i + 1, "of") ? i + 2 : i + 1;
        if (d1 != 0 && d2 > d1 && month(j) != 0) {
          DateMatch last = dayFirst(i, d2, j);
          return last == null ? null : dayRange(i, d1, last);
        }
        return null;
      }
      if (p.length == 3 && p[0].length() == 4 && p[1].length() == 2 && p[2].length() == 2) {
        return match(i, i + 1, EdtfDate.ofDay(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])),
            DateForm.ABSOLUTE);
      }
      if (p.length != 2 || p[0].length() != 4) {
        return null;
      }
      int y = range(Integer.parseInt(p[0]), MIN_YEAR, MAX_YEAR);
      if (y == 0) {
        return null;
      }
      int second = Integer.parseInt(p[1]);
      int y2 = p[1].length() == 4 ? second : p[1].length() == 2 ? y / 100 * 100 + second : 0;
      if (y2 > y && y2 <= MAX_YEAR) {
        return withPeriodWord(i, i + 1, EdtfDate.interval(EdtfDate.ofYear(y), EdtfDate.ofYear(y2)));
      }
      if (p[1].length() == 2 && second >= 1 && second <= 12) {
        return match(i, i + 1, EdtfDate.ofMonth(y, second), DateForm.ABSOLUTE);
      }
      return null;
    }

    DateMatch withPeriodWord(int first, int end, EdtfDate d) {
      if (word(end) && (tok(end).is("period") || tok(end).is("years"))) {
        end++;
      }
      return match(first, end, d, DateForm.ABSOLUTE);
    }

    // 25.09.2019
    @Nullable DateMatch dotted(int i, String k) {
      String[] p = k.split("\\.");
      if (p.length == 3 && p[2].length() == 4 && p[0].length() <= 2 && p[1].length() <= 2) {
        return match(i, i + 1, EdtfDate.ofDay(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])),
            DateForm.ABSOLUTE);
      }
      return null;
    }

    @Nullable DateMatch slashed(int i) {
      String a = tok(i).key();
      String b = tok(i + 2).key();
      if (a.length() == 4 && (b.length() == 2 || b.length() == 4) && !is(i + 3, "/")) {
        int y = range(Integer.parseInt(a), MIN_YEAR, MAX_YEAR);
        int y2 = b.length() == 2 ? y / 100 * 100 + Integer.parseInt(b) : Integer.parseInt(b);
        if (y != 0 && y2 == y + 1) {
          return match(i, i + 3, EdtfDate.interval(EdtfDate.ofYear(y), EdtfDate.ofYear(y2)), DateForm.ABSOLUTE);
        }
        return null;
      }
      if (!(is(i + 3, "/") && i + 4 < limit && tok(i + 4).isNumber() && tok(i + 4).start() == tok(i + 3).end())) {
        return null;
      }
      int y = year(i + 4);
      if (y == 0 || a.length() > 2 || b.length() > 2) {
        return null;
      }
      int x = Integer.parseInt(a);
      int z = Integer.parseInt(b);
      if (x > 12 && z <= 12) {
        return match(i, i + 5, EdtfDate.ofDay(y, z, x), DateForm.ABSOLUTE);
      }
      if (z > 12 && x <= 12 || x == z) {
        return match(i, i + 5, EdtfDate.ofDay(y, x, z), DateForm.ABSOLUTE);
      }
      return match(i, i + 5, EdtfDate.ofYear(y), DateForm.ABSOLUTE); // day and month ambiguous: the year is sure
    }

    // "25th", "1990s", "2018's", "1990's"
    @Nullable DateMatch gluedDigits(int i) {
      String k = tok(i).key();
      int d = day(i);
      if (d != 0) {
        int j = is(i + 1, "of") ? i + 2 : i + 1;
        if (month(j) != 0) {
          return dayFirst(i, d, j);
        }
        return is(i - 1, "the") && is(i - 2, "on") ? dayOfMonth(i, d) : null;
      }
      if (k.length() == 6 && k.endsWith("'s") && Character.isDigit(k.charAt(3))) {
        int y = range(parseInt(k.substring(0, 4)), MIN_YEAR, MAX_YEAR);
        if (y != 0 && y % 10 == 0 && is(i - 1, "the")) {
          return decade(i, i + 1, y, null);
        }
        return y == 0 ? null : match(i, i + 1, EdtfDate.ofYear(y), DateForm.ABSOLUTE);
      }
      if (k.length() == 5 && k.endsWith("0s")) {
        int y = range(parseInt(k.substring(0, 4)), MIN_YEAR, MAX_YEAR);
        return y == 0 ? null : decade(i, i + 1, y, null);
      }
      return counted(i);
    }

    /**
     * "on the 10th", "on the 3rd of this month", "on the 28th of last month": a day of a month
     * counted from publication; without one named, the publication month, or the month before
     * (after it, when the sentence speaks of the future) when the day would not fall in it.
     */
    @Nullable DateMatch dayOfMonth(int i, int d) {
      if (pub == null) {
        return null;
      }
      int end = i + 1;
      int shift;
      Integer named = word(i + 2) ? lex.shifts.get(tok(i + 2).key()) : null;
      if (is(i + 1, "of") && named != null && isPeriod(i + 3, 1)) {
        shift = named;
        end = i + 4;
      } else if (future(i)) {
        shift = d < pub.getDayOfMonth() ? 1 : 0;
      } else {
        shift = d > pub.getDayOfMonth() ? -1 : 0;
      }
      YearMonth ym = YearMonth.from(pub).plusMonths(shift);
      return d > ym.lengthOfMonth() ? null : match(i, end, EdtfDate.of(ym.atDay(d)), DateForm.RELATIVE);
    }

    int parseInt(String s) {
      for (int p = 0; p < s.length(); p++) {
        if (!Character.isDigit(s.charAt(p))) {
          return 0;
        }
      }
      return s.isEmpty() || s.length() > 6 ? 0 : Integer.parseInt(s);
    }

    DateMatch decade(int first, int end, int y, int @Nullable [] phase) {
      int lo = y;
      int hi = y + 9;
      if (phase != null) {
        // early, mid and late thirds of a decade: 0-3, 4-6, 7-9
        hi = y + (int) Math.ceil(phase[1] * 10 / 12.0) - 1;
        lo = Math.min(hi, y + (int) Math.ceil((phase[0] - 1) * 10 / 12.0));
      }
      return match(first, end, EdtfDate.interval(EdtfDate.ofYear(lo), EdtfDate.ofYear(hi)), DateForm.ABSOLUTE);
    }

    // A year, or a span of years: "2018", "from 2005 to 2013", "between 2005 and 2013", "2005 - 2013"
    @Nullable DateMatch yearAt(int first, int i, int y) {
      if (!meansYear(i)) {
        return null;
      }
      int j = i + 1;
      boolean between = is(i - 1, "between");
      if (is(j, "-") || is(j, "to") || is(j, "through") || is(j, "until") || is(j, "till") || between && is(j, "and")) {
        int y2 = year(j + 1);
        if (y2 > y) {
          int start = between || is(i - 1, "from") ? i - 1 : first;
          return withPeriodWord(Math.min(start, first), j + 2, EdtfDate.interval(EdtfDate.ofYear(y), EdtfDate.ofYear(y2)));
        }
      }
      return match(first, i + 1, EdtfDate.ofYear(y), DateForm.ABSOLUTE);
    }

    // Four digits are a year unless they count or measure something: "2,000 troops", "$2018", "1900 tonnes".
    boolean meansYear(int i) {
      if (i > from) {
        Token prev = tok(i - 1);
        if (prev.is("$") || lex.currencies.containsKey(prev.key()) || prev.is("no") || prev.is("#")) {
          return false;
        }
      }
      if (i + 1 < limit) {
        Token next = tok(i + 1);
        String nk = next.key();
        if (next.is("%") || lex.units.containsKey(nk) || lex.numberWords.containsKey(nk)
            || lex.currencies.containsKey(nk) && lex.currencies.get(nk).after()) {
          return false;
        }
        boolean qualified = i > from && lex.qualifiersBefore.containsKey(tok(i - 1).key());
        if (qualified && next.isWord() && nk.endsWith("s") && !next.isCapitalized()) {
          return false; // "about 2000 people"
        }
      }
      return true;
    }

    // ---------------------------------------------------------------- month first

    // "December 17, 1857", "Jan. 10", "November 2008", "May of 2005", "May and July of this year"
    @Nullable DateMatch monthFirst(int first, int i) {
      int m = month(i);
      int j = afterMonth(i);
      int d = day(j);
      if (d == 0 && j < limit && tok(j).isNumber() && tok(j).key().indexOf('-') > 0 && tok(j).key().length() <= 5) {
        // "June 3-5, 2019": the days of one month
        String[] p = tok(j).key().split("-");
        int d1 = range(parseInt(p[0]), 1, 31);
        int d2 = p.length == 2 ? range(parseInt(p[1]), 1, 31) : 0;
        if (d1 != 0 && d2 > d1) {
          int k = is(j + 1, ",") ? j + 2 : j + 1;
          int y = year(k);
          DateMatch last = y != 0 ? match(first, k + 1, EdtfDate.ofDay(y, m, d2), DateForm.ABSOLUTE)
              : dayNoYear(first, j + 1, m, d2);
          return last == null ? null : dayRange(first, d1, last);
        }
      }
      if (d != 0) {
        DateMatch days = monthDays(first, m, d, j + 1);
        if (days != null) {
          return days;
        }
        int k = j + 1;
        if (is(k, ",")) {
          k++;
        }
        int y = year(k);
        if (y != 0) {
          return match(first, k + 1, EdtfDate.ofDay(y, m, d), DateForm.ABSOLUTE);
        }
        return dayNoYear(first, j + 1, m, d);
      }
      int k = is(j, ",") ? j + 1 : j;
      int y = year(k);
      if (y != 0) {
        return match(first, k + 1, EdtfDate.ofMonth(y, m), DateForm.ABSOLUTE);
      }
      if (is(j, "of")) {
        YearRef yr = yearRef(j + 1);
        if (yr != null) {
          return match(first, yr.end, EdtfDate.ofMonth(yr.year, m), yr.form);
        }
      }
      // a list of months sharing a year: "May and July of this year", "May, June and July 2019"
      int listed = listedYear(j);
      if (listed != 0) {
        return match(first, j, EdtfDate.ofMonth(listed, m), DateForm.ABSOLUTE);
      }
      // alone, a month name is a date only after a word that leads to one ("in May"; not "Theresa May")
      if (first == i && !(i > from && lex.monthLeads.contains(tok(i - 1).key()))) {
        return null;
      }
      return bareMonth(first, j, m, 0);
    }

    /**
     * Days {@code d} to a later day of month {@code m} written once, the year (if any) after the last:
     * "December 2 and 3, 2016", "January 24 to 28, 2003", "May 5 through 9". Joined by "and", the
     * days need their year (without one, "May 5 and 6 ..." may go on with a count); else null.
     */
    @Nullable DateMatch monthDays(int first, int m, int d, int j) {
      boolean and = is(j, "and");
      if (!(and || is(j, "to") || is(j, "through") || is(j, "until") || is(j, "-"))) {
        return null;
      }
      int d2 = day(j + 1);
      if (d2 <= d || month(j + 2) != 0) {
        return null;
      }
      int k = is(j + 2, ",") ? j + 3 : j + 2;
      int y = year(k);
      DateMatch last;
      if (y != 0) {
        last = d2 <= YearMonth.of(y, m).lengthOfMonth()
            ? match(first, k + 1, EdtfDate.ofDay(y, m, d2), DateForm.ABSOLUTE) : null;
      } else {
        last = and ? null : dayNoYear(first, j + 2, m, d2);
      }
      return last == null ? null : dayRange(first, d, last);
    }

    int listedYear(int j) {
      int k = j;
      int months = 0;
      while ((is(k, ",") || is(k, "and") || is(k, "or") || is(k, "to") || is(k, "through") || is(k, "-"))
          && month(k + 1) != 0) {
        k = afterMonth(k + 1);
        months++;
      }
      if (months == 0) {
        return 0;
      }
      if (is(k, "of")) {
        YearRef yr = yearRef(k + 1);
        return yr == null ? 0 : yr.year;
      }
      return year(is(k, ",") ? k + 1 : k);
    }

    /** A month without a year: the sentence's year, else the nearest such month to publication. */
    @Nullable DateMatch bareMonth(int first, int end, int m, int shift) {
      YearRef told = shift == 0 ? toldYear(end) : null;
      if (told != null) {
        return match(first, told.end, EdtfDate.ofMonth(told.year, m), told.form);
      }
      if (shift == 0 && contextYear != null) {
        return match(first, end, EdtfDate.ofMonth(contextYear, m), DateForm.ANAPHORIC);
      }
      if (pub == null) {
        return null;
      }
      YearMonth now = YearMonth.from(pub);
      YearMonth same = YearMonth.of(pub.getYear(), m);
      YearMonth ym;
      if (shift < 0) {
        ym = same.isBefore(now) ? same : same.minusYears(1);
      } else if (shift > 0) {
        ym = same.isAfter(now) ? same : same.plusYears(1);
      } else if (future(first)) {
        ym = same.isBefore(now) ? same.plusYears(1) : same;
      } else {
        ym = same.isAfter(now) ? same.minusYears(1) : same;
      }
      return match(first, end, EdtfDate.of(ym), DateForm.RELATIVE);
    }

    /**
     * The year told by reference right after a month or a day ("[Month] last year", "[Month] [day]
     * this year", "[Month] that year"), which outranks the sentence's other years; or null.
     */
    @Nullable YearRef toldYear(int end) {
      YearRef yr = yearRef(end);
      return yr != null && yr.form != DateForm.ABSOLUTE ? yr : null;
    }

    /** A day and month without a year: "Jan. 10", "June 2 of that year". */
    @Nullable DateMatch dayNoYear(int first, int end, int m, int d) {
      if (is(end, "of")) {
        YearRef yr = yearRef(end + 1);
        if (yr != null) {
          return match(first, yr.end, EdtfDate.ofDay(yr.year, m, d), yr.form);
        }
      }
      YearRef told = toldYear(end);
      if (told != null) {
        return match(first, told.end, EdtfDate.ofDay(told.year, m, d), told.form);
      }
      if (contextYear != null) {
        return match(first, end, EdtfDate.ofDay(contextYear, m, d), DateForm.ANAPHORIC);
      }
      if (pub == null) {
        return null;
      }
      LocalDate same = LocalDate.of(pub.getYear(), m, Math.min(d, YearMonth.of(pub.getYear(), m).lengthOfMonth()));
      LocalDate date;
      int tense = tenseNear(first);
      LocalDate coming = tense == 0 ? nextOf(same, m, d) : null;
      if (tense > 0) {
        date = same.isBefore(pub) ? LocalDate.of(pub.getYear() + 1, m, d) : same;
      } else if (coming != null && soon(coming)) {
        // "is in the capital until May 29", told days before: the coming day, not one a year back
        date = coming;
      } else {
        date = same.isAfter(pub) ? LocalDate.of(pub.getYear() - 1, m, d) : same;
      }
      return match(first, end, EdtfDate.of(date), DateForm.RELATIVE);
    }

    /** The first day {@code m}/{@code d} after publication: {@code same} (that day in the publication's year) or a year on. */
    LocalDate nextOf(LocalDate same, int m, int d) {
      int y = same.getYear() + 1;
      return same.isAfter(pub) || d > YearMonth.of(y, m).lengthOfMonth() ? same : LocalDate.of(y, m, d);
    }

    /** Whether a day lies after publication by at most {@link #SOON_DAYS}. */
    boolean soon(LocalDate day) {
      return pub != null && day.isAfter(pub) && !day.isAfter(pub.plusDays(SOON_DAYS));
    }

    // "25th September, 2019", "3 March 2021", "the 5th of May"
    @Nullable DateMatch dayFirst(int first, int d, int monthAt) {
      int m = month(monthAt);
      int j = afterMonth(monthAt);
      int k = is(j, ",") ? j + 1 : j;
      int y = year(k);
      if (y != 0) {
        return match(first, k + 1, EdtfDate.ofDay(y, m, d), DateForm.ABSOLUTE);
      }
      return dayNoYear(first, j, m, d);
    }

    // ---------------------------------------------------------------- years by reference

    record YearRef(int year, int end, DateForm form) {}

    /** A year at token i: "2005", "this year", "last year", "the same year", "that year", "the following year". */
    @Nullable YearRef yearRef(int i) {
      int y = year(i);
      if (y != 0) {
        return new YearRef(y, i + 1, DateForm.ABSOLUTE);
      }
      if (!word(i)) {
        return null;
      }
      Integer shift = lex.shifts.get(tok(i).key());
      if (shift != null && !is(i - 1, "the") && isPeriod(i + 1, 12)) {
        return pub == null ? null : new YearRef(pub.getYear() + shift, i + 2, DateForm.RELATIVE);
      }
      if (tok(i).is("the") || tok(i).is("that")) {
        int j = i + 1;
        Integer a = word(j) ? lex.anaphors.get(tok(j).key()) : null;
        if (a != null && !tok(j).is("that")) {
          j++;
        } else if (tok(i).is("the")) {
          return null;
        } else {
          a = 0;
        }
        if (isPeriod(j, 12) && anchor != null) {
          int base = a > 0 ? anchor.latest().getYear() : a < 0 ? anchor.earliest().getYear() : anchor.year();
          return new YearRef(base + a, j + 1, DateForm.ANAPHORIC);
        }
      }
      return null;
    }

    boolean isPeriod(int i, int months) {
      if (!word(i)) {
        return false;
      }
      Integer p = lex.periods.get(tok(i).key());
      return p != null && p == months;
    }

    // ---------------------------------------------------------------- anaphora

    /** "that year", "that same month", "the following year", "the next day" from token {@code j}. */
    @Nullable DateMatch anaphor(int first, int j, int shift) {
      if (word(j) && lex.anaphors.containsKey(tok(j).key()) && !tok(j).is("that")) {
        shift = lex.anaphors.get(tok(j).key());
        j++;
      }
      if (!word(j) || anchor == null) {
        return null;
      }
      Integer p = lex.periods.get(tok(j).key());
      if (p == null || tok(j).key().endsWith("s")) {
        return null;
      }
      EdtfDate a = anchor;
      EdtfDate d;
      if (p == 12) {
        int base = shift > 0 ? a.latest().getYear() : shift < 0 ? a.earliest().getYear() : a.year();
        d = EdtfDate.ofYear(base + shift);
      } else if (p == 1) {
        if (a.isInterval() || a.precision() == EdtfDate.Precision.YEAR || a.precision() == EdtfDate.Precision.SEASON) {
          return null;
        }
        d = EdtfDate.of(YearMonth.from(a.earliest()).plusMonths(shift));
      } else if (p == 0) {
        if (a.isInterval() || a.precision() != EdtfDate.Precision.DAY) {
          return null;
        }
        d = EdtfDate.of(a.earliest().plusDays(shift));
      } else {
        return null;
      }
      return match(first, j + 1, d, DateForm.ANAPHORIC);
    }

    // ---------------------------------------------------------------- "the ..."

    @Nullable DateMatch the(int i) {
      int j = i + 1;
      if (!(j < limit)) {
        return null;
      }
      // "the" before any other word: one read by number instead of one lookup per table (and before the
      // digit test below, which also answers null, so that most words' tokens are not read)
      if (!lex.afterThe(ids[j])) {
        return null;
      }
      Token t = tok(j);
      String k = t.key();
      if (t.isWord() && Character.isDigit(k.charAt(0))) {
        return null; // "the 1990s", "the 25th of May": read at the next token
      }
      if (lex.phases.containsKey(k)) {
        if (is(j + 1, "of")) {
          return phase(i, j, j + 2, lex.phases.get(k));
        }
        return phase(i, j, j + 1, lex.phases.get(k));
      }
      if ((t.is("last") || t.is("past")) && !is(j + 1, "quarter") && !is(j + 1, "half")) {
        DateMatch span = lastPeriods(i, j + 1);
        if (span != null) {
          return span;
        }
      }
      if (lex.ordinals.containsKey(k)) {
        return part(i, j);
      }
      if (lex.anaphors.containsKey(k)) {
        return anaphor(i, j, 0);
      }
      if (lex.seasons.containsKey(k) && is(j + 1, "of")) {
        return season(i, j + 1, lex.seasons.get(k));
      }
      return null;
    }

    // "(over) the last eight months", "in the last 18 years", "the past decade", "the past two weeks"
    @Nullable DateMatch lastPeriods(int first, int j) {
      long n = 1;
      int k = j;
      if (word(k) && lex.periods.containsKey(tok(k).key()) && tok(k).key().endsWith("s")) {
        return recent(k - 1); // "over the last months": as vague as "in recent months"
      }
      if (k < limit && !lex.periods.containsKey(tok(k).key())) {
        Num num = numbers.read(tokens, k, limit);
        if (num == null || num.value().scale() > 0 || num.value().compareTo(BigDecimal.valueOf(1000)) > 0
            || !num.tail().isEmpty()) {
          return null;
        }
        n = num.value().longValue();
        k = num.end();
      }
      if (!word(k) || pub == null) {
        return null;
      }
      Integer p = lex.periods.get(tok(k).key());
      if (p == null) {
        return null;
      }
      if (is(k + 1, "of")) {
        return null; // "the last three months of 2018": a part
      }
      EdtfDate d;
      if (p >= 12) {
        long years = n * p / 12;
        d = EdtfDate.interval(EdtfDate.ofYear((int) (pub.getYear() - years)), EdtfDate.ofYear(pub.getYear()));
      } else if (p == 1) {
        YearMonth now = YearMonth.from(pub);
        d = EdtfDate.interval(EdtfDate.of(now.minusMonths(n)), EdtfDate.of(now));
      } else {
        long days = p == 0 ? n : 7 * n;
        d = EdtfDate.interval(EdtfDate.of(pub.minusDays(days)), EdtfDate.of(pub));
      }
      return match(first, k + 1, d, DateForm.RELATIVE);
    }

    // "in recent months", "in recent years", "in recent weeks"
    @Nullable DateMatch recent(int i) {
      if (!word(i + 1) || pub == null) {
        return null;
      }
      Integer p = lex.periods.get(tok(i + 1).key());
      if (p == null) {
        return null;
      }
      YearMonth now = YearMonth.from(pub);
      EdtfDate d;
      if (p >= 12) {
        d = EdtfDate.interval(EdtfDate.ofYear(pub.getYear() - 5), EdtfDate.ofYear(pub.getYear()));
      } else if (p == 1) {
        // a few months back; within one year that is as precise as the phrase is
        YearMonth start = now.minusMonths(6);
        d = start.getYear() == now.getYear() ? EdtfDate.ofYear(now.getYear())
            : EdtfDate.interval(EdtfDate.of(start), EdtfDate.of(now));
      } else {
        d = EdtfDate.of(now);
      }
      return match(tok(i).is("recent") ? i : i - 1, i + 2, d, DateForm.RELATIVE);
    }

    // ---------------------------------------------------------------- parts of years

    /** The year a part of a year belongs to, from "of 2019", "2019", "of this year", else the sentence or publication. */
    @Nullable YearRef partYear(int j) {
      if (is(j, "of")) {
        YearRef yr = yearRef(j + 1);
        if (yr != null) {
          return yr;
        }
      }
      int y = year(j);
      if (y != 0) {
        return new YearRef(y, j + 1, DateForm.ABSOLUTE);
      }
      if (contextYear != null) {
        return new YearRef(contextYear, j, DateForm.ANAPHORIC);
      }
      return pub == null ? null : new YearRef(pub.getYear(), j, DateForm.RELATIVE);
    }

    // "the first half of 2019", "the third quarter", "the first nine months of 2021", "the last three months"
    @Nullable DateMatch part(int first, int j) {
      int ord = lex.ordinals.get(tok(j).key());
      int k = j + 1;
      if (is(k, "half") || is(k, "quarter")) {
        int size = is(k, "half") ? 6 : 3;
        int count = 12 / size;
        int idx = ord < 0 ? count : ord;
        if (idx < 1 || idx > count) {
          return null;
        }
        YearRef yr = partYear(k + 1);
        return yr == null ? null : months(first, yr, (idx - 1) * size + 1, idx * size);
      }
      if (ord != 1 && ord != -1) {
        return null;
      }
      Num n = k < limit ? numbers.read(tokens, k, limit) : null;
      if (n == null || n.value().scale() > 0 || !n.tail().isEmpty() || n.value().compareTo(BigDecimal.valueOf(12)) > 0
          || n.value().signum() <= 0 || !isPeriod(n.end(), 1)) {
        return null;
      }
      int count = n.value().intValue();
      if (ord == -1 && !is(n.end() + 1, "of")) {
        return null; // "the last eight months" counts back from publication
      }
      YearRef yr = partYear(n.end() + 1);
      if (yr == null) {
        return null;
      }
      return ord == 1 ? months(first, yr, 1, count) : months(first, yr, 13 - count, 12);
    }

    DateMatch months(int first, YearRef yr, int lo, int hi) {
      EdtfDate d = lo == hi ? EdtfDate.ofMonth(yr.year, lo)
          : EdtfDate.interval(EdtfDate.ofMonth(yr.year, lo), EdtfDate.ofMonth(yr.year, hi));
      return match(first, yr.end, d, yr.form);
    }

    // "Q3 2019", "H1 2019"
    @Nullable DateMatch namedPart(int first, int j) {
      int[] r = lex.parts.get(tok(j).key());
      if (!tok(j).isCapitalized()) {
        return null;
      }
      YearRef yr = partYear(j + 1);
      return yr == null ? null : months(first, yr, r[0], r[1]);
    }

    // "early 2020", "mid-2019", "late 2019", "the end of 2019", "early May", "the early 1990s"
    @Nullable DateMatch phase(int first, int phaseAt, int j, int[] r) {
      if (j >= limit) {
        return null;
      }
      Token t = tok(j);
      String k = t.key();
      if (t.isWord() && k.length() == 5 && k.endsWith("0s")) {
        int y = range(parseInt(k.substring(0, 4)), MIN_YEAR, MAX_YEAR);
        return y == 0 ? null : decade(first, j + 1, y, r);
      }
      int m = month(j);
      if (m != 0) {
        DateMatch dm = monthFirst(first, j);
        return dm != null && dm.date().precision() == EdtfDate.Precision.MONTH ? dm : null;
      }
      YearRef yr = yearRef(j);
      if (yr == null) {
        return null;
      }
      EdtfDate d = r[0] == r[1] ? EdtfDate.ofMonth(yr.year, r[0])
          : EdtfDate.interval(EdtfDate.ofMonth(yr.year, r[0]), EdtfDate.ofMonth(yr.year, r[1]));
      return match(first, yr.end, d, yr.form);
    }

    // "mid-2019", "mid-September", "end-2019", "January-June 2019"
    @Nullable DateMatch hyphenated(int i) {
      String[] p = tok(i).key().split("-");
      if (p.length != 2) {
        return null;
      }
      int[] r = lex.phases.get(p[0]);
      if (r != null) {
        int y = p[1].length() == 4 ? range(parseInt(p[1]), MIN_YEAR, MAX_YEAR) : 0;
        if (y != 0) {
          EdtfDate d = r[0] == r[1] ? EdtfDate.ofMonth(y, r[0])
              : EdtfDate.interval(EdtfDate.ofMonth(y, r[0]), EdtfDate.ofMonth(y, r[1]));
          return match(i, i + 1, d, DateForm.ABSOLUTE);
        }
        Integer m = lex.months.get(p[1]);
        if (m != null) {
          int y2 = year(i + 1);
          return y2 != 0 ? match(i, i + 2, EdtfDate.ofMonth(y2, m), DateForm.ABSOLUTE) : bareMonth(i, i + 1, m, 0);
        }
        return null;
      }
      Integer m1 = lex.months.get(p[0]);
      Integer m2 = lex.months.get(p[1]);
      if (m1 != null && m2 != null && m2 > m1 && tok(i).isCapitalized()) {
        YearRef yr = partYear(i + 1);
        return yr == null ? null : months(i, yr, m1, m2);
      }
      return null;
    }

    // "summer 2019", "the spring of 2019"
    @Nullable DateMatch season(int first, int j, int season) {
      int k = is(j, "of") ? j + 1 : j;
      int y = year(k);
      return y == 0 ? null : match(first, k + 1, EdtfDate.ofSeason(y, season), DateForm.ABSOLUTE);
    }

    // ---------------------------------------------------------------- relative to publication

    // "this year", "last month", "next week", "this past April", "last Tuesday", "next Friday", "last summer"
    @Nullable DateMatch shifted(int i) {
      int shift = lex.shifts.get(tok(i).key());
      int j = i + 1;
      if (tok(i).is("this") && is(j, "past")) {
        shift = -1;
        j++;
      }
      if (!word(j)) {
        return null;
      }
      String k = tok(j).key();
      int m = month(j);
      if (m != 0) {
        if (shift == 0 && !tok(i).is("this")) {
          return null;
        }
        if (shift == 0) {
          return pub == null ? null : match(i, afterMonth(j), EdtfDate.ofMonth(pub.getYear(), m), DateForm.RELATIVE);
        }
        return bareMonth(i, afterMonth(j), m, shift);
      }
      if (lex.weekdays.containsKey(k)) {
        return weekday(i, j, shift == 0 ? 0 : shift);
      }
      if (pub == null) {
        return null;
      }
      if (lex.dayParts.contains(k)) {
        // "last night", "this morning": the day before publication, or its day ("next morning" tells of
        // a day after another date, not after publication)
        return shift > 0 ? null : match(i, j + 1, EdtfDate.of(pub.plusDays(shift)), DateForm.RELATIVE);
      }
      Integer season = lex.seasons.get(k);
      if (season != null) {
        int startMonth = 3 + 3 * (season - 21);
        int y = pub.getYear();
        if (shift < 0 && pub.getMonthValue() <= startMonth + 2) {
          y--;
        } else if (shift > 0 && pub.getMonthValue() >= startMonth) {
          y++;
        }
        return match(i, j + 1, EdtfDate.ofSeason(y, season), DateForm.RELATIVE);
      }
      Integer p = lex.periods.get(k);
      if (p == null || k.endsWith("s")) {
        return null;
      }
      EdtfDate d;
      if (p == 12) {
        d = EdtfDate.ofYear(pub.getYear() + shift);
      } else if (p == 1) {
        d = EdtfDate.of(YearMonth.from(pub).plusMonths(shift));
      } else if (p == -1) {
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        d = EdtfDate.interval(EdtfDate.of(monday), EdtfDate.of(monday.plusDays(6)));
      } else {
        return null;
      }
      return match(i, j + 1, d, DateForm.RELATIVE);
    }

    // "on Wednesday", "Wednesday's meeting", "last Tuesday", "next Friday"
    @Nullable DateMatch weekday(int first, int j, int shift) {
      String k = tok(j).key();
      DayOfWeek dow = lex.weekdays.get(k.endsWith("'s") ? k.substring(0, k.length() - 2) : k);
      if (dow == null || !tok(j).isCapitalized()) {
        return null;
      }
      // "Wednesday, September 25, 2019": the date that follows says it
      int n = is(j + 1, ",") ? j + 2 : j + 1;
      if (month(n) != 0 || day(n) != 0 && month(n + 1) != 0) {
        return null;
      }
      if (pub == null) {
        return null;
      }
      int back = (pub.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
      int ahead = (dow.getValue() - pub.getDayOfWeek().getValue() + 7) % 7;
      LocalDate d;
      if (shift < 0) {
        d = pub.minusDays(back == 0 ? 7 : back);
      } else if (shift > 0) {
        d = pub.plusDays(ahead == 0 ? 7 : ahead);
      } else if (future(first)) {
        d = pub.plusDays(ahead);
      } else {
        d = pub.minusDays(back);
      }
      return match(first, j + 1, EdtfDate.of(d), DateForm.RELATIVE);
    }

    /** The first period word at or after token {@code i} in the sentence, else {@code limit}; queries only move forward, so the sentence is read once. */
    int nextPeriod(int i) {
      if (i < periodQueried || i > periodFound) {
        int k = Math.max(i, from);
        while (k < limit && (starts[k] & Lexicon.PERIOD) == 0) {
          k++;
        }
        periodQueried = i;
        periodFound = k;
      }
      return periodFound;
    }

    // "two years ago", "a week ago", "three years later", "165 years since"
    @Nullable DateMatch counted(int i) {
      if (nextPeriod(i + 1) >= limit) {
        return null; // a count of no period: no need to read the number
      }
      Num n;
      int k;
      if (tok(i).is("a") || tok(i).is("an")) {
        n = null;
        k = i + 1;
      } else {
        n = numbers.read(tokens, i, limit);
        if (n == null || !n.tail().isEmpty() || n.value().scale() > 0 || n.value().compareTo(BigDecimal.valueOf(10000)) > 0) {
          return null;
        }
        k = n.end();
      }
      long count = n == null ? 1 : n.value().longValue();
      if (!word(k) || !word(k + 1)) {
        return null;
      }
      Integer p = lex.periods.get(tok(k).key());
      if (p == null) {
        return null;
      }
      String dir = tok(k + 1).key();
      if (dir.equals("ago")) {
        if (pub == null) {
          return null;
        }
        EdtfDate base = p >= 12 ? EdtfDate.ofYear(pub.getYear()) : p == 1 ? EdtfDate.of(YearMonth.from(pub)) : EdtfDate.of(pub);
        EdtfDate d = shiftBy(base, p, -count, p);
        return d == null ? null : match(i, k + 2, d, DateForm.RELATIVE);
      }
      int sign = dir.equals("later") || dir.equals("after") ? 1
          : dir.equals("earlier") || dir.equals("before") || dir.equals("since") ? -1 : 0;
      if (sign == 0 || anchor == null || anchor.isInterval()) {
        return null;
      }
      if (dir.equals("since") && !(is(i - 1, "mark") || is(i - 1, "marks") || is(i - 1, "marked") || is(i - 1, "marking"))) {
        return null; // only "marks 165 years since": the anniversary counts back from its own date
      }
      if ((dir.equals("after") || dir.equals("before")) && word(k + 2)) {
        return null; // "two years after the war": the war is the anchor, not the date before
      }
      EdtfDate d = shiftBy(anchor, p, sign * count, p);
      return d == null ? null : match(i, k + 2, d, DateForm.ANAPHORIC);
    }

    /** {@code d} moved by {@code count} periods; as precise as both the date and the period allow. */
    @Nullable EdtfDate shiftBy(EdtfDate d, int period, long count, int precisionPeriod) {
      LocalDate base = d.earliest();
      EdtfDate.Precision prec = d.precision();
      if (period >= 12) {
        long years = count * period / 12;
        return switch (prec) {
          case DAY -> EdtfDate.of(base.plusYears(years));
          case MONTH -> EdtfDate.of(YearMonth.from(base).plusYears(years));
          default -> EdtfDate.ofYear((int) (d.year() + years));
        };
      }
      if (period == 1) {
        if (prec == EdtfDate.Precision.YEAR || prec == EdtfDate.Precision.SEASON) {
          return null;
        }
        return prec == EdtfDate.Precision.DAY ? EdtfDate.of(base.plusMonths(count))
            : EdtfDate.of(YearMonth.from(base).plusMonths(count));
      }
      if (prec != EdtfDate.Precision.DAY) {
        return null;
      }
      return EdtfDate.of(base.plusDays(period == 0 ? count : 7 * count));
    }
  }
}
