package dev.entente.parse.internal.article;

import dev.entente.model.Country;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of a report's outlet when it is no national news agency, as its masthead names it: the
 * state a paper's or station's name holds ("The [Adjective] Times", "[Capital] Post", "Radio
 * [State]"), the capital its masthead names after it ("[PAPER], [Capital], [date]"), the state of the
 * town it names before the date ("[Paper]" / "[TOWN], [date]", "[PAPER] - [Town] - [date]"),
 * or the one state its masthead's line names after a bar ("[Paper] | [State]'s Leading Daily"). A
 * capital is read as the state it is the capital of today; the stages that know the article's date
 * read it as of then.
 */
final class OutletStates {

  /** The marks a masthead sets between the outlet's name and its town. */
  private static final Set<String> MASTHEAD_BARS = Set.of(",", "|", "-", "\u2013", "\u2014");

  /** The state {@code doc}'s masthead names for its outlet {@code doc.source}, or null. */
  @Nullable Country mastheadState(Document doc) {
    String source = doc.source;
    if (source == null || source.isBlank()) {
      return null;
    }
    String text = doc.text;
    List<Token> tokens = doc.tokens;
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
      state = taglineState(doc, last + 1);
    }
    if (state == null && last + 1 < tokens.size()) {
      // "[Paper]\n[CITY], [date]", "[PAPER] - [City] - [date]", "[Paper] | [City], [date]": the town it is published in
      boolean bar = MASTHEAD_BARS.contains(tokens.get(last).text());
      int lineBreak = text.indexOf('\n', end);
      if (bar || lineBreak >= 0 && lineBreak < tokens.get(last).start()) {
        state = mastheadTown(doc, bar ? last + 1 : last);
      }
    }
    return state;
  }

  /**
   * The state of the town a masthead names after the outlet's name and before a date on the same line
   * ("[Paper]\n[CITY], [WEEKDAY] [day] [MONTH] [year]", "[PAPER] - [City] - [date]"), from token
   * {@code from}: a capital, or a city of one state ({@code cities.tsv} of the knowledge); null when
   * no date follows it on its line (a headline that opens with a place is no masthead).
   */
  private static @Nullable Country mastheadTown(Document doc, int from) {
    List<Token> tokens = doc.tokens;
    if (!tokens.get(from).isWord() || !tokens.get(from).isCapitalized()) {
      return null;
    }
    var city = doc.knowledge().places().at(tokens, from);
    if (city == null || !datedAfter(doc, city.end())) {
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
  private static boolean datedAfter(Document doc, int from) {
    List<Token> tokens = doc.tokens;
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
  private static @Nullable Country taglineState(Document doc, int from) {
    List<Token> tokens = doc.tokens;
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
}
