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
 * abbreviation and state) and the wires and outlets of {@code agencies.txt}. A source credited by an
 * initialism is reported as written ("CTK"), other known short forms by name ("Anadolu" as "Anadolu
 * Agency"), known names in their usual spelling ("XINHUA" as "Xinhua"); each has its agency's state.
 */
final class Agencies {
  /** Initialisms are at most this long ("REUTER" is one, "ANTARA" too). */
  private static final int MAX_INITIALISM = 6;
  private final Map<String, String> names;
  private final Map<String, Country> states;
  private final Set<String> abbreviations;
  /** Initialisms by "key|name": "ctk|Czech News Agency" to "CTK", spelled as the lists spell them. */
  private final Map<String, String> initialisms;

  Agencies() {
    Map<String, String> map = new HashMap<>();
    Map<String, Country> state = new HashMap<>();
    Set<String> shortForms = new HashSet<>();
    Map<String, String> spelled = new HashMap<>();
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
        putInitialism(spelled, abbreviation, name);
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
        putInitialism(spelled, line.substring(0, eq).strip(), name);
      }
    }
    names = Map.copyOf(map);
    states = Map.copyOf(state);
    abbreviations = Set.copyOf(shortForms);
    initialisms = Map.copyOf(spelled);
  }

  // an initialism of `name`: one word of at most six letters in one case ("CTK", "dpa"); not "Anadolu", "ITAR-TASS"
  private static void putInitialism(Map<String, String> spelled, String abbreviation, String name) {
    if (abbreviation.length() <= MAX_INITIALISM && !abbreviation.equals(name)
        && oneCase(abbreviation)) {
      spelled.putIfAbsent(Keys.of(abbreviation) + "|" + name, abbreviation);
    }
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

  /**
   * The source an agency credit is reported as: a known initialism as the report prints it, in the
   * lists' spelling ("CTK", "dpa"), else the name for {@code written} if known ("XINHUA" as "Xinhua",
   * "Anadolu" as "Anadolu Agency"), else {@code written} as given (trimmed).
   */
  String nameOrAsWritten(String written) {
    String w = written.strip();
    String n = name(w);
    if (n == null) {
      return w;
    }
    String initialism = initialisms.get(Keys.of(w) + "|" + n);
    return initialism == null ? n : oneCase(w) ? w : initialism; // "Aa", a title case of capitals, as "AA"
  }

  private static boolean oneCase(String s) {
    return s.chars().allMatch(c -> c >= 'A' && c <= 'Z') || s.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** The state of the agency reported as {@code source} (its name or an initialism of it), or null. */
  @Nullable Country stateOf(String source) {
    String n = name(source);
    return states.get(n != null ? n : source);
  }

  /** How many spellings are known. */
  int size() {
    return names.size();
  }

}
