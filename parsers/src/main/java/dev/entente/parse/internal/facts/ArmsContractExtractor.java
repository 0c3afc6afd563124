package dev.entente.parse.internal.facts;

import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds transfers of weapons and defence facilities: the items as written ({@code AK-103
 * Kalashnikov rifles}, {@code Tor-M1 missile systems}, {@code an aircraft repair and maintenance
 * facility}), recognised by designation shape ({@link Designations}), system-family data and
 * category nouns; their supplier and recipient (from {@code Russian ...}, {@code supplied ... to},
 * {@code bought ... from}, else the pair of the transfers told before); the signing and delivery
 * dates around them ({@code signed in May 2005}, {@code delivered the following year},
 * {@code opened in 2013}, {@code the factory should start production in 2024-2025}); and
 * aggregates with a value and no items ({@code contracts worth around $11 billion}).
 */
public final class ArmsContractExtractor implements Stage {

  private final Lexicon weapons = Lexicon.load("weapons.txt");
  private final Lexicon facilities = Lexicon.load("facilities.txt");
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");

  private static final Set<String> PRODUCE = Set.of("produce", "producing", "manufacture", "manufacturing",
      "assemble", "assembling", "make", "making", "build", "building", "production", "repair", "service", "servicing");
  /** Words that open a sentence about something told before ("The deal...", "This contract..."). */
  private static final Set<String> BACK_REFERENCES = Set.of("the", "this", "that", "these", "those", "its");
  private static final Set<String> STOP = Set.of(".", ";", ",", "(", ")", "which", "that", "who", "where", "while");

  /** An item found in a sentence: its tokens {@code [first, end)}, head word and count. */
  private record Item(int first, int end, String text, String head, @Nullable Quantity quantity,
      @Nullable Country madeBy, @Nullable WeaponSystem system) {}

  /** A contract read so far, kept by item so later sentences can add dates ("The plant ..."). */
  private static final class Found {
    ArmsContract contract;
    final String head;
    final int sentence;
    /** The register's system the item names, or null. */
    final @Nullable WeaponSystem system;
    /** The delivery dates told of it, in the text's order: "the first in 2028 ... the last in 2029". */
    final List<EdtfDate> deliveries = new ArrayList<>(2);

    Found(ArmsContract contract, String head, int sentence, @Nullable WeaponSystem system) {
      this.contract = contract;
      this.head = head;
      this.sentence = sentence;
      this.system = system;
    }
  }

  @Override
  public void apply(Document doc) {
    apply(new Scope(doc));
  }

