package dev.entente.parse.internal.article;

import dev.entente.model.Country;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * News agencies and wire outlets: the national agencies of {@code national-agencies.txt} (name,
 * abbreviation and state) and the wires and outlets of {@code agencies.txt}. Known abbreviations map
 * to names ("AA" to "Anadolu Agency"), known names to their usual spelling ("XINHUA" to "Xinhua").
 */
final class Agencies {
  private final Map<String, String> names;
  private final Map<String, Country> states;
  private final Set<String> abbreviations;

  Agencies() {
    Map<String, String> map = new HashMap<>();
    Map<String, Country> state = new HashMap<>();
    Set<String> shortForms = new HashSet<>();
    for (String line : WordLists.lines(Agencies.class, "national-agencies.txt")) {
      String[] f = line.split("\\|");
      if (f.length != 3) {
        throw new IllegalStateException("national-agencies.txt: not \"ABBREVIATION | Name | state\": " + line);
      }
      String abbreviation = f[0].strip();
      String name = f[1].strip();
      if (!abbreviation.equals("-")) {
        map.putIfAbsent(Keys.of(abbreviation), name);
        shortForms.add(Keys.of(abbreviation) + "|" + name);
      }
      map.putIfAbsent(Keys.of(name), name);
      state.putIfAbsent(name, Country.of(f[2].strip()));
    }
    for (String line : WordLists.lines(Agencies.class, "agencies.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        map.putIfAbsent(Keys.of(line), line);
      } else {
        String name = line.substring(eq + 1).strip();
        map.putIfAbsent(Keys.of(line.substring(0, eq).strip()), name);
        map.putIfAbsent(Keys.of(name), name);
        shortForms.add(Keys.of(line.substring(0, eq).strip()) + "|" + name);
      }
    }
    names = Map.copyOf(map);
    states = Map.copyOf(state);
    abbreviations = Set.copyOf(shortForms);
  }

  /** The state whose national agency is named {@code name} (as {@link #name} gives it), or null. */
  @Nullable Country state(String name) {
    return states.get(name);
  }

  /** The name of the agency written {@code written} ("AFP", "Reuters"), or null when unknown. */
  @Nullable String name(String written) {
    return names.get(Keys.of(written.strip()));
  }

  /**
   * Whether {@code written} is a short form of the agency named {@code name}: "APS" of both "Algérie
   * Presse Service" and "Agence de Presse Sénégalaise", whichever the page's masthead names.
   */
  boolean abbreviates(String written, String name) {
    return abbreviations.contains(Keys.of(written.strip()) + "|" + name);
  }

  /** Whether {@code key} (a token key) is a known agency or outlet. */
  boolean isKnownKey(String key) {
    return names.containsKey(key);
  }

  /** The name for {@code written} if known, else {@code written} as given (trimmed). */
  String nameOrAsWritten(String written) {
    String n = name(written);
    return n != null ? n : written.strip();
  }

  /** How many spellings are known. */
  int size() {
    return names.size();
  }

}
