package dev.entente.parse.internal.facts;

import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One arms transfer told in several sentences is one contract: the tellings found so far, kept
 * by item so later sentences can add to them, how a new telling folds into one told before, and
 * how a transfer's goods are not told again as trade figures or agreements.
 */
final class ArmsTellings {
  private final Lexicon weapons = Lexicon.load("weapons.txt");

  /** Words that open a sentence about something told before ("The deal...", "This contract..."). */
  static final Set<String> BACK_REFERENCES = Set.of("the", "this", "that", "these", "those", "its");

  /** A contract read so far, kept by item so later sentences can add dates ("The plant ..."). */
  static final class Found {
    ArmsContract contract;
    final String head;
    final int sentence;
    /** The last sentence that told it. */
    int last;
    /** The register's system the item names, or null. */
    final @Nullable WeaponSystem system;
    /** The designation the item starts with, in lower case ("su-35"), or null. */
    final @Nullable String designation;
    /** The delivery dates told of it, in the text's order: "the first in 2028 ... the last in 2029". */
    final List<EdtfDate> deliveries = new ArrayList<>(2);
    /** The months from the signing within which it is to be delivered ("within 36 months of signing"), or 0. */
    int within;
    /**
     * Whether its signing date is only the day of the occasion or of the report, or a date no marker
     * word ties to the signing: a date the text marks as the signing, told later, replaces it.
     */
    boolean signedGuessed;

    Found(ArmsContract contract, String head, int sentence, @Nullable WeaponSystem system,
        @Nullable String designation) {
      this.contract = contract;
      this.head = head;
      this.sentence = sentence;
      this.last = sentence;
      this.system = system;
      this.designation = designation;
    }
  }

  /**
   * Of the transfers just told, the one a sentence opens by naming ("The [facility] is to open in
   * [years]" after "a [facility] ... and a [facility]"), else all of them.
   */
  static List<Found> named(Scope sc, Sentence s, List<Found> told) {
    int from = s.firstToken();
    if (told.size() < 2 || !BACK_REFERENCES.contains(sc.key(from))) {
      return told;
    }
    String head = sc.key(from + 1);
    for (Found f : told) {
      if (f.head.equals(head)) {
        return List.of(f);
      }
    }
    return told;
  }

