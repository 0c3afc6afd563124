package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Span;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Token;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a clause and which trigger each belongs to: "today" counted from the dateline's day, a date in brackets, of the dateline or
 * after "since" is none of the clause's, a coarse date that a finer one refines is left out, each trigger goes to its
 * nearest date outside a clause of its own, dates joined by "and" share their triggers, and two following days
 * joined by "and" are one occasion's days. Per article.
 */
final class ClauseDates {
  private final EventText text;
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;

  /** The report's dateline and how many days it stands before publication ({@link ReportDay#datelineLag()}). */
  private final ReportDay reportDay;
  /** {@link ReportDay#datelineLag()}, read at the first clause with a date; -1 before. */
  private long lag = -1;

  /** The words of a visit's first and last days, for "a visit that began on Monday". */
  private final VisitSpans visitSpans;

  /** The trigger phrases, to tell a year naming an occasion ("the 2003 visit") from one naming a thing. */
  private final TriggerLexicon triggers;

  ClauseDates(EventText text, ReportDay reportDay, VisitSpans visitSpans, TriggerLexicon triggers) {
    this.text = text;
    this.triggers = triggers;
    this.visitSpans = visitSpans;
    this.reportDay = reportDay;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
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

  /**
   * The "since" that opens a clause holding a date ("since he was elected president in", "since the two
   * states established relations on"), looking back to the nearest punctuation or number; -1 if none.
   * Such a date is the time of what the since-clause tells, not of an occasion told outside it.
   */
  private int sinceClause(int at) {
    for (int k = at - 1; k >= 0 && k >= at - SINCE_REACH; k--) {
      Token t = tokens.get(k);
      if (t.is("since")) {
        return k;
      }
      if (!t.isWord() || t.hasDigit()) {
        return -1;
      }
    }
    return -1;
  }

  /** How many words a since-clause reaches before its date ("since the two states established relations in"). */
  private static final int SINCE_REACH = 12;

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
   * Each trigger goes to its nearest date; a date joined to the one before by "and" shares its
   * triggers. The triggers of each date, in the order of {@code dates} (no two of them equal).
   */
  List<List<Hit>> bind(List<Hit> hits, List<DateRef> dates) {
    List<List<Hit>> out = new ArrayList<>(dates.size());
    for (int k = 0; k < dates.size(); k++) {
      out.add(new ArrayList<>());
    }
    for (Hit h : hits) {
      int best = nearestDate(h, dates, true);
      if (best < 0) {
        best = nearestDate(h, dates, false);
      }
      if (best >= 0) {
        out.get(best).add(h);
      }
    }
    // "in March and August": the dates of one coordination share every trigger
    int groupStart = 0;
    for (int k = 1; k <= dates.size(); k++) {
      if (k < dates.size() && joined(dates.get(k - 1).end(), dates.get(k).first())) {
        continue;
      }
      if (k - groupStart > 1) {
        List<Hit> shared = new ArrayList<>();
        for (int m = groupStart; m < k; m++) {
          shared.addAll(out.get(m));
        }
        shared.sort(SentenceTriggers.IN_TEXT_ORDER);
        for (int m = groupStart; m < k; m++) {
          out.set(m, shared);
        }
      }
      groupStart = k;
    }
    return out;
  }

  /**
   * The index of the date of {@code dates} nearest to a trigger, leaving out those after it in a
   * clause of its own and, when {@code ownClause}, those before it in a relative clause closed
   * before it ("X, who arrived on Sunday, held talks on Monday": Monday is the talks' day); -1 if none.
   */
  private int nearestDate(Hit h, List<DateRef> dates, boolean ownClause) {
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = 0; k < dates.size(); k++) {
      DateRef d = dates.get(k);
      if (d.first() >= h.end() && subordinate(h.end(), d.first(), h.type() == EventType.VISIT)) {
        continue;
      }
      if (ownClause && d.end() <= h.first() && (inClosedRelative(d, h.first())
          || placeRelativeBetween(d.end(), h.first()) && dateAfterInClause(h, dates))) {
        continue;
      }
      if (h.first() < d.first() && h.first() < sinceClause(d.first())) {
        // "his first visit since he was elected president in January": the month is the election's, not the visit's
        continue;
      }
      int dist = d.first() >= h.end() ? d.first() - h.end() : h.first() - d.end();
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    }
    return best;
  }

