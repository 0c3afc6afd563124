package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the page tells of the states an office may belong to, for {@link OfficeStates}: the
 * article's date, the state of its outlet (a national news agency, a paper whose name or masthead
 * names a state, its capital or its town), the state of its dateline, and how often the report
 * names each state. Each is read once per article.
 */
abstract class PageStates extends MeetingSides {

  PageStates(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  private @Nullable LocalDate articleDate;
  private boolean dated;
  private @Nullable Map<Country, Integer> namedCounts;
  private boolean hostRead;
  private @Nullable Country host;
  private boolean outletRead;
  private @Nullable Country outlet;

  /** The article's date: the publication date, else the latest day (or month, or year) the text names. */
  @Nullable LocalDate articleDate() {
    if (!dated) {
      dated = true;
      articleDate = doc.published();
      if (articleDate == null) {
        EdtfDate best = null;
        for (DateRef ref : doc.dates) {
          EdtfDate d = ref.date();
          if (d.isInterval()) {
            continue;
          }
          if (best == null || d.precision().compareTo(best.precision()) > 0
              || d.precision() == best.precision() && d.compareTo(best) > 0) {
            best = d;
          }
        }
        articleDate = best == null ? null : best.earliest();
      }
    }
    return articleDate;
  }

  /**
   * The state of the report's outlet ({@code Document.outletState}, read with the article's metadata):
   * that of its national news agency, else the state its masthead names, a capital's state as of the
   * article's date. Read once.
   */
  @Nullable Country outletState() {
    if (!outletRead) {
      outletRead = true;
      Country named = doc.outletState;
      LocalDate on = articleDate();
      outlet = doc.sourceState != null || named == null || on == null ? named : stage.capitalStateOn(named, on);
    }
    return outlet;
  }

  /**
   * The state of the dateline's place, when the gazetteer knows it (a capital or a state's name) or
   * the report names the state of the city it is ({@code cities.tsv} of the knowledge), as of the
   * article's date: a capital that was a former state's is that state's ("MOSCOW" in 1987 is
   * the Soviet Union's, {@code former-states.txt}).
   */
  @Nullable Country datelineState() {
    if (!hostRead) {
      hostRead = true;
      host = readDatelineState();
    }
    return host;
  }

  private @Nullable Country readDatelineState() {
    String line = doc.dateline;
    if (line == null) {
      return null;
    }
    LocalDate on = articleDate();
    for (CountryRef ref : doc.countries) {
      String surface = doc.text.substring(ref.span().start(), ref.span().end());
      if (surface.equalsIgnoreCase(line.strip())) {
        return on == null ? ref.country() : stage.capitalStateOn(ref.country(), on);
      }
    }
    // another city ("SHANGHAI", "MURMANSK"): its state, when the cities of that name are all of one
    // state and the report names that state (or the former state it then belonged to) and another
    Country state = null;
    for (City c : doc.knowledge().places().named(line.strip())) {
      if (state != null && !state.equals(c.country())) {
        return null;
      }
      state = c.country();
    }
    if (state == null) {
      return null;
    }
    Country then = on == null ? state : stage.capitalStateOn(state, on);
    return aboutAndBeyond(state) || aboutAndBeyond(then) ? then : null;
  }

  /**
   * Whether the report is about {@code state} and another: it names {@code state} (its name, adjective
   * or capital, outside a name) and some other state.
   */
  boolean aboutAndBeyond(Country state) {
    return namedCounts().getOrDefault(state, 0) > 0 && namesOtherThan(state);
  }

  /**
   * Whether the report names a state other than {@code except} anywhere, a state bound to a person's
   * office included ("President B of X" names X as a party as much as "X and Y signed" does).
   */
  boolean namesOtherThan(Country except) {
    for (CountryRef ref : doc.countries) {
      if (!ref.country().equals(except)) {
        return true;
      }
    }
    return false;
  }

  /** The state the article names most often other than {@code except} (the first named among equals), or null. */
  @Nullable Country mostNamedExcept(Country except) {
    Map<Country, Integer> counts = namedCounts();
    Country best = null;
    int most = 0;
    for (CountryRef ref : doc.countries) {
      int n = counts.getOrDefault(ref.country(), 0);
      if (!ref.country().equals(except) && n > most) {
        best = ref.country();
        most = n;
      }
    }
    return best;
  }

  /** How often the article names each state outside the names of people and bodies, counted once. */
  Map<Country, Integer> namedCounts() {
    Map<Country, Integer> counts = namedCounts;
    if (counts == null) {
      counts = new HashMap<>();
      for (CountryRef ref : doc.countries) {
        if (!covered[ref.first()]) {
          counts.merge(ref.country(), 1, Integer::sum);
        }
      }
      namedCounts = counts;
    }
    return counts;
  }
}
