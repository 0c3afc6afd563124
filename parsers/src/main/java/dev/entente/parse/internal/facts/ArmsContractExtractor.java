package dev.entente.parse.internal.facts;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.facts.ArmsTellings.Found;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>The work is in parts read one at a time: {@link ArmsItems} (items and designations),
 * {@link ArmsParties} (supplier and recipient), {@link ArmsDates}, {@link ArmsSchedule} and
 * {@link ArmsSigningDates} (signing and delivery) and
 * {@link ArmsTellings} (one transfer told in several sentences).
 */
public final class ArmsContractExtractor implements Stage {
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");
  /** The bits of {@link #SENTENCE_ROLES} in the arms words, looked up once. */
  private final long[] sentenceBits = words.roleBits(SENTENCE_ROLES);
  private final ArmsItems finder = new ArmsItems();
  private final ArmsParties parties = new ArmsParties();
  private final ArmsDates dates = new ArmsDates();
  private final ArmsSigningDates signing = new ArmsSigningDates();
  private final ArmsTellings tellings = new ArmsTellings();

  @Override
  public void apply(Document doc) {
    apply(new Scope(doc));
  }

  /** Reads the article through {@code sc}, which other fact stages may share. */
  void apply(Scope sc) {
    Document doc = sc.doc;
    List<Found> found = new ArrayList<>();
    List<Span> passed = new ArrayList<>(); // the systems named but not transferred: "already operates 18 [system]s"
    List<Span> headlines = new ArrayList<>(); // headlines that name a transfer's systems, told in full below them
    Map<Object, Found> byThing = new HashMap<>();
    List<Sentence> sentences = sc.sentences();
    Country lastSupplier = null;
    Country lastRecipient = null;
    List<Found> lastTold = new ArrayList<>(); // the transfers of the last sentence that told any
    int lastToldAt = -10;
    int cuesBefore = 0; // the SENTENCE_ROLES of the sentence before
    int titleEnd = sentences.isEmpty() ? -1 : titleEnd(doc, sentences.get(0)); // the report's title line, in any case
    Sentence signingHeadline = null; // "[State] Signs Deal With [State] For [System] Jets", in any case: a signing as the news
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      int from = s.firstToken();
      int to = s.endToken();
      int cues = (sc.cues(si) & SentenceCues.ARMS_WORD) == 0 ? 0 : sc.roles(words, SENTENCE_ROLES, sentenceBits, from, to);
      boolean context = (cues & CONTEXT) != 0 || (cuesBefore & CONTEXT) != 0;
      cuesBefore = cues;
      if (signingHeadline == null && si < 3 && (cues & SIGNS) != 0 && (cues & DEAL) != 0
          && to > from && !sc.key(to - 1).equals(".")) {
        signingHeadline = s;
      }
      boolean dealt = (cues & (DEAL | SUPPLY | BUY)) != 0;
      if (found.isEmpty() && !context && !dealt && (cues & DELIVERED) == 0) {
        continue; // no transfer told yet, and no word of one here: nothing below can start or extend one
      }
      List<Item> items = finder.items(sc, from, to, context && dealt, passed);
      DateRef[] roles = dates.dateRoles(sc, from, to, items);
      // "to be delivered within 36 months of signing": only a sentence with a word of delivery tells it
      int within = (cues & DELIVERED) != 0 ? dates.withinMonths(sc, from, to) : 0;
      if (items.isEmpty()) {
        if (si - lastToldAt <= 3 || scheduleOpens(sc, from, to)) {
          // "The first aircraft are to reach Poland in 2006, and the last by the end of 2008": the schedule of what was just told;
          // "Delivery will take place in stages between [year] and [year]": the last transfer told, however far back
          List<Found> named = ArmsTellings.named(sc, s, lastTold);
          for (Found f : named == lastTold ? tellings.ofCategory(sc, s, si, lastTold, found) : named) {
            ArmsSchedule.deliveries(roles, from, from, to, f.deliveries);
            f.within = within > 0 ? within : f.within;
          }
          signing.signedAfter(sc, s, roles, lastTold);
        }
        dates.laterDelivery(sc, s, si, roles, found);
        MoneyRef value = aggregateValue(sc, from, to);
        Found told = value != null && (cues & DEAL) != 0 ? ArmsTellings.toldBefore(sc, s, si, found) : null;
        if (told != null) {
          // "The contract, worth 2.7 billion euros, was signed ...": the sum of the transfer just told
          ArmsContract v = ArmsContract.builder().value(value.money()).qualifier(qualifier(sc, value, from))
              .evidence(s.span()).build();
          ArmsTellings.fold(told, v);
        } else if (value != null && context && (cues & DEAL) != 0 && priced(sc, value, from, to)) {
          Country[] sr = parties.direction(sc, from, to, null, lastSupplier, lastRecipient, false, null);
          ArmsContract c = ArmsContract.builder().supplier(sr[0]).recipient(sr[1]).value(value.money())
              .qualifier(qualifier(sc, value, from)).signed(ArmsSchedule.first(roles, from, to, true))
              .evidence(s.span()).build();
          ArmsTellings.add(found, byThing, new Found(c, "", si, null, null));
          if (sr[0] != null && sr[1] != null) {
            lastSupplier = sr[0];
            lastRecipient = sr[1];
          }
        }
        continue;
      }
      if (!dealt && !context && ArmsItems.known(items) && (cues & DELIVERED) != 0) {
        dealt = true; // "the first Gripen arrived": a system the register knows, and a delivery
      }
      boolean headline = sc.headline(s) || s.end() <= titleEnd;
      if (headline && dealt && !items.isEmpty()) {
        headlines.add(s.span()); // "[State] buys 12 [system] jets in $3 billion deal": an arms transfer, not an import
      }
      if (!dealt && !context || headline) {
        if (!headline && si - lastToldAt <= 2 && allBare(sc, items, to)) {
          // "the first batch of the aircraft would be delivered in 2006": the schedule of what was just told
          for (Found f : lastTold) {
            ArmsSchedule.deliveries(roles, from, from, to, f.deliveries);
            f.within = within > 0 ? within : f.within;
          }
        }
        continue; // a headline's "X Signs Deal for Y" is told in full below it
      }
      boolean retold = ArmsTellings.BACK_REFERENCES.contains(sc.key(from))
          && hasRole(sc, "DEAL", from + 1, Math.min(to, from + 3));
      // "The package includes [parts]": the parts join the deal just told, whose schedule may follow them
      List<Found> deal = retold && si - lastToldAt <= 3 && sc.any(words, "INCLUDES", from, to) ? List.copyOf(lastTold) : List.of();
      EdtfDate sentenceSigned = ArmsSchedule.first(roles, from, to, true);
      boolean sentenceGuessed = sentenceSigned == null;
      if (sentenceSigned == null && signing.signedHere(sc, from, to)) {
        sentenceSigned = ArmsSigningDates.signedDone(sc, s, roles, items); // "the contract was signed by the two ministers": on the day reported
      }
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        // "X bought A from Y, and Z signed for B with W": each item takes its parties, date and sum from its own clause
        int[] clause = clause(sc, from, to, it.first());
        int cf = clause[0];
        int ct = clause[1];
        if ((cues & UNREAL) != 0 && sc.any(words, "UNREAL", cf, it.first()) && !sc.any(words, "DONE", cf, ct)) {
          continue; // "is considering buying four frigates", "offered Iraq ten jets": no deal signed or agreed
        }
        Found same = ArmsTellings.sameSystem(found, it.system());
        Country[] sr = parties.direction(sc, cf, ct, it, lastSupplier, lastRecipient, retold,
            same == null ? null : new Country[] {same.contract.supplier(), same.contract.recipient()});
        EdtfDate signed = ArmsSchedule.firstIn(roles, from, cf, ct, true);
        // "a framework agreement signed on [day] envisages [system]s": the contract for them may come later
        boolean guessed = signed == null ? sentenceGuessed : hasRole(sc, "PRELIMINARY", from, it.first());
        if (signed == null) {
          signed = sentenceSigned;
        }
        if (signed == null) {
          signed = signing.signedBefore(sc, s, si, found, sr); // "The package includes Meteor missiles": signed with it
        }
        if (signed == null) {
          signed = signing.underInstrument(sc, s, found); // "Under the agreement, [supplier] will supply ...": signed with it
        }
        MoneyRef value = firstMoney(sc, cf, ct);
        long inClause = items.stream().filter(x -> x.first() >= cf && x.first() < ct).count();
        EdtfDate delivered = ArmsSchedule.delivered(roles, items, k, from, to);
        ArmsContract.Builder b = ArmsContract.builder().supplier(sr[0]).recipient(sr[1]).item(it.text())
            .quantity(it.quantity()).signed(signed).delivered(delivered)
            .evidence(sc.span(it.first(), it.end())).evidence(s.span());
        if (value != null && inClause == 1) {
          b.value(value.money()).qualifier(qualifier(sc, value, from));
        }
        ArmsContract built = b.build();
        // "a further squadron of [system]s", "another 12 [system]s": a second transfer of a system told before
        boolean again = hasRole(sc, "AGAIN", Math.max(cf, it.first() - 4), it.first());
        Found host = !again && it.system() == null && finder.bare(sc, it, to) ? tellings.host(found, it, built) : null;
        if (host == null && !again) {
          host = tellings.kin(sc, found, it, built); // "the Sukhoi fighters": the Su-35s told before
        }
        if (host != null) {
          ArmsTellings.fold(host, built); // "covers 12 used aircraft": the Rafales told before, not another transfer
          host.last = si;
          redate(host, signed, guessed);
        } else {
          Found n = new Found(built, it.head(), si, it.system(),
              sc.shape(it.first()) == Designations.Shape.NONE ? null : sc.key(it.first()));
          if (!dealt && (cues & DELIVERED) == 0 && ArmsTellings.told(found, byThing, n) == null) {
            continue; // "A [maker's] [transport] landed at [base]": a system named beside a transfer, not one
          }
          n.signedGuessed = guessed && signed != null;
          if (again) {
            found.add(n); // later tellings of the system fold into its first transfer
            host = n;
          } else {
            host = ArmsTellings.add(found, byThing, n);
          }
          redate(host, signed, guessed);
        }
        if (lastToldAt != si) {
          lastTold.clear();
          lastToldAt = si;
        }
        if (!lastTold.contains(host)) {
          lastTold.add(host);
          ArmsSchedule.deliveries(roles, from, items, k, cf, ct, host.deliveries);
          host.within = within > 0 ? within : host.within;
        }
        if (sr[0] != null && sr[1] != null) {
          lastSupplier = sr[0];
          lastRecipient = sr[1];
        }
      }
      if (sentenceSigned != null) {
        // "Egypt on Monday signed a contract with France for ...": also the signing of what a line above told undated
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence >= si - 2; k--) {
          Found f = found.get(k);
          if (f.sentence < si && f.contract.signed() == null && lastSupplier != null
              && lastSupplier.equals(f.contract.supplier()) && Objects.equals(lastRecipient, f.contract.recipient())) {
            f.contract = f.contract.toBuilder().signed(sentenceSigned).build();
          }
        }
      }
      if (lastToldAt == si && lastTold.size() == 1) {
        // "will receive its first Rafale in 2026, and deliveries ... completed by 2030": one transfer, all its clauses
        ArmsSchedule.deliveries(roles, from, from, to, lastTold.get(0).deliveries);
      }
      if (lastToldAt == si) {
        for (Found f : deal) {
          if (!lastTold.contains(f)) {
            lastTold.add(f);
          }
        }
      }
    }
    if (signingHeadline != null) {
      EdtfDate day = ArmsSigningDates.occasion(sc, signingHeadline);
      for (Found f : found) {
        if (f.contract.signed() == null && day != null && ArmsTellings.headlined(sc, signingHeadline, f)) {
          f.contract = f.contract.toBuilder().signed(day).build(); // the deal the headline reports signed, undated below it
        }
      }
    }
    tellings.countedToSystems(found);
    ArmsTellings.valuesToItems(found);
    for (Found f : found) {
      if (f.deliveries.isEmpty() && f.within > 0 && f.contract.signed() != null) {
        f.deliveries.add(ArmsSchedule.within(f.contract.signed(), f.within)); // a time counted from the signing
      }
      EdtfDate schedule = ArmsSchedule.schedule(f.deliveries);
      if (schedule != null && (f.deliveries.size() > 1 || f.contract.delivered() == null)) {
        f.contract = f.contract.toBuilder().delivered(schedule).build();
      }
      doc.armsContracts.add(f.contract);
    }
    if (!doc.armsContracts.isEmpty()) {
      passed.addAll(headlines); // the headline's sum and systems are the contract's, not a trade figure's
    }
    ArmsTellings.withoutArmsRetold(doc, passed);
  }

  /**
   * Where the title line ends when the first sentence starts it ("[Buyer] inks deal for 18 [system]
   * jets", in any case), else -1.
   */
  private static int titleEnd(Document doc, Sentence first) {
    String t = doc.title;
    if (t == null || t.isEmpty() || !doc.text.regionMatches(first.start(), t, 0, Math.min(t.length(), 16))) {
      return -1;
    }
    int nl = doc.text.indexOf('\n', first.start());
    return nl < 0 ? -1 : nl;
  }

  /**
   * "[Buyer] signed for the [system] on [date]" after a first telling dated only by its occasion or
   * the report's day: the date the text marks as the signing replaces the guessed one.
   */
  private static void redate(Found f, @Nullable EdtfDate signed, boolean guessed) {
    if (f.signedGuessed && signed != null && !guessed) {
      f.contract = f.contract.toBuilder().signed(signed).build();
      f.signedGuessed = false;
    }
  }

  /** Whether every item is a category noun alone ("the aircraft"), none a system of its own. */
  private boolean allBare(Scope sc, List<Item> items, int to) {
    for (Item it : items) {
      if (!finder.bare(sc, it, to)) {
        return false;
      }
    }
    return true;
  }

  /** The roles of arms words each sentence is read for, and their bits in {@link Scope#roles}. */
  private static final String[] SENTENCE_ROLES = {"CONTEXT", "DEAL", "SUPPLY", "BUY", "DELIVERED", "SIGNS", "UNREAL"};
  private static final int CONTEXT = 1;
  private static final int DEAL = 1 << 1;
  private static final int SUPPLY = 1 << 2;
  private static final int BUY = 1 << 3;
  private static final int DELIVERED = 1 << 4;
  private static final int SIGNS = 1 << 5;
  private static final int UNREAL = 1 << 6;

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

  /**
   * Whether a sum is told as the price of a deal: a word of price just before it ("worth about $2
   * billion", "valued at up to") or a deal noun just after it ("a $2 billion arms contract"). A debt,
   * a credit or a grant near a deal word ("an agreement on a credit of $1 billion", "will provide $200
   * million") is no contract of its own.
   */
  private boolean priced(Scope sc, MoneyRef m, int from, int to) {
    return hasRole(sc, "PRICE", Math.max(from, m.first() - 4), m.first())
        || hasRole(sc, "DEAL", m.end(), Math.min(to, m.end() + 2));
  }

  private static @Nullable MoneyRef firstMoney(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sc.money(i) != null) {
        return sc.money(i);
      }
    }
    return null;
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

  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "while", "whereas", "but");

  /** The nouns of delivery a sentence of a transfer's schedule opens with: "Deliveries are scheduled between ...". */
  private static final Set<String> DELIVERY_NOUNS = Set.of("delivery", "deliveries");

  /**
   * Whether the sentence opens with a delivery noun as its subject, itself or after "the" or "the
   * first" ("Delivery will take place in stages between [year] and [year]", "The deliveries are to
   * run from [year]"): the schedule of the last transfer told, which no other transfer has followed.
   */
  private static boolean scheduleOpens(Scope sc, int from, int to) {
    int i = from;
    if (sc.key(i).equals("the")) {
      i++;
      if (sc.key(i).equals("first")) {
        i++;
      }
    }
    return i + 1 < to && DELIVERY_NOUNS.contains(sc.key(i)) && !sc.key(i + 1).equals("of");
  }
}
