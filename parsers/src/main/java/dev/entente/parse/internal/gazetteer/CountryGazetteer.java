package dev.entente.parse.internal.gazetteer;

import dev.entente.model.Country;
import dev.entente.model.Span;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.text.Resources;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.parse.internal.text.WordLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every state's names, adjectives and demonyms, capitals and seats of government, read once from
 * the data files beside this class (and the JDK's English short names of the ISO 3166-1 codes),
 * with the context rules that decide names shared with people, US states and other things.
 * Immutable and shared by every thread.
 *
 * <pre>{@code
 * CountryGazetteer g = CountryGazetteer.standard();
 * g.lookup("Caracas")   // Optional[Lookup[country=VEN, form=CAPITAL]]
 * g.lookup("New York")  // Optional.empty
 * }</pre>
 */
public final class CountryGazetteer {

  /** What a phrase names: a state and how it names it. */
  public record Lookup(Country country, CountryForm form) {}

  /**
   * One name of a state as the gazetteer holds it; {@code contextual} names need context to decide,
   * {@code prefix} ones ("Sino") name a state only as the first part of a compound ("Sino-Russian").
   */
  public record Name(String surface, Country country, CountryForm form, List<Country> shared, boolean contextual,
      boolean prefix) {
    public Name {
      shared = List.copyOf(shared);
    }
  }

  /** How much the gazetteer holds. */
  public record Size(int states, int names, int adjectives, int capitals, int seats) {}

  static final int GIVEN = 1;
  static final int SURNAME = 2;
  static final int PLACE = 4;
  static final int US_STATE = 8;
  static final int WORD = 16;
  static final int PREFIX = 32;

  private static final String BASE = "/dev/entente/parse/internal/gazetteer/";
  private static final CountryForm[] FIELD_FORMS = {
      CountryForm.NAME, CountryForm.ADJECTIVE, CountryForm.CAPITAL, CountryForm.SEAT};

  /** A phrase of the gazetteer; {@code country} is null for a phrase that names no state. */
  static final class Entry {
    final String surface;
    final String[] keys;
    /** Per unit: 0 any case, 1 capitalised, 2 all capitals. */
    final byte[] caseNeed;
    /** The word numbers ({@link WordIds}) of {@link #keys}, given when the gazetteer is built. */
    int[] keyIds = new int[0];
    final @Nullable Country country;
    final CountryForm form;
    List<Country> shared = List.of();
    int rules;

    Entry(String surface, String[] keys, byte[] caseNeed, @Nullable Country country, CountryForm form) {
      this.surface = surface;
      this.keys = keys;
      this.caseNeed = caseNeed;
      this.country = country;
      this.form = form;
    }
  }

  /** A match of an entry over units {@code [from, to)} of one sentence. */
  record Hit(int first, int end, Span span, Entry entry, int fromUnit, int toUnit) {}

  private static final class Holder {
    static final CountryGazetteer STANDARD = load();
  }

  /** The entries by the word number ({@link WordIds}) of their first key, longest first; null where none starts so. */
  private final Entry @Nullable [][] byFirst;
  /**
   * By the word number of a first key, as {@link #byFirst}: whether an entry starting so may start in
   * lower case ("post-Soviet"); other lower-case words start none.
   */
  private final boolean[] lowerFirst;
  /**
   * {@link #byFirst} and {@link #lowerFirst} as bits by word number, for {@link #mayStart}, which asks
   * about nearly every word of a report: bits a few KB long stay in the nearest caches, where the arrays
   * of a reference or a boolean per word number are read at random across far more memory.
   */
  private final long[] startBits;
  private final long[] lowerStartBits;
  /**
   * By the word number of a first key, as {@link #byFirst}: the numbers of the second keys of the
   * entries starting so, or null where one of them is a single key ("the" starts only entries of two
   * keys or more: "the Gambia", "the Netherlands").
   */
  private final int @Nullable [][] seconds;
  private final List<Entry> entries;
  private final Set<String> followers;
  private final Set<String> before;
  private final Set<String> usStates;
  private final int usStateMaxUnits;
  private final Set<String> usStateContext;
  /**
   * The words after or before a state's adjective that make it a language's name ("Russian speakers"),
   * by word number ({@link WordIds}): asked about at each state found, where an array read by the
   * unit's number costs less than hashing its key, often a string made for this article.
   */
  private final boolean[] languageAfter;
  private final boolean[] languageBefore;
  private final Set<String> wordBefore;

  private static final Comparator<Entry> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      return Integer.compare(b.keys.length, a.keys.length);
    }
  };

  private CountryGazetteer(Map<String, Entry> byKey, Map<String, Set<String>> lists) {
    Map<String, List<Entry>> grouped = new HashMap<>();
    for (Entry e : byKey.values()) {
      List<Entry> same = grouped.get(e.keys[0]);
      if (same == null) {
        same = new ArrayList<>();
        grouped.put(e.keys[0], same);
      }
      same.add(e);
    }
    // a unit's first key is found by its number, read from the document's array, instead of hashing it
    // again, and the later keys of an entry are compared by number, without reading the units' strings
    Set<String> allKeys = new HashSet<>(grouped.keySet());
    for (Entry e : byKey.values()) {
      allKeys.addAll(Arrays.asList(e.keys));
    }
    WordIds.Ids ids = WordIds.register(allKeys);
    for (Entry e : byKey.values()) {
      int[] keyIds = new int[e.keys.length];
      for (int k = 0; k < keyIds.length; k++) {
        keyIds[k] = ids.of(e.keys[k]);
      }
      e.keyIds = keyIds;
    }
    Entry[][] first = new Entry[ids.size()][];
    for (Map.Entry<String, List<Entry>> g : grouped.entrySet()) {
      List<Entry> list = g.getValue();
      list.sort(LONGEST_FIRST);
      first[ids.of(g.getKey())] = list.toArray(new Entry[0]);
    }
    this.byFirst = first;
    boolean[] lower = new boolean[first.length];
    for (Entry e : byKey.values()) {
      if (e.caseNeed[0] == 0) {
        lower[ids.of(e.keys[0])] = true;
      }
    }
    this.lowerFirst = lower;
    long[] startSet = new long[(first.length + 63) >>> 6];
    long[] lowerSet = new long[startSet.length];
    for (int id = 0; id < first.length; id++) {
      if (first[id] != null) {
        startSet[id >>> 6] |= 1L << id;
        if (lower[id]) {
          lowerSet[id >>> 6] |= 1L << id;
        }
      }
    }
    this.startBits = startSet;
    this.lowerStartBits = lowerSet;
    int[][] second = new int[first.length][];
    for (int id = 0; id < first.length; id++) {
      second[id] = first[id] == null ? null : secondKeys(first[id]);
    }
    this.seconds = second;
    this.entries = List.copyOf(byKey.values());
    this.followers = lists.getOrDefault("followers", Set.of());
    this.before = lists.getOrDefault("before", Set.of());
    this.usStates = lists.getOrDefault("usstates", Set.of());
    int max = 1;
    for (String s : usStates) {
      max = Math.max(max, s.split(" ").length);
    }
    this.usStateMaxUnits = max;
    this.usStateContext = lists.getOrDefault("usstate-context", Set.of());
    this.languageAfter = byNumber(lists.getOrDefault("language-after", Set.of()));
    this.languageBefore = byNumber(lists.getOrDefault("language-before", Set.of()));
    this.wordBefore = lists.getOrDefault("word-before", Set.of());
  }

  /** Whether each word number ({@link WordIds}) is the number of one of {@code keys}, which it registers. */
  private static boolean[] byNumber(Set<String> keys) {
    WordIds.Ids ids = WordIds.register(keys);
    boolean[] out = new boolean[ids.size()];
    for (String key : keys) {
      out[ids.of(key)] = true;
    }
    return out;
  }

  /** Whether word number {@code id} (-1 for none) is true in {@code byNumber}. */
  private static boolean numbered(boolean[] byNumber, int id) {
    return id >= 0 && id < byNumber.length && byNumber[id];
  }

  /** The gazetteer of the data files shipped with the library, loaded on first use. */
  public static CountryGazetteer standard() {
    return Holder.STANDARD;
  }

  /** Reads the data files afresh. */
  public static CountryGazetteer load() {
    return new Loader().load();
  }

  // ---------------------------------------------------------------- queries for other stages

  /** What a phrase ("Caracas", "the United States", "Venezuela's") names, if a state; no context rules apply. */
  public Optional<Lookup> lookup(String phrase) {
    List<Token> tokens = new Tokenizer().tokenize(phrase);
    return lookup(phrase, tokens, 0, tokens.size());
  }

  /** What tokens {@code [first, end)} of {@code text} name, if a state ("of Venezuela" asks for the last one). */
  public Optional<Lookup> lookup(String text, List<Token> tokens, int first, int end) {
    if (first < 0 || end > tokens.size() || first >= end) {
      return Optional.empty();
    }
    Units u = Units.of(text, tokens, first, end);
    int from = 0;
    int to = u.size;
    if (to - from > 1 && u.keys[from].equals("the")) {
      from++;
    }
    if (to - from > 1 && (u.keys[to - 1].equals("'s") || u.keys[to - 1].equals("'"))) {
      to--;
    }
    Entry e = matchAt(u, from, to);
    if (e == null || e.country == null || from + e.keys.length != to) {
      return Optional.empty();
    }
    return Optional.of(new Lookup(e.country, e.form));
  }

  /** The state a place name (a state's name, capital or seat, not an adjective) stands for. */
  public Optional<Country> placeOf(String text, List<Token> tokens, int first, int end) {
    return lookup(text, tokens, first, end).filter(l -> l.form() != CountryForm.ADJECTIVE).map(Lookup::country);
  }

  /** Every name the gazetteer holds, in no particular order. */
  public List<Name> names() {
    List<Name> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      if (e.country != null) {
        out.add(new Name(e.surface, e.country, e.form, e.shared, e.rules != 0 || !e.shared.isEmpty(),
            (e.rules & PREFIX) != 0));
      }
    }
    return out;
  }

  /** Every state with at least one name. */
  public Set<Country> states() {
    Set<Country> out = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (e.country != null) {
        out.add(e.country);
        out.addAll(e.shared);
      }
    }
    return out;
  }

  /** How many states, names, adjectives, capitals and seats the gazetteer holds. */
  public Size size() {
    Map<CountryForm, Integer> counts = new EnumMap<>(CountryForm.class);
    for (Entry e : entries) {
      if (e.country != null) {
        counts.merge(e.form, 1, Integer::sum);
      }
    }
    return new Size(states().size(), counts.getOrDefault(CountryForm.NAME, 0),
        counts.getOrDefault(CountryForm.ADJECTIVE, 0), counts.getOrDefault(CountryForm.CAPITAL, 0),
        counts.getOrDefault(CountryForm.SEAT, 0));
  }

  // ---------------------------------------------------------------- matching

  /** The longest entry starting at unit {@code i} and ending by unit {@code limit}, if any. */
  private @Nullable Entry matchAt(Units u, int i, int limit) {
    if (!u.word[i]) {
      return null;
    }
    // by the unit's number: an array read for the entries and one for whether they may start in lower case
    int id = u.ids[i];
    Entry[] cands = id >= 0 && id < byFirst.length ? byFirst[id] : null;
    if (cands == null || !u.cap[i] && !lowerFirst[id]) {
      return null;
    }
    for (Entry e : cands) {
      if (matches(u, i, limit, e)) {
        return e;
      }
    }
    return null;
  }

  private static boolean matches(Units u, int i, int limit, Entry e) {
    int n = e.keys.length;
    if (i + n > limit) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      int x = i + k;
      // a unit's number is its key's at the numbering now in use, which holds every key of the gazetteer
      if (k > 0 && (u.lineStart[x] || u.ids[x] != e.keyIds[k])) {
        return false;
      }
      byte need = e.caseNeed[k];
      if ((need == 1 && !u.cap[x]) || (need == 2 && !u.upper(x))) {
        return false;
      }
    }
    return true;
  }

  /** Adds the states named in tokens {@code [first, end)} (one sentence) to {@code out}, in text order. */
  void find(String text, List<Token> tokens, int first, int end, List<Hit> out) {
    find(new Units(text, end - first + 4), text, tokens, null, null, first, end, out);
  }

  /**
   * As {@link #find(String, List, int, int, List)}, filling {@code scratch} with the sentence's units;
   * {@code wordIds} are the tokens' word numbers ({@link WordIds}), or null to look them up, and
   * {@code bits} their {@link TokenBits}, or null.
   */
  void find(Units scratch, String text, List<Token> tokens, int @Nullable [] wordIds, byte @Nullable [] bits, int first,
      int end, List<Hit> out) {
    if (first >= end || wordIds != null && bits != null && !mayName(scratch, text, tokens, wordIds, bits, first, end)) {
      return;
    }
    Units u = scratch.fill(text, tokens, wordIds, first, end);
    Shape shape = new Shape(u);
    Hit prev = null;
    int i = 0;
    while (i < u.size) {
      Entry e = matchAt(u, i, u.size);
      if (e == null) {
        i++;
        continue;
      }
      int j = i + e.keys.length;
      if (e.country != null && accepted(u, i, j, e, shape, prev)) {
        Hit h = new Hit(u.tokens[i], u.tokens[j - 1] + 1, new Span(u.starts[i], u.ends[j - 1]), e, i, j);
        out.add(h);
        prev = h;
      }
      i = j;
    }
  }

  /**
   * Whether tokens {@code [first, end)} may name a state, by what {@link #matchAt} asks of a unit's
   * first word: its number and case. A unit is a token or a part of a word split at a hyphen or
   * apostrophe; such a word's parts are read from the thread's kept words by their chars. Most
   * sentences of a report name no state, many of them with a hyphenated word or a possessive
   * ("two-day", "the ministry's"): they are passed over here, before their units are made.
   */
  private boolean mayName(Units scratch, String text, List<Token> tokens, int[] wordIds, byte[] bits, int first,
      int end) {
    boolean split = false;
    for (int t = first; t < end; t++) {
      byte b = bits[t];
      if (TokenBits.isWord(b) && (b & (Token.HYPHEN | Token.APOSTROPHE)) != 0) {
        split = true; // its parts are the units: read below, when no whole token may start an entry
      } else if (!TokenBits.isPunct(b) && mayStart(wordIds[t], (b & Token.UPPER) != 0)
          && secondMayFollow(wordIds[t], t + 1, end, wordIds, bits)) {
        return true;
      }
    }
    if (split) {
      for (int t = first; t < end; t++) {
        byte b = bits[t];
        if (TokenBits.isWord(b) && (b & (Token.HYPHEN | Token.APOSTROPHE)) != 0
            && scratch.partsMayStart(text, tokens.get(t), this)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code next} may be the second unit of an entry starting with a unit of number
   * {@code id} (of which {@link #mayStart}): always where such an entry has one key, never past the
   * sentence's end, always where the token is split into parts (its first part is the unit).
   */
  private boolean secondMayFollow(int id, int next, int end, int[] wordIds, byte[] bits) {
    int[] second = seconds[id];
    if (second == null) {
      return true;
    }
    if (next >= end) {
      return false;
    }
    byte b = bits[next];
    if (TokenBits.isWord(b) && (b & (Token.HYPHEN | Token.APOSTROPHE)) != 0) {
      return true;
    }
    int nextId = wordIds[next];
    if (second.length > 8) {
      return Arrays.binarySearch(second, nextId) >= 0; // "the" starts many entries: their second keys are sorted
    }
    for (int s : second) {
      if (s == nextId) {
        return true;
      }
    }
    return false;
  }

  /** The distinct numbers of the second keys of {@code entries}, or null where one of them has one key. */
  private static int @Nullable [] secondKeys(Entry[] entries) {
    int[] out = new int[entries.length];
    int n = 0;
    for (Entry e : entries) {
      if (e.keyIds.length < 2) {
        return null;
      }
      int id = e.keyIds[1];
      boolean seen = false;
      for (int k = 0; k < n; k++) {
        seen |= out[k] == id;
      }
      if (!seen) {
        out[n++] = id;
      }
    }
    int[] distinct = Arrays.copyOf(out, n);
    Arrays.sort(distinct);
    return distinct;
  }

  /** Whether a word unit of number {@code id} and that case ({@code capital}) may begin an entry, as {@link #matchAt} asks. */
  boolean mayStart(int id, boolean capital) {
    if (id < 0 || id >= byFirst.length) {
      return false;
    }
    long[] bits = capital ? startBits : lowerStartBits;
    return (bits[id >>> 6] & 1L << id) != 0;
  }

  private boolean accepted(Units u, int i, int j, Entry e, Shape shape, @Nullable Hit prev) {
    if (designation(u, j)) {
      return false;
    }
    if (e.form == CountryForm.ADJECTIVE && language(u, i, j)) {
      return false;
    }
    int r = e.rules;
    if (r == 0) {
      return true;
    }
    if ((r & PREFIX) != 0 && (j >= u.size || !u.joined[j])) {
      return false;
    }
    if ((r & WORD) != 0 && shape.capitals() && i > 0 && wordBefore.contains(u.keys[i - 1])) {
      return false;
    }
    boolean plainCase = !shape.capitals() && !shape.titleCase();
    if ((r & GIVEN) != 0 && plainCase && !afterTitleOf(u, i) && givenName(u, j)) {
      return false;
    }
    if ((r & SURNAME) != 0 && plainCase && surname(u, i, prev)) {
      return false;
    }
    if ((r & PLACE) != 0 && usPlace(u, i, j, e, prev, (r & US_STATE) != 0)) {
      return false;
    }
    return (r & US_STATE) == 0 || !besideUsState(u, i, j);
  }

  /**
   * "US-2", "Type-054": a name joined by a hyphen to a number is a designation (an aircraft, a ship
   * class, a rocket), not the state; "US-made" and "US-China" still name it.
   */
  private static boolean designation(Units u, int j) {
    return j < u.size && u.joined[j] && !u.keys[j].isEmpty() && Character.isDigit(u.keys[j].charAt(0));
  }

  private boolean language(Units u, int i, int j) {
    if (j < u.size && numbered(languageAfter, u.ids[j])) {
      return true;
    }
    return i > 0 && numbered(languageBefore, u.ids[i - 1]) && (j == u.size || !u.word[j]);
  }

  /**
   * "President of Kenya [Name]", "King [Name] of Jordan": a title written with capitals and "of"
   * come just before, so the name is the state the title belongs to, whatever name follows it.
   */
  private static boolean afterTitleOf(Units u, int i) {
    return i >= 2 && u.keys[i - 1].equals("of") && u.word[i - 2] && u.cap[i - 2] && !u.joined[i - 1];
  }

  /** "Jordan Peterson": a capitalised word that is not an office or the like follows. */
  private boolean givenName(Units u, int j) {
    return j < u.size && !u.joined[j] && u.word[j] && u.cap[j] && !u.lineStart[j]
        && !followers.contains(u.keys[j]) && matchAt(u, j, u.size) == null;
  }

  /** "George Washington": a capitalised word other than a function word comes just before. */
  private boolean surname(Units u, int i, @Nullable Hit prev) {
    return i > 0 && !u.joined[i] && !u.lineStart[i] && u.word[i - 1] && u.cap[i - 1] && !u.upper(i - 1)
        && !before.contains(u.keys[i - 1]) && (prev == null || prev.toUnit() != i);
  }

  /** "Columbia, Missouri" or "Atlanta, Georgia": a place in the USA. */
  private boolean usPlace(Units u, int i, int j, Entry e, @Nullable Hit prev, boolean usState) {
    if (j + 1 < u.size && u.keys[j].equals(",") && usStateAt(u, j + 1)) {
      return true;
    }
    if (i < 2 || !u.keys[i - 1].equals(",") || !u.word[i - 2] || !u.cap[i - 2] || u.upper(i - 2)
        || before.contains(u.keys[i - 2]) || u.lineStart[i]) {
      return false;
    }
    if (j < u.size && (u.keys[j].equals("and") || u.keys[j].equals("or"))) {
      return false; // a list goes on: "the EU, Georgia and Ukraine"
    }
    if (j < u.size && u.keys[j].equals("'s")) {
      return false; // an apposition: "[Name], [State]'s foreign minister"
    }
    boolean afterHit = prev != null && prev.toUnit() == i - 1;
    if (!afterHit) {
      return true;
    }
    Entry p = prev.entry();
    return usState && p.form == CountryForm.CAPITAL && p.country != null && !p.country.equals(e.country);
  }

  /** "Georgia's governor", "Georgia and Alabama": the US state. */
  private boolean besideUsState(Units u, int i, int j) {
    int next = j < u.size && u.keys[j].equals("'s") ? j + 1 : j;
    if (next < u.size && usStateContext.contains(u.keys[next])) {
      return true;
    }
    if (j + 1 < u.size && isLink(u.keys[j]) && usStateAt(u, j + 1)) {
      return true;
    }
    return i >= 2 && isLink(u.keys[i - 1]) && usStateEndsAt(u, i - 1);
  }

  private static boolean isLink(String key) {
    return key.equals(",") || key.equals("and") || key.equals("or") || key.equals("&");
  }

  private boolean usStateAt(Units u, int k) {
    for (int n = 1; n <= usStateMaxUnits && k + n <= u.size; n++) {
      if (u.cap[k] && usStates.contains(u.joinedKeys(k, k + n))) {
        return true;
      }
    }
    return false;
  }

  private boolean usStateEndsAt(Units u, int k) {
    for (int n = 1; n <= usStateMaxUnits && k - n >= 0; n++) {
      if (u.cap[k - n] && usStates.contains(u.joinedKeys(k - n, k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence is written in capitals or in title case, where case says little. */
  private static final class Shape {
    private final Units u;
    private int state = -1;

    Shape(Units u) {
      this.u = u;
    }

    boolean capitals() {
      return (compute() & 1) != 0;
    }

    boolean titleCase() {
      return (compute() & 2) != 0;
    }

    private int compute() {
      if (state < 0) {
        int words = 0;
        int upper = 0;
        int longWords = 0;
        int capped = 0;
        for (int k = 0; k < u.size; k++) {
          if (!u.word[k] || u.ends[k] - u.starts[k] < 2 || !Character.isLetter(u.keys[k].charAt(0))) {
            continue;
          }
          words++;
          if (u.upper(k)) {
            upper++;
          }
          if (u.keys[k].length() > 3) {
            longWords++;
            if (u.cap[k]) {
              capped++;
            }
          }
        }
        state = 0;
        if (words >= 2 && upper * 10 >= words * 6) {
          state |= 1;
        }
        if (longWords >= 3 && capped == longWords) { // a headline: every longer word capitalised
          state |= 2;
        }
      }
      return state;
    }
  }

  // ---------------------------------------------------------------- loading

  /** Reads the data files into entries. */
  private static final class Loader {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> lists = new HashMap<>();

    CountryGazetteer load() {
      Set<String> withData = new HashSet<>();
      for (String line : lines("countries.txt")) {
        String[] f = line.split("\\|", -1);
        if (f.length < 2) {
          throw new IllegalStateException("countries.txt: want \"code | names | adjectives | capitals | seats\": " + line);
        }
        Country c = Country.of(f[0].trim());
        withData.add(c.code());
        for (int k = 1; k < f.length && k <= FIELD_FORMS.length; k++) {
          for (String v : f[k].split(";")) {
            addVariants(v.trim(), c, FIELD_FORMS[k - 1]);
          }
        }
      }
      for (String code : Country.knownCodes()) {
        Country c = Country.of(code);
        if (!c.isFormer()) {
          addJdkName(c);
        }
      }
      for (String line : lines("not-countries.txt")) {
        for (String v : line.split(";")) {
          if (!v.isBlank()) {
            addBlock(v.trim());
          }
        }
      }
      Map<String, Integer> rules = new HashMap<>();
      for (String line : lines("ambiguous.txt")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException("ambiguous.txt: want \"section: value; value\": " + line);
        }
        String section = line.substring(0, colon).trim();
        String body = line.substring(colon + 1);
        int bit = switch (section) {
          case "given" -> GIVEN;
          case "surname" -> SURNAME;
          case "place" -> PLACE;
          case "usstate" -> US_STATE;
          case "word" -> WORD;
          case "prefix" -> PREFIX;
          default -> 0;
        };
        for (String v : body.split(";")) {
          String value = v.trim();
          if (value.isEmpty()) {
            continue;
          }
          if (bit != 0) {
            String key = keyOf(value);
            Integer bits = rules.get(key);
            rules.put(key, bits == null ? bit : bits | bit);
          } else if (section.equals("shared")) {
            share(value);
          } else {
            Set<String> list = lists.get(section);
            if (list == null) {
              list = new HashSet<>();
              lists.put(section, list);
            }
            list.add(keyOf(value));
          }
        }
      }
      for (Map.Entry<String, Integer> rule : rules.entrySet()) {
        String key = rule.getKey();
        int bits = rule.getValue();
        Entry e = byKey.get(key);
        if (e == null || e.country == null) {
          throw new IllegalStateException("ambiguous.txt names \"" + key + "\", which is no state's name");
        }
        e.rules |= bits;
      }
      Map<String, Set<String>> frozen = new HashMap<>();
      for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
        frozen.put(list.getKey(), Set.copyOf(list.getValue()));
      }
      return new CountryGazetteer(byKey, frozen);
    }

    private void share(String value) {
      int eq = value.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("ambiguous.txt: want \"Name = CODE CODE\": " + value);
      }
      String key = keyOf(value.substring(0, eq).trim());
      Entry e = byKey.get(key);
      if (e == null || e.country == null) {
        throw new IllegalStateException("ambiguous.txt shares \"" + key + "\", which is no state's name");
      }
      List<Country> cs = new ArrayList<>();
      for (String code : WordLists.words(value.substring(eq + 1).trim())) {
        cs.add(Country.of(code));
      }
      if (!cs.contains(e.country)) {
        throw new IllegalStateException("ambiguous.txt shares \"" + key + "\" among " + cs + " but it names " + e.country);
      }
      e.shared = List.copyOf(cs);
    }

    /** The JDK's short name, cleaned of "&", "St." and parentheses ("Myanmar (Burma)"). */
    private void addJdkName(Country c) {
      String name = c.name();
      if (name.contains(" - ") || name.contains(" SAR ")) {
        return; // "Congo - Kinshasa", "Hong Kong SAR China": the data file names these
      }
      int paren = name.indexOf('(');
      if (paren > 0 && name.endsWith(")")) {
        addVariants(name.substring(0, paren).trim(), c, CountryForm.NAME);
        String inner = name.substring(paren + 1, name.length() - 1).trim();
        if (!inner.contains(" ") && !inner.isEmpty() && Character.isUpperCase(inner.charAt(0))) {
          addVariants(inner, c, CountryForm.NAME);
        }
        return;
      }
      addVariants(name, c, CountryForm.NAME);
    }

    private void addVariants(String surface, Country c, CountryForm form) {
      if (surface.isEmpty()) {
        return;
      }
      Set<String> vs = new LinkedHashSet<>();
      vs.add(surface);
      if (surface.contains("&")) {
        vs.add(surface.replace("&", "and"));
      }
      for (String v : List.copyOf(vs)) {
        if (v.startsWith("St. ")) {
          vs.add("Saint " + v.substring(4));
          vs.add("St " + v.substring(4));
        } else if (v.startsWith("Saint ")) {
          vs.add("St. " + v.substring(6));
        }
      }
      for (String v : vs) {
        add(v, c, form);
      }
    }

    private void add(String surface, @Nullable Country c, CountryForm form) {
      Entry e = entryOf(surface, c, form);
      String key = String.join(" ", e.keys);
      Entry old = byKey.get(key);
      if (old == null) {
        byKey.put(key, e);
        return;
      }
      if (old.country == null && c == null) {
        return;
      }
      if (old.country == null || c == null || !old.country.equals(c)) {
        if (old.country != null && c != null && !old.shared.isEmpty()) {
          return;
        }
        // a name of two states must be declared shared first; a block must not hide a name
        if (old.country != null && c != null) {
          Entry shared = new Entry(old.surface, old.keys, looser(old.caseNeed, e.caseNeed), old.country, old.form);
          shared.shared = List.of(old.country, c);
          byKey.put(key, shared);
          return;
        }
        throw new IllegalStateException("\"" + surface + "\" is both a name of " + (old.country != null ? old.country : c)
            + " and a phrase that names no state");
      }
      byKey.put(key, new Entry(old.surface, old.keys, looser(old.caseNeed, e.caseNeed), old.country, old.form));
    }

    private static byte[] looser(byte[] a, byte[] b) {
      byte[] out = a.clone();
      for (int k = 0; k < out.length; k++) {
        out[k] = (byte) Math.min(a[k], b[k]);
      }
      return out;
    }

    private void addBlock(String surface) {
      add(surface, null, CountryForm.NAME);
    }

    private Entry entryOf(String surface, @Nullable Country c, CountryForm form) {
      Entry plain = plainEntry(surface, c, form);
      return plain != null ? plain : tokenizedEntry(tokenizer, surface, c, form);
    }

    private String keyOf(String surface) {
      Entry e = entryOf(surface, null, CountryForm.NAME);
      return String.join(" ", e.keys);
    }

    private static List<String> lines(String file) {
      InputStream in = Resources.open(CountryGazetteer.class, BASE + file);
      if (in == null) {
        throw new IllegalStateException("missing gazetteer data file " + BASE + file);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) {
            out.add(t);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer data file " + file, e);
      }
      return out;
    }
  }

  /**
   * The entry of a name of ASCII letters in words split by single spaces ("South Korea", "the
   * Gambia"), the most names of the data files, read without the tokenizer: its units are its words
   * and their keys the words in lower case. Null for any other name. Interpreted code reads most
   * of the data while a parser is made, and the tokenizer was the gazetteer's largest part of it;
   * {@link #tokenizedEntry} gives the same entry (a test checks every name of the data files).
   */
  static @Nullable Entry plainEntry(String surface, @Nullable Country c, CountryForm form) {
    int n = surface.length();
    if (n == 0 || surface.charAt(0) == ' ' || surface.charAt(n - 1) == ' ') {
      return null;
    }
    int words = 1;
    for (int i = 0; i < n; i++) {
      char ch = surface.charAt(i);
      if (ch == ' ') {
        if (surface.charAt(i - 1) == ' ') {
          return null;
        }
        words++;
      } else if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
        return null;
      }
    }
    String[] all = new String[words];
    int[] starts = new int[words];
    byte[] needs = new byte[words];
    char[] lower = new char[n];
    int w = 0;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && surface.charAt(i) != ' ') {
        char ch = surface.charAt(i);
        lower[i] = ch <= 'Z' ? (char) (ch + 32) : ch;
        continue;
      }
      String key = new String(lower, start, i - start);
      boolean cap = surface.charAt(start) <= 'Z';
      boolean upper = true;
      for (int k = start; k < i; k++) {
        upper &= surface.charAt(k) <= 'Z';
      }
      all[w] = key;
      starts[w] = start;
      // as tokenizedEntry: "The Hague" needs no case of its first word; capitals of two letters or more need capitals
      needs[w] = w == 0 && key.equals("the") ? 0 : upper && i - start >= 2 ? (byte) 2 : cap ? (byte) 1 : (byte) 0;
      w++;
      start = i + 1;
    }
    int from = words > 1 && all[0].equals("the") && surface.charAt(0) == 't' ? 1 : 0;
    String shown = from == 0 ? surface : surface.substring(starts[from]);
    return new Entry(shown, Arrays.copyOfRange(all, from, words), Arrays.copyOfRange(needs, from, words), c, form);
  }

  /** The entry of any name, read through the tokenizer and the matching units. */
  static Entry tokenizedEntry(Tokenizer tokenizer, String surface, @Nullable Country c, CountryForm form) {
    List<Token> tokens = tokenizer.tokenize(surface);
    Units u = Units.of(surface, tokens, 0, tokens.size());
    int from = u.size > 1 && u.keys[0].equals("the") && !u.cap[0] ? 1 : 0;
    if (u.size - from < 1) {
      throw new IllegalStateException("empty name: \"" + surface + "\"");
    }
    String[] keys = Arrays.copyOfRange(u.keys, from, u.size);
    byte[] need = new byte[keys.length];
    for (int k = 0; k < keys.length; k++) {
      int x = from + k;
      if (x == 0 && u.keys[x].equals("the")) {
        need[k] = 0; // "The Hague" and "the Hague"
      } else if (u.upper(x) && letters(surface, u.starts[x], u.ends[x]) >= 2) {
        need[k] = 2;
      } else if (u.cap[x]) {
        need[k] = 1;
      }
    }
    String shown = from == 0 ? surface : surface.substring(u.starts[from]);
    return new Entry(shown, keys, need, c, form);
  }

  private static int letters(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
