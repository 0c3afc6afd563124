package dev.entente.parse.internal.facts;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds agreements between states: named instruments ({@code the Treaty of Good-Neighbourliness
 * and Friendly Cooperation}), instruments signed on a stated date ({@code a defence cooperation
 * agreement signed in June 2011}) and counted sets ({@code signed 11 agreements}, {@code more than 30 cooperation
 * agreements on culture and sports}), with kind, parties, signing date, count, qualifier and
 * sectors. Parties not named in the sentence are the article's states in play.
 */
public final class AgreementExtractor implements Stage {

  private final Lexicon instruments = Lexicon.load("instruments.txt");
  private final Lexicon words = Lexicon.load("agreement-words.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");
  private final Lexicon arms = Lexicon.load("arms-words.txt");
  private final Lexicon weapons = Lexicon.load("weapons.txt");

  @Override
  public void apply(Document doc) {
    apply(new Scope(doc));
  }

  /** Reads the article through {@code sc}, which other fact stages may share. */
  void apply(Scope sc) {
    Document doc = sc.doc;
    List<Merged> found = new ArrayList<>();
    for (Sentence s : sc.sentences()) {
      int end = s.endToken();
      Said said = null;
      for (int i = s.firstToken(); i < end; i++) {
        Lexicon.Match m = sc.at(instruments, i, end);
        if (m == null) {
          continue;
        }
        if (said == null) {
          said = new Said(sc, s);
        }
        Agreement a = read(sc, said, i, m);
        if (a != null) {
          merge(found, a);
        }
        i += m.length() - 1;
      }
    }
    for (Merged f : found) {
      doc.agreements.add(f.build());
    }
  }

  /**
   * What a sentence says whatever the instrument read in it (its parties, its signing verbs, its
   * dates...), found on first asking: a sentence that names many instruments is scanned once.
   */
  private final class Said {
    final Scope sc;
    final Sentence s;
    private @Nullable Boolean arms;
    private @Nullable List<Country> parties;
    private @Nullable List<String> sectorWords;
    private int @Nullable [] signs;
    private @Nullable List<DateRef> dates;
    private final @Nullable EdtfDate[] occasion = new EdtfDate[2];
    private final boolean[] occasionKnown = new boolean[2];

    Said(Scope sc, Sentence s) {
      this.sc = sc;
      this.s = s;
    }

    boolean arms() {
      if (arms == null) {
        arms = armsSentence(sc, s);
      }
      return arms;
    }

    List<Country> parties() {
      if (parties == null) {
        parties = AgreementExtractor.parties(sc, s);
      }
      return parties;
    }

    List<String> sectorWords() {
      if (sectorWords == null) {
        sectorWords = AgreementExtractor.this.sectorWords(sc, s);
      }
      return sectorWords;
    }

    /** The signing verb nearest token {@code at} (the earlier of two as near), or -1. */
    int nearestSign(int at) {
      if (signs == null) {
        signs = signs(sc, s);
      }
      int k = Arrays.binarySearch(signs, at);
      if (k >= 0) {
        return at;
      }
      int after = -k - 1;
      int before = after - 1;
      if (before < 0) {
        return after < signs.length ? signs[after] : -1;
      }
      if (after >= signs.length) {
        return signs[before];
      }
      return at - signs[before] <= signs[after] - at ? signs[before] : signs[after];
    }

    List<DateRef> dates() {
      if (dates == null) {
        dates = sc.dates(s.firstToken(), s.endToken());
      }
      return dates;
    }

    @Nullable EdtfDate occasionDate(boolean orPublished) {
      int k = orPublished ? 1 : 0;
      if (!occasionKnown[k]) {
        occasion[k] = AgreementExtractor.occasionDate(sc, s, parties(), orPublished);
        occasionKnown[k] = true;
      }
      return occasion[k];
    }
  }

