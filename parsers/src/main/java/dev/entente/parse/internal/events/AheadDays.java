package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.events.SentenceWords.Cue;
import dev.entente.parse.internal.text.CalendarNames;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Days that lie ahead of publication though they were read as the last ones before it: an announced
 * occasion's day written without its year, and a departure told in the present on a day of the week.
 */
final class AheadDays {
  /** How far ahead of publication an announced occasion's day is looked for. */
  private static final int SOON_DAYS = 90;
  /** The days of a week, to move a day of the week named in a report to its coming one. */
  private static final int WEEK = 7;

  /** The present tense of the verbs of a journey, which tell a plan when their day is a day of the week. */
  private static final Set<String> PRESENT = Set.of("leaves", "departs", "flies", "travels", "arrives", "heads", "lands", "returns");
  /** The present tense of the verbs that end a visit ("the visit ends on Friday", "continues until Monday"). */
  private static final Set<String> PRESENT_END = Set.of("ends", "concludes", "continues", "lasts", "runs", "wraps");
  /** How many words before a day its visit's end verb is looked for ("concludes his state visit on"). */
  private static final int END_WORDS = 6;

  private AheadDays() {}

  /**
   * An announced occasion ("will hold talks on October 17") on a day or month written without its
   * year that was read as the last one before publication is the next one: the year after, when
   * that is within {@link #SOON_DAYS} of publication.
   */
  static void forward(Draft d, DateRef date, @Nullable LocalDate published) {
    EdtfDate day = d.date;
    if (!d.planned || date.form() != DateForm.RELATIVE || published == null || day == null || day.isInterval()
        || !day.earliest().isBefore(published)
        || (day.precision() != EdtfDate.Precision.DAY && day.precision() != EdtfDate.Precision.MONTH)) {
      return;
    }
    LocalDate next = day.earliest().plusYears(1);
    if (next.isBefore(published) || next.isAfter(published.plusDays(SOON_DAYS))) {
      return; // told as announced, but a day of months ago: it has taken place
    }
    d.date = day.precision() == EdtfDate.Precision.DAY ? EdtfDate.of(next) : EdtfDate.of(YearMonth.from(next));
  }

  /**
   * Days written without their year that run across the report's day ("is on a visit to China from
   * April 23 to 27", published on April 26) were read as those of the year before, as their end lies
   * ahead: they are this year's when the report's day falls within them.
   */
  static EdtfDate aroundReport(DateRef days, @Nullable LocalDate published) {
    EdtfDate read = days.date();
    EdtfDate start = read.start();
    EdtfDate end = read.end();
    if (days.form() != DateForm.RELATIVE || !read.isInterval() || published == null || start == null || end == null
        || start.precision() != EdtfDate.Precision.DAY || end.precision() != EdtfDate.Precision.DAY
        || !end.earliest().isBefore(published)) {
      return read;
    }
    LocalDate first = start.earliest().plusYears(1);
    LocalDate last = end.earliest().plusYears(1);
    return first.isAfter(published) || last.isBefore(published) ? read
        : EdtfDate.interval(EdtfDate.of(first), EdtfDate.of(last));
  }

  /**
   * A journey told in the present ("Hu leaves for Libreville on Sunday", "flies to Paris on Thursday",
   * published on a Saturday) is on the coming day of that name, not the last one: the report tells
   * its plan; so is a visit's end told in the present ("the visit ends on Friday") or after "to"
   * ("is to end on Friday", "is to fly home on Sunday": a phrase of {@code spans}) in tokens from
   * {@code from} on.
   */
  static void aheadOfPresent(Draft d, DateRef date, List<Hit> own, List<Token> tokens, int from, @Nullable LocalDate published,
      VisitSpans spans) {
    EdtfDate day = d.date;
    if (date.form() != DateForm.RELATIVE || published == null || day == null || day.isInterval()
        || day.precision() != EdtfDate.Precision.DAY || !day.earliest().isBefore(published)
        || ChronoUnit.DAYS.between(day.earliest(), published) >= WEEK) {
      return;
    }
    for (Hit h : own) {
      if (h.type() == EventType.VISIT && h.verb() && PRESENT.contains(tokens.get(h.first()).key())) {
        d.date = EdtfDate.of(day.earliest().plusDays(WEEK));
        return;
      }
    }
    for (int k = Math.max(from, date.first() - END_WORDS); k < date.first(); k++) {
      if (PRESENT_END.contains(tokens.get(k).key()) || (k > from && tokens.get(k - 1).is("to") && spans.endsAt(tokens, k, date.first()))) {
        d.date = EdtfDate.of(day.earliest().plusDays(WEEK));
        return;
      }
    }
  }

  /**
   * An occasion told ahead by a word before each of its triggers ("is to be received on [weekday] by
   * B", "will hold talks with B on [weekday]") on a day of the week named after them, not "last [weekday]",
   * read as the last such day before publication, is on the coming one: the report tells its plan.
   */
  static void comingWeekday(EventText text, Sentence s, Draft d, DateRef date, List<Hit> own) {
    // told on a day before publication, a draft is planned only by a word of plan before its trigger (OccasionFrame)
    LocalDate published = text.doc.published();
    EdtfDate day = d.date;
    if (!d.planned || published == null || day == null || !day.equals(date.date()) || own.isEmpty()
        || date.form() != DateForm.RELATIVE || day.isInterval() || day.precision() != EdtfDate.Precision.DAY
        || !day.earliest().isBefore(published) || ChronoUnit.DAYS.between(day.earliest(), published) >= WEEK
        || !namesComingWeekday(text.tokens, date)) {
      return;
    }
    for (Hit h : own) {
      // "agreed to resume talks, after A met B on [weekday]": a meeting told done stays on its day
      if (h.first() >= date.first() || text.read.cueBefore(s.firstToken(), h.first()) != Cue.PLANNED) {
        return;
      }
    }
    d.date = EdtfDate.of(day.earliest().plusDays(WEEK));
  }

  /** Whether a date's words name a day of the week ("on Wednesday", "Friday morning"), not a past one ("last Tuesday"). */
  static boolean namesComingWeekday(List<Token> tokens, DateRef date) {
    boolean weekday = false;
    for (int k = Math.max(0, date.first() - 1); k < date.end() && k < tokens.size(); k++) {
      if (tokens.get(k).is("last") || tokens.get(k).is("past")) {
        return false;
      }
      weekday |= k >= date.first() && CalendarNames.weekday(tokens.get(k).key());
    }
    return weekday;
  }
}
