package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads diplomatic events: meetings, visits, calls, relations established, severed or restored,
 * recognitions, joint exercises. The stage finds the trigger phrases of each sentence
 * ({@link TriggerLexicon}, chosen by {@link SentenceTriggers}), cuts the sentence into clauses and
 * gives each trigger its clause's date ({@link ClauseDates}, {@link TriggerDates}); the frame of each
 * occasion (people, states, place) is read by {@link OccasionFrame}, {@link OccasionStates} and
 * {@link Places}; retellings of one occasion are merged by {@link Retellings}, a visit told over
 * several days becomes one interval ({@link VisitSpans}), and {@link KeptEvents} keeps the events
 * between states. Fills {@link Document#events}.
 */
public final class EventStage implements Stage {

  private final TriggerLexicon triggers;
  private final OfficeLexicon offices;
  /**
   * The words of trigger phrases, the cue words, the clause joiners, the "two" and the "countries" of
   * "the two countries", and "in" and "at": one lookup per token finds any.
   */
  private final SentenceWords.Table words;
  private final VisitSpans visitSpans;

  /** A stage reading offices with {@code offices} (shared with the people stage). */
  public EventStage(OfficeLexicon offices) {
    this.triggers = TriggerLexicon.load();
    this.offices = offices;
    this.words = SentenceWords.Table.load(triggers);
    this.visitSpans = VisitSpans.load();
  }

  @Override
  public void apply(Document doc) {
    new Run(doc).go();
  }


  /** The per-article work: one sentence at a time, then across sentences. */
  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final EventText text;
    final Places places;
    final SentenceTriggers found;
    final OccasionFrame frame;
    final ReportDay reportDay;
    final ClauseDates clauseDates;
    final TriggerDates triggerDates;
    final VisitClauses visits;
    final RelativeVisits relativeVisits;
    final DaysApart daysApart;
    final List<Draft> dated = new ArrayList<>();
    final List<Draft> undated = new ArrayList<>();

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens;
      this.text = new EventText(doc, words);
      this.places = new Places(text, offices);
      this.found = new SentenceTriggers(text, triggers, places, offices);
      this.frame = new OccasionFrame(text, places, offices, dated, undated);
      this.reportDay = new ReportDay(text);
      this.clauseDates = new ClauseDates(text, reportDay, triggers);
      this.triggerDates = new TriggerDates(text, visitSpans);
      this.visits = new VisitClauses(text, frame, places, visitSpans, dated, undated);
      this.relativeVisits = new RelativeVisits(text, frame, clauseDates, visitSpans, dated);
      this.daysApart = new DaysApart(tokens, visitSpans);
    }

  void go() {
    for (Sentence s : doc.sentences) {
      if (!s.boilerplate()) {
        sentence(s);
      }
    }
    List<Draft> untold = new ArrayList<>();
    EdtfDate day = undated.isEmpty() || !text.datesSorted ? null : reportDay.day();
    List<Draft> events = Retellings.occasions(dated, undated, untold, day);
    reportDay.date(untold, events, day);
    RelationsDays.date(untold, events);
    // talks dated only now (by the report's day, or by the lead's signing) end an arrival of the day before
    VisitDays.arrivalToTalks(events);
    LocalDate published = doc.published();
    for (Draft d : events) {
      if (d.location == null && d.type != EventType.CALL && doc.dateline != null && published != null && d.date != null && !d.date.isInterval()
          && Math.abs(ChronoUnit.DAYS.between(d.date.earliest(), published)) <= 2
          && d.date.precision() == EdtfDate.Precision.DAY) {
        d.location = doc.dateline;
      }
    }
    VisitPlaces.fill(events);
    GuestVisits.add(events, doc.persons);
    KeptEvents.add(doc, events);
  }

  // ---------------------------------------------------------------- one sentence

  void sentence(Sentence s) {
    List<Hit> hits = found.hits(s);
    if (hits.isEmpty()) {
      return;
    }
    List<int[]> segments = found.segments(s, hits);
    int datedBefore = dated.size();
    List<RelativeVisits.Clause> relatives = null;
    Map<String, List<Hit>> byFamily = new LinkedHashMap<>();
    for (Hit h : hits) {
      byFamily.computeIfAbsent(Draft.family(h.type()), k -> new ArrayList<>()).add(h);
    }
    for (List<Hit> family : byFamily.values()) {
      Draft last = null;
      DateRef before = null;
      for (int[] seg : segments) {
        List<Hit> segHits = new ArrayList<>();
        for (Hit h : family) {
          if (h.first() >= seg[0] && h.first() < seg[1]) {
            segHits.add(h);
          }
        }
        if (segHits.isEmpty()) {
          if (segments.size() > 1) {
            List<DateRef> own = triggerDates.unclaimed(clauseDates.dates(seg[0], seg[1]), segHits, others(hits, family, seg));
            before = own.isEmpty() ? before : own.get(own.size() - 1);
          }
          continue;
        }
        // "held talks with B, who arrived in [city] on a state visit": B's visit is an occasion of its own
        RelativeVisits.Clause relative = relativeVisits.find(segHits, seg[0], seg[1]);
        List<DateRef> dates = clauseDates.dates(seg[0], seg[1]);
        if (relative != null) {
          segHits.removeAll(relative.visits());
          dates = RelativeVisits.outside(dates, relative);
          relatives = relatives == null ? new ArrayList<>(1) : relatives;
          relatives.add(relative);
        }
        dates = triggerDates.unclaimed(dates, segHits, others(hits, family, seg));
        int scopeFrom = segments.size() == 1 ? s.firstToken() : seg[0];
        int scopeTo = segments.size() == 1 ? s.endToken() : seg[1];
        DateRef inherited = before;
        before = dates.isEmpty() ? before : dates.get(dates.size() - 1);
        if (dates.isEmpty()) {
          Draft d = frame.draft(s, segHits, null, scopeFrom, scopeTo, last);
          if (d == null) {
            continue;
          }
          if (last == null && inherited != null && !d.planned && tokens.get(seg[0] - 1).text().equals(",")) {
            // "Italy on Monday signed ..., as the two leaders held a summit": the time of the clause before
            d.date = inherited.date();
            dated.add(d);
            last = d;
            continue;
          }
          EdtfDate told = last == null ? visits.dayToldBefore(s) : null;
          EdtfDate span = told == null ? null : visitSpans.span(tokens, s.firstToken(), s.endToken(), told);
          if (span != null) {
            // "on the first day of X's four-day visit": the day the sentences before name
            d.date = told;
            dated.add(d);
            last = d;
            visits.spanVisit(s, d, segHits, span, scopeFrom, scopeTo);
            continue;
          }
          if (last != null && d.type == EventType.MEETING && !d.people.isEmpty() && last.date != null
              && ((last.type == EventType.VISIT && !last.people.isEmpty())
                  || (last.type == EventType.MEETING && last.people.size() >= 2 && !d.sharesPerson(last)))) {
            // "X visited Y on March 6 and held talks with Z at the palace": the visit, and talks that day;
            // "X held talks with A at the palace and later called on B": the traveller's second meeting that day
            Map.Entry<Integer, String> traveller = last.people.entrySet().iterator().next();
            d.people.putIfAbsent(traveller.getKey(), traveller.getValue());
            d.countries.addAll(last.countries);
            d.date = last.anchor != null ? last.anchor : last.date;
            dated.add(d);
          } else if (last != null) {
            last.absorb(d, true);
          } else {
            d.dayOfVisit = visitSpans.dayOfVisit(tokens, s.firstToken(), s.endToken());
            undated.add(d);
          }
          continue;
        }
        List<List<Hit>> bound = triggerDates.bind(segHits, dates);
        // "welcomed A on Monday, a day after A arrived": the arrival is a day before the clause's date
        dates = daysApart.separate(seg[0], seg[1], dates, bound);
        List<Hit> unbound = new ArrayList<>(segHits);
        bound.forEach(unbound::removeAll);
        if (!unbound.isEmpty()) {
          // the clause's dates belong to something else ("came to Moscow to review what was done this year",
          // "held a meeting to discuss the agreement signed in 2021")
          Draft d = frame.draft(s, unbound, null, scopeFrom, scopeTo, last);
          if (d != null) {
            undated.add(d);
          }
          if (bound.stream().allMatch(List::isEmpty)) {
            continue;
          }
        }
        boolean[] lastDays = new boolean[dates.size()];
        for (int k = 0; k < dates.size(); k++) {
          DateRef date = dates.get(k);
          List<Hit> own = bound.get(k);
          if (own.isEmpty() || lastDays[k]) {
            continue;
          }
          // "arrived on July 2 on a visit that will last until July 4": one visit, its days told
          VisitSpans.End end = hasVisit(own) ? visitSpans.endOf(tokens, dates, date, seg[1]) : null;
          if (end != null) {
            lastDays[end.index()] = true;
            own = new ArrayList<>(own);
            for (Hit h : bound.get(end.index())) {
              if (!own.contains(h)) {
                own.add(h);
              }
            }
            own.sort(SentenceTriggers.IN_TEXT_ORDER);
          }
          VisitSpans.Mark mark = hasVisit(own) ? visitSpans.markBefore(tokens, seg[0], date.first()) : null;
          if (mark != null && end == null && visits.splitsMeeting(s, own, date, mark, scopeFrom, scopeTo)) {
            continue;
          }
          // "signed a programme of exchanges for [next year]": the year is what is signed for, not the signing's
          boolean term = ClauseDates.termOfSigned(segHits, date.date(), doc.published());
          boolean far = daysApart.isFar(date);
          Draft d = frame.draft(s, own, term ? null : date.date(), far ? daysApart.farFrom() : scopeFrom,
              far ? daysApart.farTo() : scopeTo, last);
          if (d == null) {
            continue;
          }
          if (far) {
            daysApart.guests(d, text.personsIn(scopeFrom, scopeTo));
          }
          if (term) {
            undated.add(d);
            continue;
          }
          AheadDays.forward(d, date, doc.published());
          AheadDays.comingWeekday(text, s, d, date, own);
          if (mark == VisitSpans.Mark.DEPARTURE || d.type == EventType.VISIT) {
            AheadDays.aheadOfPresent(d, date, own, tokens, seg[0], doc.published(), visitSpans);
          }
          dated.add(d);
          last = d;
          Draft beside = visits.visitBeside(s, own, d, scopeFrom, scopeTo);
          if (beside != null) {
            dated.add(beside);
          }
          if (d.type == EventType.VISIT) {
            // "On Sunday he flew back to [capital]": a way back is the visit's end wherever its day stands
            d.end = mark == null && d.homeward ? VisitSpans.Mark.DEPARTURE : mark;
          }
          // the day as moved ahead above ("a five-day visit that ends on Thursday", told on a Monday)
          EdtfDate told = d.date != null ? d.date : date.date();
          EdtfDate span = end != null ? end.span()
              : visitSpans.span(tokens, s.firstToken(), s.endToken(), told);
          if (span == null && d.type == EventType.VISIT) {
            span = visits.lengthBeside(s, told, mark);
          }
          if (span != null) {
            visits.spanVisit(s, d, own, span, scopeFrom, scopeTo);
          }
        }
      }
    }
    if (relatives != null) {
      for (RelativeVisits.Clause c : relatives) {
        relativeVisits.add(s, c, datedBefore);
      }
    }
  }

  /** The triggers of a clause ({@code seg}) that are not of {@code family}'s occasion. */
  static List<Hit> others(List<Hit> hits, List<Hit> family, int[] seg) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : hits) {
      if (h.first() >= seg[0] && h.first() < seg[1] && !family.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  /** Whether one of {@code hits} tells a visit. */
  static boolean hasVisit(List<Hit> hits) {
    for (Hit h : hits) {
      if (h.type() == EventType.VISIT) {
        return true;
      }
    }
    return false;
  }
  }
}
