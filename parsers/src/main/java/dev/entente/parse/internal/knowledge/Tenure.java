package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person's time in one office of one state: {@code Tenure("Angela Merkel", [], DEU,
 * HEAD_OF_GOVERNMENT, "Chancellor", 2005-11-22, 2021-12-08, [])}. The end is null while the holder
 * is in office; a date known only to the month or year starts on its first day and ends on its
 * last.
 *
 * @param name the name as news writes it at its fullest
 * @param variants other spellings and forms of the name, the surname the loader derives aside
 * @param country the state, by ISO 3166-1 or 3166-3 alpha-3 code
 * @param role the kind of office
 * @param title the office as news writes it ("Prime Minister", "Emir")
 * @param start the first day in office
 * @param end the last day in office, or null while in office
 * @param flags what else the line says about the tenure
 */
public record Tenure(
    String name,
    List<String> variants,
    Country country,
    Role role,
    String title,
    LocalDate start,
    @Nullable LocalDate end,
    Set<Flag> flags) {

  /** Marks on a tenure. */
  public enum Flag {
    /** Head of state who also heads the government (a US president). */
    BOTH,
    /** Held in an acting or interim capacity. */
    ACTING,
    /** The office is held together with another holder of the same role (co-princes, a party leader beside a state president). */
    SHARED,
    /** The holder's claim to the office was contested by another claimant. */
    DISPUTED,
    /** The name is written family name first (East Asian names): the family name is the first word. */
    FNF,
    /**
     * The holder is known by the full name and the variants only: the surname alone, or the first
     * word with it, is also another state's holder's on the same days, so it would name the wrong one.
     */
    FULL;

    /** The flag as the data files write it ({@code "fnf"}). */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Tenure {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Tenure name is blank");
    }
    variants = List.copyOf(variants);
    if (country == null || role == null || start == null) {
      throw new IllegalArgumentException("Tenure of \"" + name + "\" lacks country, role or start");
    }
    title = title == null ? "" : title;
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("Tenure of \"" + name + "\" ends " + end + " before it starts " + start);
    }
  }

  /** Whether the tenure holds this flag. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** Whether the holder was in office on {@code date}, give or take {@code marginDays} at either edge. */
  public boolean contains(LocalDate date, int marginDays) {
    return !date.isBefore(start.minusDays(marginDays)) && (end == null || !date.isAfter(end.plusDays(marginDays)));
  }

  /** The surname news uses on second mention, folded: the family name of an {@link Flag#FNF} name, else the last word with the particles before it. */
  public String surname() {
    return OfficeHolders.surnameOf(name, has(Flag.FNF));
  }
}
