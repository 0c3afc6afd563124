package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.parse.internal.text.WordLists;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The venues news names for meetings (presidential palaces, ministries, residences, summit venues),
 * each with its city and state ({@code venues.tsv}): "the Kremlin" is in Moscow, "Hyderabad House"
 * in New Delhi. A venue is found over tokens by its words, spelled in any case and with or without
 * accents ("Elysee", "Élysée").
 *
 * <p>The file holds one venue per line, three TAB-separated columns; lines starting with {@code #}
 * and blank lines are skipped:
 *
 * <pre>{@code
 * name	city	country
 * Hyderabad House	New Delhi	IND
 * }</pre>
 *
 * <ul>
 *   <li>name: as news writes it, without a leading "the"; another spelling is a line of its own;
 *   <li>city: the city the venue lies in (or nearest to), as news writes it;
 *   <li>country: ISO 3166-1 alpha-3, former states by ISO 3166-3.
 * </ul>
 *
 * <p>The built-in file is read once per JVM ({@link #builtIn()}); users' files are read with
 * {@link #read(Reader, String)} and laid over it with {@link #with(Venues)}.
 */
public final class Venues {

  private static final String FILE = "venues.tsv";

  /** A venue: its name as the file writes it, its city and its state. */
  public record Venue(String name, String city, Country state) {
    public Venue {
      if (name.isBlank() || city.isBlank()) {
        throw new IllegalArgumentException("a venue needs a name and a city, got \"" + name + "\" in \"" + city + "\"");
      }
    }
  }

  /** A venue found over tokens {@code [first, end)}. */
  public record Found(Venue venue, int first, int end) {}

  /** The most words a venue's name has. */
  private static final int MOST_WORDS = 7;

  /** Venue by the key of its name, its words joined by one space; in file order. */
  private final Map<String, Venue> byKey;
  /**
   * Per first word of a name, by the word number of its key ({@link WordIds}), the most words a name
   * starting with it has, 0 for none: asked at many tokens of an event's sentence, where a read of the
   * token's number spares hashing its key.
   */
  private final int[] longestById;

  private Venues(Map<String, Venue> byKey) {
    this.byKey = byKey;
    Map<String, Integer> longest = new HashMap<>();
    for (String key : byKey.keySet()) {
      String[] words = key.split(" ");
      longest.merge(words[0], words.length, Math::max);
    }
    WordIds.Ids ids = WordIds.register(longest.keySet());
    int top = -1;
    for (String first : longest.keySet()) {
      top = Math.max(top, ids.of(first));
    }
    this.longestById = new int[top + 1];
    for (Map.Entry<String, Integer> e : longest.entrySet()) {
      longestById[ids.of(e.getKey())] = e.getValue();
    }
  }

  private static final class BuiltIn {
    static final Venues INSTANCE = load();
  }

  /** The built-in venues, read once per JVM and shared. */
  public static Venues builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Reads the built-in file afresh (tests and measurements; users want {@link #builtIn()}). */
  public static Venues load() {
    return DataLines.resource(FILE, Venues::read);
  }

  /**
   * Reads venues in the file's format from {@code reader}; {@code source} names it in error
   * messages. One name given twice with other places is an error.
   */
  public static Venues read(Reader reader, String source) {
    List<Venue> venues = DataLines.read(reader, source, 3, 3,
        cols -> new Venue(cols[0], cols[1], Country.of(cols[2])));
    Map<String, Venue> byKey = new LinkedHashMap<>();
    for (Venue v : venues) {
      String key = key(v.name());
      if (key.split(" ").length > MOST_WORDS) {
        throw new IllegalArgumentException(source + ": a name of more than " + MOST_WORDS + " words: \"" + v.name() + "\"");
      }
      Venue before = byKey.putIfAbsent(key, v);
      if (before != null && !before.equals(v)) {
        throw new IllegalArgumentException(source + ": \"" + v.name() + "\" is named twice with other places");
      }
    }
    return new Venues(byKey);
  }

  /** These venues with {@code added}'s laid over them: a venue of {@code added} replaces one named the same here. */
  public Venues with(Venues added) {
    Map<String, Venue> out = new LinkedHashMap<>(added.byKey);
    byKey.forEach(out::putIfAbsent);
    return new Venues(out);
  }

  /** All venues, one per name (after {@link #with}, the added ones first). */
  public List<Venue> all() {
    return List.copyOf(byKey.values());
  }

  /** The key of a name: the keys of its words (as the tokenizer cuts them: "al-Muhajireen" is one), joined by one space. */
  static String key(String name) {
    return String.join(" ", WordLists.words(Keys.of(name).strip()));
  }

  /** The most words of a venue's name whose first word's key has word number {@code wordId}, or 0 for none or -1. */
  private int longestFrom(int wordId) {
    return wordId >= 0 && wordId < longestById.length ? longestById[wordId] : 0;
  }

  /**
   * The longest venue whose name starts at token {@code k} and ends by {@code to}, or null; {@code
   * wordIds} are the tokens' word numbers ({@link WordIds}, as a document's {@code wordIds()} gives them
   * after these venues were made).
   */
  public @Nullable Found at(List<Token> tokens, int[] wordIds, int k, int to) {
    if (k >= to) {
      return null;
    }
    int most = longestFrom(wordIds[k]);
    if (most == 0) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    Found best = null;
    for (int j = k; j < to && j - k < most; j++) {
      Token t = tokens.get(j);
      if (!t.isWord() && !t.isNumber()) {
        break;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(t.key());
      Venue v = byKey.get(key.toString());
      if (v != null) {
        best = new Found(v, k, j + 1);
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "Venues[" + byKey.size() + " names]";
  }
}
