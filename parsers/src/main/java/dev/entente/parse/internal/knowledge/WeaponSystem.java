package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A weapon system as arms-trade news names it: {@code WeaponSystem("Gripen", [JAS 39, Gripen E,
 * ...], [SWE], [BRA], AIRCRAFT, [])}.
 *
 * @param name the name the register lists it under
 * @param designations every form news writes it in, the name first
 * @param makers the states whose industry designs and sells it, the lead first (a joint
 *     programme such as the Eurofighter has several)
 * @param producers states that build it under licence, as news names them (may be empty)
 * @param category the category of SIPRI's arms transfers database
 * @param flags what else the line says
 */
public record WeaponSystem(
    String name, List<String> designations, List<Country> makers, List<Country> producers, Category category, Set<Flag> flags) {

  /** SIPRI's categories of major conventional arms. */
  public enum Category {
    AIRCRAFT("aircraft"),
    AIR_DEFENCE_SYSTEMS("air defence systems"),
    ARMOURED_VEHICLES("armoured vehicles"),
    ARTILLERY("artillery"),
    ENGINES("engines"),
    MISSILES("missiles"),
    NAVAL_WEAPONS("naval weapons"),
    SATELLITES("satellites"),
    SENSORS("sensors"),
    SHIPS("ships"),
    OTHER("other");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** The category as the data file writes it ("air defence systems"). */
    public String label() {
      return label;
    }

    /** The category written {@code label}, or an exception naming it. */
    public static Category of(String label) {
      for (Category c : values()) {
        if (c.label.equals(label)) {
          return c;
        }
      }
      throw new IllegalArgumentException("unknown category \"" + label + "\" (want one of SIPRI's: aircraft, air defence"
          + " systems, armoured vehicles, artillery, engines, missiles, naval weapons, satellites, sensors, ships, other)");
    }
  }

  /** Marks on a system. */
  public enum Flag {
    /** A designation of this system also names another maker's system (both lines carry the flag). */
    SHARED;

    /** The flag as the data file writes it ({@code "shared"}). */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WeaponSystem {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Weapon system name is blank");
    }
    designations = List.copyOf(designations);
    makers = List.copyOf(makers);
    producers = List.copyOf(producers);
    if (designations.isEmpty() || !designations.get(0).equals(name)) {
      throw new IllegalArgumentException("Weapon system \"" + name + "\" must list its name as its first designation");
    }
    if (makers.isEmpty()) {
      throw new IllegalArgumentException("Weapon system \"" + name + "\" has no maker");
    }
    if (category == null) {
      throw new IllegalArgumentException("Weapon system \"" + name + "\" has no category");
    }
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  /** The lead maker's state: the supplier when the text names none. */
  public Country maker() {
    return makers.get(0);
  }

  /** Whether the system carries this flag. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}
