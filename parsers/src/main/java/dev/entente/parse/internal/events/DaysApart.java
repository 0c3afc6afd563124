package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Occasions of one clause told a few days apart by "a day after", "the day before", "two days after":
 * "B welcomed A on Monday, a day after A arrived in [capital]" (the arrival is the Sunday), "the two
 * leaders met a day after A arrived on Thursday" (the talks are the Friday). The triggers on the far
 * side of the phrase from the clause's only date take that date moved by the days named; those on its
 * side keep it. Per article.
 */
final class DaysApart {

  /** The most days the phrase may name ("three days after"): further apart, the wording is a story of its own. */
  private static final int MOST_DAYS = 3;

  private final List<Token> tokens;
  /** The count words ("two", "three") of the visits' phrases. */
  private final VisitSpans spans;
  /** The date made by the last separation, and the tokens of its side and of the other, {@code [from, to)}. */
  private @Nullable DateRef far;
  private int farFrom;
  private int farTo;
  private int nearFrom;
  private int nearTo;

  DaysApart(List<Token> tokens, VisitSpans spans) {
    this.tokens = tokens;
    this.spans = spans;
  }

  /** Whether {@code date} is the date moved by the last separation: its occasion is read on its side only. */
  boolean isFar(DateRef date) {
    return date == far;
  }

  /** The first token of the far side of the last separation. */
  int farFrom() {
    return farFrom;
  }

  /** The end of the far side of the last separation. */
  int farTo() {
    return farTo;
  }

  /**
   * Gives a visit of the far side ("a day after the visiting leader arrived in [capital]") its
   * travellers: the people of the clause ({@code clause}) who are not of the visit's host state, and
   * none who is. The host welcoming a guest is no traveller.
   */
  void guests(Draft visit, List<PersonRef> clause) {
    if (visit.type != EventType.VISIT || visit.host == null) {
      return;
    }
    boolean guest = false;
    for (PersonRef p : clause) {
      guest |= p.country() != null && !p.country().equals(visit.host);
    }
    if (!guest) {
      return;
    }
    for (PersonRef p : clause) {
      if (p.country() == null) {
        continue;
      }
      if (p.country().equals(visit.host)) {
        visit.people.remove(p.personId());
      } else if (p.first() >= nearFrom && p.end() <= nearTo) {
        visit.people.putIfAbsent(p.personId(), p.name());
        visit.countries.add(p.country());
      }
    }
  }

  /**
   * The dates of clause {@code [from, to)} with the triggers of {@code bound} (per date of
   * {@code dates}, as bound) that stand across a phrase of days apart from their date moved to a date
   * of their own, added at the end (at the phrase's words), its triggers added at the end of
   * {@code bound}. {@code dates} itself, unchanged, unless the clause has one date, of a day, on one
   * side of the phrase.
   */
  List<DateRef> separate(int from, int to, List<DateRef> dates, List<List<Hit>> bound) {
    if (dates.size() != 1 || bound.size() != 1) {
      return dates;
    }
    DateRef date = dates.get(0);
    EdtfDate day = date.date();
    if (day.isInterval() || day.precision() != EdtfDate.Precision.DAY) {
      return dates;
    }
    for (int k = from; k + 2 < to; k++) {
      int days = daysAt(k);
      if (days == 0) {
        continue;
      }
      boolean after = tokens.get(k + 2).is("after");
      int phraseEnd = k + 3;
      boolean dateBefore = date.end() <= k;
      if (!dateBefore && date.first() < phraseEnd) {
        return dates;
      }
      List<Hit> near = new ArrayList<>();
      List<Hit> across = new ArrayList<>();
      for (Hit h : bound.get(0)) {
        boolean before = h.end() <= k;
        if (!before && h.first() < phraseEnd) {
          return dates; // a trigger across the phrase's words
        }
        (before == dateBefore ? near : across).add(h);
      }
      if (across.isEmpty()) {
        return dates;
      }
      // what stands after "after" happened before the date's side, and the other way round
      long shift = after == dateBefore ? -days : days;
      EdtfDate moved = EdtfDate.of(day.earliest().plusDays(shift));
      bound.set(0, near);
      bound.add(across);
      this.far = new DateRef(k, phraseEnd, date.span(), moved, date.form());
      this.farFrom = dateBefore ? phraseEnd : from;
      this.farTo = dateBefore ? to : k;
      this.nearFrom = dateBefore ? from : phraseEnd;
      this.nearTo = dateBefore ? k : to;
      return List.of(date, this.far);
    }
    return dates;
  }

  /**
   * The days named by a phrase of days apart at token {@code k} ("a day after", "the day before",
   * "two days after"), or 0.
   */
  private int daysAt(int k) {
    if (k > 0 && tokens.get(k - 1).is("by")) {
      return 0; // "shortened by one day after ...": a length, not days apart
    }
    Token count = tokens.get(k);
    Token unit = tokens.get(k + 1);
    Token link = tokens.get(k + 2);
    if (!link.is("after") && !link.is("before")) {
      return 0;
    }
    if (unit.is("day")) {
      return count.is("a") || count.is("the") || spans.count(count.key()) == 1 ? 1 : 0;
    }
    int n = unit.is("days") ? spans.count(count.key()) : 0;
    return n >= 2 && n <= MOST_DAYS ? n : 0;
  }
}
