package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.internal.events.SentenceWords.Cue;
import dev.entente.parse.internal.events.SentenceWords.Word;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads diplomatic events: meetings, visits, calls, relations established, severed or restored,
 * recognitions, joint exercises. Each trigger phrase from {@link TriggerLexicon} is bound to the
 * dates of its clause (one event per date), its people ({@link Document#persons}), states and place;
 * an occasion told several times (headline, lead, body) becomes one event with several evidence
 * spans, and an announced one is {@code planned}. Fills {@link Document#events}.
 */
public final class EventStage implements Stage {

  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "as");
  private static final Set<String> PAIR_COUNTS = Set.of("two", "both");
  private static final Set<String> PAIR_WORDS = Set.of("countries", "states", "nations", "sides", "parties");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
  /** Longest first where trigger phrases overlap, then the more specific, then the earlier. */
  private static final Comparator<Hit> LONGEST_FIRST = Comparator.comparingInt((Hit h) -> h.end() - h.first())
      .thenComparingInt(Hit::literals).reversed().thenComparingInt(Hit::first);
  private static final Comparator<Hit> IN_TEXT_ORDER = Comparator.comparingInt(Hit::first);

  private final TriggerLexicon triggers;
  private final OfficeLexicon offices;
  /**
   * The words of trigger phrases, the cue words, the clause joiners, the "two" and the "countries" of
   * "the two countries", and "in" and "at": one lookup per token finds any.
   */
  private final SentenceWords.Table words;
  private final Map<String, String> seats;
  /** The first word of each key of {@link #seats}: a seat can start only at a token with one of these keys. */
  private final Set<String> seatStarts;

  /** A stage reading offices with {@code offices} (shared with the people stage). */
  public EventStage(OfficeLexicon offices) {
    this.triggers = TriggerLexicon.load();
    this.offices = offices;
    Map<String, Cue> c = new HashMap<>();
    for (String line : DataFiles.lines(EventStage.class, "event-cues.tsv")) {
      String[] cols = line.split("\t");
      c.put(Keys.of(cols[0].strip()), Cue.valueOf(cols[1].strip()));
    }
    Map<String, Word> w = new HashMap<>();
    for (String key : triggers.words()) {
      w.put(key, new Word(triggers.id(key), c.get(key), 0));
    }
    c.forEach((key, cue) -> w.putIfAbsent(key, new Word(-1, cue, 0)));
    addRole(w, CLAUSE_JOINERS, SentenceWords.JOINER);
    addRole(w, PAIR_COUNTS, SentenceWords.PAIR_COUNT);
    addRole(w, PAIR_WORDS, SentenceWords.PAIR_WORD);
    addRole(w, PLACE_PREPOSITIONS, SentenceWords.PLACE_PREPOSITION);
    this.words = SentenceWords.Table.of(w);
    Map<String, String> s = new HashMap<>();
    for (String line : DataFiles.lines(EventStage.class, "seats.tsv")) {
      String[] cols = line.split("\t");
      s.put(Keys.of(cols[0].strip()), cols[1].strip());
    }
    this.seats = Map.copyOf(s);
    Set<String> starts = new HashSet<>();
    for (String key : seats.keySet()) {
      int space = key.indexOf(' ');
      starts.add(space < 0 ? key : key.substring(0, space));
    }
    this.seatStarts = Collections.unmodifiableSet(starts);
  }

  @Override
  public void apply(Document doc) {
    new Run(doc).go();
  }

  /** The family events merge within: meeting, visit and call are one occasion told differently. */
  private static String family(EventType t) {
    return t.isConsultation() ? "CONSULT" : t.name();
  }

  /** Gives each of {@code keys} the role {@code role} (a bit of {@link Word#roles}). */
  private static void addRole(Map<String, Word> words, Set<String> keys, int role) {
    for (String key : keys) {
      Word w = words.getOrDefault(key, new Word(-1, null, 0));
      words.put(key, new Word(w.trigger(), w.cue(), w.roles() | role));
    }
  }

  /** A place as written, the state it lies in when known, and whether it is a city (not a state). */
  private record Place(String written, @Nullable Country host, boolean city) {}

  /** An event being built. */
  private static final class Draft {
    EventType type;
    @Nullable EdtfDate date;
    @Nullable String location;
    boolean locationIsCity;
    @Nullable Country host;
    final Map<Integer, String> people = new LinkedHashMap<>();
    final Set<String> offices = new LinkedHashSet<>();
    final Set<Country> countries = new LinkedHashSet<>();
    boolean planned;
    final List<Span> evidence = new ArrayList<>();
    /** The spans of {@link #evidence}: an occasion retold many times in a long text gathers many. */
    private final Set<Span> evidenceSeen = new HashSet<>();
    final int sentence;

    Draft(EventType type, int sentence) {
      this.type = type;
      this.sentence = sentence;
    }

    String family() {
      return EventStage.family(type);
    }

    boolean sharesPerson(Draft o) {
      for (Integer id : people.keySet()) {
        if (o.people.containsKey(id)) {
          return true;
        }
      }
      return false;
    }

    boolean sharesCountry(Draft o) {
      for (Country c : countries) {
        if (o.countries.contains(c)) {
          return true;
        }
      }
      return false;
    }

    void addEvidence(Span s) {
      if (evidenceSeen.add(s)) {
        evidence.add(s);
      }
    }

    void absorb(Draft o, boolean withCountries) {
      o.people.forEach(people::putIfAbsent);
      offices.addAll(o.offices);
      if (withCountries) {
        countries.addAll(o.countries);
      }
      if (o.location != null && (location == null || (o.locationIsCity && !locationIsCity))) {
        location = o.location;
        locationIsCity = o.locationIsCity;
        host = o.host != null ? o.host : host;
      }
      for (Span s : o.evidence) {
        addEvidence(s);
      }
    }
  }

  /** The per-article work. */
  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final @Nullable CountryRef[] countryAt;
    final @Nullable DateRef[] dateAt;
    /** Per token: whether a person mention starts there (and is not a possessive), and whether one covers it. */
    final boolean[] personStart;
    final boolean[] personCover;
    final List<Draft> dated = new ArrayList<>();
    final List<Draft> undated = new ArrayList<>();
    /** Whether the article's dates are in text order, as the date stage gives them. */
    final boolean datesSorted;
    /** The words of the sentences with trigger phrases (read by {@link #hits}). */
    final SentenceWords read;

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens;
      boolean sorted = true;
      for (int k = 1; k < doc.dates.size() && sorted; k++) {
        sorted = doc.dates.get(k - 1).first() <= doc.dates.get(k).first();
      }
      this.datesSorted = sorted;
      this.countryAt = new CountryRef[tokens.size()];
      this.dateAt = new DateRef[tokens.size()];
      for (CountryRef ref : doc.countries) {
        for (int k = ref.first(); k < ref.end() && k < tokens.size(); k++) {
          countryAt[k] = ref;
        }
      }
      for (DateRef ref : doc.dates) {
        for (int k = ref.first(); k < ref.end() && k < tokens.size(); k++) {
          dateAt[k] = ref;
        }
      }
      this.read = new SentenceWords(words, tokens);
      this.personStart = new boolean[tokens.size()];
      this.personCover = new boolean[tokens.size()];
      for (PersonRef p : doc.persons) {
        if (p.end() <= tokens.size()) {
          personStart[p.first()] = !tokens.get(p.end() - 1).key().endsWith("'s");
          for (int k = p.first(); k < p.end(); k++) {
            personCover[k] = true;
          }
        }
      }
    }

    void go() {
      for (Sentence s : doc.sentences) {
        if (!s.boilerplate()) {
          sentence(s);
        }
      }
      List<Draft> events = mergeDated();
      Occasions occasions = new Occasions(events);
      for (Draft u : undated) {
        Draft target = occasions.target(u);
        boolean sameSides = !u.countries.isEmpty() && target != null && target.countries.containsAll(u.countries)
            && u.sentence >= target.sentence && u.sentence - target.sentence <= 2;
        if (target != null && (target.people.keySet().containsAll(u.people.keySet()) || sameSides)
            && samePlace(u, target)) {
          occasions.absorb(target, u);
        }
      }
      LocalDate published = doc.published();
      for (Draft d : events) {
        if (d.location == null && d.type != EventType.CALL && doc.dateline != null && published != null && d.date != null && !d.date.isInterval()
            && Math.abs(ChronoUnit.DAYS.between(d.date.earliest(), published)) <= 2
            && d.date.precision() == EdtfDate.Precision.DAY) {
          d.location = doc.dateline;
        }
        if (d.countries.isEmpty() && d.people.isEmpty()) {
          continue;
        }
        List<String> participants = new ArrayList<>(d.people.values());
        if (participants.isEmpty()) {
          participants.addAll(d.offices);
        }
        d.evidence.sort(Comparator.naturalOrder());
        doc.events.add(DiplomaticEvent.builder(d.type).date(d.date).location(d.location)
            .participants(participants).countries(new ArrayList<>(d.countries)).planned(d.planned)
            .evidence(d.evidence).build());
      }
    }

    // ---------------------------------------------------------------- one sentence

    void sentence(Sentence s) {
      List<Hit> hits = hits(s);
      if (hits.isEmpty()) {
        return;
      }
      List<int[]> segments = segments(s);
      Map<String, List<Hit>> byFamily = new LinkedHashMap<>();
      for (Hit h : hits) {
        byFamily.computeIfAbsent(family(h.type()), k -> new ArrayList<>()).add(h);
      }
      for (List<Hit> family : byFamily.values()) {
        List<Draft> here = new ArrayList<>();
        Draft last = null;
        for (int[] seg : segments) {
          List<Hit> segHits = new ArrayList<>();
          for (Hit h : family) {
            if (h.first() >= seg[0] && h.first() < seg[1]) {
              segHits.add(h);
            }
          }
          if (segHits.isEmpty()) {
            continue;
          }
          List<DateRef> dates = dates(seg[0], seg[1]);
          int scopeFrom = segments.size() == 1 ? s.firstToken() : seg[0];
          int scopeTo = segments.size() == 1 ? s.endToken() : seg[1];
          if (dates.isEmpty()) {
            Draft d = draft(s, segHits, null, scopeFrom, scopeTo, last);
            if (d == null) {
              continue;
            }
            if (last != null) {
              last.absorb(d, true);
            } else {
              undated.add(d);
            }
            continue;
          }
          List<List<Hit>> bound = bind(segHits, dates);
          List<Hit> unbound = new ArrayList<>(segHits);
          bound.forEach(unbound::removeAll);
          if (!unbound.isEmpty() && bound.stream().allMatch(List::isEmpty)) {
            // the clause's dates belong to something else ("came to Moscow to review what was done this year")
            Draft d = draft(s, unbound, null, scopeFrom, scopeTo, last);
            if (d != null) {
              undated.add(d);
            }
            continue;
          }
          for (int k = 0; k < dates.size(); k++) {
            DateRef date = dates.get(k);
            List<Hit> own = bound.get(k);
            if (own.isEmpty()) {
              continue;
            }
            Draft d = draft(s, own, date.date(), scopeFrom, scopeTo, last);
            if (d == null) {
              continue;
            }
            here.add(d);
            dated.add(d);
            last = d;
          }
        }
      }
    }

    /** The trigger phrases of a sentence, longest first where they overlap, minus negated and habitual ones. */
    List<Hit> hits(Sentence s) {
      List<Hit> all = triggers.matchAll(tokens, read.read(s.firstToken(), s.endToken()), s.firstToken(), s.endToken());
      if (all.isEmpty()) {
        return all;
      }
      all.sort(LONGEST_FIRST);
      boolean[] taken = new boolean[s.endToken() - s.firstToken()];
      List<Hit> out = new ArrayList<>();
      for (Hit h : all) {
        boolean free = true;
        for (int k = h.first(); k < h.end() && free; k++) {
          free = !taken[k - s.firstToken()];
        }
        if (!free) {
          continue;
        }
        for (int k = h.first(); k < h.end(); k++) {
          taken[k - s.firstToken()] = true;
        }
        Cue cue = read.cueBefore(s.firstToken(), h.first());
        if (cue == Cue.NEGATION || cue == Cue.HABIT) {
          continue;
        }
        if (h.base() && cue != Cue.PLANNED) {
          continue;
        }
        if (h.place() && location(h.end(), Math.min(s.endToken(), h.end() + 8), true) == null) {
          continue;
        }
        if (h.person() && !personAt(h.end())) {
          continue;
        }
        out.add(h);
      }
      out.sort(IN_TEXT_ORDER);
      // "signed during the president's visit": a visit told only as the time of something else
      out.removeIf(h -> !h.verb() && duringBefore(s, h) && !verbOfFamily(out, h.type()));
      return out;
    }

    /** Whether one of {@code hits} is a verb of the family of {@code type}. */
    boolean verbOfFamily(List<Hit> hits, EventType type) {
      for (Hit o : hits) {
        if (o.verb() && family(o.type()).equals(family(type))) {
          return true;
        }
      }
      return false;
    }

    boolean duringBefore(Sentence s, Hit h) {
      for (int k = h.first() - 1; k >= s.firstToken() && k >= h.first() - 6; k--) {
        if (tokens.get(k).is("during")) {
          return true;
        }
        if (tokens.get(k).text().equals(",")) {
          return false;
        }
      }
      return false;
    }

    /** Clauses of a sentence (its words read): split at ";" and at a comma before "and", "but", "while". */
    List<int[]> segments(Sentence s) {
      List<int[]> out = new ArrayList<>();
      int from = s.firstToken();
      for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
        String t = tokens.get(k).text();
        boolean cut = t.equals(";") || (t.equals(",") && read.is(k + 1, SentenceWords.JOINER));
        if (cut && k > from) {
          out.add(new int[] {from, k});
          from = k + 1;
        }
      }
      out.add(new int[] {from, s.endToken()});
      return out;
    }

    /** The dates of a clause, leaving out dates in brackets and coarse dates that a finer one there refines. */
    List<DateRef> dates(int from, int to) {
      List<DateRef> found = new ArrayList<>();
      List<DateRef> all = doc.dates;
      // the dates are in text order: start at the first one in the clause, not at the article's first
      for (int k = datesSorted ? firstDateAtOrAfter(from) : 0; k < all.size(); k++) {
        DateRef d = all.get(k);
        if (datesSorted && d.first() >= to) {
          break;
        }
        if (d.first() >= from && d.first() < to && !bracketed(d.first(), from) && !datelined(d.end(), to)) {
          found.add(d);
        }
      }
      List<DateRef> out = new ArrayList<>();
      for (DateRef d : found) {
        boolean refined = false;
        for (DateRef o : found) {
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
          out.add(d);
        }
      }
      return out;
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
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < dates.size(); k++) {
          DateRef d = dates.get(k);
          if (d.first() >= h.end() && subordinate(h.end(), d.first())) {
            continue;
          }
          int dist = d.first() >= h.end() ? d.first() - h.end() : h.first() - d.end();
          if (dist < bestDist) {
            bestDist = dist;
            best = k;
          }
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
          shared.sort(IN_TEXT_ORDER);
          for (int m = groupStart; m < k; m++) {
            out.set(m, shared);
          }
        }
        groupStart = k;
      }
      return out;
    }

    /** Whether a clause of its own ("to review what had been achieved this year") starts between two tokens. */
    boolean subordinate(int from, int to) {
      for (int k = from; k < to; k++) {
        String key = tokens.get(k).key();
        if (key.equals("what") || key.equals("which") || key.equals("that") || key.equals("who")) {
          return true;
        }
        if (key.equals("to") && k + 1 < to) {
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

    /** An event from the triggers of a clause; null when it names neither people nor states. */
    @Nullable Draft draft(Sentence s, List<Hit> hits, @Nullable EdtfDate date, int from, int to, @Nullable Draft context) {
      Hit anchor = hits.get(0);
      EventType type = anchor.type();
      for (Hit h : hits) {
        if (h.verb()) {
          type = h.type();
          break;
        }
      }
      Draft d = new Draft(type, s.index());
      d.date = date;
      Cue cue = read.cueBefore(s.firstToken(), anchor.first());
      LocalDate published = doc.published();
      d.planned = cue == Cue.PLANNED || (date != null && published != null && date.earliest().isAfter(published));
      if (d.planned && date != null && published != null && !date.earliest().isAfter(published)) {
        d.planned = cue == Cue.PLANNED;
      }
      // per token of the clause (at k - from): whether a person left out of the event names it
      boolean[] excluded = new boolean[to - from];
      boolean withPeople = d.type.isConsultation() || d.type == EventType.MILITARY_EXERCISE || d.type == EventType.OTHER;
      int lastTaken = -1;
      List<PersonRef> inClause = personsIn(from, to);
      for (PersonRef p : inClause) {
        boolean subject = lastTaken < 0 && p.end() <= hits.get(0).first() && inClause.get(0) == p;
        if (!participates(p, hits) || !(subject || near(p, hits) || listedAfter(lastTaken, p.first()))) {
          for (int k = Math.max(p.first(), from); k < p.end() && k < to; k++) {
            excluded[k - from] = true;
          }
          continue;
        }
        if (p.role() == Role.OTHER && p.title() != null) {
          continue; // company titles: people of firms, not of states
        }
        lastTaken = p.end();
        if (withPeople) {
          d.people.putIfAbsent(p.personId(), p.name());
        }
        if (p.country() != null) {
          d.countries.add(p.country());
        }
      }
      for (int k = from; k < to; k++) {
        CountryRef c = countryAt[k];
        if (c == null || c.first() != k || excluded[k - from]) {
          continue;
        }
        if (c.form() == CountryForm.NAME || c.form() == CountryForm.ADJECTIVE) {
          d.countries.add(c.country());
        }
      }
      int pair = pairAt(from, to);
      if (pair >= 0 && d.countries.size() < 2) {
        d.countries.addAll(pairBefore(pair));
      }
      if (d.people.isEmpty() && context != null) {
        // "..., and later in November": the same people, on another occasion
        d.people.putAll(context.people);
        d.countries.addAll(context.countries);
      }
      Place place = place(d.type, hits, to);
      if (place != null) {
        d.location = place.written();
        d.locationIsCity = place.city();
        d.host = place.host();
        if (place.host() != null && (d.type == EventType.VISIT || d.type == EventType.MILITARY_EXERCISE || d.countries.isEmpty())) {
          d.countries.add(place.host());
        }
      }
      if (d.people.isEmpty() && withPeople) {
        d.offices.addAll(unnamedOffices(from, to));
      }
      if (d.people.isEmpty() && d.countries.isEmpty()) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
          CountryRef c = countryAt[k];
          if (c != null && c.first() == k && c.form() != CountryForm.CAPITAL) {
            d.countries.add(c.country());
          }
        }
        if (d.countries.isEmpty()) {
          d.countries.addAll(pairBefore(s.firstToken()));
        }
      }
      d.addEvidence(new Span(tokens.get(from).start(), tokens.get(to - 1).end()));
      return d;
    }

    /** Whether a person is named within a few words of a trigger. */
    boolean near(PersonRef p, List<Hit> hits) {
      for (Hit h : hits) {
        int gap = p.first() >= h.end() ? p.first() - h.end() : h.first() - p.end();
        if (gap <= 10) {
          return true;
        }
      }
      return false;
    }

    /** Whether only commas and "and" stand between a taken participant and this one: a list of them. */
    boolean listedAfter(int lastEnd, int first) {
      if (lastEnd < 0 || first - lastEnd > 2) {
        return false;
      }
      for (int k = lastEnd; k < first; k++) {
        if (!(tokens.get(k).is("and") || tokens.get(k).text().equals(","))) {
          return false;
        }
      }
      return true;
    }

    /** A person "of" something other than the event ("the inauguration of President X") takes no part in it. */
    boolean participates(PersonRef p, List<Hit> hits) {
      int k = p.first() - 1;
      int skipped = 0;
      while (k >= 0 && skipped < 2 && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
          && !tokens.get(k).is("of") && !tokens.get(k).is("with") && !tokens.get(k).is("and")) {
        k--;
        skipped++;
      }
      if (k < 0 || !tokens.get(k).is("of")) {
        return true;
      }
      for (Hit h : hits) {
        if (h.end() == k || h.end() == k - 1) {
          return true;
        }
      }
      return false;
    }

    /** Where "the two countries" or "both sides" stands in a clause (of a sentence whose words are read), or -1. */
    int pairAt(int from, int to) {
      for (int k = from; k + 1 < to; k++) {
        if (read.is(k, SentenceWords.PAIR_COUNT) && read.is(k + 1, SentenceWords.PAIR_WORD)) {
          return k;
        }
      }
      return -1;
    }

    /** The last two states named before token {@code at}: what "the two countries" stands for. */
    List<Country> pairBefore(int at) {
      Set<Country> out = new LinkedHashSet<>();
      int lo = 0;
      int hi = doc.countries.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (doc.countries.get(mid).first() < at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int k = lo - 1; k >= 0 && out.size() < 2; k--) {
        CountryRef c = doc.countries.get(k);
        if (c.form() != CountryForm.CAPITAL) {
          out.add(c.country());
        }
      }
      return new ArrayList<>(out);
    }

    /** Where the event took place: a visit's destination, else the first place after "in" or "at" following a trigger. */
    @Nullable Place place(EventType type, List<Hit> hits, int to) {
      if (type == EventType.VISIT) {
        for (Hit h : hits) {
          Place p = destination(h, to);
          if (p != null) {
            return p;
          }
        }
      }
      for (Hit h : hits) {
        Place p = location(h.end(), to, false);
        if (p != null) {
          return p;
        }
      }
      for (Hit h : hits) {
        if (h.type() == EventType.VISIT) {
          Place p = destination(h, to);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }

    /** "visit to X", "visit of the minister to X", "arrived in X". */
    @Nullable Place destination(Hit h, int to) {
      if (h.place() || h.verb() || h.type() == EventType.VISIT) {
        Place p = placeAt(h.end(), to);
        if (p != null) {
          return p;
        }
      }
      int stop = Math.min(to, h.end() + 8);
      for (int k = h.end(); k + 1 < stop; k++) {
        String t = tokens.get(k).text();
        if (t.equals(",") || t.equals(";")) {
          return null;
        }
        if (tokens.get(k).is("to") || (k == h.end() && tokens.get(k).is("in"))) {
          Place p = placeAt(k + 1, to);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }

    /**
     * The first "in X" or "at X" from token {@code from} (in a sentence whose words are read): with
     * {@code direct}, X must come within a few words.
     */
    @Nullable Place location(int from, int to, boolean direct) {
      if (direct) {
        Place here = placeAt(from, to);
        if (here != null) {
          return here;
        }
      }
      int stop = direct ? Math.min(to, from + 8) : to;
      for (int k = from; k + 1 < stop; k++) {
        if (read.is(k, SentenceWords.PLACE_PREPOSITION)) {
          Place p = placeAt(k + 1, to);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }

    /** A place at token {@code k}: a state or capital, a seat of government, or a capitalized place name. */
    @Nullable Place placeAt(int k, int to) {
      if (k >= to || isPerson(k)) {
        return null;
      }
      if (tokens.get(k).is("the") && k + 1 < to) {
        String seat = seat(k + 1, to);
        if (seat != null) {
          return new Place(seat, null, true);
        }
      }
      String seat = seat(k, to);
      if (seat != null) {
        return new Place(seat, null, true);
      }
      CountryRef c = countryAt[k];
      if (c != null && c.first() == k) {
        if (c.form() == CountryForm.ADJECTIVE) {
          return null;
        }
        String written = doc.text.substring(c.span().start(), c.span().end());
        if (tokens.get(c.end() - 1).key().endsWith("'s")) {
          // "Venezuela's capital, Caracas": the city named next
          int j = c.end();
          if (j + 2 < to && tokens.get(j).is("capital") && tokens.get(j + 1).text().equals(",")) {
            Place city = placeAt(j + 2, to);
            if (city != null) {
              return city;
            }
          }
          if (written.endsWith("s")) {
            written = written.substring(0, written.length() - 2);
          }
        }
        boolean city = c.form() == CountryForm.CAPITAL || c.form() == CountryForm.SEAT;
        return new Place(written, c.country(), city);
      }
      Token t = tokens.get(k);
      if (!t.isWord() || !t.isCapitalized() || dateAt[k] != null || isPerson(k) || offices.isHeadWord(t.key())) {
        return null;
      }
      int j = k;
      while (j < to && j - k < 3 && tokens.get(j).isWord() && tokens.get(j).isCapitalized()
          && dateAt[j] == null && countryAt[j] == null && !isPerson(j)) {
        j++;
      }
      return new Place(doc.text.substring(t.start(), tokens.get(j - 1).end()), null, true);
    }

    @Nullable String seat(int k, int to) {
      String first = k < to ? tokens.get(k).key() : null;
      if (first != null && first.indexOf(' ') < 0 && !seatStarts.contains(first)) {
        return null; // no seat's key starts with this word
      }
      for (int n = Math.min(5, to - k); n >= 1; n--) {
        StringBuilder key = new StringBuilder();
        for (int m = 0; m < n; m++) {
          if (m > 0) {
            key.append(' ');
          }
          key.append(tokens.get(k + m).key());
        }
        String city = seats.get(key.toString());
        if (city != null) {
          String written = doc.text.substring(tokens.get(k).start(), tokens.get(k + n - 1).end());
          return written + ", " + city;
        }
      }
      return null;
    }

    /** Whether a person (not a possessive: "received Putin's support") is named at token {@code k}. */
    boolean personAt(int k) {
      return personStart[k];
    }

    boolean isPerson(int k) {
      return personCover[k];
    }

    /** The index of the first date mention starting at or after token {@code from} (the dates being in text order). */
    int firstDateAtOrAfter(int from) {
      return firstAtOrAfter(doc.dates, DateRef::first, from);
    }

    /** The person mentions starting inside tokens {@code [from, to)}, in text order. */
    List<PersonRef> personsIn(int from, int to) {
      List<PersonRef> all = doc.persons;
      int lo = firstAtOrAfter(all, PersonRef::first, from);
      int end = lo;
      while (end < all.size() && all.get(end).first() < to) {
        end++;
      }
      return all.subList(lo, end);
    }

    /** The index of the first of {@code refs} (in text order) whose first token is at or after {@code from}. */
    private <T> int firstAtOrAfter(List<T> refs, ToIntFunction<T> first, int from) {
      int lo = 0;
      int hi = refs.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (first.applyAsInt(refs.get(mid)) < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Offices named without a person ("the defense ministers"), to stand for participants. */
    List<String> unnamedOffices(int from, int to) {
      List<String> out = new ArrayList<>();
      for (int k = from; k < to; k++) {
        if (isPerson(k) || !(tokens.get(k).is("the") || (countryAt[k] != null))) {
          continue;
        }
        int j = k + 1;
        while (j < to && countryAt[j] != null) {
          j = countryAt[j].end();
        }
        if (j >= to) {
          break;
        }
        OfficeLexicon.Office o = offices.match(doc.text, tokens, j, to);
        if (o != null && !o.company()) {
          out.add(doc.text.substring(tokens.get(k).start(), tokens.get(o.end() - 1).end()));
          k = o.end() - 1;
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- across sentences

    /** Dated events of one family on the same date with a person (or no people) in common are one occasion. */
    List<Draft> mergeDated() {
      List<Draft> out = new ArrayList<>();
      // only drafts of one family and date can merge: each looks among those alone, in the same order
      Map<SameDay, List<Draft>> byDay = new HashMap<>();
      for (Draft d : dated) {
        Draft same = null;
        List<Draft> sameDay = d.date == null ? List.of() : byDay.computeIfAbsent(new SameDay(d.family(), d.date), k -> new ArrayList<>());
        for (Draft o : sameDay) {
          boolean close = d.date != null && (d.date.precision() == EdtfDate.Precision.DAY || d.sentence - o.sentence <= 2);
          if (o.family().equals(d.family()) && d.date != null && d.date.equals(o.date)
              && (o.sharesPerson(d) || ((o.people.isEmpty() || d.people.isEmpty()) && close))
              && (o.countries.isEmpty() || d.countries.isEmpty() || o.sharesCountry(d))) {
            same = o;
            break;
          }
        }
        if (same != null) {
          same.absorb(d, true);
          same.planned &= d.planned;
        } else {
          out.add(d);
          if (d.date != null) {
            sameDay.add(d);
          }
        }
      }
      return out;
    }

    private record SameDay(String family, EdtfDate date) {
      // written out: the generated ones go through method handles, on a path taken for every dated event

      @Override
      public boolean equals(Object o) {
        return o instanceof SameDay other && family.equals(other.family) && date.equals(other.date);
      }

      @Override
      public int hashCode() {
        return family.hashCode() * 31 + date.hashCode();
      }
    }

    /** Whether two drafts can have happened in one place: either has none, one names the other, or one state holds both. */
    boolean samePlace(Draft a, Draft b) {
      if (a.location == null || b.location == null) {
        return true;
      }
      if (a.host != null && a.host.equals(b.host)) {
        return true;
      }
      String x = Keys.of(a.location);
      String y = Keys.of(b.location);
      return x.contains(y) || y.contains(x);
    }

    /**
     * The dated consultations an undated mention may retell, indexed so that finding one looks only
     * at those with a person in common or told at most two sentences before, not at every event.
     */
    final class Occasions {
      private final List<Draft> consults = new ArrayList<>();
      private final int[] sentences;
      private final boolean inOrder;
      private final Map<Draft, Integer> position = new IdentityHashMap<>();
      /** Person id to the indexes (in {@link #consults}) of the consultations that person is part of. */
      private final Map<Integer, List<Integer>> byPerson = new HashMap<>();

      Occasions(List<Draft> events) {
        for (Draft e : events) {
          if (e.family().equals("CONSULT")) {
            for (Integer id : e.people.keySet()) {
              byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(consults.size());
            }
            position.put(e, consults.size());
            consults.add(e);
          }
        }
        sentences = new int[consults.size()];
        boolean sorted = true;
        for (int k = 0; k < sentences.length; k++) {
          sentences[k] = consults.get(k).sentence;
          sorted &= k == 0 || sentences[k - 1] <= sentences[k];
        }
        inOrder = sorted;
      }

      /** {@code target} takes in {@code u} (and the people it adds are indexed). */
      void absorb(Draft target, Draft u) {
        List<Integer> added = new ArrayList<>();
        for (Integer id : u.people.keySet()) {
          if (!target.people.containsKey(id)) {
            added.add(id);
          }
        }
        target.absorb(u, false);
        if (!added.isEmpty()) {
          Integer at = position.get(target);
          if (at != null) {
            for (Integer id : added) {
              byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(at);
            }
          }
        }
      }

      /** The dated occasion an undated mention retells: the nearest one before (else after) with a person in common. */
      @Nullable Draft target(Draft u) {
        if (!u.family().equals("CONSULT")) {
          return null;
        }
        // the only consultations that can be related: those sharing a person, and those told close before
        int[] candidates;
        int n = 0;
        if (inOrder) {
          int lo = 0;
          int hi = sentences.length;
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid] < u.sentence - 2) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          int close = lo;
          while (close < sentences.length && sentences[close] <= u.sentence) {
            close++;
          }
          List<List<Integer>> shared = new ArrayList<>();
          int size = close - lo;
          for (Integer id : u.people.keySet()) {
            List<Integer> of = byPerson.getOrDefault(id, List.of());
            shared.add(of);
            size += of.size();
          }
          candidates = new int[size];
          for (int k = lo; k < close; k++) {
            candidates[n++] = k;
          }
          for (List<Integer> of : shared) {
            for (int k : of) {
              candidates[n++] = k;
            }
          }
          Arrays.sort(candidates);
        } else {
          candidates = new int[consults.size()];
          for (int k = 0; k < consults.size(); k++) {
            candidates[n++] = k;
          }
        }
        Draft before = null;
        Draft after = null;
        int last = -1;
        for (int k : candidates) {
          if (k == last) {
            continue;
          }
          last = k;
          Draft e = consults.get(k);
          boolean close = u.sentence - e.sentence <= 2 && u.sentence >= e.sentence;
          boolean related = u.people.isEmpty()
              ? close && (u.countries.isEmpty() || u.sharesCountry(e))
              : u.sharesPerson(e) || (close && !u.countries.isEmpty() && e.countries.containsAll(u.countries));
          if (!related) {
            continue;
          }
          if (e.sentence <= u.sentence) {
            before = e;
          } else if (after == null) {
            after = e;
          }
        }
        return before != null ? before : after;
      }
    }
  }
}
