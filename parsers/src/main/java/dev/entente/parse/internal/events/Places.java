package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.knowledge.Venues;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where an occasion took place: a visit's destination ("visit to X", "arrived in X"), else the first
 * place after "in" or "at"; a place is a state, a capital, a venue with its city ("Hyderabad House,
 * New Delhi"), a city, or a capitalised name. Venues and cities are the document's knowledge
 * ({@link Venues}, {@link dev.entente.parse.internal.knowledge.Places}), so a user's files count.
 * Per article.
 */
final class Places {

  /** A place as written, the state it lies in when known, whether it is a city (not a state), and whether a venue of the knowledge. */
  record Place(String written, @Nullable Country host, boolean city, boolean venue) {
    Place(String written, @Nullable Country host, boolean city) {
      this(written, host, city, false);
    }
  }

  private final EventText text;
  private final Document doc;
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;
  private final @Nullable DateRef[] dateAt;
  private final SentenceWords read;
  private final Venues venues;
  private final dev.entente.parse.internal.knowledge.Places cities;
  private final OfficeLexicon offices;

  Places(EventText text, OfficeLexicon offices) {
    this.text = text;
    this.doc = text.doc;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
    this.dateAt = text.dateAt;
    this.read = text.read;
    this.venues = doc.knowledge().venues();
    this.cities = doc.knowledge().places();
    this.offices = offices;
  }

  /** Where the event took place: a visit's destination, else the first place after "in" or "at" following a trigger. */
  @Nullable Place place(EventType type, List<Hit> hits, int to) {
    if (type == EventType.VISIT) {
      for (int i = 0; i < hits.size(); i++) {
        Place p = destination(hits.get(i), to);
        if (p != null) {
          return p.city() ? inState(p, hits.subList(i + 1, hits.size()), to) : p;
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
        if (p == null && !h.verb()) {
          p = stayingIn(h);
        }
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** Where a visit told by its noun is spent, named before it: "who is in X on a state visit", "was in X for a visit". */
  private @Nullable Place stayingIn(Hit h) {
    for (int k = h.first() - 1; k >= 1 && k >= h.first() - 8; k--) {
      if (TriggerLexicon.gapStop(tokens.get(k).text())) {
        return null;
      }
      if (tokens.get(k).is("in") && (tokens.get(k - 1).is("is") || tokens.get(k - 1).is("was")
          || tokens.get(k - 1).is("are") || tokens.get(k - 1).is("were") || tokens.get(k - 1).is("be"))) {
        return placeAt(k + 1, h.first());
      }
    }
    return null;
  }

  /**
   * A visit's city with the state a later trigger names as its destination, when the city lies in
   * it ("arrived in Islamabad on a two-day visit to Pakistan": "Islamabad, Pakistan"); else the city.
   */
  private Place inState(Place city, List<Hit> later, int to) {
    for (Hit h : later) {
      Place p = h.type() == EventType.VISIT ? destination(h, to) : null;
      if (p != null && !p.city() && p.host() != null && p.host().equals(city.host()) && !city.written().contains(p.written())) {
        return new Place(city.written() + ", " + p.written(), city.host(), true);
      }
    }
    return city;
  }

  /** "visit to X", "visit of the minister to X", "arrived in X", "leaves on Friday for X". */
  @Nullable Place destination(Hit h, int to) {
    if (h.place() || h.verb() || h.type() == EventType.VISIT) {
      Place p = placeAt(h.end(), to);
      if (p != null) {
        return p;
      }
    }
    if (h.verb()) {
      Place p = forAfterDate(h.end(), to);
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
   * The place of "for X" after a date that follows a verb at token {@code k} ("leaves on Friday for X",
   * "departs today for X, Y"): where a leaving is bound, its day told first; null when no such words stand there.
   */
  @Nullable Place forAfterDate(int k, int to) {
    int at = k < to && dateAt[k] == null && tokens.get(k).is("on") ? k + 1 : k;
    DateRef d = at < to ? dateAt[at] : null;
    if (d == null || d.first() != at || d.end() + 1 >= to || !tokens.get(d.end()).is("for")) {
      return null;
    }
    return placeAt(d.end() + 1, to);
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

  /** A place at token {@code k}: a venue, a state or capital, or a capitalized place name (with its city after it). */
  @Nullable Place placeAt(int k, int to) {
    if (k >= to || text.isPerson(k)) {
      return null;
    }
    Place venue = venue(tokens.get(k).is("the") ? k + 1 : k, to);
    if (venue != null) {
      return venue;
    }
    Place building = tokens.get(k).is("the") ? building(k + 1, to) : null;
    if (building != null) {
      return building;
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
    if (!t.isWord() || !t.isCapitalized() || dateAt[k] != null || text.isPerson(k) || offices.isHeadWord(t.key())) {
      return null;
    }
    int j = k;
    while (j < to && j - k < 3 && tokens.get(j).isWord() && tokens.get(j).isCapitalized()
        && dateAt[j] == null && countryAt[j] == null && !text.isPerson(j)) {
      j++;
    }
    dev.entente.parse.internal.knowledge.Places.Match known = cities.at(tokens, k);
    if (known != null && known.end() <= to) {
      // a city the knowledge holds ("in Sochi"): in its state when the article names that state
      j = known.end();
      Place after = cityAfter(j, to);
      String name = doc.text.substring(t.start(), tokens.get(j - 1).end());
      return after != null ? new Place(name + ", " + after.written(), after.host(), true)
          : new Place(name, mentioned(known.city()), true);
    }
    String name = doc.text.substring(t.start(), tokens.get(j - 1).end());
    Place city = cityAfter(j, to);
    if (city != null) {
      // "Finlandia Hall in Helsinki": a building and its city, as written
      return new Place(name + ", " + city.written(), city.host(), true);
    }
    return new Place(name, null, true);
  }

  /**
   * A building named after "the" whose capitalised name ends in a noun of buildings ("the Presidential
   * Palace", "the State House in Abuja", "the Palace of the Republic"), with its city when written after it; else null.
   */
  private @Nullable Place building(int k, int to) {
    int j = k;
    int noun = -1;
    while (j < to && j - k < 4 && tokens.get(j).isWord() && tokens.get(j).isCapitalized()
        && dateAt[j] == null && !text.isPerson(j)) {
      if (read.is(j, SentenceWords.BUILDING_NOUN)) {
        noun = j;
      }
      j++;
    }
    if (noun < k) {
      return null;
    }
    int end = noun + 1;
    // "the Palace of the Republic": the name goes on after "of" ("of the") with capitalised words
    int of = end < to && tokens.get(end).is("of") ? end + 1 : -1;
    if (of > 0 && of < to && tokens.get(of).is("the")) {
      of++;
    }
    if (of > 0 && of < to && tokens.get(of).isWord() && tokens.get(of).isCapitalized() && countryAt[of] == null) {
      end = of + 1;
    } else if (noun == k) {
      return null; // no name but the noun: "the House" names no building
    }
    String name = doc.text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
    Place city = cityAfter(end, to);
    return city != null ? new Place(name + ", " + city.written(), city.host(), true) : new Place(name, null, true);
  }

  /** The state of a city when the article names it (a city alone never brings its state in), else null. */
  private @Nullable Country mentioned(City city) {
    for (CountryRef c : doc.countries) {
      if (c.country().equals(city.country())) {
        return c.country();
      }
    }
    return null;
  }

  /** Whether token {@code k} lies inside a venue's name ("San Martin Palace": no person "Martin Palace"). */
  boolean inVenue(int k, int to) {
    for (int j = Math.max(0, k - 3); j <= k; j++) {
      Venues.Found f = venues.at(tokens, doc.wordIds(), j, to);
      if (f != null && f.end() > k) {
        return true;
      }
    }
    return false;
  }

  /** A capital or a known city named right after a building ("in Helsinki", ", Helsinki"), or null. */
  private @Nullable Place cityAfter(int k, int to) {
    if (k + 1 >= to || !(tokens.get(k).is("in") || tokens.get(k).text().equals(","))) {
      return null;
    }
    CountryRef c = countryAt[k + 1];
    if (c != null && c.first() == k + 1 && c.form() == CountryForm.CAPITAL) {
      return new Place(doc.text.substring(c.span().start(), c.span().end()), c.country(), true);
    }
    Token t = tokens.get(k + 1);
    if (c != null || !t.isCapitalized()) {
      return null;
    }
    dev.entente.parse.internal.knowledge.Places.Match known = cities.at(tokens, k + 1);
    if (known == null || known.end() > to) {
      return null;
    }
    return new Place(doc.text.substring(t.start(), tokens.get(known.end() - 1).end()), mentioned(known.city()), true);
  }

  /**
   * A venue of the document's knowledge at token {@code k} with its city: the city as the text writes it when it
   * follows ("Hyderabad House in New Delhi"), else as the file gives it.
   */
  private @Nullable Place venue(int k, int to) {
    Venues.Found f = venues.at(tokens, doc.wordIds(), k, to);
    if (f == null) {
      return null;
    }
    String written = doc.text.substring(tokens.get(k).start(), tokens.get(f.end() - 1).end());
    Place city = cityAfter(f.end(), to);
    String cityWritten = city != null ? city.written() : f.venue().city();
    return new Place(written + ", " + cityWritten, null, true, true);
  }
}
