package dev.entente.parse.internal.facts;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.CalendarNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds agreements between states: named instruments ({@code the Treaty of Good-Neighbourliness
 * and Friendly Cooperation}), instruments signed on a stated date ({@code a defence cooperation
 * agreement signed in June 2011}) and counted sets ({@code signed 11 agreements}, {@code more than 30 cooperation
 * agreements on culture and sports}), with kind, parties, signing date, count, qualifier and
 * sectors. Parties not named in the sentence are the article's states in play.
 *
 * <p>This class reads each instrument of a sentence and composes the parts, read one at a time:
 * {@link InstrumentNames} (titles, plurals), {@link InstrumentLists} (items of lists and sets),
 * {@link SigningVerbs} (signings done, planned or of another instrument), {@link SigningDates}
 * (the signing's day), {@link AgreementParties} (parties) and {@link AgreementTellings} (one
 * agreement told several times).
 */
public final class AgreementExtractor implements Stage {

  private final Lexicon instruments = Lexicon.load("instruments.txt");
  private final Lexicon words = Lexicon.load("agreement-words.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");
  private final Lexicon arms = Lexicon.load("arms-words.txt");
  private final Lexicon weapons = Lexicon.load("weapons.txt");
  private final Sectors sectorLists = new Sectors(sectors, instruments, words);
  private final InstrumentNames names = new InstrumentNames();
  private final InstrumentLists lists = new InstrumentLists();
  private final SigningVerbs verbs = new SigningVerbs();
  private final SigningDates signingDates = new SigningDates();
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
    boolean armsTold = false; // whether the last instrument told was an arms contract, not an agreement
    int sentence = 0;
    for (Sentence s : sc.sentences()) {
      if ((sc.cues(sentence) & (SentenceCues.INSTRUMENT | SentenceCues.SIGNING)) == 0) {
        sentence++;
        continue; // no instrument and no verb of signing: nothing to read, no signing told
      }
      int end = s.endToken();
      Said said = new Said(sc, s, carried);
      int readAt = -1; // the first instrument read in the sentence
      Agreement last = null; // the instrument read last in the sentence
      int lastEnd = -1; // and where it ends
      for (int i = s.firstToken(); i < end; i++) {
        Lexicon.Match m = sc.at(instruments, i, end);
        // "a programme of [A], [B] and [C] exchanges": its subjects are the fields it names
        int programme = InstrumentLists.programmeOfFields(sc, i, end);
        if (programme > 0 && (m == null || programme >= m.length())) {
          m = new Lexicon.Match(programme, InstrumentLists.PROGRAMME_ROLES);
        } else if (m == null) {
          continue;
        }
        boolean joined = lastEnd >= 0 && i == lastEnd + 1 && sc.key(lastEnd).equals("and");
        Read r = read(sc, said, i, m, joined ? last : null);
        Agreement a = r == null ? null : r.agreement();
        // a headline's signing ("[State]-[State] treaty signed") has no day of its own: the body tells it
        boolean guessed = r != null && r.guessed() && said.headline();
        if (a != null && readAt >= 0 && a.title() == null && a.count() == null && AgreementParties.retold(sc, readAt, i)) {
          a = null; // "signed a pact on ..., confirming a deal that ...": the pact told again
        }
        if (a != null && armsTold && retellsArms(sc, s.firstToken(), i, a)) {
          a = null; // "signed a contract for [n] [aircraft] ... The deal was signed in [City] on [day]": that contract
        }
        if (r == null && AgreementKind.valueOf(m.roles().get(0)) == AgreementKind.CONTRACT && said.arms()) {
          armsTold = true;
        } else if (a != null) {
          armsTold = false;
        }
        if (a != null && readAt < 0) {
          readAt = i;
        }
        if (a == null && readAt < 0) {
          covers(sc, s, i, m, found);
        }
        if (a != null) {
          last = a;
          lastEnd = i + m.length();
          for (Agreement one : Sectors.eachSubject(sc, i + m.length(), end, a, InstrumentNames.pluralWord(sc, i, m))) {
            AgreementTellings.merge(found, one, sentence, a.title() == null && lists.indefinite(sc, s.firstToken(), i),
                guessed, r.guessed() && !said.headline(), r.datedSigning() && a.title() == null
                    && SigningVerbs.definite(sc, s.firstToken(), i));
          }
        }
        i += m.length() - 1;
      }
      EdtfDate told = said.signingTold();
      // a headline's signing is told again below it, with its day; a signing told as ended more than
      // a month before the one carried ("it builds on the memorandum signed in [year]") is background,
      // not the occasion later instruments belong to
      if (told != null && !said.headline() && !background(told, carried)) {
        carried = told;
      }
      sentence++;
    }
    for (AgreementTellings.Merged f : found) {
      doc.agreements.add(f.build());
    }
  }

  /** How many days before the signing carried one told in a later sentence is background to it. */
  private static final int BACKGROUND_DAYS = 31;

  /** Whether signing day {@code told} ended more than {@link #BACKGROUND_DAYS} before {@code carried} began. */
  private static boolean background(EdtfDate told, @Nullable EdtfDate carried) {
    return carried != null && told.latest().plusDays(BACKGROUND_DAYS).isBefore(carried.earliest());
  }

  /**
   * Whether agreement {@code a}, read at token {@code at}, is only the arms contract told last named
   * again: an agreement or deal told with "the" and no name, count or subject of its own ("The deal was signed in [City]
   * by ...", "signed the agreement at the ministry").
   */
  private static boolean retellsArms(Scope sc, int first, int at, Agreement a) {
    return a.kind() == AgreementKind.AGREEMENT && a.title() == null && a.count() == null && a.sectors().isEmpty()
        && SigningVerbs.definite(sc, first, at);
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
    private @Nullable Boolean exchange;
    private @Nullable Boolean headline;
    /** The day of the signing told before this sentence, if any. */
    final @Nullable EdtfDate carried;
    private final @Nullable EdtfDate[] occasion = new EdtfDate[2];
    private final boolean[] occasionKnown = new boolean[2];
    private @Nullable EdtfDate visit;
    private boolean visitKnown;

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
          DateRef d = signingDates.signingDate(sc, dates(), sign, sign);
          if (d == null && carried != null && (SigningVerbs.ceremonyHeld(sc, sign) || verbs.retold(sc, s, sign))) {
            return carried; // "signed on Monday ... The signing ceremony took place in ...": that signing
          }
          return d != null ? SigningDates.datelined(sc, d) : occasionDate(true);
        }
      }
      return null;
    }

    /** Whether the sentence is a headline or the report's title line. */
    boolean headline() {
      if (headline == null) {
        headline = sc.headline(s) || sc.inTitle(s);
      }
      return headline;
    }

    boolean exchangeTold() {
      if (exchange == null) {
        exchange = verbs.exchangeTold(sc, s);
      }
      return exchange;
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

    /** The first signing verb after token {@code at}, or -1. */
    int signAfter(int at) {
      if (signs == null) {
        signs = verbs.signs(sc, s);
      }
      for (int sign : signs) {
        if (sign > at) {
          return sign;
        }
      }
      return -1;
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

    /**
     * The date of the visit the sentence tells its signing in ("during the visit", "in the course of
     * his stay"), as the visit was told; null when it names none or no visit was told.
     */
    @Nullable EdtfDate visitTold() {
      if (!visitKnown) {
        visit = duringAVisit(sc, s) ? Occasions.visit(sc, s, parties()) : null;
        visitKnown = true;
      }
      return visit;
    }

    /** The day of the signing told before, else of the occasion the article reports, else of publication. */
    @Nullable EdtfDate dayTold() {
      return carried != null && carried.precision() == EdtfDate.Precision.DAY ? carried : occasionDate(true);
    }

    /**
     * The day of a ceremony told as an exchange of signed texts with no day of its own: the one day
     * the article tells; when that is a visit of several days, the day of publication if it falls in
     * the visit (a report of the visit's own day), else none (a ceremony is not spread over days).
     */
    @Nullable EdtfDate exchangeDay() {
      EdtfDate d = dayTold();
      if (d == null || oneDay(d) != null) {
        return d;
      }
      LocalDate published = sc.doc.published();
      return published != null && d.isInterval() && !published.isBefore(d.earliest()) && !published.isAfter(d.latest())
          ? EdtfDate.of(published) : null;
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

  /**
   * "The agreements cover [A], [B] and [C]": instruments told before, named again with "the" and a
   * verb of covering before any other instrument, take the fields listed.
   */
  private void covers(Scope sc, Sentence s, int at, Lexicon.Match m, List<AgreementTellings.Merged> found) {
    String det = sc.key(at - 1);
    if (found.isEmpty() || at - 1 < s.firstToken() || !(det.equals("the") || det.equals("these") || det.equals("other"))) {
      return;
    }
    int end = s.endToken();
    for (int v = at + m.length(); v < Math.min(end, at + m.length() + 12); v++) {
      if (sc.starts(instruments, v) && sc.at(instruments, v, end) != null) {
        return;
      }
      if (Sectors.coverVerb(sc, v)) {
        List<String> fields = sectorLists.covered(sc, s, v);
        if (!fields.isEmpty()) {
          AgreementTellings.covers(found, InstrumentNames.pluralWord(sc, at, m),
              AgreementKind.valueOf(m.roles().get(0)), fields);
        }
        return;
      }
    }
  }

  /**
   * An instrument read, whether its day is only the one told around it (no date of its own), and
   * whether its day is the date of its own verb of signing ("was signed in [City] on [day]"; a
   * ratification is a later step, not the signing).
   */
  private record Read(Agreement agreement, boolean guessed, boolean datedSigning) {}

  private @Nullable Read read(Scope sc, Said said, int at, Lexicon.Match m, @Nullable Agreement joinedTo) {
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
    if (kind == AgreementKind.CONTRACT && said.arms() || InstrumentLists.ofCompanies(sc, first, at, after, end)
        || InstrumentLists.besidesTheOneTold(sc, first, at) || InstrumentLists.suchAsTold(sc, first, at)) {
      // an arms contract is read as such; a deal of firms is no agreement between states; "besides
      // the treaty", "the first such pact": told before
      return null;
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
      // "under one contract, [State] will invest ...": one of a set told, no count
      if (c != null && sc.money(j) == null && sc.date(j) == null && c.compareTo(BigDecimal.ONE) > 0
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
    if (sign >= 0 && SigningVerbs.initialling(sc, sign)) {
      // "A trade agreement, initialled in July, is expected to be signed": the signing is the later verb's;
      // "the declaration was initialled on [day]": a step before the signing of the instrument told
      int later = said.signAfter(sign);
      sign = later >= 0 ? later : SigningVerbs.definite(sc, first, at) ? -1 : sign;
    }
    // without a signing verb only a date on the instrument itself is its day: "the 1975 agreement"
    DateRef dating = signingDates.datingFrom(sc, after, end);
    DateRef date = dating != null ? dating : sign >= 0 ? signingDates.signingDate(sc, said.dates(), sign, at) : signingDates.ownDate(sc, first, at);
    boolean plural = InstrumentNames.pluralWord(sc, at, m);
    EdtfDate due = null; // the day a signing still to come is due, when the report tells it for the days ahead
    if (sign >= 0 && SigningVerbs.plannedSigning(sc, sign)) {
      due = dueDay(sc, date, sign);
      if (due == null && count == null && title == null) {
        return null; // "will sign a memorandum next month": nothing is signed yet
      }
      date = null;
    }
    EdtfDate told = null;
    List<Country> parties = said.parties();
    // "a Cultural Exchange Programme for 2003-2006": a named item of a list needs no subject
    boolean listed = !plural && (InstrumentLists.partOfASet(sc, first, at) || lists.laterItemOfASet(sc, first, at)
        || lists.indefinite(sc, first, at) && (Sectors.opensSubject(sc, after) || title != null
            || sc.key(after).equals("and") && sc.at(instruments, after + 1, end) != null)); // "an accord and protocol"
    // "agreements on economic cooperation, a loan for roads and a memorandum on ...": one item of a list
    // "agreements on trade, on energy and on fisheries": one instrument per subject, each opener repeated
    boolean oneOfAList = plural && count == null && title == null && Sectors.opensSubject(sc, after)
        && (lists.singleFollows(sc, after, end) || Sectors.repeatsOpener(sc, after, end));
    if (date == null && sign >= 0 && SigningVerbs.pastSigning(sc, sign) && !SigningVerbs.plannedSigning(sc, sign)
        && (count != null || title != null || !plural || oneOfAList)) {
      // "both sides signed an MoU", "signed eight documents": on the day of the signing told before
      // ("also signed"), else on the occasion the article reports; a count signed over the years
      // ("have signed more than 30 agreements", "signed about 260") only on a meeting told before
      // "during the visit [they] signed ...": the visit's days (or month) as told
      EdtfDate visit = said.visitTold();
      told = visit != null ? visit : count == null || !SigningVerbs.perfect(sc, sign) && qualifier == Qualifier.EXACT
          ? said.dayTold() : said.occasionDate(false);
    } else if (date == null && joinedTo != null && !plural && count == null) {
      told = joinedTo.signed(); // "a long-term trade agreement and protocol": signed with the one before
    } else if (date == null && sign < 0 && listed) {
      // "The documents include an agreement on ...": the signing told before; "witnessed the exchange
      // of four documents: an agreement on ..., a memorandum on ...": the day the article tells, when
      // it is one day (a ceremony told with no verb of signing is not spread over a visit's days)
      told = said.carried != null || !said.exchangeTold() ? said.carried : said.exchangeDay();
    } else if (date == null && sign < 0 && count != null && verbs.exchanged(sc, first, j)) {
      // "witnessed the exchange of six documents": the set was signed when its items were
      told = said.carried != null ? said.carried : said.exchangeDay();
    } else if (date == null && sign < 0 && kind == AgreementKind.DECLARATION && InstrumentLists.saidIn(sc, first, at)) {
      told = said.dayTold(); // "In a joint statement, the two leaders said ...": put out that day
    }
    if (count == null && (date == null && told == null && due == null || plural && title == null && !oneOfAList)) {
      return null; // an instrument named in passing ("in accordance with our agreements")
    }
    EdtfDate signed = date != null ? SigningDates.datelined(sc, date) : due != null ? due : told;
    List<String> subjects = m.has("FIELDS")
        ? InstrumentLists.programmeFields(sc, at, after) : sectorLists.of(sc, s, at, after, title, said.sectorWords());
    if (subjects.isEmpty() && kind == AgreementKind.DECLARATION && !plural) {
      subjects = Sectors.ofACommunique(sc, s, at, after);
    }
    Agreement.Builder b = Agreement.builder(kind).title(title).count(count).qualifier(qualifier)
        .parties(AgreementParties.asOf(parties, signed)).sectors(subjects)
        .evidence(sc.span(start, after));
    if (date != null) {
      b.evidence(date.span());
    }
    if (signed != null) {
      b.signed(signed);
    }
    return new Read(b.build(), date == null && due == null,
        date != null && dating == null && sign >= 0 && !sc.key(sign).startsWith("ratif"));
  }

  /** How many words a visit's noun may stand after "during": "during the state visit", "during his three-day stay". */
  private static final int VISIT_REACH = 4;

  /**
   * Whether sentence {@code s} tells its signing in a visit: "during the visit", "during that
   * visit", "in the course of his stay" (a word of the VISIT role within a few words of "during" or
   * "course").
   */
  private boolean duringAVisit(Scope sc, Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String k = sc.key(i);
      if (!k.equals("during") && !(k.equals("course") && sc.key(i + 1).equals("of"))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(s.endToken(), i + 1 + VISIT_REACH); j++) {
        if (sc.word(words, j, "VISIT")) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many days after publication a signing still to come may be told for its day ("on Friday", "tomorrow"). */
  private static final int DUE_DAYS = 7;

  /**
   * The day a signing still to come is due, when it is one day at most {@link #DUE_DAYS} after
   * publication (a weekday named is the coming one): a signing the report says is due then ("the two
   * sides are to sign on Friday ...", "are due to witness the signing of three instruments on
   * Tuesday") is told as the visit's programme, an agreement of that day; else null. The day
   * follows the verb of signing ("On Thursday he had talks ..., in the words of the communique to be
   * issued at the end of the visit": Thursday is the talks' day).
   */
  private static @Nullable EdtfDate dueDay(Scope sc, @Nullable DateRef date, int sign) {
    LocalDate published = sc.doc.published();
    if (date == null || date.first() <= sign || published == null || date.date().isInterval()
        || date.date().precision() != EdtfDate.Precision.DAY || boundBetween(sc, sign, date.first())) {
      return null;
    }
    LocalDate day = date.date().earliest();
    if (day.isBefore(published) && date.form() == DateForm.RELATIVE
        && CalendarNames.weekday(sc.key(date.end() - 1))) {
      day = day.plusWeeks(1);
    }
    long days = ChronoUnit.DAYS.between(published, day);
    return days >= 0 && days <= DUE_DAYS ? EdtfDate.of(day) : null;
  }

  /** Words that make a later date a bound of the signing still to come, not its day. */
  private static final Set<String> BOUNDS = Set.of("before", "until", "till", "by");

  /**
   * Whether a bound stands between signing verb {@code sign} and its date at {@code date}: "to be
   * signed before the end of the visit on [day]", "expected to be signed before the visitor leaves on
   * [day]": the day of the visit's end, by which the signing is due.
   */
  private static boolean boundBetween(Scope sc, int sign, int date) {
    for (int i = sign + 1; i < date; i++) {
      if (BOUNDS.contains(sc.key(i))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable EdtfDate oneDay(@Nullable EdtfDate d) {
    return d != null && !d.isInterval() && d.precision() == EdtfDate.Precision.DAY ? d : null;
  }

  private boolean armsSentence(Scope sc, Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (sc.word(arms, i, "CONTEXT") || sc.word(weapons, i, "HEAD") || sc.shape(i) != Designations.Shape.NONE) {
        return true;
      }
    }
    return false;
  }
}
