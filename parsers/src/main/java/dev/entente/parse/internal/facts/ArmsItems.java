package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The items of an arms transfer as a sentence writes them: a designation the weapon register knows
 * ({@code Gripen}, {@code F-16s}), a designation by shape beside a family name or category noun
 * ({@code AK-103 Kalashnikov rifles}), a category noun counted ({@code 24 fighter jets}), or a
 * defence facility ({@code an aircraft repair and maintenance facility}); with the count before
 * it and the state whose adjective makes it ({@code Russian AK-103 rifles}).
 */
final class ArmsItems {
  private final Lexicon weapons = Lexicon.load("weapons.txt");
  private final Lexicon facilities = Lexicon.load("facilities.txt");
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");

  private static final Set<String> PRODUCE = Set.of("produce", "producing", "manufacture", "manufacturing",
      "assemble", "assembling", "make", "making", "build", "building", "production", "repair", "service", "servicing");
  private static final Set<String> STOP = Set.of(".", ";", ",", "(", ")", "which", "that", "who", "where", "while");

  /** An item found in a sentence: its tokens {@code [first, end)}, head word and count. */
  record Item(int first, int end, String text, String head, @Nullable Quantity quantity,
      @Nullable Country madeBy, @Nullable WeaponSystem system) {}

  /**
   * The items of tokens [from, to) that the transfer told there is of; the spans of the systems
   * named but passed over ("already operates 18 [system]s") go to {@code passed}.
   */
  List<Item> items(Scope sc, int from, int to, boolean facilityContext, List<Span> passed) {
    List<Item> out = new ArrayList<>();
    int passedEnd = -1;
    WeaponRegister register = sc.doc.knowledge().weapons();
    for (int i = from; i < to; i++) {
      if (!mayStart(sc, register, i)) {
        continue;
      }
      Item it = facilityContext ? plantAt(sc, i, to) : null;
      if (it == null) {
        // "T-72 tanks, MiG-23 fighter-bombers and naval vessels": a category noun listed right after an item
        boolean listed = !out.isEmpty() && listedWith(sc, out.get(out.size() - 1).end(), i);
        it = weaponAt(sc, i, from, to, listed);
      }
      if (it == null && facilityContext) {
        it = facilityAt(sc, i, from, to);
      }
      if (it != null && it.system() == null && civil(sc, from, it.first(), it.end())) {
        i = it.end() - 1; // "118 Airbus planes", "automakers shipped 900,000 vehicles": goods of civil use
        continue;
      }
      if (it != null) {
        if (passedOver(sc, from, it.first()) || passedEnd >= 0 && listedWith(sc, passedEnd, it.first())) {
          passedEnd = it.end(); // "over the [system] and the [system]": both passed over
          passed.add(sc.span(it.first(), it.end()));
        } else {
          out.add(it);
        }
        i = it.end() - 1;
      }
    }
    return out;
  }

  /**
   * Whether an item may start at token {@code i}, by its flags and word number alone: a word in lower
   * case without a hyphen starts one only as a phrase of the weapon or facility words or as a
   * designation of the register (a designation's shape, a family's letter variant and the plural of
   * a designation are written with a capital or a hyphen). Most words of a sentence are passed over
   * here, before the lookups of {@link #weaponAt}.
   */
  private boolean mayStart(Scope sc, WeaponRegister register, int i) {
    byte b = sc.bits[i];
    return (b & Token.LOWER) == 0 || (b & Token.HYPHEN) != 0 || sc.starts(weapons, i) || sc.starts(facilities, i)
        || register.starts(sc.wordId(i));
  }

  /**
   * Whether the item at {@code first} is what a buyer passed over, retires or already has, or what
   * the item is compared with, not what it buys: "chose the F-16 over the Gripen", "to replace its
   * MiG-21s", "which already operates 48 F-16s", "cheaper than the F-35" (the words are in the data,
   * role OTHER_THAN).
   */
  private boolean passedOver(Scope sc, int from, int first) {
    for (int i = first - 1; i >= Math.max(from, first - 7); i--) {
      Lexicon.Match m = sc.at(words, i, first);
      if (m != null && m.has("OTHER_THAN")) {
        return true;
      }
      if (CLAUSE_MARKS.contains(sc.key(i)) || sc.key(i).equals("and")) {
        return false;
      }
      if (sc.countAt(i, numberWords) != null) {
        // "already operates 18 [system]s": the word of a fleet just before the count; "over 20 tanks" is
        // a count, hedged; "replace its [system]s with 36 [system]s": a count farther on is the purchase
        Lexicon.Match w = i > from && !hedged(sc, from, i) ? sc.at(words, i - 1, i) : null;
        return w != null && w.has("OTHER_THAN");
      }
    }
    return false;
  }

