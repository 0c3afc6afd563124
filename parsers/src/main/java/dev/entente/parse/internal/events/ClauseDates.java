package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.Span;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a clause: "today" counted from the dateline's day, a date in brackets, of the dateline,
 * after "since", of a signed instrument or in a thing's name is none of the clause's, a coarse date that
 * a finer one refines is left out, and two following days joined by "and" are one occasion's days.
 * Which trigger each belongs to is {@link TriggerDates}'s. Per article.
 */
final class ClauseDates {
  private final EventText text;
  private final List<Token> tokens;

  /** The report's dateline and how many days it stands before publication ({@link ReportDay#datelineLag()}). */
  private final ReportDay reportDay;
  /** {@link ReportDay#datelineLag()}, read at the first clause with a date; -1 before. */
  private long lag = -1;

  /** The trigger phrases, to tell a year naming an occasion ("the 2003 visit") from one naming a thing. */
  private final TriggerLexicon triggers;

  ClauseDates(EventText text, ReportDay reportDay, TriggerLexicon triggers) {
    this.text = text;
    this.triggers = triggers;
    this.reportDay = reportDay;
    this.tokens = text.tokens;
  }

  /** The dates of a clause, leaving out dates in brackets and coarse dates that a finer one there refines. */
  List<DateRef> dates(int from, int to) {
    List<DateRef> found = new ArrayList<>();
    List<DateRef> all = text.doc.dates;
    // the dates are in text order: start at the first one in the clause, not at the article's first
    for (int k = text.datesSorted ? text.firstDateAtOrAfter(from) : 0; k < all.size(); k++) {
      DateRef d = all.get(k);
      if (text.datesSorted && d.first() >= to) {
        break;
      }
      if (d.first() >= from && d.first() < to && !bracketed(d.first(), from) && !datelined(d.end(), to)
          && !since(d.first(), from) && !ofInstrument(d.first(), from) && !naming(d, from, to)) {
        if (lag < 0) {
          lag = reportDay.datelineLag();
        }
        EdtfDate day = AheadDays.aroundReport(d, text.doc.published());
        day = lag == 0 || day != d.date() ? day : reportDay.fromDateline(d, lag);
        found.add(day == d.date() ? d : new DateRef(d.first(), d.end(), d.span(), day, d.form()));
      }
    }
    List<DateRef> out = new ArrayList<>();
    for (DateRef d : found) {
      // a span of days ("on a visit from 21 to 23 April") is an occasion's own time, not a coarse one
      boolean refined = false;
      for (int m = 0; m < found.size() && !daySpan(d.date()); m++) {
        DateRef o = found.get(m);
        if (o != d && !o.date().equals(d.date()) && d.date().contains(o.date())) {
          refined = true;
          break;
        }
      }
      boolean repeated = false;
      for (DateRef o : out) {
        if (o.date().equals(d.date())) {
          repeated = true;
          break;
        }
      }
      if (!refined && !repeated) {
        int last = out.size() - 1;
        if (last >= 0 && followingDay(out.get(last), d)) {
          // "held talks on Tuesday and Wednesday": the two days of one occasion
          DateRef first = out.get(last);
          out.set(last, new DateRef(first.first(), d.end(), new Span(first.span().start(), d.span().end()),
              EdtfDate.interval(first.date(), d.date()), first.form()));
        } else {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** Whether {@code b} is the day after {@code a}, the two joined by a bare "and" ("on Tuesday and Wednesday"). */
  private boolean followingDay(DateRef a, DateRef b) {
    return b.first() == a.end() + 1 && tokens.get(a.end()).is("and") && !a.date().isInterval() && !b.date().isInterval()
        && a.date().precision() == EdtfDate.Precision.DAY && b.date().precision() == EdtfDate.Precision.DAY
        && ChronoUnit.DAYS.between(a.date().earliest(), b.date().earliest()) == 1;
  }

  /** Whether a date is an interval of days of at most a month: the time of an occasion, not a period. */
  static boolean daySpan(EdtfDate date) {
    EdtfDate first = date.start();
    EdtfDate last = date.end();
    return date.isInterval() && first != null && last != null && first.precision() == EdtfDate.Precision.DAY
        && last.precision() == EdtfDate.Precision.DAY
        && ChronoUnit.DAYS.between(first.earliest(), last.earliest()) <= VisitSpans.MOST_DAYS;
  }

  /** Whether a date is a dateline's ("BEIJING, March 3 (Reuters) -"): a bracketed source and a dash follow it. */
  boolean datelined(int after, int to) {
    for (int k = after; k < to && k < after + 8; k++) {
      if (tokens.get(k).text().equals(")") && k + 1 < to && tokens.get(k + 1).text().equals("-")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a date tells when an instrument named before it was signed ("the treaty signed in Paris in 1965"). */
  boolean ofInstrument(int at, int from) {
    for (int k = at - 1; k > from && k >= at - 6; k--) {
      Token t = tokens.get(k);
      if (TriggerLexicon.gapStop(t.text())) {
        return false;
      }
      if ((t.is("signed") || t.is("inked") || t.is("concluded")) && text.read.is(k - 1, SentenceWords.SIGNED_THING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a year is part of a thing's name, not a time of the clause: written before its noun after
   * an article or a possessive ("the 2015 nuclear deal", "their 1994 treaty") or after "of" following a
   * name ("the Agreement of 1967", "the Constitution of 1978"). A year before a word of an occasion
   * ("the 2003 visit", "the 2019 summit") is that occasion's time.
   */
  boolean naming(DateRef d, int from, int to) {
    if (d.end() - d.first() != 1 || d.date().isInterval() || d.date().precision() != EdtfDate.Precision.YEAR
        || d.first() - 2 < from) {
      return false;
    }
    Token before = tokens.get(d.first() - 1);
    if (before.is("of")) {
      Token name = tokens.get(d.first() - 2);
      return name.isWord() && name.isCapitalized() && text.dateAt[d.first() - 2] == null;
    }
    if (!(before.is("the") || before.is("its") || before.is("their") || before.is("his") || before.is("her")) || d.end() >= to) {
      return false;
    }
    Token next = tokens.get(d.end());
    if (!next.isWord() || next.hasDigit() || next.is("and") || next.is("or") || next.is("to")) {
      return false;
    }
    for (int k = d.end(); k < to && k < d.end() + OCCASION_REACH; k++) {
      if (triggers.starts(tokens.get(k).key())) {
        return false;
      }
    }
    return true;
  }

  /** How many words after a year an occasion's word makes the year its time ("the 2019 G20 summit"). */
  private static final int OCCASION_REACH = 3;

  /**
   * Whether a date is the start of a time since ("the first since 2004", "since the 1979 revolution",
   * "her first trip since taking office in October"): no occasion's day.
   */
  boolean since(int at, int from) {
    for (int k = at - 1; k >= from && k >= at - 5; k--) {
      Token t = tokens.get(k);
      if (t.is("since")) {
        return true;
      }
      if (!t.isWord() || (t.isCapitalized() && k < at - 1)) {
        return false;
      }
    }
    return false;
  }

  boolean bracketed(int at, int from) {
    for (int k = at - 1; k >= from; k--) {
      String t = tokens.get(k).text();
      if (t.equals(")")) {
        return false;
      }
      if (t.equals("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code date}, a year (or years) after the report's, told in a clause whose {@code hits} have a
   * signing told done ("signed", "witnessed the signing"), is the term of what is signed ("a programme
   * of exchanges for [year] and [year]", "a plan for [year]-[year]") rather than the date of the
   * clause's occasion ("when they met, both sides signed ..."): a signing told done is not in a
   * later year than the report.
   */
  static boolean termOfSigned(List<Hit> hits, EdtfDate date, @Nullable LocalDate published) {
    if (published == null || date.precision() != EdtfDate.Precision.YEAR || date.latest().getYear() <= published.getYear()) {
      return false;
    }
    for (Hit h : hits) {
      if (h.signing() && h.verb()) {
        return true;
      }
    }
    return false;
  }
}
