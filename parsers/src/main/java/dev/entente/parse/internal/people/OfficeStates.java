package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Role;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.knowledge.City;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of an office whose introduction binds none, by the rules after the text's own ({@link
 * StateRule}, in order): the office-holder dictionary by name and the article's date, "counterpart"
 * as the other party, "the visiting" as the guest, the other side of a meeting, the state of the
 * report's national news agency or of an outlet whose name holds a state, the dateline's state, and a head's office no one else holds (the
 * side of the one accompanied comes after the dictionary, before "counterpart"). None
 * of them takes the nearest state alone.
 */
abstract class OfficeStates extends MeetingSides {

  private @Nullable LocalDate articleDate;
  private boolean dated;
  private @Nullable Map<Country, Integer> namedCounts;
  private boolean hostRead;
  private @Nullable Country host;
  /** The marks a masthead sets between the outlet's name and its town. */
  private static final Set<String> MASTHEAD_BARS = Set.of(",", "|", "-", "\u2013", "\u2014");

  private boolean outletRead;
  private @Nullable Country outlet;

  OfficeStates(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** Gives each office holder still without a state one by the rules after the text's own. */
  void resolveStates() {
    for (Person p : people) {
      if (p.country == null || p.role == Role.OTHER && !p.company) {
        fromDictionary(p);
      }
    }
    for (Person p : people) {
      if (p.holdsStateOffice() && p.country == null) {
        byContext(p);
      }
    }
  }

  /**
   * The dictionary's state for {@code p} on the article's date: the full name, then the name
   * without honorifics, its first and last words, then the surname alone; a name that fits holders
   * of more than one state decides nothing. A person the text names without an office, or with an
   * office of no known kind ("Chairman of the Military Council"), gets the dictionary's role but
   * no title; so does such an office whose state the text gave, when the dictionary's holder is of
   * that state. A company title ("Chief Executive") yields to the dictionary only for the whole name
   * of a head of state or government in office that day.
   */
  void fromDictionary(Person p) {
    LocalDate on = articleDate();
    if (on == null) {
      return;
    }
    OfficeHolders holders = doc.knowledge().officeHolders();
    List<Tenure> found = List.of();
    List<String> forms = forms(p);
    if (p.company) {
      forms = p.keys.size() < 2 ? List.of() : forms.subList(0, Math.min(forms.size(), p.title == null ? 2 : 3));
    }
    if (p.keys.size() >= 2 && holders.mayHold(p.words, null)) {
      String whole = String.join(" ", p.words);
      List<Tenure> ever = holders.holders(whole);
      if (!ever.isEmpty() && holders.holders(whole, on).isEmpty()) {
        // a whole name the dictionary holds on other days only: not a shorter holder of this day's
        // ("[Given] [Given] [Surname]" is not the monarch named "[Given] [Given]")
        heldOnAnotherDay(p, ever, on);
        return;
      }
    }
    for (String form : forms) {
      found = holders.holders(form, on);
      if (!found.isEmpty()) {
        break;
      }
    }
    if (found.isEmpty()) {
      return;
    }
    Tenure pick = null;
    Set<Country> states = new HashSet<>();
    for (Tenure t : found) {
      if (p.role == null || t.role() == p.role || HEADS.contains(p.role) && HEADS.contains(t.role())) {
        states.add(t.country());
        if (pick == null || p.role != null && t.role() == p.role && pick.role() != p.role) {
          pick = t;
        }
      }
    }
    if (pick == null) {
      // no tenure of the text's kind: a head's line before a minister's, as a company title yields
      // only to a head ("Chief Executive [Name]" of a head who also held a ministry)
      for (Tenure t : found) {
        states.add(t.country());
        if (pick == null || !HEADS.contains(pick.role()) || HEADS.contains(t.role())) {
          pick = t;
        }
      }
    }
    if (states.size() != 1 || p.company && !HEADS.contains(pick.role())) {
      return;
    }
    if (p.country != null) {
      // an office of no known kind whose state the text gave ("chairman of the [State] Council of Ministers"): the
      // dictionary's role, when it is of that state
      if (pick.country().equals(p.country)) {
        p.role = pick.role();
      }
      return;
    }
    if (p.role == null || p.role == Role.OTHER || p.company) {
      p.role = pick.role();
      p.company = false;
    }
    p.setCountry(pick.country(), StateRule.DICTIONARY);
  }

  /**
   * A person the text names in full with an office but the dictionary holds on no day near the
   * article's: the state of the offices the dictionary gives the whole name on other days, when they
   * are all of one state ({@code all}, not empty), as that state stood on the article's date (a
   * vice-premier who later led the state, a senior minister who had been prime minister), when the
   * report names that state. It binds before the other side of a meeting or the dateline does,
   * never over a state word the text gives.
   */
  private void heldOnAnotherDay(Person p, List<Tenure> all, LocalDate on) {
    if (p.country != null || p.role == null || p.role == Role.OTHER || p.company) {
      return;
    }
    Country state = null;
    for (Tenure t : all) {
      if (state != null && !state.equals(t.country())) {
        return;
      }
      state = t.country();
    }
    // only a state the report names: a name alone, outside its tenures, does not bring in a state
    Country then = state == null ? null : stage.capitalStateOn(state, on);
    if (then != null && (namedCounts().containsKey(then) || namedCounts().containsKey(state))) {
      p.setCountry(then, StateRule.DICTIONARY);
    }
  }

  /** The forms of a person's name to look up, fullest first. */
  private List<String> forms(Person p) {
    Set<String> out = new LinkedHashSet<>(4);
    if (p.title != null) {
      out.add(p.title + " " + String.join(" ", p.words)); // a name the dictionary writes with its title: "King Hussein"
    }
    out.add(String.join(" ", p.words));
    out.add(String.join(" ", p.keys));
    // a name written longer than the dictionary's: its leading or trailing words alone, longest first
    // ("Muhammad Shehbaz Sharif" is "Shehbaz Sharif", "Mohammed bin Salman bin Abdulaziz" "Mohammed bin Salman")
    int n = p.keys.size();
    for (int len = n - 1; len >= 2; len--) {
      addSubName(out, p.keys, 0, len);
      addSubName(out, p.keys, n - len, n);
    }
    if (p.keys.size() > 2) {
      out.add(p.keys.get(0) + " " + p.lastKey());
    }
    if (p.keys.size() == 1) {
      out.add(p.lastKey()); // a surname alone; a fuller name with another given name is someone else
    }
    return new ArrayList<>(out);
  }

  /** Adds keys {@code [from, to)} as a form when neither end is a particle ("bin", "al"). */
  private void addSubName(Set<String> out, List<String> keys, int from, int to) {
    if (!particles.contains(keys.get(from)) && !particles.contains(keys.get(to - 1))) {
      out.add(String.join(" ", keys.subList(from, to)));
    }
  }

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

  /** The rules after the dictionary, in order. */
  void byContext(Person p) {
    Mention intro = introOf(p);
    if (intro == null || p.role == Role.OTHER) {
      return; // an office of no known kind ("chairman") takes a state from the text or the dictionary only
    }
    Country along = accompanying(p, intro);
    if (along != null) {
      p.setCountry(along, StateRule.ACCOMPANYING);
      return;
    }
    Country faced = p.facing != null ? p.facing.country : facedBy(p);
    if (faced != null) {
      // "his counterpart B" is of the other party to A; so is A in "A and his [adjective] counterpart B"
      Country other = mostNamedExcept(faced);
      if (other != null) {
        p.setCountry(other, StateRule.COUNTERPART);
        return;
      }
    }
    Country apart = contrastedWith(p, intro);
    if (apart != null) {
      Country other = mostNamedExcept(apart);
      if (other != null) {
        p.setCountry(other, StateRule.CONTRAST);
        return;
      }
    }
    Country host = datelineState();
    if (p.visiting && host != null) {
      Country guest = mostNamedExcept(host);
      if (guest != null) {
        p.setCountry(guest, StateRule.VISITING);
        return;
      }
    }
    Country met = acrossAMeeting(p, intro);
    if (met != null) {
      p.setCountry(met, StateRule.ENCOUNTER);
      return;
    }
    Country side = p.facing == null ? sameSide(p, intro) : null; // one of a pair of counterparts is no one's side
    if (side != null) {
      p.setCountry(side, StateRule.SAME_SIDE);
      return;
    }
    Country outlet = outletState();
    if (outlet != null && aboutAndBeyond(outlet) && !heldBySomeoneElse(p, outlet)) {
      p.setCountry(outlet, StateRule.OUTLET);
      return;
    }
    if (host != null && namesOtherThan(host) && !heldBySomeoneElse(p, host)) {
      p.setCountry(host, StateRule.DATELINE);
      return;
    }
    Country unclaimed = unclaimed(p, intro);
    if (unclaimed != null) {
      p.setCountry(unclaimed, StateRule.UNCLAIMED);
    }
  }

  /**
   * "[A] was accompanied by [office] B (and [office] C)", "[A], flanked by [office] B, met ...": the
   * state of A, the person the sentence opens with, when a verb of going along and "by" stand
   * between A and B with no verb of meeting after them (in "[A] met B, accompanied by C" C is not
   * placed by this rule). Null when no one of a known state opens the sentence.
   */
  private @Nullable Country accompanying(Person p, Mention intro) {
    Sentence s = doc.sentences.get(doc.sentenceOf(intro.first()));
    int along = -1;
    for (int k = intro.first() - 2; k >= s.firstToken(); k--) {
      if (has(k, ENCOUNTER)) {
        return null;
      }
      if (has(k, ACCOMPANY) && tokens.get(k + 1).is("by")) {
        along = k;
        break;
      }
    }
    if (along < 0) {
      return null;
    }
    if (mentionsIn(s.firstToken(), along).isEmpty()) {
      // "The [adjective] leader, who is accompanied by [office] B": the state the office opening the sentence names
      int subject = subjectEnd(s, along);
      return subject > 0 && !encounterBetween(subject, along) ? countryAt[skipDeterminer(s)].country() : null;
    }
    for (Mention m : mentionsIn(s.firstToken(), along)) {
      Person a = m.person();
      // a relative clause after A may tell of a meeting: "A, who was received by B, was accompanied by C"
      boolean relative = m.end() + 1 < along && tokens.get(m.end()).text().equals(",") && tokens.get(m.end() + 1).is("who");
      return a != p && !encounterBetween(s.firstToken(), m.first()) && (relative || !encounterBetween(m.end(), along))
          ? a.country : null;
    }
    return null;
  }

  /** The state a text's state word gave a "counterpart" of {@code p} ("A and his [adjective] counterpart B"), or null. */
  private @Nullable Country facedBy(Person p) {
    for (Person q : people) {
      if (q.facing == p && q.country != null && q.stateBy == StateRule.TEXT) {
        return q.country;
      }
    }
    return null;
  }

  /** Whether someone other than {@code p} holds {@code p}'s kind of office for {@code state}. */
  private boolean heldBySomeoneElse(Person p, Country state) {
    for (Person q : people) {
      if (q != p && q.role == p.role && state.equals(q.country)) {
        return true;
      }
    }
    return false;
  }

  /** A head of state or government: the last state named in the three sentences before whose office of that kind no one holds. */
  private @Nullable Country unclaimed(Person p, Mention intro) {
    if (p.role == null || !HEADS.contains(p.role)) {
      return null;
    }
    int si = doc.sentenceOf(intro.first());
    Sentence s = doc.sentences.get(si);
    for (int k = doc.countries.size() - 1; k >= 0; k--) {
      CountryRef ref = doc.countries.get(k);
      if (ref.end() <= intro.first() && !covered[ref.first()] && !heldBySomeoneElse(p, ref.country())
          && doc.sentenceOf(ref.first()) >= si - 3) {
        return ref.country();
      }
    }
    for (CountryRef ref : doc.countries) {
      if (ref.first() >= intro.end() && ref.first() < s.endToken() && !covered[ref.first()] && !heldBySomeoneElse(p, ref.country())) {
        return ref.country();
      }
    }
    return null;
  }

  /**
   * The state of the report's outlet: that of its national news agency, else the state a paper's or
   * station's name holds ("The [Adjective] Times", "[Capital] Post", "Radio [State]") or the capital
   * its masthead names after it ("[PAPER], [Capital], [date]"), or the state of the town it names
   * before the date ("[Paper]" / "[TOWN], [date]", "[PAPER] - [Town] - [date]"), or the one state its masthead's line
   * names after a bar ("[Paper] | [State]'s Leading Daily"), as of the article's date. Read once.
   */
  private @Nullable Country outletState() {
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
  private boolean aboutAndBeyond(Country state) {
    return namedCounts().getOrDefault(state, 0) > 0 && namesOtherThan(state);
  }

  /**
   * Whether the report names a state other than {@code except} anywhere, a state bound to a person's
   * office included ("President B of X" names X as a party as much as "X and Y signed" does).
   */
  private boolean namesOtherThan(Country except) {
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
  private Map<Country, Integer> namedCounts() {
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
