package dev.entente.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A state, named by its ISO 3166-1 alpha-3 code ({@code "VEN"}), or by its ISO 3166-3 code when
 * it no longer exists ({@code "SUN"} for the Soviet Union). Kosovo has the widely used
 * user-assigned code {@code "XKX"}.
 *
 * <pre>{@code Country.of("VEN").name()  // "Venezuela"}</pre>
 */
public record Country(String code) implements Comparable<Country> {

  private static final Map<String, Entry> BY_ALPHA3;
  private static final Map<String, String> ALPHA2_TO_ALPHA3;

  private record Entry(String alpha2, String name, boolean former) {}

  static {
    Map<String, Entry> byAlpha3 = new LinkedHashMap<>();
    Map<String, String> a2to3 = new LinkedHashMap<>();
    // a data file, not the JDK's locale data: loading that made the first use slow, and its names change between JDKs
    try (InputStream in = Country.class.getResourceAsStream("iso3166.txt")) {
      if (in == null) {
        throw new IllegalStateException("Missing resource dev/entente/model/iso3166.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int bar1 = line.indexOf('|');
        int bar2 = line.indexOf('|', bar1 + 1);
        if (bar1 != 3 || bar2 != 6) {
          throw new IllegalStateException("iso3166.txt: want \"ABC|AB|Name\": " + line);
        }
        String a3 = line.substring(0, 3);
        String a2 = line.substring(4, 6);
        byAlpha3.put(a3, new Entry(a2, line.substring(7), false));
        a2to3.put(a2, a3);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read iso3166.txt", e);
    }
    // ISO 3166-3 former states (alpha-4 codes' first two letters are not alpha-2 codes in use).
    String[][] former = {
      {"SUN", "SU", "Soviet Union"},
      {"YUG", "YU", "Yugoslavia"},
      {"CSK", "CS", "Czechoslovakia"},
      {"DDR", "DD", "East Germany"},
      {"SCG", "CS", "Serbia and Montenegro"},
      {"ZAR", "ZR", "Zaire"},
      {"BUR", "BU", "Burma"},
      {"YMD", "YD", "South Yemen"},
      {"VDR", "VD", "North Vietnam"},
      {"ANT", "AN", "Netherlands Antilles"},
      {"TMP", "TP", "East Timor"},
      {"DHY", "DY", "Dahomey"},
      {"HVO", "HV", "Upper Volta"},
      {"RHO", "RH", "Southern Rhodesia"},
    };
    for (String[] f : former) {
      byAlpha3.putIfAbsent(f[0], new Entry(f[1], f[2], true));
    }
    byAlpha3.putIfAbsent("XKX", new Entry("XK", "Kosovo", false));
    a2to3.putIfAbsent("XK", "XKX");
    BY_ALPHA3 = Collections.unmodifiableMap(byAlpha3);
    ALPHA2_TO_ALPHA3 = Collections.unmodifiableMap(a2to3);
  }

  /**
   * Checks the code.
   *
   * @param code the upper-case ISO 3166-1 or 3166-3 alpha-3 code
   * @throws IllegalArgumentException naming the code when it is not a known upper-case alpha-3 code
   * @throws NullPointerException when the code is null
   */
  public Country {
    Checks.notNull(code, "Country code");
    if (!BY_ALPHA3.containsKey(code)) {
      throw new IllegalArgumentException(
          "Unknown country code: \"" + code + "\" (want an ISO 3166-1 or 3166-3 alpha-3 code such as \"VEN\")");
    }
  }

  /**
   * The state with this alpha-3 code; case is ignored ({@code "ven"} is Venezuela).
   *
   * @param code the alpha-3 code, surrounding spaces ignored
   * @return the state
   * @throws IllegalArgumentException naming the code when no state has it
   */
  public static Country of(String code) {
    Checks.notNull(code, "Country code");
    return new Country(code.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The state with this ISO 3166-1 alpha-2 code ({@code "VE"}).
   *
   * @param alpha2 the two-letter code, case and surrounding spaces ignored
   * @return the state
   * @throws IllegalArgumentException naming the code when no state has it
   */
  public static Country fromAlpha2(String alpha2) {
    Checks.notNull(alpha2, "alpha-2 code");
    String a3 = ALPHA2_TO_ALPHA3.get(alpha2.trim().toUpperCase(Locale.ROOT));
    if (a3 == null) {
      throw new IllegalArgumentException("Unknown ISO 3166-1 alpha-2 code: \"" + alpha2 + "\"");
    }
    return new Country(a3);
  }

  /**
   * Whether {@code code} names a state this type knows.
   *
   * @param code an upper-case alpha-3 code, or null
   * @return true when {@link #Country(String)} accepts it; false for null
   */
  public static boolean isKnown(@Nullable String code) {
    return code != null && BY_ALPHA3.containsKey(code);
  }

  /**
   * Every code this type knows, current states first, in a stable order.
   *
   * @return the alpha-3 codes, unmodifiable
   */
  public static Set<String> knownCodes() {
    return BY_ALPHA3.keySet();
  }

  /**
   * The English short name, e.g. "Venezuela".
   *
   * @return the name
   */
  public String name() {
    return BY_ALPHA3.get(code).name();
  }

  /**
   * The ISO 3166-1 alpha-2 code (or the ISO 3166-3 former code's first two letters).
   *
   * @return the two-letter code, upper case
   */
  public String alpha2() {
    return BY_ALPHA3.get(code).alpha2();
  }

  /**
   * Whether this is a former state (ISO 3166-3), such as the Soviet Union.
   *
   * @return true for a state that no longer exists
   */
  public boolean isFormer() {
    return BY_ALPHA3.get(code).former();
  }

  @Override
  public int compareTo(Country o) {
    return code.compareTo(o.code);
  }

  // written out rather than generated: the generated record methods are bound on first call, a
  // cost that showed when a parser was first created, and a country is compared by its code alone
  @Override
  public boolean equals(Object o) {
    return o instanceof Country other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
