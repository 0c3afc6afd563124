package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordLists;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A visit of several days as an interval: "arrived on Monday on a four-day state visit" runs from
 * Monday to Thursday, "wrapped up a two-day visit on Thursday" from Wednesday to Thursday, "on the
 * third day of a four-day visit" (on the 10th) from the 8th to the 11th. The words come from
 * {@code visit-spans.tsv}; "arrived in Moscow on July 2 on a visit that will last until July 4" runs
 * from the arrival to the day named after the end word. Immutable; shared by all articles.
 */
final class VisitSpans {

  /** What a word tells: where the clause's date stands in the visit, a number, or a noun of visits. */
  enum Mark { ARRIVAL, DEPARTURE, UNTIL, DAY, LAST, COUNT, NOUN }

  /** A phrase of the file: its words' keys, what it tells, and its number (for DAY and COUNT). */
  private record Phrase(String[] words, Mark mark, int number) {}

  /** The longest a visit lasts in days, to tell "a 90-day stay" from a visit. */
  static final int MOST_DAYS = 31;

  private final Map<String, List<Phrase>> byFirst;
  private final Map<String, Integer> counts;

  private VisitSpans(Map<String, List<Phrase>> byFirst, Map<String, Integer> counts) {
    this.byFirst = byFirst;
    this.counts = counts;
  }

