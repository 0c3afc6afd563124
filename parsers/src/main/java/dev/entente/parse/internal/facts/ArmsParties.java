package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.model.Country;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Supplier and recipient of an arms transfer, from the clause that tells it: the state adjective
 * of the item, then the grammar of the clause as the arms lines of {@code flow-roles.txt} name it
 * (the subjects of supply and purchase verbs, the objects of "to", "from", "by" and "with",
 * passives); then the weapon register's maker; then the order of telling.
 */
final class ArmsParties {
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final FlowRoles roles = new FlowRoles("arms");

  /**
   * Supplier and recipient. What the text says comes first: "Russian" before the item, then the
   * arms lines of flow-roles.txt ("X sold ... to Y", "Y bought ... from X", "Y signed a contract
   * with X", "... were delivered to Y by X"), then a counterparty "with" whom a deal is signed.
   * Then, in a sentence that points back to the deal ({@code retold}: "The package includes ..."), the
   * parties of the deal told before; then, when the text names no seller, the parties of the
   * transfer of the same system told before ({@code toldPair}: "[Buyer] bought 12 [system]s from
   * [seller] ... [Buyer] signed the contract for the [system]s in [month]"), if the buyer is the same;
   * then the register: a system it knows is supplied by its maker.
   * Last what the order of telling suggests: "between A and B", two states named, the pair before.
   */
  Country[] direction(Scope sc, int from, int to, @Nullable Item it, @Nullable Country lastSupplier,
      @Nullable Country lastRecipient, boolean retold, Country @Nullable [] toldPair) {
    Country supplier = it == null ? null : it.madeBy();
    int at = it != null ? it.first() : Math.max(from, sc.find(words, "DEAL", from, to));
    int end = it != null ? it.end() : at + 1;
    FlowRoles.Sides told = roles.sides(sc, from, to, at, end, "arms", supplier);
    if (supplier == null) {
      supplier = told.giver();
    }
    Country recipient = Objects.equals(told.taker(), supplier) ? null : told.taker();
    for (int i = from; i < to && supplier == null; i++) {
      CountryRef o = sc.key(i).equals("with") ? sc.objectOf(i, to) : null;
      if (o != null && i > from && hasRole(sc, "DEAL", Math.max(from, i - 4), i)) {
        // "signed a contract with India to supply": the counterparty buys; "a contract with Russia": it sells
        boolean toSupply = sc.key(o.end()).equals("to") && hasRole(sc, "SUPPLY", o.end() + 1, Math.min(to, o.end() + 2));
        if (toSupply && recipient == null) {
          recipient = o.country();
        } else if (!toSupply && !o.country().equals(recipient)) {
          supplier = o.country();
          CountryRef subject = recipient == null ? subjectBefore(sc, from, i) : null;
          if (subject != null && !subject.country().equals(supplier)) {
            recipient = subject.country(); // "India signed a contract with France": the signer buys
          }
        }
        if (toSupply && supplier == null) {
          CountryRef subject = subjectBefore(sc, from, i);
          if (subject != null && !subject.country().equals(recipient)) {
            supplier = subject.country(); // "Russia signed a contract with India to supply": the signer sells
          }
        }
        break;
      }
    }
    if (retold && supplier == null && recipient == null && lastSupplier != null) {
      // "The package includes Meteor missiles": the parties of the deal told before, whoever makes the item
      supplier = lastSupplier;
      recipient = lastRecipient;
    }
    if (supplier == null && toldPair != null && toldPair[0] != null) {
      Country buyer = recipient != null ? recipient : buyer(sc, from, to, toldPair[0]);
      if (buyer == null || buyer.equals(toldPair[1])) {
        supplier = toldPair[0]; // the seller the text named when it first told the system's transfer
        recipient = toldPair[1];
      }
    }
    WeaponSystem system = it == null ? null : it.system();
    if (supplier == null && system != null && (recipient == null || !system.makers().contains(recipient))) {
      supplier = maker(sc, system); // the text names no seller: the maker sells
    }
    if (recipient == null && supplier != null) {
      recipient = buyer(sc, from, to, supplier);
    }
    if (supplier == null && recipient == null) {
      Country[] pair = pair(sc, from, to, lastSupplier, lastRecipient);
      supplier = pair[0];
      recipient = pair[1];
    }
    if (supplier == null && recipient == null) {
      supplier = lastSupplier;
      recipient = lastRecipient;
    } else if (supplier == null) {
      supplier = Objects.equals(recipient, lastRecipient) ? lastSupplier : sc.otherInPlay(recipient);
    } else if (recipient == null) {
      recipient = Objects.equals(supplier, lastSupplier) ? lastRecipient : sc.otherInPlay(supplier);
      if (recipient == null && !supplier.equals(lastRecipient)) {
        // "it also bought six frigates from [a third state]": a seller outside the two states in play
        // sells to the buyer of the transfers told before
        recipient = lastRecipient;
      }
    }
    supplier = soviet(sc, supplier);
    recipient = soviet(sc, recipient);
    if (Objects.equals(supplier, recipient)) {
      recipient = null;
    }
    return new Country[] {supplier, recipient};
  }