  /**
   * Whether a word of civil use stands in tokens [first, end) of an item no register names, or in the
   * five before it within its clause ("passenger jets", "118 Airbus planes", "automakers shipped
   * 900,000 vehicles"): the category noun names civil goods (the words are in the data, role CIVIL).
   */
  private boolean civil(Scope sc, int from, int first, int end) {
    for (int i = first - 1; i >= Math.max(from, first - 5) && !CLAUSE_MARKS.contains(sc.key(i)); i--) {
      if (sc.word(words, i, "CIVIL")) {
        return true;
      }
    }
    for (int i = first; i < end; i++) {
      if (sc.word(words, i, "CIVIL")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hedge of one or two words ("over", "more than") ends just before the count at {@code count}. */
  private boolean hedged(Scope sc, int from, int count) {
    for (int i = count - 1; i >= Math.max(from, count - 2); i--) {
      Lexicon.Match m = sc.at(qualifiers, i, count);
      if (m != null && i + m.length() == count) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", ".");

  /** Whether tokens [end, first) only join two items of one list: "and the", "or", ", the French". */
  private static boolean listedWith(Scope sc, int end, int first) {
    if (first - end > 4) {
      return false;
    }
    for (int i = end; i < first; i++) {
      String k = sc.key(i);
      if (!LIST_JOINERS.contains(k) && sc.country(i) == null && !sc.token(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> LIST_JOINERS = Set.of("and", "or", ",", "the", "a", "an", "its");

  private boolean isHead(Scope sc, int i, int to) {
    Lexicon.Match m = sc.at(weapons, i, to);
    return m != null && m.has("HEAD");
  }

  private boolean isMod(Scope sc, int i, int to) {
    Lexicon.Match m = sc.at(weapons, i, to);
    return m != null && (m.has("MOD") || m.has("HEAD"));
  }

  private boolean isFamilyName(Scope sc, int i) {
    Token t = sc.token(i);
    if (!t.isWord() || !t.isCapitalized() || t.text().length() < 3) {
      return false;
    }
    String k = t.key();
    int h = t.hasHyphen() ? k.indexOf('-') : -1;
    // a family with a letter variant: "Rafale-M", "Patriot-PAC"
    return sc.word(weapons, i, "FAMILY") || h >= 3 && k.length() - h <= 4 && weapons.has(k.substring(0, h), "FAMILY");
  }

  /** Whether token i is a designation that names a weapon: known family, or weapon words beside it. */
  private boolean isDesignation(Scope sc, int i, int from, int to) {
    Token t = sc.token(i);
    Designations.Shape shape = sc.shape(i);
    if (shape == Designations.Shape.NONE || sc.date(i) != null || sc.country(i) != null) {
      return false;
    }
    boolean family = weapons.has(Designations.family(t.text()), "FAMILY") || sc.word(weapons, i, "FAMILY");
    if (shape == Designations.Shape.FAMILY_FORM) {
      // a class named after its first ship needs a category noun after it: "Guardian-class patrol boats"
      return family || t.key().endsWith("-class") && headAfter(sc, i, to);
    }
    if (family && shape == Designations.Shape.MODEL) {
      return true;
    }
    return i > from && isFamilyName(sc, i - 1) || headAfter(sc, i, to);
  }

  /** Whether a category noun ("frigates", "patrol boats") stands in the three words after token {@code i}. */
  private boolean headAfter(Scope sc, int i, int to) {
    for (int k = i + 1; k < Math.min(to, i + 4); k++) {
      if (isHead(sc, k, to)) {
        return true;
      }
      if (!sc.token(k).isWord()) {
        break;
      }
    }
    return false;
  }

  /**
   * The item that starts at token {@code i}: a designation, a family name with weapon words, or a
   * category noun counted ("24 fighter jets") or, when {@code listed}, listed right after another
   * item of the same list ("..., MiG-23 fighter-bombers and naval vessels").
   */
  private @Nullable Item weaponAt(Scope sc, int i, int from, int to, boolean listed) {
    WeaponRegister register = sc.doc.knowledge().weapons();
    WeaponRegister.Match known = sc.country(i) == null && sc.date(i) == null ? known(sc, register, i) : null;
    if (known != null && (known.end() > to && !joined(sc, to) || acronym(sc.token(i).text()) && !writtenSo(known.system(), sc.token(i).text()))) {
      known = null; // "the OSA framework" is no Osa: a word in capitals names a system only when written so
    }
    // a designation the register knows needs no number or category noun: "the first Gripen arrived"
    boolean designation = known != null || isDesignation(sc, i, from, to);
    boolean named = !designation && isFamilyName(sc, i)
        && (isMod(sc, i + 1, to) || (i + 1 < to && isDesignation(sc, i + 1, from, to)));
    boolean counted = false;
    if (!designation && !named && isMod(sc, i, to)) {
      // "24 fighter jets": a category noun counted by a number just before it
      int j = i;
      while (j < to && isMod(sc, j, to) && !isHead(sc, j, to)) {
        j++;
      }
      counted = j < to && isHead(sc, j, to) && (listed || i > from && sc.countAt(i - 1, numberWords) != null
          && sc.date(i - 1) == null && sc.money(i - 1) == null && sc.percent(i - 1) == null);
    }
    if (!designation && !named && !counted) {
      return null;
    }
    int end = known != null ? known.end() : i + 1;
    String head = sc.key(end - 1);
    while (end < to) {
      Lexicon.Match m = sc.at(weapons, end, to);
      if (isDesignation(sc, end, from, to) || isFamilyName(sc, end)) {
        end++;
      } else if (m != null && (m.has("MOD") || m.has("HEAD"))) {
        head = sc.key(end + m.length() - 1);
        end += m.length();
      } else {
        break;
      }
    }
    // a trailing modifier that is no head ("Su-35 combat") is kept: it is how the text names it
    Quantity quantity = null;
    Country madeBy = null;
    int before = i - 1;
    if (before >= from) {
      BigDecimal n = sc.countAt(before, numberWords);
      if (n != null && sc.date(before) == null && sc.money(before) == null && n.signum() > 0) {
        quantity = Quantity.of(n, head);
        before--;
      }
    }
    CountryRef maker = sc.country(before);
    if (maker != null && maker.end() == before + 1 && (quantity == null || maker.form() == CountryForm.ADJECTIVE)) {
      madeBy = maker.country(); // "Russian AK-103 rifles"; in "will sell Venezuela 12 Su-30s" the state buys
    }
    return new Item(i, end, sc.text(i, end), head, quantity, madeBy, system(sc, i, end));
  }

  /**
   * Whether the sentence ending before token {@code to} was cut at a period that a designation
   * holds ("M51.3", "ShKH vz. 77 Dana"): the register knows the name goes on.
   */
  private static boolean joined(Scope sc, int to) {
    return to < sc.tokens.size() && sc.key(to - 1).equals(".");
  }

  /** Two letters or more, all capitals: "OSA", "NASAMS". */
  private static boolean acronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the system's designations starts with {@code word} as written. */
  private static boolean writtenSo(WeaponSystem system, String word) {
    for (String d : system.designations()) {
      if (d.startsWith(word) && (d.length() == word.length() || !Character.isLetter(d.charAt(word.length())))) {
        return true;
      }
    }
    return false;
  }

  static boolean known(List<Item> items) {
    for (Item it : items) {
      if (it.system() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The register's designation at token i, also in the plural news makes of a one-word one
   * ("F-16s", "Rafales"), or null.
   */
  private static WeaponRegister.@Nullable Match known(Scope sc, WeaponRegister register, int i) {
    String k = sc.key(i);
    if (register.starts(sc.wordId(i))) {
      WeaponRegister.Match m = register.at(sc.tokens, i);
      if (m != null) {
        return m;
      }
    }
    Token t = sc.token(i);
    if (k.length() > 3 && k.endsWith("s") && !t.isLowerCase() && register.starts(k.substring(0, k.length() - 1))) {
      List<WeaponSystem> named = register.named(t.text().substring(0, t.text().length() - 1));
      if (named.size() == 1) {
        return new WeaponRegister.Match(named.get(0), i, i + 1);
      }
    }
    return null;
  }

  /** The register's system named by a designation among tokens [from, end) ("Sukhoi Su-30MKM fighters"), or null. */
  private static @Nullable WeaponSystem system(Scope sc, int from, int end) {
    WeaponRegister register = sc.doc.knowledge().weapons();
    for (int i = from; i < end; i++) {
      WeaponRegister.Match m = known(sc, register, i);
      if (m != null && m.end() <= end) {
        return m.system();
      }
    }
    return null;
  }

  /** A defence facility: "an aircraft repair and maintenance facility", "a plant to produce rifles". */
  private @Nullable Item facilityAt(Scope sc, int i, int from, int to) {
    if (!sc.word(facilities, i, "MOD") || sc.key(i).equals("and")) {
      return null;
    }
    int j = i;
    while (j < to && sc.word(facilities, j, "MOD")) {
      j++;
    }
    if (j < to && sc.word(facilities, j, "HEAD") && !sc.key(j - 1).equals("and")) {
      return new Item(i, j + 1, sc.text(i, j + 1), sc.key(j), null, null, null);
    }
    return null;
  }

  /** "a plant to produce ...": a facility head followed by what it makes; read up to the clause's end. */
  private @Nullable Item plantAt(Scope sc, int i, int to) {
    if (!sc.word(facilities, i, "HEAD")) {
      return null;
    }
    int j = i + 1;
    if (sc.key(j).equals("to") || sc.key(j).equals("for")) {
      j++;
    }
    if (sc.key(j).equals("the")) {
      j++;
    }
    if (!PRODUCE.contains(sc.key(j))) {
      return null;
    }
    int end = j + 1;
    while (end < to && !STOP.contains(sc.key(end)) && sc.date(end) == null) {
      end++;
    }
    return new Item(i, end, sc.text(i, end), sc.key(i), null, null, null);
  }

  /** Whether an item is a category noun alone ("12 used aircraft", "two batteries"), no designation or family. */
  boolean bare(Scope sc, Item it, int to) {
    return it.madeBy() == null && isMod(sc, it.first(), to) && sc.shape(it.first()) == Designations.Shape.NONE;
  }
}
