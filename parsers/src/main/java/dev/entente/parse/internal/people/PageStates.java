package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
  /** The marks a masthead sets between the outlet's name and its town. */
  private static final Set<String> MASTHEAD_BARS = Set.of(",", "|", "-", "\u2013", "\u2014");
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
   * The state of the report's outlet: that of its national news agency, else the state a paper's or
   * station's name holds ("The [Adjective] Times", "[Capital] Post", "Radio [State]") or the capital
   * its masthead names after it ("[PAPER], [Capital], [date]"), or the state of the town it names
   * before the date ("[Paper]" / "[TOWN], [date]", "[PAPER] - [Town] - [date]"), or the one state its masthead's line
   * names after a bar ("[Paper] | [State]'s Leading Daily"), as of the article's date. Read once.
   */
  @Nullable Country outletState() {
    if (!outletRead) {
      outletRead = true;
      outlet = doc.sourceState != null ? doc.sourceState : mastheadState();
    }
    return outlet;
  }

  private @Nullable Country mastheadState() {
    String source = doc.source;
    if (source == null || source.isBlank()) {
      return null;
    }
    String text = doc.text;
    int at = -1;
    for (int i = 0; i + source.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, source, 0, source.length())) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    int end = at + source.length();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).start() < at) {
      first++;
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).end() <= end) {
      last++;
    }
    CountryGazetteer places = CountryGazetteer.standard();
    Country state = null;
    // a state's name, adjective or capital inside the outlet's name, the longest first
    for (int from = first; from < last && state == null; from++) {
      for (int to = last; to > from && state == null; to--) {
        state = places.lookup(text, tokens, from, to).map(CountryGazetteer.Lookup::country).orElse(null);
      }
    }
    if (state == null && last + 1 < tokens.size() && tokens.get(last).text().equals(",")) {
      // "[PAPER], [Capital], [date]": the capital its masthead names after it
      int to = last + 1;
      while (to < tokens.size() && to - last <= 3 && tokens.get(to).isWord() && tokens.get(to).isCapitalized()) {
        to++;
      }
      state = places.lookup(text, tokens, last + 1, to).filter(l -> l.form() == CountryForm.CAPITAL)
          .map(CountryGazetteer.Lookup::country).orElse(null);
    }
    if (state == null && last + 1 < tokens.size() && tokens.get(last).text().equals("|")) {
      state = taglineState(last + 1);
    }
    if (state == null && last + 1 < tokens.size()) {
      // "[Paper]\n[CITY], [date]", "[PAPER] - [City] - [date]", "[Paper] | [City], [date]": the town it is published in
      boolean bar = MASTHEAD_BARS.contains(tokens.get(last).text());
      int lineBreak = text.indexOf('\n', end);
      if (bar || lineBreak >= 0 && lineBreak < tokens.get(last).start()) {
        state = mastheadTown(bar ? last + 1 : last);
      }
    }
    LocalDate on = articleDate();
    return state == null || on == null ? state : stage.capitalStateOn(state, on);
  }

  /**
   * The state of the town a masthead names after the outlet's name and before a date on the same line
   * ("[Paper]\n[CITY], [WEEKDAY] [day] [MONTH] [year]", "[PAPER] - [City] - [date]"), from token
   * {@code from}: a capital, or a city of one state ({@code cities.tsv} of the knowledge); null when
   * no date follows it on its line (a headline that opens with a place is no masthead).
   */
  private @Nullable Country mastheadTown(int from) {
    if (!tokens.get(from).isWord() || !tokens.get(from).isCapitalized()) {
      return null;
    }
    var city = doc.knowledge().places().at(tokens, from);
    if (city == null || !datedAfter(city.end())) {
      return null;
    }
    Country state = null;
    for (City c : doc.knowledge().places().named(doc.text.substring(tokens.get(from).start(), tokens.get(city.end() - 1).end()))) {
      if (state != null && !state.equals(c.country())) {
        return null; // a town's name that several states have
      }
      state = c.country();
    }
    return state;
  }

  /** Whether a number (a day or a year) follows token {@code from} on its line, within a masthead's few words. */
  private boolean datedAfter(int from) {
    int lineEnd = from < tokens.size() ? doc.text.indexOf('\n', tokens.get(from - 1).end()) : -1;
    for (int k = from; k < tokens.size() && k - from < 8; k++) {
      if (lineEnd >= 0 && tokens.get(k).start() > lineEnd) {
        return false;
      }
      String t = tokens.get(k).text();
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "[Paper] | [State]'s Leading Daily", "[Paper] | [Adjective] National News Agency", "[Paper] |
   * [Capital] | [date]": the one state (a name, adjective or capital) the rest of the masthead's line
   * names after the outlet's name and a bar, from token {@code from} (after the bar) to the line's end; null when it
   * names none or more than one (a menu of sections, "News | [State] | [State]").
   */
  private @Nullable Country taglineState(int from) {
    int lineEnd = doc.text.indexOf('\n', tokens.get(from - 1).start()); // the bar's line
    if (lineEnd < 0) {
      lineEnd = doc.text.length();
    }
    int to = from;
    while (to < tokens.size() && to - from < 24 && tokens.get(to).start() < lineEnd) { // a masthead's few words
      to++;
    }
    CountryGazetteer places = CountryGazetteer.standard();
    Country state = null;
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).isWord() || !tokens.get(i).isCapitalized()) {
        continue;
      }
      for (int j = Math.min(to, i + 4); j > i; j--) {
        Country found = places.lookup(doc.text, tokens, i, j).map(CountryGazetteer.Lookup::country).orElse(null);
        if (found != null) {
          if (state != null && !state.equals(found)) {
            return null;
          }
          state = found;
          i = j - 1;
          break;
        }
      }
    }
    return state;
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