  /**
   * Whether a relative clause of place (", where") opens in tokens {@code [from, at)}: a trigger after it
   * with a date of its own in its clause tells what happened at the place on that date, and a date
   * before it is the main clause's ("returned home yesterday from [state], where he signed the
   * agreement on Wednesday": Wednesday is the signing's).
   */
  private boolean placeRelativeBetween(int from, int at) {
    for (int k = Math.max(from, 1); k < at; k++) {
      if (tokens.get(k).is("where") && tokens.get(k - 1).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a date of {@code dates} follows trigger {@code h} with no comma between ("signed the agreement on Wednesday"). */
  private boolean dateAfterInClause(Hit h, List<DateRef> dates) {
    for (DateRef d : dates) {
      if (d.first() >= h.end()) {
        int k = h.end();
        while (k < d.first() && !tokens.get(k).text().equals(",")) {
          k++;
        }
        if (k == d.first()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most tokens from the ", who" or ", which" of a relative clause to a date in it. */
  private static final int RELATIVE_REACH = 12;

  /** Whether a date before {@code at} stands in a relative clause (", who ...", ", which ...") whose closing comma comes before {@code at}. */
  private boolean inClosedRelative(DateRef d, int at) {
    boolean closed = false;
    for (int k = d.end(); k < at; k++) {
      if (tokens.get(k).text().equals(",")) {
        closed = true;
        break;
      }
    }
    if (!closed) {
      return false;
    }
    for (int k = d.first() - 1; k >= 1 && k >= d.first() - RELATIVE_REACH; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.text().equals(".")) {
        return false;
      }
      if ((t.is("who") || t.is("which")) && tokens.get(k - 1).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dates of {@code dates} that no trigger of another occasion ({@code others}) stands nearer to
   * than any of {@code own} ("relations, established on August 15, 1974, gave meaning to the visit":
   * the day is the relations', not the visit's).
   */
  List<DateRef> unclaimed(List<DateRef> dates, List<Hit> own, List<Hit> others) {
    if (others.isEmpty()) {
      return dates;
    }
    if (dates.size() == 1 && coordinated(own, others)) {
      return dates;
    }
    List<DateRef> out = new ArrayList<>(dates.size());
    for (DateRef d : dates) {
      if (nearest(d, others) >= nearest(d, own)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Whether one of {@code own} and one of {@code others} are two verbs of one subject joined by
   * "and" ("has established relations with A and broken its ties with B"): the clause's one date is
   * both occasions'.
   */
  private boolean coordinated(List<Hit> own, List<Hit> others) {
    for (Hit h : own) {
      for (Hit o : others) {
        if (h.verb() && o.verb() && joinedByAnd(Math.min(h.end(), o.end()), Math.max(h.first(), o.first()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an "and" stands between two tokens with no clause of its own or stop between them. */
  private boolean joinedByAnd(int from, int to) {
    boolean and = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(";") || t.text().equals(".") || t.is("which") || t.is("that") || t.is("who")) {
        return false;
      }
      and |= t.is("and");
    }
    return and;
  }

  /** The fewest tokens between a date and one of {@code hits}. */
  private static int nearest(DateRef d, List<Hit> hits) {
    int best = Integer.MAX_VALUE;
    for (Hit h : hits) {
      best = Math.min(best, d.first() >= h.end() ? d.first() - h.end() : Math.max(0, h.first() - d.end()));
    }
    return best;
  }

  /**
   * Whether a clause of its own ("to review what had been achieved this year") starts between two
   * tokens; for a visit ({@code visit}), a relative clause telling its first or last day ("a visit
   * that began on Monday", "which ends on Friday") or an infinitive of it ("is to end on Friday") is
   * the visit's own.
   */
  boolean subordinate(int from, int to, boolean visit) {
    for (int k = from; k < to; k++) {
      String key = tokens.get(k).key();
      if (key.equals("what") || key.equals("which") || key.equals("that") || key.equals("who")) {
        if (!visit || !visitSpans.endsAt(tokens, k + 1, to)) {
          return true;
        }
        continue;
      }
      if (key.equals("to") && k + 1 < to) {
        if (visit && visitSpans.endsAt(tokens, k + 1, to)) {
          continue; // "the visit is to end on Friday", "is due to wrap up on Sunday": its own last day
        }
        Token next = tokens.get(k + 1);
        if (next.isWord() && !next.isCapitalized() && !next.is("the") && !next.is("a") && !next.is("an")
            && countryAt[k + 1] == null) {
          return true;
        }
      }
    }
    return false;
  }

  boolean joined(int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    boolean and = false;
    for (int k = from; k < to; k++) {
      String key = tokens.get(k).key();
      if (key.equals("and") || key.equals("or")) {
        and = true;
      } else if (!key.equals(",") && !key.equals("in") && !key.equals("on")) {
        return false;
      }
    }
    return and;
  }
}
