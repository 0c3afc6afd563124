package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cities that host diplomacy, with their state ({@code cities.tsv}): every capital, former
 * capitals, seats of government and the cities of summits, ports and bases, so a rule can tell
 * that a meeting "in Kiev" took place in Ukraine.
 *
 * <p>A city named as a place is not a mention of its state: the gazetteer alone decides which
 * states an article mentions (a capital standing for its government, as "Moscow said", is its
 * business).
 *
 * <p>The file holds one city per line, four TAB-separated columns; lines starting with {@code #}
 * and blank lines are skipped, trailing empty columns may be left out:
 *
 * <pre>{@code
 * name	variants	country	flags
 * Kyiv	Kiev|Kyyiv	UKR	capital
 * }</pre>
 *
 * <ul>
 *   <li>name: as English-language news writes it today;
 *   <li>variants: other spellings and former names separated by {@code |}, may be empty;
 *   <li>country: ISO 3166-1 alpha-3, former states by ISO 3166-3 ({@code DDR});
 *   <li>flags: comma-separated {@link City.Flag} codes ({@code capital, seat, former}), may be
 *       empty.
 * </ul>
 *
 * <p>Names are compared by token key ({@link Keys#of}) and only at a token that does not start
 * lower case. The built-in file is read once per JVM ({@link #builtIn()}); users' files are read
 * with {@link #read(Reader, String)} and laid over it with {@link #with(Places)}.
 */
public final class Places {

  private static final String FILE = "cities.tsv";

  /** A city named in a token sequence: tokens {@code [start, end)} name {@code city}. */
  public record Match(City city, int start, int end) {}

  private final List<City> cities;
  private final TokenIndex<City> index;

  private Places(List<City> cities) {
    this.cities = List.copyOf(cities);
    Map<City, List<String>> names = new LinkedHashMap<>(cities.size() * 2);
    for (City c : this.cities) {
      List<String> all = new ArrayList<>(c.variants().size() + 1);
      all.add(c.name());
      all.addAll(c.variants());
      names.put(c, all);
    }
    this.index = new TokenIndex<>(names);
  }

  private static final class BuiltIn {
    static final Places INSTANCE = load();
  }

  /** The built-in cities, read once per JVM and shared. */
  public static Places builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Reads the built-in file afresh (tests and measurements; users want {@link #builtIn()}). */
  public static Places load() {
    return DataLines.resource(FILE, Places::read);
  }

  /** Reads cities in the file's format from {@code reader}; {@code source} names it in error messages. */
  public static Places read(Reader reader, String source) {
    return new Places(DataLines.read(reader, source, 4, 3, Places::city));
  }

  /** Reads a user's cities in the file's format from {@code reader}. */
  public static Places read(Reader reader) {
    return read(reader, "places");
  }

  /**
   * These cities with {@code added}'s laid over them: a city of {@code added} replaces one of the
   * same name and state here, and its names win over any here that read the same.
   */
  public Places with(Places added) {
    Set<String> replaced = new HashSet<>();
    for (City c : added.cities) {
      replaced.add(Keys.of(c.name()) + '\t' + c.country().code());
    }
    List<City> out = new ArrayList<>(cities.size() + added.cities.size());
    out.addAll(added.cities);
    for (City c : cities) {
      if (!replaced.contains(Keys.of(c.name()) + '\t' + c.country().code())) {
        out.add(c);
      }
    }
    return new Places(out);
  }

  /** Every city, in file order (after {@link #with}, the added ones first). */
  public List<City> cities() {
    return cities;
  }

  /** The longest city name that starts at token {@code i}, or null. */
  public @Nullable Match at(List<Token> tokens, int i) {
    TokenIndex.Hit<City> hit = index.at(tokens, i);
    return hit == null ? null : new Match(hit.value(), hit.start(), hit.end());
  }

  /** The cities named {@code name} (by name or variant, case and accents aside). */
  public List<City> named(String name) {
    return index.named(name);
  }

  /** The capitals and seats of government of {@code country}. */
  public List<City> seatsOf(Country country) {
    List<City> out = new ArrayList<>(2);
    for (City c : cities) {
      if (c.country().equals(country) && c.isSeatOfGovernment()) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Places[" + cities.size() + " cities]";
  }

  private static City city(String[] cols) {
    return new City(cols[0], DataLines.split(cols[1], '|'), Country.of(cols[2]), DataLines.flags(cols[3], City.Flag.class));
  }
}
