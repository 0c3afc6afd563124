package dev.entente.parse.internal.events;

import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.internal.events.SentenceWords.Cue;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import dev.entente.model.Country;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The frame of one occasion told in a clause: from the clause's trigger phrases and one of its dates,
 * who takes part (the people near the trigger, a list of them, not "the inauguration of X"), which
 * states ({@link OccasionStates}), where ({@link Places}) and whether it is announced rather than done.
 * Per article.
 */
final class OccasionFrame {
  private final EventText text;
  private final Document doc;
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;
  private final SentenceWords read;
  private final Places places;
  private final OfficeLexicon offices;

  /** The people a clause names by a stand-in ("the two leaders", "received him"). */
  private final StandIns standIns;
  /** The states of an occasion: its clause's, its place's host, its sentence's. */
  private final OccasionStates states;

  OccasionFrame(EventText text, Places places, OfficeLexicon offices, List<Draft> dated, List<Draft> undated) {
    this.standIns = new StandIns(text, offices, dated, undated);
    this.states = new OccasionStates(text);
    this.text = text;
    this.doc = text.doc;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
    this.read = text.read;
    this.places = places;
    this.offices = offices;
  }

  /** The words that open a medium ("by phone", "via videoconference", "over the telephone"). */
  private static final Set<String> MEDIUM = Set.of("by", "via", "over");
  /** The prepositions that open a phrase set before a clause's subject ("In a call with ..., X said"). */
  private static final Set<String> FRONTING = Set.of("in", "during", "at", "after", "on", "over");

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
    boolean verb = false;
    boolean call = false;
    for (Hit h : hits) {
      verb |= h.verb();
      call |= h.type() == EventType.CALL;
      // "held talks via videoconference", "met by video link": talks told with their medium are a call
      if (type == EventType.MEETING && h.type() == EventType.CALL && !h.verb() && MEDIUM.contains(tokens.get(h.first()).key())) {
        type = EventType.CALL;
      }
    }
    // with no verb of an occasion, a call noun beside a visit or meeting noun is the occasion and the
    // visit or meeting its topic ("discussed [the visit] in a telephone call")
    if (!verb && call && type.isConsultation()) {
      type = EventType.CALL;
    }
    Draft d = new Draft(type, s.index());
    d.date = date;
    d.further = anchor.first() > from && tokens.get(anchor.first() - 1).is("also");
    // "will fly home on Sunday", "returns to [capital] on Friday": a visit's end, its place the way home
    d.homeward = type == EventType.VISIT && (tokens.get(anchor.end() - 1).is("home") || allHomeward(hits));
    d.signing = true;
    for (Hit h : hits) {
      d.signing &= h.signing();
    }
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
    boolean signingOnly = d.signing;
    Set<Country> signers = new HashSet<>();
    List<PersonRef> inClause = text.personsIn(from, to);
    int frontedEnd = frontedEnd(hits.get(0), from, to);
    for (PersonRef p : inClause) {
      boolean subject = (lastTaken < 0 && p.end() <= hits.get(0).first() && inClause.get(0) == p)
          || (frontedEnd >= 0 && p.first() > frontedEnd && p.first() - frontedEnd <= 4 && !taken(inClause, frontedEnd, p));
      if (!participates(p, hits) || !(subject || near(p, hits) || listedAfter(lastTaken, p.first()) || signedBy(p, hits))) {
        for (int k = Math.max(p.first(), from); k < p.end() && k < to; k++) {
          excluded[k - from] = true;
        }
        continue;
      }
      if ((p.role() == Role.OTHER && p.title() != null) || places.inVenue(p.first(), to)) {
        continue; // company titles: people of firms, not of states; a venue's name, no person
      }
      lastTaken = p.end();
      if (withPeople) {
        d.people.putIfAbsent(p.personId(), p.name());
      }
      if (p.country() != null) {
        d.countries.add(p.country());
        signers.add(p.country());
      }
    }
    if (withPeople && d.people.isEmpty()) {
      // "The two men met for an hour", "the two presidents held talks": the two named just before
      for (PersonRef p : standIns.pairNamedBefore(s, anchor, from)) {
        Country c = p.country();
        d.people.putIfAbsent(p.personId(), p.name());
        if (c != null) {
          d.countries.add(c);
          signers.add(c);
        }
      }
    }
    for (Hit h : withPeople ? hits : List.<Hit>of()) {
      // "[host] received the [adjective] minister", "met the [adjective] minister": the minister of that
      // state the report named before
      boolean meets = h.person() || (h.verb() && (h.type() == EventType.MEETING || h.type() == EventType.CALL));
      PersonRef holder = meets ? standIns.statedOfficeHolder(h.end(), to) : null;
      Country c = holder == null ? null : holder.country();
      if (holder != null && c != null) {
        d.people.putIfAbsent(holder.personId(), holder.name());
        d.countries.add(c);
        signers.add(c);
      }
    }
    boolean received = withPeople && standIns.receivesGuest(hits, inClause, to);
    if (received || (withPeople && standIns.visitingUnnamed(from, to))) {
      // "where the Emir received him", "[host] and the visiting premier held talks", "in the presence of
      // [host] and the visiting President": the guest is the traveller of the visit told before
      Draft visit = standIns.visitBefore(s.index());
      if (visit != null) {
        Map.Entry<Integer, String> traveller = visit.people.entrySet().iterator().next();
        d.people.putIfAbsent(traveller.getKey(), traveller.getValue());
        d.countries.addAll(visit.countries);
        signers.addAll(visit.countries);
      } else if (received && standIns.onlyUnnamedGuests(hits)) {
        return null; // no visit told before: the guest is nobody the text names
      }
    }
    if (signingOnly && (d.people.size() < 2 || signers.size() < 2)) {
      return null; // a signing is a meeting only when people of two states sign together
    }
    states.addClauseStates(d, hits, from, to, excluded);
    if (d.type == EventType.MEETING && (d.people.size() < 2 || signers.size() < 2) && d.countries.size() < 2
        && signingMeetsVisit(hits)) {
      // "wrapped up a visit to [state], during which [firms] signed ...": no people of two states sign
      // together and no two states are named, so the signing makes no meeting; the clause tells the visit
      d.type = EventType.VISIT;
    }
    if (d.people.isEmpty() && context != null) {
      // "..., and later in November": the same people, on another occasion
      d.people.putAll(context.people);
      d.countries.addAll(context.countries);
    }
    Places.Place place = places.place(d.type, hits, to);
    if (place != null) {
      // "[Name] leaves for [capital] on Saturday", said of a minister of that capital's state: the way home
      d.homeward |= d.type == EventType.VISIT && place.host() != null && !d.people.isEmpty()
          && d.countries.size() == 1 && d.countries.contains(place.host()) && departure(hits);
      d.location = place.written();
      d.locationIsCity = place.city();
      d.atVenue = place.venue();
      d.host = place.host();
      if (place.host() != null && (d.type == EventType.VISIT || d.type == EventType.MILITARY_EXERCISE || d.countries.isEmpty())) {
        d.countries.add(states.host(place.host(), date != null ? date.earliest() : published, d.countries));
      }
    }
    if (d.people.isEmpty() && withPeople) {
      d.offices.addAll(unnamedOffices(from, to));
    }
    if (d.people.isEmpty() && d.countries.isEmpty()) {
      states.addSentenceStates(d, s);
    }
    d.addEvidence(new Span(tokens.get(from).start(), tokens.get(to - 1).end()));
    return d;
  }

  /**
   * The comma that closes a phrase opening the clause with its trigger ("In a call with X on Monday,
   * Y said", "During talks in Rome, Y ..."), before the main clause's subject; -1 when there is none.
   */
  int frontedEnd(Hit anchor, int from, int to) {
    if (anchor.first() - from > 2 || !FRONTING.contains(tokens.get(from).key())) {
      return -1;
    }
    for (int k = anchor.end(); k < to && k < anchor.end() + 16; k++) {
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a person of the clause stands between token {@code after} and {@code p}. */
  private static boolean taken(List<PersonRef> inClause, int after, PersonRef p) {
    for (PersonRef o : inClause) {
      if (o != p && o.first() > after && o.first() < p.first()) {
        return true;
      }
    }
    return false;
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

  /**
   * Whether {@code p} is one of the agents of a signing of the clause ({@link SigningAgents}): "was
   * signed by [office] A", "was signed at [venue] by the Prime Minister, A, and the [adjective] Foreign
   * Minister, B".
   */
  boolean signedBy(PersonRef p, List<Hit> hits) {
    boolean signingBefore = false;
    for (Hit h : hits) {
      signingBefore |= h.signing() && h.verb() && h.end() <= p.first();
    }
    if (!signingBefore) {
      return false;
    }
    for (int k = p.first() - 1; k >= 0 && k >= p.first() - 4; k--) {
      Token t = tokens.get(k);
      if (t.is("by")) {
        return true; // "by [office] A", "and by A"
      }
      if (!t.isWord() || !t.isCapitalized()) {
        break;
      }
    }
    return SigningAgents.within(tokens, hits, p.first());
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
    if (tokens.get(p.end() - 1).key().endsWith("'s")) {
      // "the third day of X's four-day visit": whose the occasion is
      for (Hit h : hits) {
        if (h.first() >= p.end() && h.first() - p.end() <= 3) {
          return true;
        }
      }
    }
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
      // "the visit of X", "in the presence of X": the "of" follows the trigger or ends it
      if (h.end() == k || h.end() == k - 1 || h.end() == k + 1) {
        return true;
      }
    }
    return false;
  }

  /** Offices named without a person ("the defense ministers"), to stand for participants. */
  List<String> unnamedOffices(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (text.isPerson(k) || !(tokens.get(k).is("the") || (countryAt[k] != null))) {
        continue;
      }
      OfficeLexicon.Office o = text.officeAfterStates(offices, k + 1, to);
      if (o != null) {
        out.add(doc.text.substring(tokens.get(k).start(), tokens.get(o.end() - 1).end()));
        k = o.end() - 1;
      }
    }
    return out;
  }

  /** Whether {@code hits} tell a visit and talks only by a signing: every phrase of talks is a signing, and one phrase a visit. */
  private static boolean signingMeetsVisit(List<Hit> hits) {
    boolean visit = false;
    for (Hit h : hits) {
      if (h.type() == EventType.MEETING && !h.signing()) {
        return false;
      }
      visit |= h.type() == EventType.VISIT;
    }
    return visit;
  }

  /** The verbs of a leaving: with a place of the traveller's own state after them, a way back. */
  private static final Set<String> LEAVING = Set.of("leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing");

  /** Whether a phrase of {@code hits} tells a leaving ("leaves for", "departed for"), none talks or an arrival. */
  private boolean departure(List<Hit> hits) {
    boolean leaving = false;
    for (Hit h : hits) {
      if (h.type() != EventType.VISIT) {
        return false;
      }
      leaving |= h.verb() && LEAVING.contains(tokens.get(h.first()).key());
    }
    return leaving;
  }

  /** Whether every phrase of {@code hits} tells a way back (flagged homeward in the triggers' data), none a visit of its own. */
  private static boolean allHomeward(List<Hit> hits) {
    for (Hit h : hits) {
      if (!h.homeward()) {
        return false;
      }
    }
    return true;
  }
}
