package dev.entente.parse.facts;

import dev.entente.parse.text.Keys;
import dev.entente.parse.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A word list from a data file beside this class: one phrase a line, optionally a tab and a role
 * (a phrase may be listed under several roles). The first line is a comment on the list's source.
 * Phrases match token keys, longest first; lookups are hash lookups on the first token's key.
 */
final class Lexicon {

  /** A phrase found at a token position: how many tokens it covers and its roles, in listed order. */
  record Match(int length, List<String> roles) {
    boolean has(String role) {
      return roles.contains(role);
    }
  }

  /** A phrase and its roles: a list, since a phrase has one or two and a scan of them hashes nothing. */
  private record Entry(String[] keys, List<String> roles) {}

  private final Map<String, List<Entry>> byFirst;

  private Lexicon(Map<String, List<Entry>> byFirst) {
    this.byFirst = byFirst;
  }

  /** Loads {@code name} from this package's resources; the file must start with a comment line. */
  static Lexicon load(String name) {
    Map<List<String>, Set<String>> phrases = new HashMap<>();
    List<List<String>> order = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing lexicon resource: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String first = r.readLine();
      if (first == null || !first.startsWith("#")) {
        throw new IllegalStateException("Lexicon " + name + " must start with a comment line on its source");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String phrase = (tab < 0 ? line : line.substring(0, tab)).strip();
        String role = tab < 0 ? "" : line.substring(tab + 1).strip();
        List<String> keys = List.of(Keys.of(phrase).split("\\s+"));
        if (!phrases.containsKey(keys)) {
          order.add(keys);
        }
        phrases.computeIfAbsent(keys, k -> new LinkedHashSet<>()).add(role);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + name, e);
    }
    Map<String, List<Entry>> byFirst = new HashMap<>();
    for (List<String> keys : order) {
      byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
          .add(new Entry(keys.toArray(String[]::new), List.copyOf(phrases.get(keys))));
    }
    for (List<Entry> list : byFirst.values()) {
      list.sort(Comparator.comparingInt((Entry e) -> e.keys().length).reversed());
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(Collections.unmodifiableMap(byFirst));
  }

  /** The longest phrase starting at token {@code i} and ending before {@code end}, or null. */
  @Nullable Match at(List<Token> tokens, int i, int end) {
    if (i < 0 || i >= end) {
      return null;
    }
    List<Entry> entries = byFirst.get(tokens.get(i).key());
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if (i + e.keys().length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.keys().length && ok; k++) {
        ok = tokens.get(i + k).key().equals(e.keys()[k]);
      }
      if (ok) {
        return new Match(e.keys().length, e.roles());
      }
    }
    return null;
  }

  /** This lexicon's phrases in one token list, looked up once for every token. */
  Hits hits(List<Token> tokens) {
    return new Hits(tokens);
  }

  /**
   * The longest phrase of this lexicon at each token of one token list, looked up at most once per
   * token, so that repeated lookups and scans over a range read an array instead of hashing keys.
   */
  final class Hits {
    /** Marks a token not looked up yet. */
    private static final Match UNKNOWN = new Match(0, List.of());

    private final List<Token> tokens;
    private final @Nullable Match[] longest;

    private Hits(List<Token> tokens) {
      this.tokens = tokens;
      longest = new Match[tokens.size()];
      Arrays.fill(longest, UNKNOWN);
    }

    /** As {@link Lexicon#at}: the longest phrase starting at token {@code i} and ending before {@code end}. */
    @Nullable Match at(int i, int end) {
      if (i < 0 || i >= end || i >= longest.length) {
        return Lexicon.this.at(tokens, i, end);
      }
      Match m = longest[i];
      if (m == UNKNOWN) {
        m = Lexicon.this.at(tokens, i, longest.length);
        longest[i] = m;
      }
      // a shorter phrase may fit where the longest runs past the end
      return m == null || i + m.length() <= end ? m : Lexicon.this.at(tokens, i, end);
    }
  }

  /** Whether the one-word phrase {@code key} is listed (under any role). */
  boolean contains(String key) {
    List<Entry> entries = byFirst.get(key);
    if (entries == null) {
      return false;
    }
    for (Entry e : entries) {
      if (e.keys().length == 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the one-word phrase {@code key} is listed under {@code role}. */
  boolean has(String key, String role) {
    List<Entry> entries = byFirst.get(key);
    if (entries == null) {
      return false;
    }
    for (Entry e : entries) {
      if (e.keys().length == 1 && e.roles().contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** The role of the one-word phrase {@code key} (the first listed), or null. */
  @Nullable String role(String key) {
    List<Entry> entries = byFirst.get(key);
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if (e.keys().length == 1) {
        return e.roles().iterator().next();
      }
    }
    return null;
  }
}
