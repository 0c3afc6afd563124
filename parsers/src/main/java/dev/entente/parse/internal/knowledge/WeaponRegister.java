package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Weapon systems arms-trade news names, with their makers and SIPRI categories ({@code
 * weapons.tsv}), so a rule can recognise "the first Gripen" as a Swedish aircraft without a
 * category noun after it and take the supplier from the maker when the text names none.
 *
 * <p>The file holds one system per line, six TAB-separated columns; lines starting with {@code #}
 * and blank lines are skipped, trailing empty columns may be left out:
 *
 * <pre>{@code
 * name	designations	makers	producers	category	flags
 * Gripen	JAS 39 Gripen|JAS 39|Gripen E|Gripen C/D	SWE	BRA	aircraft
 * }</pre>
 *
 * <ul>
 *   <li>name: the system as the register lists it; it is a designation too;
 *   <li>designations: other forms news writes it in (variants, marks, sub-types, names of the
 *       classes of a ship family), separated by {@code |}, may be empty;
 *   <li>makers: the maker's state, ISO 3166-1 alpha-3; a joint programme lists its partners
 *       separated by {@code |}, the lead first;
 *   <li>producers: states whose industry builds it under licence, separated by {@code |}, may be
 *       empty;
 *   <li>category: one of SIPRI's ({@link WeaponSystem.Category#label()}): aircraft, air defence
 *       systems, armoured vehicles, artillery, engines, missiles, naval weapons, satellites,
 *       sensors, ships, other;
 *   <li>flags: {@code shared} when a designation also names another maker's system.
 * </ul>
 *
 * <p>Designations are compared by token key ({@link Keys#of}): case and accents aside, cut as the
 * tokenizer cuts text ("F/A-18E" is three tokens). A designation whose first word is written in
 * capitals ("TOW", "NASAMS") only matches a token written so; any other only matches a token that
 * does not start lower case, so "a tiger" is never a Tiger. The built-in file is read once per
 * JVM ({@link #builtIn()}); users' files in the same format are read with {@link #read(Reader,
 * String)} and laid over it with {@link #with(WeaponRegister)}.
 */
public final class WeaponRegister {

  private static final String FILE = "weapons.tsv";
  private static final int COLUMNS = 6;

  /** A designation found in a token sequence: tokens {@code [start, end)} name {@code system}. */
  public record Match(WeaponSystem system, int start, int end) {}

  private final List<WeaponSystem> systems;
  private final TokenIndex<WeaponSystem> index;

  private WeaponRegister(List<WeaponSystem> systems) {
    this.systems = List.copyOf(systems);
    Map<WeaponSystem, List<String>> names = new LinkedHashMap<>(systems.size() * 2);
    for (WeaponSystem s : this.systems) {
      names.put(s, s.designations());
    }
    this.index = new TokenIndex<>(names);
    WordIds.Ids ids = WordIds.register(index.firstKeys());
    this.startsById = new boolean[ids.size()];
    for (String key : index.firstKeys()) {
      startsById[ids.of(key)] = true;
    }
  }

  /** By word number ({@link WordIds}), whether some designation starts with that key. */
  private final boolean[] startsById;

  private static final class BuiltIn {
    static final WeaponRegister INSTANCE = load();
  }

  /** The built-in register, read once per JVM and shared. */
  public static WeaponRegister builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Reads the built-in file afresh (tests and measurements; users want {@link #builtIn()}). */
  public static WeaponRegister load() {
    return DataLines.resource(FILE, WeaponRegister::read);
  }

  /** Reads systems in the file's format from {@code reader}; {@code source} names it in error messages. */
  public static WeaponRegister read(Reader reader, String source) {
    List<WeaponSystem> out = DataLines.read(reader, source, COLUMNS, 5, WeaponRegister::system);
    return new WeaponRegister(out);
  }

  /** Reads a user's systems in the file's format from {@code reader}. */
  public static WeaponRegister read(Reader reader) {
    return read(reader, "weapon systems");
  }

  /**
   * This register with {@code added}'s systems laid over it: a system of {@code added} replaces one
   * of the same name here, and its designations win over any here that read the same.
   */
  public WeaponRegister with(WeaponRegister added) {
    Set<String> names = new HashSet<>();
    for (WeaponSystem s : added.systems) {
      names.add(Keys.of(s.name()));
    }
    List<WeaponSystem> out = new ArrayList<>(systems.size() + added.systems.size());
    out.addAll(added.systems);
    for (WeaponSystem s : systems) {
      if (!names.contains(Keys.of(s.name()))) {
        out.add(s);
      }
    }
    return new WeaponRegister(out);
  }

  /** Every system, in file order (after {@link #with}, the added ones first). */
  public List<WeaponSystem> systems() {
    return systems;
  }

  /**
   * The longest designation that starts at token {@code i}, or null. One hash lookup on the token's
   * key; most tokens end there.
   */
  public @Nullable Match at(List<Token> tokens, int i) {
    TokenIndex.Hit<WeaponSystem> hit = index.at(tokens, i);
    return hit == null ? null : new Match(hit.value(), hit.start(), hit.end());
  }

  /**
   * Whether some designation starts with the key of word number {@code wordId} ({@link WordIds}, as
   * an article's tokens are numbered after this register was built; -1 for none): an array read.
   */
  public boolean starts(int wordId) {
    return wordId >= 0 && wordId < startsById.length && startsById[wordId];
  }

  /** Whether some designation starts with this token key: a cheap test before {@link #at}. */
  public boolean starts(String key) {
    return index.starts(key);
  }

  /** The systems one of whose designations reads as {@code designation} ("Su-30MKI", "Leopard 2A7"). */
  public List<WeaponSystem> named(String designation) {
    return index.named(designation);
  }

  @Override
  public String toString() {
    return "WeaponRegister[" + systems.size() + " systems]";
  }

  // ---- reading ---------------------------------------------------------------------------

  private static WeaponSystem system(String[] cols) {
    Set<String> designations = new LinkedHashSet<>();
    designations.add(cols[0]);
    designations.addAll(split(cols[1]));
    List<Country> makers = countries(split(cols[2]));
    List<Country> producers = countries(split(cols[3]));
    Set<WeaponSystem.Flag> flags = DataLines.flags(cols[5], WeaponSystem.Flag.class);
    return new WeaponSystem(cols[0], List.copyOf(designations), makers, producers, WeaponSystem.Category.of(cols[4]), flags);
  }

  private static List<Country> countries(List<String> codes) {
    List<Country> out = new ArrayList<>(codes.size());
    for (String c : codes) {
      out.add(Country.of(c));
    }
    return out;
  }

  private static List<String> split(String s) {
    return DataLines.split(s, '|');
  }
}
