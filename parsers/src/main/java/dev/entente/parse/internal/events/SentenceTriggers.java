package dev.entente.parse.internal.events;

import dev.entente.model.EventType;
import dev.entente.parse.internal.events.SentenceWords.Cue;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The trigger phrases of one sentence that tell an occasion, and the clauses they fall in: where
 * phrases overlap the longest wins; negated ("did not meet") and habitual ones are dropped, as are
 * bare nouns without a word of plan, phrases wanting a place or a person after them that has none
 * (a person named, or an office of a state: "telephoned the [adjective] leader"; after a verb of
 * receiving, the visitor unnamed: "received him", "welcomed the visiting premier"). A visit told as the
 * time of something else ("agreed during [office] A's stay") is kept. Per article.
 */
final class SentenceTriggers {

  /** Longest first where trigger phrases overlap, then the more specific, then the earlier. */
  private static final Comparator<Hit> LONGEST_FIRST = Comparator.comparingInt((Hit h) -> h.end() - h.first())
      .thenComparingInt(Hit::literals).reversed().thenComparingInt(Hit::first);
  static final Comparator<Hit> IN_TEXT_ORDER = Comparator.comparingInt(Hit::first);

  private final EventText text;
  private final List<Token> tokens;
  private final SentenceWords read;
  private final TriggerLexicon triggers;
  private final Places places;
  private final OfficeLexicon offices;

  SentenceTriggers(EventText text, TriggerLexicon triggers, Places places, OfficeLexicon offices) {
    this.text = text;
    this.tokens = text.tokens;
    this.read = text.read;
    this.triggers = triggers;
    this.places = places;
    this.offices = offices;
  }

