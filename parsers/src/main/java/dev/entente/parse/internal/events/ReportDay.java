package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The day a report is about, and the occasions told without a day that happened on it. A report of
 * the day's news names its day in its lead ("ATHENS, January 25 - Greece on Monday signed ...") and
 * then tells what happened that day without naming it again ("The two ministers signed the agreement
 * at the Defense Ministry in Athens"). A meeting or a visit told so, retelling no dated occasion, took
 * place on the report's day, unless its paragraph is background: a paragraph that has named another time
 * before it ("In 1956 ... The two leaders met ...") keeps its occasions undated, and they are
 * dropped. Per article.
 */
final class ReportDay {

  /** How many sentences from the top the lead may take to name its day. */
  private static final int LEAD_SENTENCES = 3;
  /** How many days before publication the report's day may be (a weekly's report of last Monday). */
  private static final int MOST_DAYS_BEFORE = 7;

  private final EventText text;
  private final Document doc;

  ReportDay(EventText text) {
    this.text = text;
    this.doc = text.doc;
  }

  /**
   * Gives the report's day to each of {@code untold} that tells a meeting of people of two states or a
   * named traveller's visit, not announced, outside background paragraphs, and adds it to {@code events} (or to the event
   * of that day with the same type and a person in common); {@code day} is the report's day ({@link #day()}).
   */
  void date(List<Draft> untold, List<Draft> events, @Nullable EdtfDate day) {
    if (untold.isEmpty() || !text.datesSorted || day == null) {
      return;
    }
    for (Draft u : untold) {
      if (u.planned || !(meeting(u) || visit(u) || u.inVisit) || u.countries.size() < 2 || background(u.sentence, day)) {
        continue;
      }
      u.date = day;
      Draft same = null;
      for (Draft e : events) {
        if (e.type == u.type && day.equals(e.date) && e.sharesPerson(u) && !otherTalks(u, e)) {
          same = e;
          break;
        }
      }
      if (same != null) {
        same.absorb(u, true);
      } else {
        events.add(u);
      }
    }
  }

  /**
   * The first day the lead names other than its dateline's ("today" counted from the dateline's), else its dateline's; null when it is
   * more than a week before publication or the lead names none.
   */
  @Nullable EdtfDate day() {
    LocalDate published = doc.published();
    if (published == null) {
      return null;
    }
    EdtfDate datelined = null;
    for (DateRef ref : leadDates()) {
      EdtfDate d = ref.date();
      if (isDay(d) && !dateline(ref) && !d.earliest().isAfter(published)) {
        if (datelined != null) {
          d = fromDateline(ref, withinWeek(datelined, published) ? ChronoUnit.DAYS.between(datelined.earliest(), published) : 0);
        }
        return withinWeek(d, published) ? d : null;
      }
      if (isDay(d) && datelined == null) {
        datelined = d;
      }
    }
    return datelined != null && withinWeek(datelined, published) ? datelined : null;
  }

  /**
   * Whether sentence {@code index} names a date of its own, or is in a paragraph that named a time
   * other than {@code day} before it.
   */
  boolean background(int index, EdtfDate day) {
    for (int i = index; i >= 0; i--) {
      Sentence s = doc.sentences.get(i);
      for (int k = text.firstDateAtOrAfter(s.firstToken()); k < doc.dates.size() && doc.dates.get(k).first() < s.endToken(); k++) {
        DateRef d = doc.dates.get(k);
        if (i == index || !(d.date().equals(day) || (!isDay(d.date()) && d.date().contains(day)))) {
          return true;
        }
      }
      if (i == 0 || paragraphBreak(doc.sentences.get(i - 1), s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a line break stands between two sentences. The text the stages read has the breaks inside
   * hard-wrapped paragraphs as spaces ({@link Document#text}), so a break left ends a paragraph, whether
   * the text sets a blank line between paragraphs or, as pages copied from the web often do below a
   * masthead set over blank lines, a single line break.
   */
  private boolean paragraphBreak(Sentence before, Sentence s) {
    for (int c = before.end(); c < s.start(); c++) {
      if (doc.text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Whether a draft tells a meeting of people of two states at least ("the two ministers signed ..."). */
  private static boolean meeting(Draft u) {
    return u.type == EventType.MEETING && u.people.size() >= 2;
  }

  /**
   * Whether talks {@code u} are another meeting than {@code e} of the same day: people of two states
   * at least, each with a person the other lacks ("A and B signed the agreement. B also met C"), or told
   * as a further occasion ("the five presidents signed ... Putin and Rouhani also held talks").
   */
  private static boolean otherTalks(Draft u, Draft e) {
    return meeting(u) && u.talksApartFrom(e);
  }

  /** Whether a draft tells a named traveller's visit to a named place ("X arrived in Y"). */
  private static boolean visit(Draft u) {
    return u.type == EventType.VISIT && !u.people.isEmpty() && u.location != null;
  }

  /**
   * Whether a date is the dateline's ("ATHENS, May 4 -", "CAIRO, May 4 (AP) -", "ATHENS, Friday. -", a
   * dateline on a line of its own): the one the article's dateline reader found ({@link Document#datelineDay}).
   */
  private boolean dateline(DateRef ref) {
    return ref.first() <= doc.datelineDay && doc.datelineDay < ref.end();
  }

  /**
   * The days from the dateline's day ("CAIRO, January 30 -") to publication, when the report has a
   * dateline of a day up to a week before it; else 0.
   */
  long datelineLag() {
    LocalDate published = doc.published();
    if (published == null || !text.datesSorted || doc.datelineDay < 0) {
      return 0;
    }
    DateRef ref = doc.dateAt()[doc.datelineDay];
    return ref != null && isDay(ref.date()) && withinWeek(ref.date(), published)
        ? ChronoUnit.DAYS.between(ref.date().earliest(), published) : 0;
  }

  /** The dates of the lead (its first {@value #LEAD_SENTENCES} sentences that are not boilerplate), in order. */
  private List<DateRef> leadDates() {
    List<DateRef> lead = new ArrayList<>();
    int seen = 0;
    for (Sentence s : doc.sentences) {
      if (s.boilerplate()) {
        continue;
      }
      if (++seen > LEAD_SENTENCES) {
        break;
      }
      for (int k = text.firstDateAtOrAfter(s.firstToken()); k < doc.dates.size() && doc.dates.get(k).first() < s.endToken(); k++) {
        lead.add(doc.dates.get(k));
      }
    }
    return lead;
  }

  /**
   * The day of {@code ref}, counted from the dateline's day when it is told from the day of writing
   * ("CAIRO, January 30 - ... today presided", "... arrived this morning", published the 31st: the
   * 30th); {@code lag} is
   * {@link #datelineLag()}.
   */
  EdtfDate fromDateline(DateRef ref, long lag) {
    EdtfDate d = ref.date();
    if (lag <= 0 || ref.form() != DateForm.RELATIVE || !isDay(d)) {
      return d;
    }
    return ofWriting(ref) ? EdtfDate.of(d.earliest().minusDays(lag)) : d;
  }

  /**
   * Whether a date is told from the day of writing: "today", "tonight", "yesterday", or a part of that
   * day or the one before ("this morning", "this evening", "last night").
   */
  private boolean ofWriting(DateRef ref) {
    Token t = text.tokens.get(ref.first());
    if (ref.end() - ref.first() == 1) {
      return t.is("today") || t.is("tonight") || t.is("yesterday");
    }
    if (ref.end() - ref.first() != 2 || !(t.is("this") || t.is("last"))) {
      return false;
    }
    Token part = text.tokens.get(ref.first() + 1);
    return part.is("morning") || part.is("afternoon") || part.is("evening") || part.is("night");
  }

  private static boolean withinWeek(EdtfDate d, LocalDate published) {
    long before = ChronoUnit.DAYS.between(d.earliest(), published);
    return before >= 0 && before <= MOST_DAYS_BEFORE;
  }

  private static boolean isDay(EdtfDate d) {
    return !d.isInterval() && d.precision() == EdtfDate.Precision.DAY;
  }
}
