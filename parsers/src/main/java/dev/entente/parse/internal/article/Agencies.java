package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * News agencies and wire outlets from the data file {@code agencies.txt}: known abbreviations map
 * to names ("AA" to "Anadolu Agency"), known names to their usual spelling ("XINHUA" to "Xinhua").
 */
final class Agencies {
  private final Map<String, String> names;

  Agencies() {
    Map<String, String> map = new HashMap<>();
    for (String line : WordLists.lines(Agencies.class, "agencies.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        map.put(Keys.of(line), line);
      } else {
        String name = line.substring(eq + 1).strip();
        map.put(Keys.of(line.substring(0, eq).strip()), name);
        map.putIfAbsent(Keys.of(name), name);
      }
    }
    names = Map.copyOf(map);
  }

  /** The name of the agency written {@code written} ("AFP", "Reuters"), or null when unknown. */
  @Nullable String name(String written) {
    return names.get(Keys.of(written.strip()));
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