  /** Reads {@code visit-spans.tsv}. */
  static VisitSpans load() {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String line : DataFiles.lines(VisitSpans.class, "visit-spans.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalStateException("visit-spans.tsv: want phrase<TAB>mark[<TAB>number], got \"" + line + "\"");
      }
      Mark mark = Mark.valueOf(cols[1].strip());
      int number = cols.length > 2 ? Integer.parseInt(cols[2].strip()) : 0;
      String[] words = WordLists.spaced(Keys.of(cols[0].strip()));
      if (mark == Mark.COUNT) {
        counts.put(words[0], number);
      } else {
        List<Phrase> phrases = byFirst.get(words[0]);
        if (phrases == null) {
          phrases = new ArrayList<>();
          byFirst.put(words[0], phrases);
        }
        phrases.add(new Phrase(words, mark, number));
      }
    }
    for (Map.Entry<String, List<Phrase>> e : byFirst.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    return new VisitSpans(Map.copyOf(byFirst), Map.copyOf(counts));
  }

  /**
   * The days of a visit told in tokens {@code [from, to)} whose date is {@code date}: an interval when
   * the tokens give the visit's length ("four-day visit") and where the date stands in it; else null.
   */
  @Nullable EdtfDate span(List<Token> tokens, int from, int to, @Nullable EdtfDate date) {
    if (date == null || date.isInterval() || date.precision() != EdtfDate.Precision.DAY) {
      return null;
    }
    int lengthAt = lengthAt(tokens, from, to);
    if (lengthAt < 0) {
      return null;
    }
    int days = length(tokens.get(lengthAt).key());
    LocalDate day = date.earliest();
    Mark where = null;
    int dayNumber = 0;
    for (int k = from; k < to; k++) {
      Phrase p = phraseAt(tokens, k, to);
      if (p == null || p.mark() == Mark.NOUN) {
        continue;
      }
      if (p.mark() == Mark.DAY || p.mark() == Mark.LAST) {
        if (k < lengthAt) {
          where = p.mark();
          dayNumber = p.mark() == Mark.LAST ? days : p.number();
          break;
        }
      } else if (where == null && p.mark() != Mark.UNTIL) {
        where = p.mark();
      }
    }
    LocalDate start;
    if (where == Mark.DAY || where == Mark.LAST) {
      start = day.minusDays(Math.min(dayNumber, days) - 1L);
    } else if (where == Mark.DEPARTURE) {
      start = day.minusDays(days - 1L);
    } else if (where == Mark.ARRIVAL || days == 1) {
      start = day;
    } else {
      return null;
    }
    if (days == 1) {
      return EdtfDate.of(start);
    }
    return EdtfDate.interval(EdtfDate.of(start), EdtfDate.of(start.plusDays(days - 1L)));
  }

  /**
   * The last day of a visit whose clause names its arrival on {@code arrival} (a date of its own at
   * tokens before {@code after}), when a later date of {@code dates} in tokens {@code [after, to)}
   * follows an end word ("that will last until July 4", "which ends on Tuesday", "before leaving on
   * Thursday") and lies at most a month after; else null. A weekday the date stage put before the
   * arrival ("arrived on Saturday ... which ends on Tuesday") is the one after it.
   */
  @Nullable End endOf(List<Token> tokens, List<DateRef> dates, DateRef arrival, int to) {
    if (!isDay(arrival.date()) || !arrivalBefore(tokens, arrival.first(), to)) {
      return null;
    }
    for (int i = 0; i < dates.size(); i++) {
      DateRef d = dates.get(i);
      if (d.first() < arrival.end() || d.first() >= to || !isDay(d.date())) {
        continue;
      }
      LocalDate last = d.date().earliest();
      long days = ChronoUnit.DAYS.between(arrival.date().earliest(), last);
      if (d.form() == DateForm.RELATIVE && days > -7 && days < 1) {
        last = last.plusDays(7);
        days += 7;
      }
      if (days < 1 || days >= MOST_DAYS) {
        continue;
      }
      for (int k = Math.max(arrival.end(), d.first() - 4); k < d.first(); k++) {
        Phrase p = phraseAt(tokens, k, d.first());
        // "until" and "to" right before the day ("to 1 December", "until July 4"); "left" a few words before
        if (p != null && (p.mark() == Mark.DEPARTURE || (p.mark() == Mark.UNTIL && k >= d.first() - 2))) {
          return new End(i, EdtfDate.interval(arrival.date(), EdtfDate.of(last)));
        }
      }
    }
    return null;
  }

  /** The date of {@code dates} at {@code index} that ends a visit, and the visit's days. */
  record End(int index, EdtfDate span) {}

  /** Whether an arrival word stands within a few words before token {@code at} ("arrived in Moscow on July 2"). */
  private boolean arrivalBefore(List<Token> tokens, int at, int to) {
    return markBefore(tokens, Math.max(0, at - 6), at) == Mark.ARRIVAL;
  }

  /**
   * What a date at token {@code at} tells of a visit by the words a few before it, from token
   * {@code from} on: its arrival ("arrived in Moscow on Wednesday"), its departure ("is expected to
   * conclude his visit on Sunday", "left on Friday", "will stay in [state] until October 18"), or
   * neither (null).
   */
  @Nullable Mark markBefore(List<Token> tokens, int from, int at) {
    Mark found = null;
    for (int k = Math.max(from, at - 8); k < at; k++) {
      Phrase p = phraseAt(tokens, k, at);
      if (p != null && (p.mark() == Mark.ARRIVAL || p.mark() == Mark.DEPARTURE)) {
        found = p.mark();
      } else if (p != null && p.mark() == Mark.UNTIL && k >= at - 2 && STAY_ENDS.contains(tokens.get(k).key())) {
        // "will stay in [state] until October 18": the day the visit ends
        found = Mark.DEPARTURE;
      }
    }
    return found;
  }

  /** The words before a day that tell a stay goes on up to it ("until", "till"), unlike "to" and "through" of a span of days. */
  private static final Set<String> STAY_ENDS = Set.of("until", "till");

  /** Whether tokens from {@code k} (before {@code to}) open with a word of a visit's first or last day ("began", "ends"). */
  boolean endsAt(List<Token> tokens, int k, int to) {
    Phrase p = k < to ? phraseAt(tokens, k, to) : null;
    return p != null && (p.mark() == Mark.ARRIVAL || p.mark() == Mark.DEPARTURE) && tokens.get(k).isWord() && !tokens.get(k).is("from");
  }

  private static boolean isDay(EdtfDate date) {
    return !date.isInterval() && date.precision() == EdtfDate.Precision.DAY;
  }

  /** The days of a visit's length told in tokens {@code [from, to)} ("the three-day visit"), or 0. */
  int lengthIn(List<Token> tokens, int from, int to) {
    int at = lengthAt(tokens, from, to);
    return at < 0 ? 0 : length(tokens.get(at).key());
  }

  /** A visit of {@code days} days whose arrival or departure ({@code mark}) is {@code day}. */
  static EdtfDate interval(EdtfDate day, Mark mark, int days) {
    LocalDate first = mark == Mark.DEPARTURE ? day.earliest().minusDays(days - 1L) : day.earliest();
    return EdtfDate.interval(EdtfDate.of(first), EdtfDate.of(first.plusDays(days - 1L)));
  }

  /** Where the length of a visit ("four-day visit") stands in tokens {@code [from, to)}, or -1. */
  private int lengthAt(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      int n = length(tokens.get(k).key());
      if (n > 0 && nounWithin(tokens, k + 1, Math.min(to, k + 4))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The day of a visit that tokens {@code [from, to)} tell without a date ("on the third day of the
   * Prime Minister's four-day visit"): the day's number and the visit's days; else null.
   */
  int @Nullable [] dayOfVisit(List<Token> tokens, int from, int to) {
    int lengthAt = lengthAt(tokens, from, to);
    if (lengthAt < 0) {
      return null;
    }
    int days = length(tokens.get(lengthAt).key());
    for (int k = from; k < lengthAt; k++) {
      Phrase p = phraseAt(tokens, k, to);
      if (p != null && (p.mark() == Mark.DAY || p.mark() == Mark.LAST)) {
        return new int[] {p.mark() == Mark.LAST ? days : Math.min(p.number(), days), days};
      }
    }
    return null;
  }

  /** The number a count word of the file names ("three": 3), or 0. */
  int count(String key) {
    Integer n = counts.get(key);
    return n == null ? 0 : n;
  }

  /** The days of "four-day" or "4-day" (of "48-hour": the days it touches), or 0. */
  private int length(String key) {
    if (key.endsWith("-hour")) {
      return daysOfHours(key.substring(0, key.length() - 5));
    }
    if (!key.endsWith("-day") || key.length() < 5) {
      return 0;
    }
    String n = key.substring(0, key.length() - 4);
    int count = count(n);
    if (count != 0) {
      return count;
    }
    if (n.length() <= 2 && n.chars().allMatch(Character::isDigit)) {
      int v = Integer.parseInt(n);
      return v >= 1 && v <= MOST_DAYS ? v : 0;
    }
    return 0;
  }

  /**
   * The calendar days a visit of {@code n} hours touches ("a 48-hour visit"): one for less than a
   * day; else from the arrival's day to the day the last hour falls on, which for an arrival late in
   * the day (as they mostly are) is the whole days rounded up, on: 30 hours from an evening are three days.
   */
  private static int daysOfHours(String n) {
    if (n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    int hours = Integer.parseInt(n);
    if (hours < 1) {
      return 0;
    }
    int days = hours < 24 ? 1 : (hours + 23) / 24 + 1;
    return days <= MOST_DAYS ? days : 0;
  }

  private boolean nounWithin(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Phrase p = phraseAt(tokens, k, to);
      if (p != null && p.mark() == Mark.NOUN) {
        return true;
      }
    }
    return false;
  }

  /** The longest phrase of the file starting at token {@code k}, or null. */
  private @Nullable Phrase phraseAt(List<Token> tokens, int k, int to) {
    List<Phrase> candidates = byFirst.get(tokens.get(k).key());
    if (candidates == null) {
      return null;
    }
    Phrase best = null;
    for (Phrase p : candidates) {
      if (k + p.words().length > to || (best != null && best.words().length >= p.words().length)) {
        continue;
      }
      boolean all = true;
      for (int m = 1; m < p.words().length && all; m++) {
        all = tokens.get(k + m).key().equals(p.words()[m]);
      }
      if (all) {
        best = p;
      }
    }
    return best;
  }
}
