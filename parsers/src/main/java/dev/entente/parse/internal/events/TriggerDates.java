package dev.entente.parse.internal.events;

import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which trigger of a clause each of its dates ({@link ClauseDates}) belongs to: each trigger goes to its
 * nearest date outside a clause of its own (a relative clause, an infinitive, a since-clause), dates
 * joined by "and" share their triggers, and a date nearer to another occasion's trigger is that
 * occasion's. Per article.
 */
final class TriggerDates {
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;

  /** The words of a visit's first and last days, for "a visit that began on Monday". */
  private final VisitSpans visitSpans;

  TriggerDates(EventText text, VisitSpans visitSpans) {
    this.visitSpans = visitSpans;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
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
}