  /** Reads the article through {@code sc}, which other fact stages may share. */
  void apply(Scope sc) {
    Document doc = sc.doc;
    List<Found> found = new ArrayList<>();
    Map<Object, Found> byThing = new HashMap<>();
    List<Sentence> sentences = sc.sentences();
    Country lastSupplier = null;
    Country lastRecipient = null;
    List<Found> lastTold = new ArrayList<>(); // the transfers of the last sentence that told any
    int lastToldAt = -10;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      int from = s.firstToken();
      int to = s.endToken();
      boolean context = hasRole(sc, "CONTEXT", from, to)
          || (si > 0 && hasRole(sc, "CONTEXT", sentences.get(si - 1).firstToken(), sentences.get(si - 1).endToken()));
      boolean dealt = hasRole(sc, "DEAL", from, to) || hasRole(sc, "SUPPLY", from, to) || hasRole(sc, "BUY", from, to);
      List<Item> items = items(sc, from, to, context && dealt);
      DateRef[] roles = dateRoles(sc, from, to);
      if (items.isEmpty()) {
        if (si - lastToldAt <= 2) {
          // "The first aircraft are to reach Poland in 2006, and the last by the end of 2008": the schedule of what was just told
          for (Found f : lastTold) {
            deliveries(roles, from, from, to, f.deliveries);
          }
          signedAfter(sc, s, roles, lastTold);
        }
        laterDelivery(sc, s, si, roles, found);
        MoneyRef value = aggregateValue(sc, from, to);
        Found told = value != null && hasRole(sc, "DEAL", from, to) ? toldBefore(sc, s, si, found) : null;
        if (told != null) {
          // "The contract, worth 2.7 billion euros, was signed ...": the sum of the transfer just told
          ArmsContract v = ArmsContract.builder().value(value.money()).qualifier(qualifier(sc, value, from))
              .evidence(s.span()).build();
          fold(told, v);
        } else if (value != null && context && hasRole(sc, "DEAL", from, to)) {
          Country[] sr = direction(sc, from, to, null, lastSupplier, lastRecipient);
          ArmsContract c = ArmsContract.builder().supplier(sr[0]).recipient(sr[1]).value(value.money())
              .qualifier(qualifier(sc, value, from)).signed(first(roles, from, to, true))
              .evidence(s.span()).build();
          add(found, byThing, new Found(c, "", si, null));
          if (sr[0] != null && sr[1] != null) {
            lastSupplier = sr[0];
            lastRecipient = sr[1];
          }
        }
        continue;
      }
      if (!dealt && !context && known(items) && hasRole(sc, "DELIVERED", from, to)) {
        dealt = true; // "the first Gripen arrived": a system the register knows, and a delivery
      }
      if (!dealt && !context || sc.headline(s)) {
        continue; // a headline's "X Signs Deal for Y" is told in full below it
      }
      EdtfDate sentenceSigned = first(roles, from, to, true);
      if (sentenceSigned == null && signedHere(sc, from, to)) {
        sentenceSigned = occasion(sc, s); // "the contract was signed by the two ministers": on the day reported
      }
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        // "X bought A from Y, and Z signed for B with W": each item takes its parties, date and sum from its own clause
        int[] clause = clause(sc, from, to, it.first());
        int cf = clause[0];
        int ct = clause[1];
        Country[] sr = direction(sc, cf, ct, it, lastSupplier, lastRecipient);
        EdtfDate signed = firstIn(roles, from, cf, ct, true);
        if (signed == null) {
          signed = sentenceSigned;
        }
        if (signed == null) {
          signed = signedBefore(sc, s, si, found, sr); // "The package includes Meteor missiles": signed with it
        }
        MoneyRef value = firstMoney(sc, cf, ct);
        long inClause = items.stream().filter(x -> x.first() >= cf && x.first() < ct).count();
        EdtfDate delivered = delivered(roles, items, k, from, to);
        ArmsContract.Builder b = ArmsContract.builder().supplier(sr[0]).recipient(sr[1]).item(it.text())
            .quantity(it.quantity()).signed(signed).delivered(delivered)
            .evidence(sc.span(it.first(), it.end())).evidence(s.span());
        if (value != null && inClause == 1) {
          b.value(value.money()).qualifier(qualifier(sc, value, from));
        }
        ArmsContract built = b.build();
        Found host = it.system() == null && bare(sc, it, to) ? host(found, it, built) : null;
        if (host != null) {
          fold(host, built); // "covers 12 used aircraft": the Rafales told before, not another transfer
        } else {
          host = add(found, byThing, new Found(built, it.head(), si, it.system()));
        }
        if (lastToldAt != si) {
          lastTold.clear();
          lastToldAt = si;
        }
        if (!lastTold.contains(host)) {
          lastTold.add(host);
          deliveries(roles, from, cf, ct, host.deliveries);
        }
        if (sr[0] != null && sr[1] != null) {
          lastSupplier = sr[0];
          lastRecipient = sr[1];
        }
      }
    }
    for (Found f : found) {
      EdtfDate schedule = schedule(f.deliveries);
      if (schedule != null && (f.deliveries.size() > 1 || f.contract.delivered() == null)) {
        f.contract = f.contract.toBuilder().delivered(schedule).build();
      }
      doc.armsContracts.add(f.contract);
    }
    withoutArmsRetold(doc);
  }

  /**
   * An arms transfer is told once, as an arms contract: a sentence that yields one with items does
   * not also yield an import or export of the same goods, nor an untitled, uncounted "deal signed"
   * (a memorandum, treaty or protocol signed beside it stays).
   */
  private static void withoutArmsRetold(Document doc) {
    List<Span> armed = new ArrayList<>();
    for (ArmsContract c : doc.armsContracts) {
      if (!c.items().isEmpty()) {
        armed.addAll(c.evidence());
      }
    }
    if (armed.isEmpty()) {
      return;
    }
    doc.tradeFigures.removeIf(t -> (t.flow() == Flow.IMPORT || t.flow() == Flow.EXPORT)
        && overlaps(t.evidence(), armed));
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

  private boolean hasRole(Scope sc, String role, int from, int to) {
    return sc.any(words, role, from, to);
  }

  private Qualifier qualifier(Scope sc, MoneyRef value, int floor) {
    return value.qualifier() != Qualifier.EXACT ? value.qualifier() : sc.hedgeBefore(qualifiers, value.first(), floor);
  }

  /** A sum of money told with a deal word near it: "contracts ... worth around $11 billion". */
  private @Nullable MoneyRef aggregateValue(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      MoneyRef m = sc.money(i);
      if (m != null && m.first() == i
          && hasRole(sc, "DEAL", Math.max(from, i - 24), Math.min(to, m.end() + 6))) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable MoneyRef firstMoney(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sc.money(i) != null) {
        return sc.money(i);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ items

  private List<Item> items(Scope sc, int from, int to, boolean facilityContext) {
    List<Item> out = new ArrayList<>();
    int passedEnd = -1;
    for (int i = from; i < to; i++) {
      Item it = facilityContext ? plantAt(sc, i, to) : null;
      if (it == null) {
        it = weaponAt(sc, i, from, to);
      }
      if (it == null && facilityContext) {
        it = facilityAt(sc, i, from, to);
      }
      if (it != null) {
        if (passedOver(sc, from, it.first()) || passedEnd >= 0 && listedWith(sc, passedEnd, it.first())) {
          passedEnd = it.end(); // "over the Gripen and the Mirage 2000-5": both passed over
        } else {
          out.add(it);
        }
        i = it.end() - 1;
      }
    }
    return out;
  }

  /**
   * Whether the item at {@code first} is what a buyer passed over or retires, not what it buys:
   * "chose the F-16 over the Gripen", "to replace its MiG-21s" (the words are in the data, role OTHER_THAN).
   */
  private boolean passedOver(Scope sc, int from, int first) {
    for (int i = first - 1; i >= Math.max(from, first - 7); i--) {
      Lexicon.Match m = sc.at(words, i, first);
      if (m != null && m.has("OTHER_THAN")) {
        return true;
      }
      if (CLAUSE_MARKS.contains(sc.key(i)) || sc.key(i).equals("and") || sc.countAt(i, numberWords) != null) {
        return false; // "over 20 tanks" is a count
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
    int h = k.indexOf('-');
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
      return family;
    }
    if (family && shape == Designations.Shape.MODEL) {
      return true;
    }
    boolean beside = (i > from && isFamilyName(sc, i - 1));
    for (int k = i + 1; k < Math.min(to, i + 4) && !beside; k++) {
      beside = isHead(sc, k, to);
      if (!sc.token(k).isWord()) {
        break;
      }
    }
    return beside;
  }

  private @Nullable Item weaponAt(Scope sc, int i, int from, int to) {
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
      counted = j < to && isHead(sc, j, to) && i > from && sc.countAt(i - 1, numberWords) != null
          && sc.date(i - 1) == null && sc.money(i - 1) == null && sc.percent(i - 1) == null;
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
    if (maker != null && maker.end() == before + 1) {
      madeBy = maker.country(); // "Russian AK-103 rifles"
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

  private static boolean known(List<Item> items) {
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
    if (register.starts(k)) {
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

  // ------------------------------------------------------------------ parties

  /**
   * Supplier and recipient. What the text says comes first: "Russian" before the item, "to"/"for"
   * and "from"/"by" objects, "signed a contract with", the subjects of supply and purchase verbs.
   * Then the register: a system it knows is supplied by its maker when the text names no seller.
   * Last what the order of telling suggests: "between A and B", two states named, the pair before.
   */
  private Country[] direction(Scope sc, int from, int to, @Nullable Item it, @Nullable Country lastSupplier,
      @Nullable Country lastRecipient) {
    Country supplier = it == null ? null : it.madeBy();
    Country recipient = null;
    for (int i = from; i < to; i++) {
      String k = sc.key(i);
      if (k.equals("to") || k.equals("for")) {
        CountryRef o = sc.objectOf(i, to);
        if (o != null && recipient == null && !Objects.equals(o.country(), supplier)) {
          recipient = o.country();
        }
      } else if (k.equals("from") || k.equals("by")) {
        CountryRef o = sc.objectOf(i, to);
        if (o != null && k.equals("by") && bought(sc, from, i)) {
          // "the first purchase of combat aircraft by the Greek air force": "by" names the buyer
          if (recipient == null && !Objects.equals(o.country(), supplier)) {
            recipient = o.country();
          }
        } else if (o != null && supplier == null) {
          supplier = o.country();
        }
      }
    }
    for (int i = from; i < to && supplier == null && recipient == null; i++) {
      CountryRef o = sc.key(i).equals("with") ? sc.objectOf(i, to) : null;
      if (o != null && i > from && hasRole(sc, "DEAL", Math.max(from, i - 4), i)) {
        // "signed a contract with Russia for S-400s": the counterparty supplies; "... with India to supply": it buys
        boolean toSupply = sc.key(o.end()).equals("to") && hasRole(sc, "SUPPLY", o.end() + 1, Math.min(to, o.end() + 2));
        if (toSupply) {
          recipient = o.country();
        } else {
          supplier = o.country();
          CountryRef subject = subjectBefore(sc, from, i);
          if (subject != null && !subject.country().equals(supplier)) {
            recipient = subject.country(); // "India signed a contract with France": the signer buys
          }
        }
      }
    }
    // the subject of a supply verb supplies, the subject of a purchase verb buys
    int supply = sc.find(words, "SUPPLY", from, to);
    int buy = sc.find(words, "BUY", from, to);
    if (supply >= 0 && supplier == null) {
      CountryRef r = subjectOf(sc, from, supply);
      if (r != null && !r.country().equals(recipient)) {
        supplier = r.country();
      }
    }
    if (buy >= 0 && recipient == null) {
      CountryRef r = subjectOf(sc, from, buy);
      if (r != null && !r.country().equals(supplier)) {
        recipient = r.country();
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
    }
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
  private static final LocalDate SOVIET_END = LocalDate.of(1992, 1, 1);

  /** The system's maker as a report of its date names it: the Soviet Union for Russian systems before 1992. */
  private static Country maker(Scope sc, WeaponSystem system) {
    Country m = system.maker();
    LocalDate published = sc.doc.published();
    return published != null && published.isBefore(SOVIET_END) && SOVIET.contains(m.code()) ? Country.of("SUN") : m;
  }

  /** Whether a purchase word ("purchase", "bought", "order") stands in the few tokens before {@code by}. */
  private boolean bought(Scope sc, int from, int by) {
    for (int i = by - 1; i >= Math.max(from, by - 8); i--) {
      Lexicon.Match m = sc.at(words, i, by);
      if (m != null && m.has("SUPPLY")) {
        return false;
      }
      if (m != null && (m.has("BUY") || m.has("PURCHASE"))) {
        return true;
      }
    }
    return false;
  }

  /** The state named as the subject of the verb at {@code verb}: the nearest in the eight tokens before, not after a preposition. */
  private static @Nullable CountryRef subjectOf(Scope sc, int from, int verb) {
    for (int i = verb - 1; i >= Math.max(from, verb - 8); i--) {
      CountryRef r = sc.country(i);
      if (r != null) {
        return r.first() > from && PREPOSITIONS.contains(sc.key(r.first() - 1)) ? null : r;
      }
    }
    return null;
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

  // ------------------------------------------------------------------ dates

  /**
   * Each date of the sentence marked as a signing (index 0 of its pair) or a delivery, by the
   * nearest marker word before it ("signed in May 2005", "delivered ... the following year"),
   * else after it ("In 2006, the parties signed"). Returned as an array over token positions.
   */
  private DateRef[] dateRoles(Scope sc, int from, int to) {
    DateRef[] roles = new DateRef[2 * (to - from)];
    DateRef previous = null;
    for (DateRef d : sc.dates(from, to)) {
      String role = null;
      for (int i = d.first() - 1; i >= Math.max(from, d.first() - 12) && role == null; i--) {
        if (sc.date(i) != null) {
          break;
        }
        role = marker(sc, i, to);
      }
      for (int i = d.end(); i < Math.min(to, d.end() + 8) && role == null; i++) {
        if (sc.date(i) != null) {
          break;
        }
        role = marker(sc, i, to);
      }
      if (role == null && previous != null && roles[2 * (previous.first() - from) + 1] == previous
          && sc.any(words, "LAST", previous.end(), d.first())) {
        role = "DELIVERED"; // "the first in 2028, with the last to be handed over in 2029"
      }
      if (role != null) {
        roles[2 * (d.first() - from) + (role.equals("SIGNED") ? 0 : 1)] = d;
      }
      previous = d;
    }
    return roles;
  }

  /** Adds the delivery dates of clause [cf, ct) of the sentence starting at {@code from} to {@code out}. */
  private static void deliveries(DateRef[] roles, int from, int cf, int ct, List<EdtfDate> out) {
    for (int p = cf - from; p < ct - from; p++) {
      DateRef d = roles[2 * p + 1];
      if (d != null && !out.contains(d.date())) {
        out.add(d.date());
      }
    }
  }

  /**
   * The delivery period of a schedule: from its earliest date to its latest, in years when they
   * fall in different years ("2028/2029"); the one date when there is one; null when none.
   */
  private static @Nullable EdtfDate schedule(List<EdtfDate> dates) {
    if (dates.isEmpty()) {
      return null;
    }
    EdtfDate first = dates.get(0);
    EdtfDate last = dates.get(0);
    for (EdtfDate d : dates) {
      if (d.earliest().isBefore(first.earliest())) {
        first = d;
      }
      if (d.latest().isAfter(last.latest())) {
        last = d;
      }
    }
    if (first.equals(last)) {
      return first;
    }
    int a = first.earliest().getYear();
    int b = last.latest().getYear();
    return a == b ? EdtfDate.interval(start(first), end(last)) : EdtfDate.interval(EdtfDate.ofYear(a), EdtfDate.ofYear(b));
  }

  private static EdtfDate start(EdtfDate d) {
    EdtfDate s = d.isInterval() ? d.start() : d;
    return s != null ? s : d;
  }

  private static EdtfDate end(EdtfDate d) {
    EdtfDate e = d.isInterval() ? d.end() : d;
    return e != null ? e : d;
  }

  private @Nullable String marker(Scope sc, int i, int to) {
    Lexicon.Match m = sc.at(words, i, to);
    if (m == null) {
      return null;
    }
    if (m.has("DELIVERED")) {
      return "DELIVERED";
    }
    return m.has("SIGNED") || m.has("ORDERED") ? "SIGNED" : null;
  }

  /** The clause of the sentence [from, to) that holds token {@code at}: cut at ";" and at "," before and/while/whereas/but. */
  private static int[] clause(Scope sc, int from, int to, int at) {
    int cf = from;
    int ct = to;
    for (int i = from; i < to; i++) {
      boolean cut = sc.key(i).equals(";")
          || sc.key(i).equals(",") && i + 1 < to && CLAUSE_JOINERS.contains(sc.key(i + 1));
      if (cut && i < at) {
        cf = i + 1;
      } else if (cut && i > at) {
        ct = i;
        break;
      }
    }
    return new int[] {cf, ct};
  }

  private static final Set<String> PREPOSITIONS = Set.of("to", "from", "by", "of", "for", "with", "in");

  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "while", "whereas", "but");

  /** The first signing (or delivery) date among the roles of the sentence starting at {@code from}, within [cf, ct). */
  private static @Nullable EdtfDate firstIn(DateRef[] roles, int from, int cf, int ct, boolean signed) {
    for (int p = cf - from; p < ct - from; p++) {
      DateRef d = roles[2 * p + (signed ? 0 : 1)];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }

  private static @Nullable EdtfDate first(DateRef[] roles, int from, int to, boolean signed) {
    for (int p = 0; p < to - from; p++) {
      DateRef d = roles[2 * p + (signed ? 0 : 1)];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }

  /** The delivery date nearest item k: after it and before the next item, else before the first item. */
  private static @Nullable EdtfDate delivered(DateRef[] roles, List<Item> items, int k, int from, int to) {
    int lo = items.get(k).end();
    int hi = k + 1 < items.size() ? items.get(k + 1).first() : to;
    if (k == 0) {
      for (int p = from; p < items.get(0).first(); p++) {
        DateRef d = roles[2 * (p - from) + 1];
        if (d != null) {
          return d.date();
        }
      }
    }
    for (int p = lo; p < hi; p++) {
      DateRef d = roles[2 * (p - from) + 1];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }

  /** Whether the sentence tells a signing done ("signed", "inked"), not one to come ("will sign"). */
  private boolean signedHere(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(words, i, to);
      if (m != null && m.has("SIGNED") && sc.key(i).endsWith("ed")) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
          if (Occasions.FUTURE.contains(sc.key(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "The contract was signed in Warsaw on Friday", told after the transfers: their signing date, from
   * the sentence, else (a signing told as done) the occasion's day; only for those that have none.
   */
  private void signedAfter(Scope sc, Sentence s, DateRef[] roles, List<Found> told) {
    int from = s.firstToken();
    int to = s.endToken();
    if (!hasRole(sc, "DEAL", from, to)) {
      return;
    }
    EdtfDate signed = first(roles, from, to, true);
    if (signed == null && signedHere(sc, from, to)) {
      signed = occasion(sc, s);
    }
    for (Found f : told) {
      if (signed != null && f.contract.signed() == null) {
        f.contract = f.contract.toBuilder().signed(signed).build();
      }
    }
  }

  /** The day of the occasion a sentence belongs to ({@link Occasions#day}). */
  private static @Nullable EdtfDate occasion(Scope sc, Sentence s) {
    return Occasions.day(sc, s, List.of(), true);
  }

  /** "The factory should start production in 2024-2025": a delivery date for an item told just before. */
  private void laterDelivery(Scope sc, Sentence s, int si, DateRef[] roles, List<Found> found) {
    EdtfDate d = first(roles, s.firstToken(), s.endToken(), false);
    if (d == null) {
      return;
    }
    int i = s.firstToken();
    if (!BACK_REFERENCES.contains(sc.key(i))) {
      return;
    }
    String head = sc.key(i + 1);
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 2) {
        break;
      }
      if (f.head.equals(head) && f.contract.delivered() == null) {
        List<Span> ev = new ArrayList<>(f.contract.evidence());
        ev.add(s.span());
        f.contract = f.contract.toBuilder().delivered(d).evidence(ev).build();
        return;
      }
    }
  }

  /** One transfer told twice is one: same item text (or same value when no items) and the same states. */
  private static Found add(List<Found> found, Map<Object, Found> byThing, Found n) {
    ArmsContract c = n.contract;
    // the one contract told before that this one can be: same items (or, without items, the same value)
    // and the same states; a merge changes none of these, so the key stays that contract's
    List<Object> key = thing(n);
    Found f = byThing.get(key);
    if (f == null) {
      found.add(n);
      byThing.put(key, n);
      return n;
    }
    fold(f, c);
    return f;
  }

  /** Another telling {@code c} of the transfer {@code f}: its evidence joins, and it fills what {@code f} lacks. */
  private static void fold(Found f, ArmsContract c) {
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

  /** Whether an item is a category noun alone ("12 used aircraft", "two batteries"), no designation or family. */
  private boolean bare(Scope sc, Item it, int to) {
    return it.madeBy() == null && isMod(sc, it.first(), to) && sc.shape(it.first()) == Designations.Shape.NONE;
  }

  /**
   * The transfer of a registered system between the same states, told before, that a bare category
   * noun can stand for: "jets" for the Rafales, "batteries" for the S-400s.
   */
  private @Nullable Found host(List<Found> found, Item it, ArmsContract c) {
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.system != null && Objects.equals(f.contract.supplier(), c.supplier())
          && Objects.equals(f.contract.recipient(), c.recipient()) && fits(f.system, it.head())) {
        return f;
      }
    }
    return null;
  }

  /** Whether a head noun can name a system of this category (the category roles of weapons.txt). */
  private boolean fits(WeaponSystem system, String head) {
    WeaponSystem.Category cat = system.category();
    return weapons.has(head, "ANY") || weapons.has(head, cat.name())
        || cat == WeaponSystem.Category.AIR_DEFENCE_SYSTEMS && weapons.has(head, "MISSILES");
  }

  /**
   * The signing date of the transfer between the same states told in the two sentences before one
   * that points back to it as a deal ("The package includes ...", "The deal also covers ..."), or null.
   */
  private @Nullable EdtfDate signedBefore(Scope sc, Sentence s, int si, List<Found> found, Country[] sr) {
    int from = s.firstToken();
    if (!BACK_REFERENCES.contains(sc.key(from)) || !hasRole(sc, "DEAL", from + 1, Math.min(s.endToken(), from + 3))) {
      return null;
    }
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 2) {
        break;
      }
      if (f.contract.signed() != null && Objects.equals(f.contract.supplier(), sr[0])
          && Objects.equals(f.contract.recipient(), sr[1])) {
        return f.contract.signed();
      }
    }
    return null;
  }

  /**
   * The transfer with items told in the two sentences before a sentence that starts by pointing back
   * ("The contract, worth ...", "The tank contract is worth ...") and has no sum yet: the one whose
   * head the sentence's first words name, else the last.
   */
  private static @Nullable Found toldBefore(Scope sc, Sentence s, int si, List<Found> found) {
    int from = s.firstToken();
    if (!BACK_REFERENCES.contains(sc.key(from))) {
      return null;
    }
    Found last = null;
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 2) {
        break;
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
}