  private @Nullable Agreement read(Scope sc, Said said, int at, Lexicon.Match m) {
    Sentence s = said.s;
    int first = s.firstToken();
    int end = s.endToken();
    AgreementKind kind = AgreementKind.valueOf(m.roles().get(0));
    int after = at + m.length();
    // "17 agreements and memoranda": one counted set of several instrument kinds
    while (after + 1 < end && sc.key(after).equals("and")) {
      Lexicon.Match more = sc.at(instruments, after + 1, end);
      if (more == null) {
        break;
      }
      after += 1 + more.length();
    }
    if (kind == AgreementKind.CONTRACT && said.arms()) {
      return null; // an arms contract is read as such, not as an agreement between states
    }
    // a count before the instrument, past modifiers: "about 260 cooperation agreements"
    int j = at - 1;
    while (j >= first && sc.word(words, j, "MODIFIER") && sc.countAt(j, numberWords) == null) {
      j--;
    }
    Integer count = null;
    Qualifier qualifier = Qualifier.EXACT;
    int start = at;
    if (j >= first && !sc.key(j).equals("and")) {
      BigDecimal c = sc.countAt(j, numberWords);
      if (c != null && sc.money(j) == null && sc.date(j) == null && c.signum() > 0
          && c.stripTrailingZeros().scale() <= 0 && c.compareTo(BigDecimal.valueOf(100_000)) < 0) {
        count = c.intValueExact();
        NumberRef n = sc.number(j);
        int numberStart = n != null ? n.first() : j;
        qualifier = n != null && n.qualifier() != Qualifier.EXACT
            ? n.qualifier() : sc.hedgeBefore(qualifiers, numberStart, first);
        start = Math.max(first, numberStart - 2);
      }
    }
    String title = title(sc, s, at, at + m.length());
    int sign = said.nearestSign(at);
    DateRef date = signingDate(said.dates(), sign, at);
    boolean plural = sc.key(at + m.length() - 1).endsWith("s") || sc.key(at).equals("memoranda");
    if (sign >= 0 && plannedSigning(sc, sign)) {
      if (count == null && title == null) {
        return null; // "will sign a memorandum next month": nothing is signed yet
      }
      date = null;
    }
    EdtfDate told = null;
    List<Country> parties = said.parties();
    if (count == null && title == null && sign >= 0 && date == null && !plural && pastSigning(sc, sign)
        && !partOfASet(sc, first, at)) {
      told = said.occasionDate(true); // "the two sides signed a memorandum": on the occasion the article reports
    } else if (count != null && sign >= 0 && date == null && pastSigning(sc, sign) && SIGNED.contains(sc.key(sign))) {
      told = said.occasionDate(false); // "they signed six agreements" at the meeting told before
    }
    if (count == null && title == null && (sign < 0 || (date == null && told == null) || plural)) {
      return null; // an instrument named in passing ("in accordance with our agreements")
    }
    Agreement.Builder b = Agreement.builder(kind).title(title).count(count).qualifier(qualifier)
        .parties(parties).sectors(sectors(sc, said, after))
        .evidence(sc.span(start, after));
    if (date != null) {
      b.signed(date.date()).evidence(date.span());
    } else if (told != null) {
      b.signed(told);
    }
    return b.build();
  }

