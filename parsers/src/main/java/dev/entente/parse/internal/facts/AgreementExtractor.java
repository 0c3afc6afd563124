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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
  private final Sectors sectorLists = new Sectors(sectors, instruments);
  private final InstrumentNames names = new InstrumentNames();
  private final InstrumentLists lists = new InstrumentLists();
  private final SigningVerbs verbs = new SigningVerbs();
  private final AgreementParties agreementParties = new AgreementParties();

  @Override
  public void apply(Document doc) {
    apply(new Scope(doc));
  }

  /** Reads the article through {@code sc}, which other fact stages may share. */
  void apply(Scope sc) {
    Document doc = sc.doc;
    List<AgreementTellings.Merged> found = new ArrayList<>();
    EdtfDate carried = null; // the day of the last signing told: the occasion later listed instruments belong to
    int sentence = 0;
    for (Sentence s : sc.sentences()) {
      int end = s.endToken();
      Said said = new Said(sc, s, carried);
      int readAt = -1; // the first instrument read in the sentence
      Agreement last = null; // the instrument read last in the sentence
      int lastEnd = -1; // and where it ends
      for (int i = s.firstToken(); i < end; i++) {
        Lexicon.Match m = sc.at(instruments, i, end);
        if (m == null) {
          continue;
        }
        boolean joined = lastEnd >= 0 && i == lastEnd + 1 && sc.key(lastEnd).equals("and");
        Agreement a = read(sc, said, i, m, joined ? last : null);
        if (a != null && readAt >= 0 && a.title() == null && a.count() == null && AgreementParties.retold(sc, readAt, i)) {
          a = null; // "signed a pact on ..., confirming a deal that ...": the pact told again
        }
        if (a != null && readAt < 0) {
          readAt = i;
        }
        if (a != null) {
          last = a;
          lastEnd = i + m.length();
          for (Agreement one : Sectors.eachSubject(sc, i + m.length(), end, a, InstrumentNames.pluralWord(sc, i, m))) {
            AgreementTellings.merge(found, one, sentence, a.title() == null && lists.indefinite(sc, s.firstToken(), i));
          }
        }
        i += m.length() - 1;
      }
      EdtfDate told = said.signingTold();
      if (told != null) {
        carried = told;
      }
      sentence++;
    }
    for (AgreementTellings.Merged f : found) {
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
    /** The day of the signing told before this sentence, if any. */
    final @Nullable EdtfDate carried;
    private final @Nullable EdtfDate[] occasion = new EdtfDate[2];
    private final boolean[] occasionKnown = new boolean[2];

    Said(Scope sc, Sentence s, @Nullable EdtfDate carried) {
      this.sc = sc;
      this.s = s;
      this.carried = carried;
    }

    /** The day of a signing this sentence tells as done: the date by its verb, else the occasion's; or null. */
    @Nullable EdtfDate signingTold() {
      if (signs == null) {
        signs = verbs.signs(sc, s);
      }
      for (int sign : signs) {
        if (SigningVerbs.pastSigning(sc, sign) && !SigningVerbs.plannedSigning(sc, sign)) {
          DateRef d = signingDate(sc, dates(), sign, sign);
          return d != null ? datelined(sc, d) : occasionDate(true);
        }
      }
      return null;
    }

    boolean arms() {
      if (arms == null) {
        arms = armsSentence(sc, s);
      }
      return arms;
    }

    List<Country> parties() {
      if (parties == null) {
        parties = agreementParties.parties(sc, s);
      }
      return parties;
    }

    List<String> sectorWords() {
      if (sectorWords == null) {
        sectorWords = sectorLists.words(sc, s);
      }
      return sectorWords;
    }

    /** The signing verb nearest token {@code at} (the earlier of two as near), or -1. */
    int nearestSign(int at) {
      if (signs == null) {
        signs = verbs.signs(sc, s);
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

    /** The day of the signing told before, else of the occasion the article reports, else of publication. */
    @Nullable EdtfDate dayTold() {
      return carried != null && carried.precision() == EdtfDate.Precision.DAY ? carried : occasionDate(true);
    }

    @Nullable EdtfDate occasionDate(boolean orPublished) {
      int k = orPublished ? 1 : 0;
      if (!occasionKnown[k]) {
        occasion[k] = Occasions.day(sc, s, parties(), orPublished);
        occasionKnown[k] = true;
      }
      return occasion[k];
    }
  }

  private @Nullable Agreement read(Scope sc, Said said, int at, Lexicon.Match m, @Nullable Agreement joinedTo) {
    Sentence s = said.s;
    int first = s.firstToken();
    int end = s.endToken();
    AgreementKind kind = AgreementKind.valueOf(m.roles().get(0));
    int after = at + m.length();
    // "17 agreements and memoranda": one counted set of several instrument kinds ("a trade agreement
    // and protocol": two)
    while (InstrumentNames.pluralWord(sc, at, m) && after + 1 < end && sc.key(after).equals("and")) {
      Lexicon.Match more = sc.at(instruments, after + 1, end);
      if (more == null) {
        break;
      }
      after += 1 + more.length();
    }
    if (kind == AgreementKind.CONTRACT && said.arms() || InstrumentLists.ofCompanies(sc, first, at, after, end)) {
      return null; // an arms contract is read as such; a deal of firms is no agreement between states
    }
    // a count before the instrument, past modifiers: "about 260 cooperation agreements"
    int j = at - 1;
    while (j >= first && sc.word(words, j, "MODIFIER") && sc.countAt(j, numberWords) == null) {
      j--;
    }
    Integer count = null;
    Qualifier qualifier = Qualifier.EXACT;
    int start = at;
    if (j >= first && !sc.key(j).equals("and") && sc.key(j).indexOf('-') < 0) { // "a six-point communique": no count
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
    String title = names.title(sc, s, at, at + m.length());
    int sign = said.nearestSign(at);
    if (sign >= after && verbs.signsAnother(sc, after, sign)) {
      sign = -1; // "The declaration reaffirms the 1972 agreement signed in Simla": the other one's signing
    }
    // without a signing verb only a date on the instrument itself is its day: "the 1975 agreement"
    DateRef dating = datingFrom(sc, after, end);
    DateRef date = dating != null ? dating : sign >= 0 ? signingDate(sc, said.dates(), sign, at) : ownDate(sc, first, at);
    boolean plural = InstrumentNames.pluralWord(sc, at, m);
    if (sign >= 0 && SigningVerbs.plannedSigning(sc, sign)) {
      if (count == null && title == null) {
        return null; // "will sign a memorandum next month": nothing is signed yet
      }
      date = null;
    }
    EdtfDate told = null;
    List<Country> parties = said.parties();
    // "a Cultural Exchange Programme for 2003-2006": a named item of a list needs no subject
    boolean listed = !plural && (InstrumentLists.partOfASet(sc, first, at)
        || lists.indefinite(sc, first, at) && (Sectors.opensSubject(sc, after) || title != null
            || sc.key(after).equals("and") && sc.at(instruments, after + 1, end) != null)); // "an accord and protocol"
    // "agreements on economic cooperation, a loan for roads and a memorandum on ...": one item of a list
    boolean oneOfAList = plural && count == null && title == null && Sectors.opensSubject(sc, after)
        && lists.singleFollows(sc, after, end);
    if (date == null && sign >= 0 && SigningVerbs.pastSigning(sc, sign) && !SigningVerbs.plannedSigning(sc, sign)
        && (count != null || title != null || !plural || oneOfAList)) {
      // "both sides signed an MoU", "signed eight documents": on the day of the signing told before
      // ("also signed"), else on the occasion the article reports; a count signed over the years
      // ("have signed more than 30 agreements", "signed about 260") only on a meeting told before
      told = count == null || !SigningVerbs.perfect(sc, sign) && qualifier == Qualifier.EXACT
          ? said.dayTold() : said.occasionDate(false);
    } else if (date == null && joinedTo != null && !plural && count == null) {
      told = joinedTo.signed(); // "a long-term trade agreement and protocol": signed with the one before
    } else if (date == null && sign < 0 && listed) {
      told = said.carried; // "The documents include an agreement on ...": the signing told before
    } else if (date == null && sign < 0 && kind == AgreementKind.DECLARATION && InstrumentLists.saidIn(sc, first, at)) {
      told = said.dayTold(); // "In a joint statement, the two leaders said ...": put out that day
    }
    if (count == null && (date == null && told == null || plural && title == null && !oneOfAList)) {
      return null; // an instrument named in passing ("in accordance with our agreements")
    }
    Agreement.Builder b = Agreement.builder(kind).title(title).count(count).qualifier(qualifier)
        .parties(parties).sectors(sectorLists.of(sc, s, after, said.sectorWords()))
        .evidence(sc.span(start, after));
    if (date != null) {
      b.signed(datelined(sc, date)).evidence(date.span());
    } else if (told != null) {
      b.signed(told);
    }
    return b.build();
  }

  /** The date the instrument is said to date from, in its own words: "an agreement on trade dating from 1998". */
  private @Nullable DateRef datingFrom(Scope sc, int after, int end) {
    for (int j = after; j < Math.min(end - 2, after + 12); j++) {
      String k = sc.key(j);
      if (k.equals(";") || k.equals(",") && (sc.key(j + 1).equals("a") || sc.key(j + 1).equals("an"))
          || sc.word(words, j, "SIGN")) {
        return null; // the next item of a list, or a signing of its own
      }
      if ((k.equals("dating") || k.equals("dates") || k.equals("dated")) && sc.key(j + 1).equals("from")) {
        return sc.date(j + 2);
      }
      // "the Grey Zone Agreement of 1978", "the Treaty of Peace and Friendship of 1971": its year
      if (k.equals("of") && (j == after || sc.token(j - 1).isCapitalized()) && sc.date(j + 1) != null) {
        return sc.date(j + 1);
      }
    }
    return null;
  }

  /**
   * The day of date {@code d}; "today" and "yesterday" in a report whose dateline names a day before
   * publication ("CAIRO, January 30 - ... today signed", published the 31st) count from the dateline's day.
   */
  private static EdtfDate datelined(Scope sc, DateRef d) {
    LocalDate published = sc.doc.published();
    if (published == null || !DATELINE_DAYS.contains(sc.key(d.first())) || d.date().isInterval()
        || d.date().precision() != EdtfDate.Precision.DAY) {
      return d.date();
    }
    LocalDate line = datelineDay(sc, published);
    return line == null ? d.date() : EdtfDate.of(d.date().earliest().minusDays(ChronoUnit.DAYS.between(line, published)));
  }

  /** How many sentences from the top (headline, standfirst, byline, lead) a dateline may stand in. */
  private static final int LEAD_SENTENCES = 6;

  /** Words for a day that a dateline anchors. */
  private static final Set<String> DATELINE_DAYS = Set.of("today", "yesterday", "tonight");

  /** The day a dateline at the head of one of the first sentences names, up to a week before publication, or null. */
  private static @Nullable LocalDate datelineDay(Scope sc, LocalDate published) {
    List<Sentence> sentences = sc.sentences();
    for (int k = 0; k < Math.min(LEAD_SENTENCES, sentences.size()); k++) {
      Sentence s = sentences.get(k);
      for (DateRef d : sc.dates(s.firstToken(), Math.min(s.endToken(), s.firstToken() + 4))) {
        if (DATELINE_DAYS.contains(sc.key(d.first())) || d.date().isInterval()
            || d.date().precision() != EdtfDate.Precision.DAY) {
          continue;
        }
        LocalDate day = d.date().earliest();
        long before = ChronoUnit.DAYS.between(day, published);
        if (before > 0 && before <= 7) {
          return day;
        }
      }
    }
    return null;
  }

  /** A date just before the instrument, past its modifiers ("the 1972 agreement"), or null. */
  private @Nullable DateRef ownDate(Scope sc, int first, int at) {
    int j = at - 1;
    while (j >= first && (sc.word(words, j, "MODIFIER") || sc.word(sectors, j)) && sc.date(j) == null) {
      j--;
    }
    return j >= first ? sc.date(j) : null;
  }

  private boolean armsSentence(Scope sc, Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (sc.word(arms, i, "CONTEXT") || sc.word(weapons, i, "HEAD") || sc.shape(i) != Designations.Shape.NONE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date nearest the signing verb (or the instrument), not one an instrument is for or runs to
   * ("a protocol for 1973", "until 1980"). A date of an earlier predicate joined by "and" ("opened
   * offices in early 1991 and signed a trade agreement last December") gives way to one after the
   * verb, unless that one is of a relative clause ("the pact that took effect on July 1"); alone
   * it is the sentence's ("On Monday they met and signed a memorandum").
   */
  private @Nullable DateRef signingDate(Scope sc, List<DateRef> dates, int sign, int at) {
    int anchor = sign >= 0 ? sign : at;
    int joined = sign >= 0 ? joinedBy(sc, sign) : -1;
    DateRef best = null;
    int bestDist = Integer.MAX_VALUE;
    for (DateRef d : dates) {
      if (NOT_SIGNING.contains(sc.key(d.first() - 1)) || inName(sc, d) || anniversaryBetween(sc, anchor, d)
          || ofSaying(sc, d) || ofANoun(sc, d)) {
        continue;
      }
      int dist = d.first() > anchor ? d.first() - anchor : anchor - d.end();
      if (d.end() <= joined || d.first() > anchor && relativeBetween(sc, anchor, d.first())) {
        dist += OTHER_PREDICATE;
      }
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  }

  /** Whether date {@code d} is when something was said: "the ministry said on Tuesday", "announced Monday". */
  private static boolean ofSaying(Scope sc, DateRef d) {
    int j = d.first() - 1;
    if (sc.key(j).equals("on")) {
      j--;
    }
    return SAYING.contains(sc.key(j));
  }

  /** Verbs of saying whose date is the saying's. */
  private static final Set<String> SAYING = Set.of("said", "says", "announced", "confirmed", "told", "reported",
      "stated", "disclosed", "revealed");

  /**
   * Whether year {@code d} names another event: "the 1979 revolution", "its 2015 election"; not
   * an instrument's own year ("the 1972 agreement", "the 1998 trade accord").
   */
  private boolean ofANoun(Scope sc, DateRef d) {
    String before = sc.key(d.first() - 1);
    int n = d.end();
    if (d.end() - d.first() != 1 || !(before.equals("the") || before.equals("its") || before.equals("their"))
        || n >= sc.doc.tokens.size() || !sc.token(n).isWord() || NOT_A_NOUN.contains(sc.key(n))) {
      return false;
    }
    // "the 1979 Islamic Revolution" names another event; "the 1972 Simla Agreement" the instrument
    int end = Math.min(sc.doc.tokens.size(), n + 4);
    while (n < end && (sc.word(words, n, "MODIFIER") || sc.word(sectors, n)
        || sc.token(n).isWord() && sc.token(n).isCapitalized() && sc.at(instruments, n, end) == null)) {
      n++;
    }
    return n >= end || sc.at(instruments, n, end) == null;
  }

  /** Words after "the [year]" that are no noun it modifies. */
  private static final Set<String> NOT_A_NOUN = Set.of("and", "or", "to", "in", "on", "of", "at", "by", "for", "with",
      "when", "as", "was", "were", "is");

  /** How much farther a date of an earlier predicate counts than one of the signing's own. */
  private static final int OTHER_PREDICATE = 1_000;

  /** The "and" that joins signing verb {@code sign} to an earlier predicate ("and signed", "and also signed"), or -1. */
  private static int joinedBy(Scope sc, int sign) {
    int j = sign - 1;
    if (j > 0 && (sc.key(j).equals("also") || sc.key(j).equals("then") || sc.key(j).equals("later"))) {
      j--;
    }
    return j >= 0 && sc.key(j).equals("and") ? j : -1;
  }

  /** Whether a relative pronoun stands between tokens {@code from} and {@code to}: another clause's date. */
  private static boolean relativeBetween(Scope sc, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String k = sc.key(i);
      if (k.equals("that") || k.equals("which") || k.equals("who") || k.equals("whose")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a year is part of a name: "Vision 2035", "Agenda 2063" (a capitalized word, not a preposition, before it). */
  private static boolean inName(Scope sc, DateRef d) {
    int before = d.first() - 1;
    return before >= 0 && d.first() + 1 == d.end() && sc.token(d.first()).isNumber()
        && sc.token(before).isWord() && sc.token(before).isCapitalized() && sc.date(before) == null
        && !NOT_NAME.contains(sc.key(before));
  }

  /** Capitalized function words before a year in a headline ("Signed In 1999"): no name. */
  private static final Set<String> NOT_NAME = Set.of("in", "on", "of", "at", "since", "from", "until", "by", "for",
      "to", "before", "after", "during", "the", "and", "year", "late", "early", "mid", "summer", "winter", "spring",
      "autumn", "fall");

  /** Whether "anniversary" stands between the signing and the date: the date of the event remembered. */
  private static boolean anniversaryBetween(Scope sc, int anchor, DateRef d) {
    for (int i = Math.min(anchor, d.end()); i < Math.max(anchor, d.first()); i++) {
      if (sc.key(i).equals("anniversary")) {
        return true;
      }
    }
    return false;
  }

  /** Words before a date that make it no signing day: the period an instrument covers or runs to. */
  private static final Set<String> NOT_SIGNING = Set.of("for", "until", "till", "through", "to", "by", "from",
      "since", "before", "over");
}