  /**
   * The buyer when only the seller is known: the one other state the clause names ("India and
   * Russia signed a contract for S-400s"), or null.
   */
  private static @Nullable Country buyer(Scope sc, int from, int to, Country supplier) {
    Country other = null;
    WeaponRegister register = sc.doc.knowledge().weapons();
    for (CountryRef r : sc.countries(from, to)) {
      Country c = r.country();
      if (c.equals(supplier) || c.equals(other) || register.starts(sc.key(r.end()))) {
        continue; // "alongside American F/A-18D Hornets": the maker of another item, no buyer
      }
      if (other != null) {
        return null; // more than one other state: the clause does not say which buys
      }
      other = c;
    }
    return other;
  }

  /** Two states told as a pair ("contracts between France and India", "India and France signed"), in the order told. */
  private Country[] pair(Scope sc, int from, int to, @Nullable Country lastSupplier, @Nullable Country lastRecipient) {
    for (int i = from; i < to; i++) {
      CountryRef a = sc.key(i).equals("between") && hasRole(sc, "DEAL", Math.max(from, i - 3), i)
          ? sc.objectOf(i, to) : null;
      CountryRef b = a != null && sc.key(a.end()).equals("and") ? sc.objectOf(a.end(), to) : null;
      if (a != null && b != null && !a.country().equals(b.country())) {
        return ordered(a.country(), b.country(), lastSupplier, lastRecipient);
      }
    }
    List<Country> named = sc.states(from, to);
    if (named.size() == 2) {
      return ordered(named.get(0), named.get(1), lastSupplier, lastRecipient);
    }
    return new Country[2];
  }

  /** A pair in the order told, unless the pair before ran the other way. */
  private static Country[] ordered(Country a, Country b, @Nullable Country lastSupplier, @Nullable Country lastRecipient) {
    boolean reversed = a.equals(lastRecipient) && b.equals(lastSupplier);
    return reversed ? new Country[] {b, a} : new Country[] {a, b};
  }

  /** Before 1992 the Soviet Union made and sold what Russian, Ukrainian and Belarusian industry makes now. */
  private static final Set<String> SOVIET = Set.of("RUS", "UKR", "BLR");
  static final LocalDate SOVIET_END = LocalDate.of(1992, 1, 1);

  private static @Nullable Country soviet(Scope sc, @Nullable Country c) {
    return c == null ? null : asOfReport(sc, c);
  }

  /**
   * A party as a report of its date names it ({@link FormerStates}): before 1992 "Moscow" and
   * "Russia" sold, bought and signed as the Soviet Union, "Zagreb" before mid-1991 as Yugoslavia.
   */
  static Country asOfReport(Scope sc, Country c) {
    LocalDate published = sc.doc.published();
    return published == null ? c : FormerStates.builtIn().on(c, published);
  }

  /** The system's maker as a report of its date names it: the Soviet Union for Russian systems before 1992. */
  private static Country maker(Scope sc, WeaponSystem system) {
    Country m = system.maker();
    LocalDate published = sc.doc.published();
    return published != null && published.isBefore(SOVIET_END) && SOVIET.contains(m.code()) ? Country.of("SUN") : m;
  }

  /** The last state named before token {@code at} in [from, at) that is not the object of a preposition. */
  private static @Nullable CountryRef subjectBefore(Scope sc, int from, int at) {
    for (int i = at - 1; i >= from; i--) {
      CountryRef r = sc.country(i);
      if (r == null) {
        continue;
      }
      if (r.first() > from && PREPOSITIONS.contains(sc.key(r.first() - 1))) {
        i = r.first();
        continue;
      }
      return r;
    }
    return null;
  }

  private static final Set<String> PREPOSITIONS = Set.of("to", "from", "by", "of", "for", "with", "in");

  private boolean hasRole(Scope sc, String role, int from, int to) {
    return sc.any(words, role, from, to);
  }
}
