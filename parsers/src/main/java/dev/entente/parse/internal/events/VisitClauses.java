package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The days of a visit told in a clause: a visit of several days as its interval (its length told in
 * the clause or in the sentence beside it), the day the sentences before name, and the talks told
 * on its day of arrival or departure as a meeting of their own. Adds its drafts to the lists of
 * dated and undated drafts it is given; per article, part of {@link EventStage}.
 */
final class VisitClauses {
  private final EventText text;
  private final Document doc;
  private final List<Token> tokens;
  private final OccasionFrame frame;
  private final Places places;
  private final VisitSpans visitSpans;
  private final List<Draft> dated;
  private final List<Draft> undated;

  VisitClauses(EventText text, OccasionFrame frame, Places places, VisitSpans visitSpans, List<Draft> dated, List<Draft> undated) {
    this.text = text;
    this.doc = text.doc;
    this.tokens = text.tokens;
    this.frame = frame;
    this.places = places;
    this.visitSpans = visitSpans;
    this.dated = dated;
    this.undated = undated;
  }

  /**
   * The days of a visit whose clause tells its arrival or departure ({@code mark}) on {@code day}
   * without its length, when the sentence before or after tells the length ("The three-day visit is
   * ...") and names no date of its own; else null.
   */
  @Nullable EdtfDate lengthBeside(Sentence s, EdtfDate day, VisitSpans.@Nullable Mark mark) {
    if (mark != VisitSpans.Mark.ARRIVAL && mark != VisitSpans.Mark.DEPARTURE) {
      return null;
    }
    for (int i : new int[] {s.index() - 1, s.index() + 1}) {
      if (i < 0 || i >= doc.sentences.size() || doc.sentences.get(i).boilerplate()) {
        continue;
      }
      Sentence o = doc.sentences.get(i);
      boolean dateless = true;
      for (int k = o.firstToken(); k < o.endToken() && dateless; k++) {
        dateless = text.dateAt[k] == null;
      }
      int days = dateless ? visitSpans.lengthIn(tokens, o.firstToken(), o.endToken()) : 0;
      if (days > 1) {
        return VisitSpans.interval(day, mark, days);
      }
    }
    return null;
  }

  /**
   * A clause telling a visit's arrival or departure and talks on that day ("wrapped up the visit on
   * Tuesday with a meeting with the leader") tells two events: the visit's day, and the meeting.
   * Whether it did (both drafts are made).
   */
  boolean splitsMeeting(Sentence s, List<Hit> own, DateRef date, VisitSpans.Mark mark, int from, int to) {
    List<Hit> visits = new ArrayList<>();
    List<Hit> talks = new ArrayList<>();
    for (Hit h : own) {
      (h.type() == EventType.VISIT ? visits : talks).add(h);
    }
    if (talks.isEmpty() || talks.get(0).type() != EventType.MEETING) {
      return false;
    }
    Draft v = frame.draft(s, visits, date.date(), from, to, null);
    Draft m = frame.draft(s, talks, date.date(), from, to, null);
    if (v == null || m == null || m.people.size() + m.countries.size() < 2) {
      return false;
    }
    v.type = EventType.VISIT;
    v.end = mark;
    // "X, who arrived on Monday on a five-day visit, held talks with Y": the visit keeps its days
    EdtfDate span = visitSpans.span(tokens, s.firstToken(), s.endToken(), date.date());
    if (span == null) {
      span = lengthBeside(s, date.date(), mark);
    }
    if (span != null) {
      v.anchor = v.date;
      v.date = span;
    }
    m.type = EventType.MEETING;
    dated.add(v);
    if (relativeBefore(visits.get(0), talks.get(0))) {
      // "X, who arrived on Thursday, held talks with Y": the day is the arrival's, not the talks'
      m.date = null;
      undated.add(m);
    } else {
      dated.add(m);
    }
    return true;
  }

  /** Whether a visit is told in a relative clause ("who arrived on Sunday,") that ends before the talks. */
  private boolean relativeBefore(Hit visit, Hit talks) {
    if (talks.first() < visit.end()) {
      return false;
    }
    boolean relative = false;
    for (int k = Math.max(0, visit.first() - 2); k < visit.first(); k++) {
      relative |= tokens.get(k).is("who") || tokens.get(k).is("which");
    }
    if (!relative) {
      return false;
    }
    for (int k = visit.end(); k < talks.first(); k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The last day named (to the day) in the two sentences before {@code s}, or null. */
  @Nullable EdtfDate dayToldBefore(Sentence s) {
    if (!text.datesSorted) {
      return null;
    }
    int from = doc.sentences.get(Math.max(0, s.index() - 2)).firstToken();
    for (int k = text.firstDateAtOrAfter(s.firstToken()) - 1; k >= 0 && doc.dates.get(k).first() >= from; k--) {
      EdtfDate d = doc.dates.get(k).date();
      if (!d.isInterval() && d.precision() == EdtfDate.Precision.DAY) {
        return d;
      }
    }
    return null;
  }

  /**
   * A visit told over several days ("arrived on Monday on a four-day visit") becomes its interval; a
   * meeting told on one day of it ("held talks on the first day of X's four-day visit") stays on its
   * day, and the visit is an event of its own.
   */
  void spanVisit(Sentence s, Draft d, List<Hit> own, EdtfDate span, int from, int to) {
    if (d.type == EventType.VISIT) {
      d.anchor = d.date;
      d.date = span;
      return;
    }
    List<Hit> visits = new ArrayList<>();
    for (Hit h : own) {
      if (h.type() == EventType.VISIT) {
        visits.add(h);
      }
    }
    if (!visits.isEmpty()) {
      Draft v = frame.draft(s, visits, span, from, to, null);
      if (v != null) {
        v.type = EventType.VISIT;
        v.anchor = d.date;
        dated.add(v);
      }
    }
  }

  /**
   * The visit a clause of talks names by its noun with its destination, beside the talks ("during
   * his visit to [city] in [month], when he held talks with B", "signed in [city] during the visit of
   * A to [state]", "the state visit by A to [state] on [days], when A and B signed"): the talks are
   * a meeting, and the visit is an occasion of its own, of the travellers, the people of the clause
   * who are not of the destination's state. Null when the clause tells no such visit, the talks are
   * announced or name fewer than two people (states signing "during A's visit" are the visit's
   * occasion already), or no traveller is named.
   */
  @Nullable Draft visitBeside(Sentence s, List<Hit> own, Draft talks, int from, int to) {
    if (talks.type != EventType.MEETING || talks.planned || talks.people.size() < 2) {
      return null;
    }
    Hit noun = null;
    for (Hit h : own) {
      if (h.type() == EventType.VISIT && !h.verb() && !h.homeward() && !h.base()) {
        noun = h;
        break;
      }
    }
    Places.Place where = noun == null ? null : places.destination(noun, to);
    if (where == null || where.host() == null) {
      return null;
    }
    Draft v = frame.draft(s, List.of(noun), talks.date, from, to, null);
    if (v == null || v.type != EventType.VISIT) {
      return null;
    }
    for (PersonRef p : text.personsIn(from, to)) {
      if (where.host().equals(p.country())) {
        v.people.remove(p.personId());
      }
    }
    if (v.people.isEmpty()) {
      return null;
    }
    v.date = talks.date;
    if (!where.city() && talks.locationIsCity && talks.location != null && where.host().equals(talks.host)) {
      // "signed in [city] ..., during A's visit to [state]": the visit is told where its talks were
      v.location = talks.location;
      v.locationIsCity = true;
      v.atVenue = talks.atVenue;
    }
    return v;
  }
}
