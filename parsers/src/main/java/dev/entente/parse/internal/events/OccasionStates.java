package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The states of one occasion, read for {@link OccasionFrame}: those its clause names (not where a
 * traveller came from, not those of people left out of it), the pair "the two countries" stands for,
 * the host of its place as that state was on the day, and, when nothing else names a party, the
 * states of its sentence or of the pair told before. Per article.
 */
final class OccasionStates {
  private final EventText text;
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;

  /** The states the report names anywhere, by name, adjective or capital. */
  private final Set<Country> namedStates = new HashSet<>();

  OccasionStates(EventText text) {
    this.text = text;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
    for (CountryRef c : text.doc.countries) {
      namedStates.add(c.country());
    }
  }

  /**
   * Adds to {@code d} the states the clause {@code from}..{@code to} names by name or adjective, but not
   * at a token {@code excluded} (a person left out of the occasion names it) nor the state a visitor
   * came from when the visit already has one; then the pair "the two countries" stands for, when fewer
   * than two are known.
   */
  void addClauseStates(Draft d, List<Hit> hits, int from, int to, boolean[] excluded) {
    for (int k = from; k < to; k++) {
      CountryRef c = countryAt[k];
      if (c == null || c.first() != k || excluded[k - from]) {
        continue;
      }
      if ((c.form() == CountryForm.NAME || c.form() == CountryForm.ADJECTIVE) && !(d.type == EventType.VISIT
          && !d.countries.isEmpty() && cameFrom(hits, k))) {
        d.countries.add(c.country());
      }
    }
    int pair = text.pairAt(from, to);
    if (pair >= 0 && d.countries.size() < 2) {
      d.countries.addAll(text.pairBefore(pair));
    }
  }

  /**
   * Adds to {@code d}, which names neither people nor states, the states its sentence names by name or
   * adjective, else the pair of states told before the sentence.
   */
  void addSentenceStates(Draft d, Sentence s) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      CountryRef c = countryAt[k];
      if (c != null && c.first() == k && c.form() != CountryForm.CAPITAL) {
        d.countries.add(c.country());
      }
    }
    if (d.countries.isEmpty()) {
      d.countries.addAll(text.pairBefore(s.firstToken()));
    }
  }

  /** The state a place of {@code host} lay in on {@code day}, given the states of the occasion so far ({@link #hostOn}). */
  Country host(Country host, @Nullable LocalDate day, Set<Country> clause) {
    return hostOn(host, day, clause, namedStates);
  }

  /**
   * Whether the state named at {@code k} is where a traveller came from: "from [state]" or "from [city],
   * [state]" after a way to a place ("arrived in Manila from Brunei"). The earlier stop of a tour, not a
   * state of this visit; the caller keeps it when no person gives the traveller's own state.
   */
  private boolean cameFrom(List<Hit> hits, int k) {
    int before = k - 1;
    CountryRef city = before > 0 && tokens.get(before).is(",") ? countryAt[before - 1] : null;
    if (city != null) {
      before = city.first() - 1; // "from Yaounde, Cameroon"
    }
    if (before < 0 || !tokens.get(before).is("from")) {
      return false;
    }
    for (Hit h : hits) {
      if (h.type() == EventType.VISIT && h.place() && !h.homeward() && h.end() <= before) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state a place of {@code host} lay in on {@code day} ({@link FormerStates}) when the report names
   * that former state ({@code named}): in a report that speaks of the Soviet Union, a visit to "Moscow"
   * in 1979 is a visit to the Soviet Union. A clause that names the later state itself ({@code clause})
   * keeps it as named, and so does a report that never names the former state.
   */
  static Country hostOn(Country host, @Nullable LocalDate day, Set<Country> clause, Set<Country> named) {
    if (day == null || clause.contains(host)) {
      return host;
    }
    Country then = FormerStates.builtIn().on(host, day);
    return named.contains(then) ? then : host;
  }
}