  /** The trigger phrases of a sentence, longest first where they overlap, minus negated and habitual ones. */
  List<Hit> hits(Sentence s) {
    if (!read.mayTrigger(s.firstToken(), s.endToken())) {
      return List.of(); // no word that every match of a phrase holds: many sentences are passed over unread
    }
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
      if (h.place() && places.location(h.end(), Math.min(s.endToken(), h.end() + 8), true) == null
          && (!h.verb() || places.forAfterDate(h.end(), s.endToken()) == null)) {
        continue;
      }
      if (h.person() && (!(text.personAt(h.end()) || statedOfficeAt(h.end(), s.endToken()) || pairOfPeopleAt(h.end(), s.endToken())
          || text.receivesVisitor(h, s.endToken()))
          || urged(h, s.endToken()))) {
        continue;
      }
      if (h.signing() && h.first() > s.firstToken() && read.is(h.first() - 1, SentenceWords.SIGNED_THING)) {
        continue; // "the cooperation agreement signed in Paris in 2021": a past signing named with its instrument
      }
      out.add(h);
    }
    // a visit told as the time of something else ("agreed during [office] A's stay in [state]") is
    // still a visit: a retelling of one told elsewhere merges with it
    out.sort(IN_TEXT_ORDER);
    return out;
  }

  /**
   * Whether an office of a state, unnamed, starts at token {@code k}: "the", "his", "her" or "their",
   * then one or more states, then an office ("the [adjective] leader", "his [state] counterpart", "the
   * [state] President"): a person the text does not name, standing where a person stands.
   */
  private boolean statedOfficeAt(int k, int end) {
    if (k + 2 >= end || text.countryAt[k + 1] == null || !isDeterminer(tokens.get(k))) {
      return false;
    }
    return text.officeAfterStates(offices, k + 1, end) != null;
  }

  /**
   * Whether two people named before stand at token {@code k}: "both" or "the two", then an office or
   * "leaders" or "sides" ("telephoned both leaders", "called the two presidents").
   */
  private boolean pairOfPeopleAt(int k, int end) {
    if (k >= end) {
      return false;
    }
    int j = text.afterPairWords(k, end);
    if (j < 0) {
      return false;
    }
    return tokens.get(j).is("leaders") || tokens.get(j).is("sides") || text.officeAfterStates(offices, j, end) != null;
  }

  private static boolean isDeterminer(Token t) {
    return t.is("the") || t.is("his") || t.is("her") || t.is("their");
  }

  /** Whether a phrase ending in "on" is followed by its person and "to": a demand ("called on X to withdraw"), no visit. */
  private boolean urged(Hit h, int end) {
    if (!tokens.get(h.end() - 1).is("on")) {
      return false;
    }
    int k = h.end();
    while (k < end && text.isPerson(k)) {
      k++;
    }
    return k < end && tokens.get(k).is("to");
  }

  /**
   * Whether token {@code k}, after ", and", goes on with the agents of a passive verb: "signed by A,
   * [office], and by B", "signed for [state] by A, and for [state] by B": one clause, its agents listed.
   */
  private boolean agentsGoOn(int k, int end) {
    if (k >= end) {
      return false;
    }
    if (tokens.get(k).is("by")) {
      return true;
    }
    return tokens.get(k).is("for") && k + 1 < end && text.countryAt[k + 1] != null;
  }

  /** How many words of an office may stand between the "and" of a list of agents and the next agent's name. */
  private static final int AGENT_OFFICE = 8;

  /**
   * Whether the comma at {@code comma}, before "and", stands in the agents of a signing of {@code hits}
   * and a person is named within {@link #AGENT_OFFICE} words after the "and": "was signed by the Prime
   * Minister, A, and the [adjective] Foreign Minister, B" is one clause, its agents listed.
   */
  private boolean agentFollows(List<Hit> hits, int comma, int end) {
    if (!SigningAgents.within(tokens, hits, comma)) {
      return false;
    }
    for (int k = comma + 2; k < end && k <= comma + 2 + AGENT_OFFICE; k++) {
      if (text.personAt(k)) {
        return SigningAgents.within(tokens, hits, k);
      }
    }
    return false;
  }

  /** The words after "and" that tell the next occasion of a day: "and then met", "and later held talks". */
  private static final Set<String> SEQUENCE = Set.of("then", "later", "afterwards");

  /**
   * Whether "and" at {@code k} opens further talks told in sequence, with no comma before it: "was
   * received by A at the palace and then held talks with B", "held a summit with A and later met B". A
   * verb of talks (not a signing) must follow "then", "later" or "afterwards" at once.
   */
  private boolean talksInSequence(List<Hit> hits, int k, int end) {
    if (k + 2 >= end || !tokens.get(k).is("and") || !SEQUENCE.contains(tokens.get(k + 1).key())) {
      return false;
    }
    for (Hit h : hits) {
      if (h.first() == k + 2) {
        return h.verb() && h.type() == EventType.MEETING && !h.signing();
      }
    }
    return false;
  }

  /**
   * Clauses of a sentence (its words read): split at ";", and at a colon or a comma before "and",
   * "but", "while", or before "and then" and talks ({@link #talksInSequence}), when a trigger
   * ({@code hits}, in text order) stands before the cut: "X, and the President of Y, Z, signed" is one
   * clause with two subjects, and the list after "talks, they signed seven documents:" is no part of
   * the talks' clause.
   */
  List<int[]> segments(Sentence s, List<Hit> hits) {
    List<int[]> out = new ArrayList<>();
    int from = s.firstToken();
    int next = 0;
    for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
      String t = tokens.get(k).text();
      boolean cut = t.equals(";") || t.equals(":") || (t.equals(",") && read.is(k + 1, SentenceWords.JOINER)
          && !agentsGoOn(k + 2, s.endToken()) && !(tokens.get(k + 1).is("and") && agentFollows(hits, k, s.endToken())))
          || talksInSequence(hits, k, s.endToken());
      if (cut && !t.equals(";")) {
        while (next < hits.size() && hits.get(next).first() < from) {
          next++;
        }
        cut = next < hits.size() && hits.get(next).first() < k;
      }
      if (cut && k > from) {
        out.add(new int[] {from, k});
        from = k + 1;
      }
    }
    out.add(new int[] {from, s.endToken()});
    return out;
  }
}
