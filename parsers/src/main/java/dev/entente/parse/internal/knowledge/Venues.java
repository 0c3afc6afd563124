package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The venues news names for meetings (presidential palaces, ministries, residences, summit venues),
 * each with its city and state, read once from {@code venues.tsv}: "the Kremlin" is in Moscow,
 * "Hyderabad House" in New Delhi. A venue is found over tokens by its words, spelled in any case
 * and with or without accents ("Elysee", "Élysée").
 */
public final class Venues {

  /** A venue: its name as the file writes it, its city and its state. */
  public record Venue(String name, String city, Country state) {
    public Venue {
      if (name.isBlank() || city.isBlank()) {
        throw new IllegalArgumentException("A venue needs a name and a city, got \"" + name + "\" in \"" + city + "\"");
      }
    }
  }

  /** A venue found over tokens {@code [first, end)}. */
  public record Found(Venue venue, int first, int end) {}

  /** The most words a venue's name has. */
  private static final int MOST_WORDS = 7;

  private static final Venues SHARED = load();

  /** Venue by the key of its name, its words joined by one space. */
  private final Map<String, Venue> byKey;
  /** Per first word of a name, the most words a name starting with it has. */
  private final Map<String, Integer> longestFrom;

  private Venues(Map<String, Venue> byKey) {
    this.byKey = Map.copyOf(byKey);
    Map<String, Integer> longest = new HashMap<>();
    for (String key : byKey.keySet()) {
      String[] words = key.split(" ");
      longest.merge(words[0], words.length, Math::max);
    }
    this.longestFrom = Map.copyOf(longest);
  }

  /** The venues of {@code venues.tsv}, loaded once per JVM. */
  public static Venues shared() {
    return SHARED;
  }

  /** All venues of the file, each once. */
  public List<Venue> all() {
    return byKey.values().stream().distinct().toList();
  }

  private static Venues load() {
    Map<String, Venue> byKey = new HashMap<>();
    for (String line : DataFiles.lines(Venues.class, "venues.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("venues.tsv: want venue<TAB>city<TAB>state, got \"" + line + "\"");
      }
      Venue v = new Venue(cols[0].strip(), cols[1].strip(), Country.of(cols[2].strip()));
      String key = key(v.name());
      if (key.split(" ").length > MOST_WORDS) {
        throw new IllegalStateException("venues.tsv: a name of more than " + MOST_WORDS + " words: \"" + line + "\"");
      }
      Venue before = byKey.putIfAbsent(key, v);
      if (before != null && !before.equals(v)) {
        throw new IllegalStateException("venues.tsv: \"" + v.name() + "\" is named twice with other places");
      }
    }
    return new Venues(byKey);
  }

  /** The key of a name: the keys of its words (as the tokenizer cuts them: "al-Muhajireen" is one), joined by one space. */
  static String key(String name) {
    return String.join(" ", Keys.of(name).strip().split("\\s+"));
  }

  /** The longest venue whose name starts at token {@code k} and ends by {@code to}, or null. */
  public @Nullable Found at(List<Token> tokens, int k, int to) {
    if (k >= to) {
      return null;
    }
    Integer most = longestFrom.get(tokens.get(k).key());
    if (most == null) {
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
}
