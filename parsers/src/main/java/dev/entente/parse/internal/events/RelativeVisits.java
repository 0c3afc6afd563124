package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visit told in a relative clause of the person the talks were held with ("A held talks with B,
 * who arrived in [city] on a state visit", "A received B, who is in [state] on an official visit"):
 * two occasions, the talks of A and B and the visit of B alone, on the clause's own day or, when it
 * names none, on the talks' day. Adds its drafts to the list of dated drafts it is given; per
 * article, part of {@link EventStage}.
 */
final class RelativeVisits {
  /** How many words a relative pronoun may stand before the visit phrase of its clause ("who is in [city] on a state visit"). */
  private static final int PRONOUN_BEFORE_VISIT = 10;

  /**
   * A person's relative clause telling a visit: the person's first token and id, the pronoun
   * ({@code who}), the clause's end (exclusive) and the visit phrases in it.
   */
  record Clause(int person, int personId, int who, int end, List<Hit> visits) {
    /** Whether the clause holds token {@code k}. */
    boolean holds(int k) {
      return k >= who && k < end;
    }
  }

  private final EventText text;
  private final List<Token> tokens;
  private final OccasionFrame frame;
  private final ClauseDates clauseDates;
  private final VisitSpans visitSpans;
  private final List<Draft> dated;

  RelativeVisits(EventText text, OccasionFrame frame, ClauseDates clauseDates, VisitSpans visitSpans, List<Draft> dated) {
    this.text = text;
    this.tokens = text.tokens;
    this.frame = frame;
    this.clauseDates = clauseDates;
    this.visitSpans = visitSpans;
    this.dated = dated;
  }

  /**
   * The relative clause of a person, in the clause {@code [from, to)} with the phrases {@code hits}
   * (in text order), that tells a visit after talks told before it ("held talks with B, who arrived
   * ..."); null when there is none: no visit phrase after ", who", other phrases in the relative
   * clause or after it, no talks before it, or a date after it.
   */
  @Nullable Clause find(List<Hit> hits, int from, int to) {
    Hit visit = null;
    for (Hit h : hits) {
      if (h.type() == EventType.VISIT) {
        visit = h;
        break;
      }
    }
    if (visit == null) {
      return null;
    }
    int who = -1;
    for (int k = visit.first() - 1; k > from + 1 && k >= visit.first() - PRONOUN_BEFORE_VISIT && who < 0; k--) {
      if (TriggerLexicon.gapStop(tokens.get(k).text())) {
        return null;
      }
      if (tokens.get(k).is("who") && tokens.get(k - 1).text().equals(",")) {
        who = k;
      }
    }
    if (who < 0 || !text.isPerson(who - 2)) {
      return null;
    }
    int end = who + 1;
    while (end < to && !(TriggerLexicon.gapStop(tokens.get(end).text()) && !TriggerLexicon.yearComma(tokens, end))) {
      end++;
    }
    List<Hit> visits = new ArrayList<>(1);
    boolean talksBefore = false;
    for (Hit h : hits) {
      if (h.first() >= who && h.first() < end) {
        if (h.type() != EventType.VISIT) {
          return null;
        }
        visits.add(h);
      } else if (h.first() >= end) {
        return null;
      } else {
        talksBefore |= h.type() != EventType.VISIT;
      }
    }
    if (!talksBefore) {
      return null;
    }
    int next = text.firstDateAtOrAfter(end);
    if (text.datesSorted && next < text.doc.dates.size() && text.doc.dates.get(next).first() < to) {
      return null; // a date after the clause ("received B, who is on a visit, at the palace on [day]"): whose it is, the talks' or the visit's, is not told
    }
    List<PersonRef> before = text.personsIn(from, who - 1);
    PersonRef p = before.isEmpty() ? null : before.get(before.size() - 1);
    if (p == null || p.end() != who - 1) {
      return null;
    }
    return new Clause(p.first(), p.personId(), who, end, List.copyOf(visits));
  }

  /** {@code dates} without those told in the relative clause {@code c}: the clause's dates are the visit's. */
  static List<DateRef> outside(List<DateRef> dates, Clause c) {
    List<DateRef> out = new ArrayList<>(dates.size());
    for (DateRef d : dates) {
      if (!c.holds(d.first())) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The visit of clause {@code c} of sentence {@code s}: on the clause's date, or else on the day of
   * the talks with its person dated from {@code datedFrom} on (none: no visit of its own).
   */
  void add(Sentence s, Clause c, int datedFrom) {
    List<DateRef> own = clauseDates.dates(c.who(), c.end());
    EdtfDate date = own.isEmpty() ? null : own.get(0).date();
    for (int i = datedFrom; i < dated.size() && date == null; i++) {
      Draft talks = dated.get(i);
      if (talks.type != EventType.VISIT && talks.sentence == s.index() && talks.people.containsKey(c.personId())) {
        date = talks.anchor != null ? talks.anchor : talks.date;
      }
    }
    if (date == null) {
      return;
    }
    Draft v = frame.draft(s, c.visits(), date, c.person(), c.end(), null);
    if (v == null || !v.people.containsKey(c.personId())) {
      return;
    }
    v.type = EventType.VISIT;
    EdtfDate span = date.isInterval() ? null : visitSpans.span(tokens, c.who(), c.end(), date);
    if (span != null) {
      v.anchor = v.date;
      v.date = span;
    }
    dated.add(v);
  }
}
