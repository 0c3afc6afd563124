package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.parse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Office titles and what they are: {@code "foreign minister"} is a {@link Role#FOREIGN_MINISTER},
 * {@code "State Duma speaker"} a Russian {@link Role#LEGISLATOR}. Read once from {@code offices.tsv},
 * {@code portfolios.txt} and {@code company-titles.txt}; immutable and shared.
 *
 * <p>Beyond the listed titles it reads ministers by portfolio ({@link PortfolioTitles}): {@code "oil
 * minister"}, {@code "minister of mines and hydrocarbons"}.
 */
public final class OfficeLexicon {

  /** An office found in the text over tokens {@code [first, end)}; {@code title} as written. */
  public record Office(int first, int end, String title, Role role, @Nullable Country pinned, boolean company) {}

  /**
   * A title: its keys, and their word numbers ({@link WordIds}; empty until {@link #numberKeys} gives
   * them), by which a title is compared with a document's tokens without reading their strings.
   */
  private record Entry(String[] keys, int[] keyIds, Role role, @Nullable Country pinned, boolean company) {}

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final Set<String> portfolios = new HashSet<>();
  private final Set<String> headWords = new HashSet<>();
  /**
   * {@link #byFirst} and {@link #portfolios} by the word number of the key ({@link WordIds}): an
   * office is looked for at every word that can start one, and an array read by the token's number
   * costs less than hashing its key into two tables.
   */
  private @Nullable List<Entry>[] byFirstId;
  private boolean[] portfolioById = new boolean[0];

  /** The ministers this lexicon reads by portfolio. */
  private final PortfolioTitles portfolioTitles = new PortfolioTitles(this);

  private OfficeLexicon() {}

  /** Loads the lexicon from the class path. */
  public static OfficeLexicon load() {
    OfficeLexicon lex = new OfficeLexicon();
    for (String line : DataFiles.lines(OfficeLexicon.class, "offices.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalStateException("offices.tsv: want title<TAB>role, got \"" + line + "\"");
      }
      Country pinned = cols.length > 2 && !cols[2].isBlank() ? Country.of(cols[2].strip()) : null;
      lex.add(cols[0], Role.valueOf(cols[1].strip()), pinned, false);
      lex.addPlural(cols[0], Role.valueOf(cols[1].strip()), pinned);
      // "then-President", "then-Prime Minister": the modifier written onto the office's first word, the office then held
      lex.add(THEN + cols[0].strip(), Role.valueOf(cols[1].strip()), pinned, false);
    }
    for (String line : DataFiles.lines(OfficeLexicon.class, "company-titles.txt")) {
      lex.add(line, Role.OTHER, null, true);
    }
    for (String line : DataFiles.lines(OfficeLexicon.class, "portfolios.txt")) {
      lex.portfolios.add(Keys.of(line));
    }
    for (List<Entry> list : lex.byFirst.values()) {
      list.sort(LONGEST_FIRST);
    }
    lex.numberKeys();
    return lex;
  }

  @SuppressWarnings("unchecked")
  private void numberKeys() {
    Set<String> keys = startKeys();
    for (List<Entry> list : byFirst.values()) {
      for (Entry e : list) {
        keys.addAll(List.of(e.keys));
      }
    }
    WordIds.Ids ids = WordIds.register(keys);
    byFirstId = new List[ids.size()];
    portfolioById = new boolean[ids.size()];
    for (Map.Entry<String, List<Entry>> e : byFirst.entrySet()) {
      List<Entry> numbered = new ArrayList<>(e.getValue().size());
      for (Entry title : e.getValue()) {
        int[] keyIds = new int[title.keys.length];
        for (int k = 0; k < keyIds.length; k++) {
          keyIds[k] = ids.of(title.keys[k]);
        }
        numbered.add(new Entry(title.keys, keyIds, title.role, title.pinned, title.company));
      }
      byFirstId[ids.of(e.getKey())] = numbered;
    }
    for (String key : portfolios) {
      portfolioById[ids.of(key)] = true;
    }
  }

  /** The titles whose first key has word number {@code id} ({@link WordIds}; -1 for none), or null. */
  private @Nullable List<Entry> titlesOf(int id) {
    return id >= 0 && id < byFirstId.length ? byFirstId[id] : null;
  }

  /** Whether the key of word number {@code id} ({@link WordIds}; -1 for none) names a portfolio. */
  boolean isPortfolio(int id) {
    return id >= 0 && id < portfolioById.length && portfolioById[id];
  }

  /** The word numbers of a title not numbered yet ({@link #numberKeys}). */
  private static final int[] NOT_NUMBERED = new int[0];

  private static final Comparator<Entry> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      return Integer.compare(b.keys.length, a.keys.length);
    }
  };

  private List<Entry> titles(String firstKey) {
    List<Entry> list = byFirst.get(firstKey);
    if (list == null) {
      list = new ArrayList<>();
      byFirst.put(firstKey, list);
    }
    return list;
  }

  private void add(String title, Role role, @Nullable Country pinned, boolean company) {
    String[] keys = WordLists.spaced(Keys.of(title.strip()));
    titles(keys[0]).add(new Entry(keys, NOT_NUMBERED, role, pinned, company));
    headWords.add(keys[headAt(keys)]);
  }

  /**
   * The head word of a title: its last word, or the last before "of" ("speaker" of "speaker of the
   * state duma", so that "Duma" stays a word a name can have).
   */
  private static int headAt(String[] keys) {
    for (int k = 1; k < keys.length; k++) {
      if (keys[k].equals("of")) {
        return k - 1;
      }
    }
    return keys.length - 1;
  }

  /**
   * "Presidents", "prime ministers": the plural of a title whose last word takes an "s", read as
   * the office of each person it introduces ("Presidents A and B"). Plurals end no name.
   */
  private void addPlural(String title, Role role, @Nullable Country pinned) {
    String[] keys = WordLists.spaced(Keys.of(title.strip()));
    int inner = innerHead(keys);
    if (inner > 0 && !keys[inner].endsWith("s") && Character.isLetter(keys[inner].charAt(keys[inner].length() - 1))) {
      // "ministers of foreign affairs", "ministers for trade": the word before the first "of" or "for" takes the "s"
      String[] plural = keys.clone();
      plural[inner] = plural(keys[inner]);
      titles(plural[0]).add(new Entry(plural, NOT_NUMBERED, role, pinned, false));
    }
    String last = keys[keys.length - 1];
    if (last.endsWith("s") || !Character.isLetter(last.charAt(last.length() - 1)) || last.contains("-")) {
      return;
    }
    keys[keys.length - 1] = plural(last);
    titles(keys[0]).add(new Entry(keys, NOT_NUMBERED, role, pinned, false));
  }

  /** The plural of a title's word: "ministers", "envoys", and "secretaries", "deputies" after a consonant and "y". */
  private static String plural(String key) {
    int n = key.length();
    return n > 1 && key.charAt(n - 1) == 'y' && "aeiou".indexOf(key.charAt(n - 2)) < 0 ? key.substring(0, n - 1) + "ies" : key + "s";
  }

  /** Whether {@code key} is the plural in "ies" of a title's head word in "y" ("secretaries"), not one in "s". */
  boolean pluralInIes(String key) {
    int n = key.length();
    return n > 3 && key.endsWith("ies") && !headWords.contains(key.substring(0, n - 1))
        && headWords.contains(key.substring(0, n - 3) + "y");
  }

  /** The index of the word before the first "of" or "for" of a title of several words, or -1. */
  private static int innerHead(String[] keys) {
    for (int k = 1; k + 1 < keys.length; k++) {
      if (keys[k].equals("of") || keys[k].equals("for")) {
        return k - 1;
      }
    }
    return -1;
  }

  /**
   * Whether the office ends in the plural of a title ("Presidents"), or has it before its first "of"
   * or "for" ("Ministers of Foreign Affairs"), and so may introduce several people.
   */
  public boolean isPlural(Office o, List<Token> tokens) {
    return pluralAt(o, tokens) >= 0;
  }

  /** The token of the office that is the plural of a title's head word, or -1 ({@link #isPlural}). */
  public int pluralAt(Office o, List<Token> tokens) {
    int at = o.end() - 1;
    for (int k = o.first() + 1; k + 1 < o.end(); k++) {
      if (tokens.get(k).is("of") || tokens.get(k).is("for")) {
        at = k - 1;
        break;
      }
    }
    String key = tokens.get(at).key();
    return key.endsWith("s") && !headWords.contains(key)
        && (headWords.contains(key.substring(0, key.length() - 1)) || pluralInIes(key)) ? at : -1;
  }

  /** The keys an office can start with: the first word of a listed title, or a portfolio. */
  Set<String> startKeys() {
    Set<String> out = new HashSet<>(byFirst.keySet());
    out.addAll(portfolios);
    return out;
  }

  /** The keys that end some office title. */
  Set<String> headWords() {
    return Set.copyOf(headWords);
  }

  /** Whether {@code key} ends some office title ("president", "minister", "leader"). */
  public boolean isHeadWord(String key) {
    return headWords.contains(key);
  }

  /**
   * Whether {@code title} is a listed office of a state as a whole ("Prime Minister", "Chairman of
   * the State Council"; not a company's "Chief Executive").
   */
  public boolean lists(String title) {
    String[] keys = WordLists.spaced(Keys.of(title.strip()));
    for (Entry e : byFirst.getOrDefault(keys[0], List.of())) {
      if (!e.company && java.util.Arrays.equals(e.keys, keys)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code key} names a ministerial portfolio ("oil", "finance"). */
  public boolean isPortfolio(String key) {
    return portfolios.contains(key);
  }

  /**
   * The longest office starting at token {@code i} and ending before {@code limit}, or null. It numbers
   * all the tokens at each call: the stages pass a document's numbers to the other form.
   */
  public @Nullable Office match(String text, List<Token> tokens, int i, int limit) {
    return match(text, tokens, WordIds.now().of(tokens), i, limit);
  }

  /**
   * As {@link #match(String, List, int, int)}, given the tokens' word numbers ({@link WordIds}, at a
   * numbering made after this lexicon was loaded, as a document's {@code wordIds()} are).
   */
  public @Nullable Office match(String text, List<Token> tokens, int[] wordIds, int i, int limit) {
    Office best = listed(text, tokens, wordIds, titlesOf(wordIds[i]), i, limit);
    Office byPortfolio = portfolioTitles.portfolioFirst(text, tokens, wordIds, i, limit);
    if (byPortfolio != null && (best == null || byPortfolio.end() > best.end())) {
      best = byPortfolio;
    }
    if (best != null && !best.company()) {
      best = portfolioTitles.extendPortfolio(text, tokens, best, limit);
    }
    return best;
  }

  /** The longest listed title found at token {@code i}, or null. */
  @Nullable Office listedAt(String text, List<Token> tokens, int[] wordIds, int i, int limit) {
    return listed(text, tokens, wordIds, titlesOf(wordIds[i]), i, limit);
  }

  /** The longest of {@code entries} (the titles of token {@code i}'s key, or null) found at token {@code i}. */
  private @Nullable Office listed(String text, List<Token> tokens, int[] wordIds, @Nullable List<Entry> entries, int i,
      int limit) {
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      int n = e.keys.length;
      if (i + n > limit) {
        continue;
      }
      // every key of a title has a number, so equal numbers are equal keys: no token's string is read
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        ok = wordIds[i + k] == e.keyIds[k];
      }
      if (ok) {
        return office(text, tokens, i, i + n, e.role, e.pinned, e.company);
      }
    }
    return null;
  }

  /** The modifier news writes onto an office's first word for the office a person then held. */
  private static final String THEN = "then-";

  /**
   * The office of tokens {@code [first, end)} with its title as written: without a "then-" written onto
   * its first word, and with the line breaks and indents inside it as single spaces.
   */
  static Office office(String text, List<Token> tokens, int first, int end, Role role,
      @Nullable Country pinned, boolean company) {
    int from = tokens.get(first).start();
    if (tokens.get(first).hasHyphen() && tokens.get(first).key().startsWith(THEN)) {
      from += THEN.length(); // the title is the office alone: "then-President A" is "President"
    }
    String title = text.substring(from, tokens.get(end - 1).end());
    if (title.indexOf("  ") >= 0 || title.indexOf('\n') >= 0) {
      title = String.join(" ", title.split("\\s+")); // an office broken over a line, or an indented one: the break is a space
    }
    return new Office(first, end, title, role, pinned, company);
  }
}