  /**
   * The transfers of the last few sentences that a category noun of a sentence naming no system
   * stands for ("Deliveries of the aircraft ..." after a contract for fighters and trainers and a
   * package of air defence systems and tanks): those of its category, else {@code told}.
   */
  List<Found> ofCategory(Scope sc, Sentence s, int si, List<Found> told, List<Found> found) {
    for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
      boolean the = sc.key(i - 1).equals("the") || i - 2 >= s.firstToken() && sc.key(i - 2).equals("the");
      if (!the || !sc.word(weapons, i, "HEAD") || sc.word(weapons, i, "ANY")) {
        continue; // "the [category noun]", "the first [category noun]"; "the systems" can stand for any
      }
      String head = sc.key(i);
      List<Found> fit = new ArrayList<>(2);
      for (Found f : found) {
        if (f.last >= si - 3 && (f.system != null ? fits(f.system, head) : f.head.equals(head))) {
          fit.add(f);
        }
      }
      return fit.isEmpty() ? told : fit;
    }
    return told;
  }

  /** One transfer told twice is one: same item text (or same value when no items) and the same states. */
  static Found add(List<Found> found, Map<Object, Found> byThing, Found n) {
    ArmsContract c = n.contract;
    // the one contract told before that this one can be: same items (or, without items, the same value)
    // and the same states; a merge changes none of these, so the key stays that contract's
    Found f = told(found, byThing, n);
    if (f == null) {
      found.add(n);
      byThing.put(thing(n), n);
      return n;
    }
    fold(f, c);
    f.last = Math.max(f.last, n.sentence);
    return f;
  }

  /** The transfer told before that {@code n} tells again, or null. */
  static @Nullable Found told(List<Found> found, Map<Object, Found> byThing, Found n) {
    Found f = byThing.get(thing(n));
    return f == null && n.designation != null ? sameDesignation(found, n) : f; // "Su-35 fighters", then "its first Su-35"
  }

  /** Another telling {@code c} of the transfer {@code f}: its evidence joins, and it fills what {@code f} lacks. */
  static void fold(Found f, ArmsContract c) {
    ArmsContract o = f.contract;
    List<Span> ev = new ArrayList<>(o.evidence());
    ev.addAll(c.evidence());
    boolean valued = o.value() == null && c.value() != null;
    f.contract = o.toBuilder()
        .signed(o.signed() != null ? o.signed() : c.signed())
        .delivered(o.delivered() != null ? o.delivered() : c.delivered())
        .quantity(o.quantity() != null ? o.quantity() : c.quantity())
        .value(valued ? c.value() : o.value())
        .qualifier(valued ? c.qualifier() : o.qualifier())
        .evidence(ev).build();
  }

  /**
   * The transfer of a registered system between the same states, told before, that a bare category
   * noun can stand for: "jets" for the Rafales, "batteries" for the S-400s.
   */
  @Nullable Found host(List<Found> found, Item it, ArmsContract c) {
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      boolean same = f.system != null ? fits(f.system, it.head()) : f.designation != null && f.head.equals(it.head());
      if (same && Objects.equals(f.contract.supplier(), c.supplier())
          && Objects.equals(f.contract.recipient(), c.recipient())) {
        return f;
      }
    }
    return null;
  }

  /**
   * The transfer of a registered system between the same states, told before, that an item naming
   * only the system's maker or family stands for: "the Sukhoi fighters" after "Su-35 jets", or null.
   */
  @Nullable Found kin(Scope sc, List<Found> found, Item it, ArmsContract c) {
    if (it.system() != null || !sc.word(weapons, it.first(), "FAMILY")) {
      return null;
    }
    String family = sc.key(it.first());
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.system != null && ofFamily(f.system, family) && Objects.equals(f.contract.supplier(), c.supplier())
          && Objects.equals(f.contract.recipient(), c.recipient())) {
        return f;
      }
    }
    return null;
  }

  /** Whether one of the system's names starts with the family word ("Sukhoi Su-35", "Su-35" for "su"). */
  private static boolean ofFamily(WeaponSystem system, String family) {
    if (Designations.family(system.name()).equals(family)) {
      return true;
    }
    for (String d : system.designations()) {
      if (d.regionMatches(true, 0, family, 0, family.length())
          && (d.length() == family.length() || !Character.isLetterOrDigit(d.charAt(family.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A deal told by its sum alone ("a $3.5 billion arms deal") and by its systems in other sentences is
   * one transfer: its sum and signing go to the one transfer of systems between the same states
   * that lacks them, and the record of the sum alone goes when such transfers were told. A sum told
   * without its states goes when a transfer of systems carries the same sum.
   */
  static void valuesToItems(List<Found> found) {
    for (int k = found.size() - 1; k >= 0; k--) {
      ArmsContract v = found.get(k).contract;
      if (!v.items().isEmpty()) {
        continue;
      }
      if (v.supplier() == null || v.recipient() == null) {
        if (v.value() != null && pricedElsewhere(found, v)) {
          found.remove(k); // "Contract worth [sum] signed" under a headline: the sum of the systems told with it below
        }
        continue;
      }
      List<Found> same = new ArrayList<>(2);
      for (Found f : found) {
        if (!f.contract.items().isEmpty() && v.supplier().equals(f.contract.supplier())
            && v.recipient().equals(f.contract.recipient())) {
          same.add(f);
        }
      }
      if (same.isEmpty()) {
        continue;
      }
      for (Found f : same) {
        if (same.size() == 1 && f.contract.value() == null) {
          fold(f, v);
        } else if (f.contract.signed() == null && v.signed() != null) {
          f.contract = f.contract.toBuilder().signed(v.signed()).build();
        }
      }
      found.remove(k);
    }
  }

  /**
   * Whether a transfer of systems between states that agree with those the sum alone {@code v} has
   * carries the same sum: the one deal, its sum told again without its states.
   */
  private static boolean pricedElsewhere(List<Found> found, ArmsContract v) {
    for (Found f : found) {
      ArmsContract o = f.contract;
      if (!o.items().isEmpty() && o.value() != null && v.value().amount().compareTo(o.value().amount()) == 0
          && v.value().currencyCode().equals(o.value().currencyCode())
          && (v.supplier() == null || v.supplier().equals(o.supplier()))
          && (v.recipient() == null || v.recipient().equals(o.recipient()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A counted category noun ("contracts for four corvettes, three submarines and ...") and a system of
   * that category told with the same count elsewhere in the report ("four [class] corvettes from
   * [yard]") are one transfer: the system's, which takes what the counted noun adds (its signing, its
   * sum). A count that two such systems share stays its own.
   */
  void countedToSystems(List<Found> found) {
    for (int k = found.size() - 1; k >= 0; k--) {
      Found b = found.get(k);
      ArmsContract c = b.contract;
      if (b.system != null || b.designation != null || c.quantity() == null || c.items().size() != 1
          || !c.items().get(0).equals(c.items().get(0).toLowerCase(Locale.ROOT))) {
        continue; // a system, a designation, a maker's name or no count
      }
      Found named = null;
      int systems = 0;
      for (Found f : found) {
        ArmsContract o = f.contract;
        if (f != b && (f.system != null || f.designation != null) && o.quantity() != null
            && o.quantity().amount().compareTo(c.quantity().amount()) == 0
            && (f.system != null ? fits(f.system, b.head) : f.head.equals(b.head))
            && (c.supplier() == null || c.supplier().equals(o.supplier()))
            && (c.recipient() == null || c.recipient().equals(o.recipient()))) {
          named = f;
          systems++;
        }
      }
      if (systems == 1) {
        fold(named, c);
        found.remove(k);
      }
    }
  }

  /** The last transfer told of the register's {@code system}, or null. */
  static @Nullable Found sameSystem(List<Found> found, @Nullable WeaponSystem system) {
    for (int k = found.size() - 1; k >= 0 && system != null; k--) {
      if (system.equals(found.get(k).system)) {
        return found.get(k);
      }
    }
    return null;
  }

  /** The transfer told before between the same states whose item starts with the same designation, or null. */
  private static @Nullable Found sameDesignation(List<Found> found, Found n) {
    for (Found f : found) {
      if (n.designation.equals(f.designation) && Objects.equals(f.contract.supplier(), n.contract.supplier())
          && Objects.equals(f.contract.recipient(), n.contract.recipient())) {
        return f;
      }
    }
    return null;
  }

  /**
   * The transfer with items last told in the two sentences before a sentence that starts by pointing back
   * ("The contract, worth ...", "The tank contract is worth ...") and has no sum yet: the one whose
   * head the sentence's first words name, else the last.
   */
  static @Nullable Found toldBefore(Scope sc, Sentence s, int si, List<Found> found) {
    int from = s.firstToken();
    if (!BACK_REFERENCES.contains(sc.key(from))) {
      return null;
    }
    Found last = null;
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.last < si - 2) {
        continue;
      }
      if (f.contract.items().isEmpty() || f.contract.value() != null) {
        continue;
      }
      for (int i = from + 1; i < Math.min(s.endToken(), from + 3); i++) {
        if (sc.key(i).length() > 2 && f.head.startsWith(sc.key(i))) {
          return f;
        }
      }
      if (last == null) {
        last = f;
      }
    }
    return last;
  }

  /**
   * Whether a headline names the transfer's item: its designation ("Su-57") or its head noun
   * ("jets", "Jet").
   */
  static boolean headlined(Scope sc, Sentence headline, Found f) {
    String head = f.head.endsWith("s") ? f.head.substring(0, f.head.length() - 1) : f.head;
    for (int i = headline.firstToken(); i < headline.endToken(); i++) {
      String k = sc.key(i);
      if (k.equals(f.designation) || !head.isEmpty() && k.startsWith(head) && k.length() <= head.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * What makes two tellings one transfer: the register's system ("K2 tanks" and "180 K2 main battle
   * tanks"), else their items in lower case (else their value), and their states.
   */
  private static List<Object> thing(Found n) {
    ArmsContract c = n.contract;
    Object what = n.system != null ? n.system : c.items().isEmpty() ? Arrays.asList("value", c.value()) : lower(c.items());
    return Arrays.asList(what, c.supplier(), c.recipient());
  }

  private static List<String> lower(List<String> items) {
    List<String> out = new ArrayList<>(items.size());
    for (String s : items) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * An arms transfer is told once, as an arms contract: a sentence that yields one with items does
   * not also yield an import or export of the same goods, nor an untitled, uncounted "deal signed"
   * (a memorandum, treaty or protocol signed beside it stays); nor do the systems a sentence names
   * but does not transfer ({@code passed}: a fleet, a rival) make an import or export.
   */
  static void withoutArmsRetold(Document doc, List<Span> passed) {
    List<Span> armed = new ArrayList<>();
    for (ArmsContract c : doc.armsContracts) {
      if (!c.items().isEmpty()) {
        armed.addAll(c.evidence());
      }
    }
    if (armed.isEmpty() && passed.isEmpty()) {
      return;
    }
    doc.tradeFigures.removeIf(t -> (t.flow() == Flow.IMPORT || t.flow() == Flow.EXPORT)
        && (overlaps(t.evidence(), armed) || overlaps(t.evidence(), passed)));
    doc.agreements.removeIf(a -> (a.kind() == AgreementKind.AGREEMENT || a.kind() == AgreementKind.CONTRACT)
        && a.title() == null && a.count() == null && overlaps(a.evidence(), armed));
  }

  private static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a head noun can name a system of this category (the category roles of weapons.txt). */
  private boolean fits(WeaponSystem system, String head) {
    WeaponSystem.Category cat = system.category();
    return weapons.has(head, "ANY") || weapons.has(head, cat.name())
        || cat == WeaponSystem.Category.AIR_DEFENCE_SYSTEMS && weapons.has(head, "MISSILES");
  }
}