  /** Whether the instrument is one of a set told just before ("six agreements, including a memorandum"). */
  private static boolean partOfASet(Scope sc, int first, int at) {
    for (int i = Math.max(first, at - 4); i < at; i++) {
      String k = sc.key(i);
      if (k.equals("including") || k.equals("among") || k.equals("includes") || k.equals("include")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the signing verb tells a signing still to come ("will sign", "are expected to sign", "plan to sign"). */
  private static boolean plannedSigning(Scope sc, int sign) {
    for (int i = Math.max(0, sign - 3); i < sign; i++) {
      String w = sc.key(i);
      if (w.equals("will") || w.equals("to") || w.equals("expected") || w.equals("plan") || w.equals("plans")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the signing verb tells a signing that happened ("signed", "inked"), not one planned ("will sign"). */
  private static boolean pastSigning(Scope sc, int sign) {
    String k = sc.key(sign);
    if (!k.endsWith("ed")) {
      return false;
    }
    for (int i = Math.max(0, sign - 3); i < sign; i++) {
      String w = sc.key(i);
      if (w.equals("will") || w.equals("would") || w.equals("to") || w.equals("not") || w.equals("expected")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The day of the occasion an undated signing belongs to: the last dated meeting or visit of its
   * parties told before it (or in its sentence), else (when {@code orPublished}) the publication date.
   */
  private static final java.util.Set<String> SIGNED = java.util.Set.of("signed", "inked", "concluded", "clinched");

  private static @Nullable EdtfDate occasionDate(Scope sc, Sentence s, List<Country> parties, boolean orPublished) {
    EdtfDate best = null;
    int bestAt = -1;
    for (DiplomaticEvent e : sc.doc.events) {
      if (e.planned() || e.date() == null || !e.type().isConsultation() || e.evidence().isEmpty()
          || e.date().precision() != EdtfDate.Precision.DAY || !e.countries().containsAll(parties)) {
        continue;
      }
      int at = e.evidence().get(0).start();
      if (at <= s.end() && at > bestAt) {
        best = e.date();
        bestAt = at;
      }
    }
    if (best != null) {
      return best;
    }
    return !orPublished || sc.doc.published() == null ? null : EdtfDate.of(sc.doc.published());
  }

  private boolean armsSentence(Scope sc, Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (sc.word(arms, i, "CONTEXT") || sc.word(weapons, i, "HEAD") || sc.shape(i) != Designations.Shape.NONE) {
        return true;
      }
    }
    return false;
  }

  /** A name in capitals around the instrument word: "the Treaty of Amity and Cooperation". */
  private static @Nullable String title(Scope sc, Sentence s, int at, int after) {
    Token head = sc.token(at);
    if (!head.isCapitalized()) {
      return null;
    }
    int start = at;
    while (start - 1 >= s.firstToken() && sc.token(start - 1).isWord() && sc.token(start - 1).isCapitalized()
        && !NAME_BEFORE_STOP.contains(sc.key(start - 1))) {
      start--;
    }
    int end = after;
    int i = after;
    while (i < s.endToken()) {
      Token t = sc.token(i);
      if (t.isWord() && t.isCapitalized() && sc.country(i) == null) {
        end = ++i;
      } else if (t.isWord() && NAME_JOINERS.contains(t.key())
          && !(t.is("between") && end == after)) {
        if (t.is("between")) {
          break; // the parties follow, not the name
        }
        i++;
      } else {
        break;
      }
    }
    if (start == at && end == after) {
      return null;
    }
    return sc.text(start, end);
  }

  /** The signing verbs of a sentence, in order. */
  private int[] signs(Scope sc, Sentence s) {
    int[] out = new int[4];
    int n = 0;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (sc.word(words, i, "SIGN")) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The date nearest the signing verb (or the instrument), skipping none but day-less anaphora. */
  private static @Nullable DateRef signingDate(List<DateRef> dates, int sign, int at) {
    int anchor = sign >= 0 ? sign : at;
    DateRef best = null;
    for (DateRef d : dates) {
      int dist = d.first() > anchor ? d.first() - anchor : anchor - d.end();
      if (best == null || dist < (best.first() > anchor ? best.first() - anchor : anchor - best.end())) {
        best = d;
      }
    }
    return best;
  }

  private static List<Country> parties(Scope sc, Sentence s) {
    Set<Country> named = new LinkedHashSet<>(sc.states(s.firstToken(), s.endToken()));
    if (named.size() == 1) {
      Country other = sc.otherInPlay(named.iterator().next());
      if (other != null) {
        named.add(other);
      }
    } else if (named.isEmpty()) {
      named.addAll(sc.inPlay());
    }
    return List.copyOf(named);
  }

  /** The fields after the instrument ("in mining, oil and energy"), else sector words in the sentence. */
  private List<String> sectors(Scope sc, Said said, int after) {
    List<String> listed = listedSectors(sc, said.s, after);
    return listed.isEmpty() ? said.sectorWords() : listed;
  }

  /** The sector words anywhere in a sentence, in order, each once. */
  private List<String> sectorWords(Scope sc, Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Lexicon.Match m = sc.at(sectors, i, s.endToken());
      if (m != null && sc.country(i) == null && !sc.token(i).isCapitalized()) {
        out.add(sc.text(i, i + m.length()).toLowerCase(java.util.Locale.ROOT));
        i += m.length() - 1;
      } else if (m != null && sc.country(i) == null && i == s.firstToken()) {
        out.add(sc.text(i, i + m.length()).toLowerCase(java.util.Locale.ROOT));
        i += m.length() - 1;
      }
    }
    return List.copyOf(out);
  }

  /** Words a capitalized agreement name does not reach back past ("the", "under"). */
  private static final Set<String> NAME_BEFORE_STOP = Set.of("the", "a", "an", "this", "that", "in", "on", "under");
  /** Lower-case words inside an agreement's name ("Treaty on Friendship and Cooperation"). */
  private static final Set<String> NAME_JOINERS = Set.of("on", "of", "for", "and", "the", "in", "between");
  /** Words that open a list of sectors after an agreement ("in", "covering"). */
  private static final Set<String> LIST_OPENERS = Set.of("in", "on", "covering", "concerning", "regarding", "for");
  /** "the fields of ...": words that head a list of sectors. */
  private static final Set<String> LIST_HEADS = Set.of("fields", "areas", "spheres", "sectors", "field", "area");
  private static final Set<String> LIST_STOP = Set.of(".", ";", "(", ")", "which", "that", "signed", "during",
      "when", "while", "with", "between", "to", "at", "by", "were", "was", "are", "is", "have", "has", "will", "under");
  private static final Set<String> LIST_TRIM = Set.of("on", "in", "of", "the", "a", "an", "its", "their");
  private static final Set<String> LIST_TAIL = Set.of("matters", "fields", "field", "spheres", "sphere", "areas",
      "area", "sectors", "sector", "issues", "cooperation", "industries", "projects", "domains");

  private List<String> listedSectors(Scope sc, Sentence s, int after) {
    int end = s.endToken();
    if (after >= end || !LIST_OPENERS.contains(sc.key(after))) {
      return List.of();
    }
    int i = after + 1;
    if (sc.key(i).equals("the") && LIST_HEADS.contains(sc.key(i + 1))
        && sc.key(i + 2).equals("of")) {
      i += 3;
    }
    List<String> items = new ArrayList<>();
    boolean anySector = false;
    int itemStart = i;
    for (; i <= end; i++) {
      boolean stop = i == end || LIST_STOP.contains(sc.key(i)) || sc.date(i) != null || sc.country(i) != null;
      boolean sep = !stop && (sc.key(i).equals(",") || sc.key(i).equals("and") || sc.key(i).equals("&")
          || (sc.key(i).equals("as") && sc.key(i + 1).equals("well") && sc.key(i + 2).equals("as")));
      if (stop || sep) {
        int a = itemStart;
        int b = i;
        while (a < b && LIST_TRIM.contains(sc.key(a))) {
          a++;
        }
        while (b > a && LIST_TAIL.contains(sc.key(b - 1))) {
          b--;
        }
        if (b > a && b - a <= 5) {
          items.add(sc.text(a, b).toLowerCase(java.util.Locale.ROOT));
          for (int k = a; k < b; k++) {
            anySector |= sc.word(sectors, k);
          }
        }
        if (stop) {
          break;
        }
        if (sc.key(i).equals("as")) {
          i += 2;
        }
        itemStart = i + 1;
      }
    }
    return anySector && items.size() <= 12 ? List.copyOf(items) : List.of();
  }

  /** One agreement told twice is one: same title, or same count and date, or same kind and date. */
  /**
   * An agreement as first read, with what later mentions of the same agreement add: a signing date
   * it lacked, sectors it lacked, and their evidence. Built once, when the article is read.
   */
  private static final class Merged {
    private final Agreement first;
    private @Nullable EdtfDate signed;
    private List<String> sectors;
    private final List<Span> evidence;
    private boolean changed;

    Merged(Agreement first) {
      this.first = first;
      this.signed = first.signed();
      this.sectors = first.sectors();
      this.evidence = new ArrayList<>(first.evidence());
    }

    /** Whether {@code a} tells of this agreement: the same title, or the same kind, count and date. */
    boolean same(Agreement a) {
      return a.title() != null && first.title() != null
          ? a.title().equalsIgnoreCase(first.title())
          : a.kind() == first.kind() && Objects.equals(a.count(), first.count()) && Objects.equals(a.signed(), signed)
              && (a.count() != null || a.signed() != null);
    }

    void add(Agreement a) {
      if (signed == null) {
        signed = a.signed();
      }
      if (sectors.isEmpty()) {
        sectors = a.sectors();
      }
      evidence.addAll(a.evidence());
      changed = true;
    }

    Agreement build() {
      return changed ? first.toBuilder().signed(signed).sectors(sectors).evidence(evidence).build() : first;
    }
  }

  private static void merge(List<Merged> found, Agreement a) {
    for (Merged f : found) {
      if (f.same(a)) {
        f.add(a);
        return;
      }
    }
    found.add(new Merged(a));
  }
}
