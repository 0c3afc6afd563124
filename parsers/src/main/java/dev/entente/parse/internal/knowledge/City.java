package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A city news names as the place of diplomacy: {@code City("Kyiv", [Kiev, Kyyiv], UKR, [CAPITAL])}.
 *
 * @param name the name as English-language news writes it today
 * @param variants other spellings and former names ("Kiev", "Bombay", "Peking")
 * @param country the state the city lies in, by ISO 3166-1 or 3166-3 alpha-3 code
 * @param flags whether it is a capital, a former one or a seat of government
 */
public record City(String name, List<String> variants, Country country, Set<Flag> flags) {

  /** What a city is to its state. */
  public enum Flag {
    /** The state's capital (some states have several: La Paz and Sucre, Pretoria and Cape Town). */
    CAPITAL,
    /** A seat of government that is not, or not only, the capital: The Hague, Putrajaya. */
    SEAT,
    /** A former capital: Bonn, Rio de Janeiro, Almaty, Istanbul. */
    FORMER;

    /** The flag as the data file writes it ({@code "capital"}). */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public City {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("City name is blank");
    }
    variants = List.copyOf(variants);
    if (country == null) {
      throw new IllegalArgumentException("City \"" + name + "\" has no country");
    }
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  /** Whether the city carries this flag. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** Whether the city is its state's capital or seat of government today. */
  public boolean isSeatOfGovernment() {
    return flags.contains(Flag.CAPITAL) || flags.contains(Flag.SEAT);
  }
}
