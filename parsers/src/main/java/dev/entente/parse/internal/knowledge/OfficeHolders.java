package dev.entente.parse.internal.knowledge;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.text.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who held which office of which state, and when: heads of state and government ({@code
 * heads.tsv}) and ministers ({@code ministers.tsv}), so a rule can tell which state a named leader
 * acts for on the day of an article.
 *
 * <p>The files hold one tenure per line, eight TAB-separated columns; lines starting with {@code #}
 * and blank lines are skipped:
 *
 * <pre>{@code
 * name	variants	country	role	title	start	end	flags
 * Vladimir Putin	Vladimir Vladimirovich Putin	RUS	HEAD_OF_STATE	President	2012-05-07
 * }</pre>
 *
 * <ul>
 *   <li>name: as news writes it at its fullest ("Sheikh [given] bin [father] Al [house]");
 *   <li>variants: other spellings and forms separated by {@code |}, may be empty; the surname
 *       alone of the name and of each variant (last word with the lower-case particles before it,
 *       or the first word of a name flagged {@code fnf}), and the name without a leading honorific
 *       and its first word after the honorific, are derived here;
 *   <li>country: ISO 3166-1 alpha-3, former states by ISO 3166-3 ({@code SUN}, {@code YUG});
 *   <li>role: a {@link Role} constant;
 *   <li>title: the office as news writes it ("Prime Minister");
 *   <li>start, end: {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} when the day is not
 *       known; end empty while in office;
 *   <li>flags: comma-separated {@link Tenure.Flag} codes ({@code both, acting, shared, disputed,
 *       fnf, full}), may be empty; trailing empty columns may be left out. A tenure flagged {@code
 *       full} is found by its name and variants as written, none of the forms above derived.
 * </ul>
 *
 * <p>Names are compared folded: case, accents, dots and hyphens aside. The built-in files are read
 * once per JVM ({@link #standard()}); users' own files in the same format are read with {@link
 * #read(Reader, String)} and laid over the built-in ones with {@link #with(OfficeHolders)}.
 */
public final class OfficeHolders {

  /** Days at either edge of a tenure within which a dated lookup still finds its holder. */
  public static final int MARGIN_DAYS = 7;

  private static final String HEADS = "heads.tsv";
  private static final String MINISTERS = "ministers.tsv";
  private static final Set<String> HONORIFICS =
      Set.of("sheikh", "sheikha", "shaikh", "king", "queen", "prince", "emir", "sultan", "pope", "ayatollah", "general", "sir", "dame");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter",
      "ten", "zu", "al", "el", "bin", "ibn", "bint", "ben", "wa", "arap", "y", "e");
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "ar", "az", "at");

  private final List<Tenure> tenures;
  private final Map<String, Tenure[]> byKey;
  /** The keys' hashes, so a name no key is fails before it is folded. */
  private final FoldedNames names;

  private OfficeHolders(List<Tenure> tenures) {
    this.tenures = List.copyOf(tenures);
    // one map built in one pass, each key's tenures in file order; the keys' hashes kept for the table
    Map<String, Tenure[]> index = new HashMap<>(tenures.size() * 8);
    int[] hashes = new int[tenures.size() * 4 + 16];
    int distinct = 0;
    Keys own = new Keys();
    for (Tenure t : this.tenures) {
      own.size = 0;
      keysOf(t, own);
      for (int i = 0; i < own.size; i++) {
        String key = own.keys[i];
        Tenure[] had = index.get(key);
        if (had == null) {
          index.put(key, new Tenure[] {t});
          if (distinct == hashes.length) {
            hashes = Arrays.copyOf(hashes, distinct * 2);
          }
          hashes[distinct++] = key.hashCode();
        } else {
          Tenure[] more = Arrays.copyOf(had, had.length + 1);
          more[had.length] = t;
          index.put(key, more);
        }
      }
    }
    this.byKey = index;
    this.names = new FoldedNames(hashes, distinct);
  }

  /** A tenure's distinct keys, gathered without a set: a tenure has a dozen at most. */
  private static final class Keys {
    String[] keys = new String[16];
    int size;

    void add(String key) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return;
        }
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }
  }


  private static final class Standard {
    static final OfficeHolders INSTANCE = load();
  }

  /** The built-in office holders, read once per JVM and shared. */
  public static OfficeHolders standard() {
    return Standard.INSTANCE;
  }

  /** Reads the built-in files afresh (tests and measurements; users want {@link #standard()}). */
  public static OfficeHolders load() {
    List<Tenure> all = new ArrayList<>(3000);
    for (String file : List.of(HEADS, MINISTERS)) {
      try (InputStream in = Resources.open(OfficeHolders.class, file)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + file);
        }
        parse(new InputStreamReader(in, StandardCharsets.UTF_8), file, all);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    return new OfficeHolders(all);
  }

  /** Reads a user's tenures in the files' format from {@code reader}. */
  public static OfficeHolders read(Reader reader) {
    return read(reader, "office holders");
  }

  /** Reads tenures in the files' format from {@code reader}; {@code source} names it in error messages. */
  public static OfficeHolders read(Reader reader, String source) {
    List<Tenure> out = new ArrayList<>();
    parse(reader, source, out);
    return new OfficeHolders(out);
  }

  /** Every tenure, in file order. */
  public List<Tenure> tenures() {
    return tenures;
  }

  /**
   * These tenures with {@code added}'s laid over them: a person {@code added} names for a state
   * loses every tenure of that state here and keeps those {@code added} gives.
   */
  public OfficeHolders with(OfficeHolders added) {
    Set<String> replaced = new HashSet<>();
    for (Tenure t : added.tenures) {
      replaced.add(fold(t.name()) + '\t' + t.country().code());
    }
    List<Tenure> out = new ArrayList<>(tenures.size() + added.tenures.size());
    for (Tenure t : tenures) {
      if (!replaced.contains(fold(t.name()) + '\t' + t.country().code())) {
        out.add(t);
      }
    }
    out.addAll(added.tenures);
    return new OfficeHolders(out);
  }

  /**
   * The tenures whose name, a variant, a surname or a name without its honorific matches {@code
   * surnameOrName} (folded), held on {@code onDate} give or take {@link #MARGIN_DAYS}.
   */
  public List<Tenure> holders(String surnameOrName, LocalDate onDate) {
    Tenure[] hits = names.mayHold(surnameOrName) ? byKey.get(fold(surnameOrName)) : null;
    if (hits == null) {
      return List.of();
    }
    List<Tenure> out = null;
    for (Tenure t : hits) {
      if (t.contains(onDate, MARGIN_DAYS)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(t);
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  /** Every tenure whose name matches {@code surnameOrName} as in {@link #holders(String, LocalDate)}, whenever held. */
  public List<Tenure> holders(String surnameOrName) {
    Tenure[] hits = names.mayHold(surnameOrName) ? byKey.get(fold(surnameOrName)) : null;
    return hits == null ? List.of() : List.of(hits);
  }

  /**
   * Whether some tenure may match {@code words}, then {@code more} if given, joined by spaces:
   * false only when {@link #holders(String)} of that name is empty. Asked before the name is built.
   */
  public boolean mayHold(List<String> words, @Nullable String more) {
    return names.mayHold(words, more);
  }

  @Override
  public String toString() {
    return "OfficeHolders[" + tenures.size() + " tenures]";
  }

  // ---- keys and folding ------------------------------------------------------------------

  private static void keysOf(Tenure t, Keys out) {
    if (t.has(Tenure.Flag.FULL)) {
      out.add(fold(t.name()));
      for (String v : t.variants()) {
        out.add(fold(v));
      }
      return;
    }
    boolean fnf = t.has(Tenure.Flag.FNF);
    formsOf(fold(t.name()), fnf, true, out);
    for (String v : t.variants()) {
      formsOf(fold(v), fnf, false, out);
    }
  }

  /**
   * A folded name, its surname (and the surname without an Arabic article), and for the name
   * itself its first word with the surname, and the name and its first word after an honorific.
   */
  private static void formsOf(String full, boolean fnf, boolean name, Keys out) {
    out.add(full);
    int space = full.indexOf(' ');
    if (space < 0) {
      return;
    }
    String surname = surnameOfFolded(full, fnf);
    out.add(surname);
    int article = surname.indexOf(' ');
    if (article > 0 && ARABIC_ARTICLES.contains(surname.substring(0, article))) {
      out.add(surname.substring(article + 1));
    }
    if (!name || fnf) {
      return;
    }
    String first = full.substring(0, space);
    if (HONORIFICS.contains(first)) {
      String rest = full.substring(space + 1);
      out.add(rest);
      int next = rest.indexOf(' ');
      if (next > 0) {
        // "King Salman" is "Salman" on second mention, "Sheikh [given] bin [father] Al [house]" "[given] bin [father]";
        // "King Abdullah II" is not "Abdullah Abdullah"
        out.add(rest.substring(0, next));
        if (!rest.substring(0, next).equals(surname)) {
          out.add(rest.substring(0, next) + ' ' + surname);
        }
      }
    } else {
      out.add(first + ' ' + surname);
    }
  }

  /** The surname news uses on second mention, folded: see {@link #surnameOfFolded}. */
  static String surnameOf(String name, boolean fnf) {
    return surnameOfFolded(fold(name), fnf);
  }

  /**
   * The family name of a family-name-first name (its first word), else the last word, a
   * generational suffix aside, with the particles before it ("de gaulle", "bin salman").
   */
  private static String surnameOfFolded(String full, boolean fnf) {
    int space = full.indexOf(' ');
    if (space < 0) {
      return full;
    }
    if (fnf) {
      return full.substring(0, space);
    }
    int end = full.length();
    int from = full.lastIndexOf(' ') + 1;
    while (from > 0 && SUFFIXES.contains(full.substring(from, end))) {
      end = from - 1;
      from = full.lastIndexOf(' ', end - 1) + 1;
    }
    int start = from;
    while (start > space + 1) {
      int before = full.lastIndexOf(' ', start - 2) + 1;
      if (before == 0 || !PARTICLES.contains(full.substring(before, start - 1))) {
        break;
      }
      start = before;
    }
    return full.substring(start, end);
  }

  /** Lower-case ASCII letters of U+00C0 to U+024F with their marks dropped; NUL where the letter folds otherwise. */
  static final String LATIN_FOLDS =
      "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnn\0nnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0ff\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

  /** Lower case, accents, dots and commas dropped, hyphens and runs of spaces as one space. */
  static String fold(String s) {
    // into a char array rather than a StringBuilder: the files' thousands of names are folded while
    // the loader still runs interpreted, where each builder call costs many times a store
    char[] b = new char[s.length() + 8];
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00a0' || c == '\t') {
        if (!space) {
          b[n++] = ' ';
          space = true;
        }
        continue;
      }
      if (c == '.' || c == ',') {
        continue;
      }
      space = false;
      if (n + 4 > b.length) {
        b = Arrays.copyOf(b, b.length * 2);
      }
      if (c < 128) {
        b[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        continue;
      }
      char folded = c >= 0xC0 && c < 0x250 ? LATIN_FOLDS.charAt(c - 0xC0) : dev.entente.parse.internal.text.Keys.latinAdditional(c);
      if (folded != 0) {
        b[n++] = folded;
        continue;
      }
      switch (c) {
        case '\u00df' -> n = put(b, n, 's', 's');
        case '\u00e6', '\u00c6' -> n = put(b, n, 'a', 'e');
        case '\u0153', '\u0152' -> n = put(b, n, 'o', 'e');
        case '\u00fe', '\u00de' -> n = put(b, n, 't', 'h');
        case '\u2019', '\u2018', '\u02bc', '\u02bb' -> b[n++] = '\'';
        default -> {
          if (Character.getType(c) == Character.NON_SPACING_MARK) {
            space = n == 0 || b[n - 1] == ' ';
          } else {
            // letters beyond the Latin tables are rare: decompose them one by one
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (n + d.length() > b.length) {
              b = Arrays.copyOf(b, b.length * 2 + d.length());
            }
            for (int k = 0; k < d.length(); k++) {
              char x = d.charAt(k);
              if (Character.getType(x) != Character.NON_SPACING_MARK) {
                b[n++] = Character.toLowerCase(x);
              }
            }
          }
        }
      }
    }
    if (n > 0 && b[n - 1] == ' ') {
      n--;
    }
    return new String(b, 0, n);
  }

  private static int put(char[] b, int n, char first, char second) {
    b[n] = first;
    b[n + 1] = second;
    return n + 2;
  }

  // ---- reading ---------------------------------------------------------------------------

  private static void parse(Reader reader, String source, List<Tenure> out) {
    out.addAll(DataLines.read(reader, source, 8, 6, OfficeHolders::tenure));
  }

  private static Tenure tenure(String[] cols) {
    Role role;
    try {
      role = Role.valueOf(cols[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown role \"" + cols[3] + "\"");
    }
    LocalDate start = date(cols[5], false);
    LocalDate end = cols[6].isEmpty() ? null : date(cols[6], true);
    return new Tenure(cols[0], DataLines.split(cols[1], '|'), Country.of(cols[2]), role, cols[4], start, end, DataLines.flags(cols[7], Tenure.Flag.class));
  }

  /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; a partial date is its first day, or its last when it ends a tenure. */
  static LocalDate date(String s, boolean end) {
    int len = s.length();
    if (len != 4 && len != 7 && len != 10 || len > 4 && s.charAt(4) != '-' || len > 7 && s.charAt(7) != '-') {
      throw new IllegalArgumentException("bad date \"" + s + "\" (want YYYY-MM-DD, YYYY-MM or YYYY)");
    }
    int year = digits(s, 0, 4);
    if (len == 4) {
      return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    int month = digits(s, 5, 7);
    if (len == 7) {
      return end ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, 1);
    }
    return LocalDate.of(year, month, digits(s, 8, 10));
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("bad date \"" + s + "\" (want YYYY-MM-DD, YYYY-MM or YYYY)");
      }
      v = v * 10 + c - '0';
    }
    return v;
  }
}
