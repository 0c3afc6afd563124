package dev.entente.parse.internal.facts;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.CalendarNames;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The day an instrument was signed, from the dates of its sentence: the one nearest the signing
 * verb of its own clause (not a period it covers, a saying, an anniversary, another event's year,
 * a name's year, nor another predicate's or a relative clause's date), the date it is said to
 * date from, its own year before it ({@code the 1972 agreement}); and "today" or "yesterday"
 * counted from the dateline's day.
 */
final class SigningDates {
  private final Lexicon instruments = Lexicon.load("instruments.txt");
  private final Lexicon words = Lexicon.load("agreement-words.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");

  /**
   * The date nearest the signing verb (or the instrument), not one an instrument is for or runs to
   * ("a protocol for 1973", "until 1980"). A date of an earlier predicate joined by "and" ("opened
   * offices in early 1991 and signed a trade agreement last December") gives way to one after the
   * verb; alone it is the sentence's ("On Monday they met and signed a memorandum"). A date of a
   * relative clause after the verb ("the pact that took effect on July 1", "an agreement under which
   * [State] will provide aid in [year]") is never the signing's; one of the main clause before a
   * clause of place that tells the signing ("returned [day] from [City], where they signed ...")
   * gives way to one of that clause.
   */
  @Nullable DateRef signingDate(Scope sc, List<DateRef> dates, int sign, int at) {
    int anchor = sign >= 0 ? sign : at;
    int joined = sign >= 0 ? joinedBy(sc, sign) : -1;
    DateRef best = null;
    int bestDist = Integer.MAX_VALUE;
    for (DateRef d : dates) {
      if (coversAPeriod(sc, d) || inName(sc, d) || anniversaryBetween(sc, anchor, d)
          || ofSaying(sc, d) || ofANoun(sc, d) || labelOfTheYear(sc, d)) {
        continue;
      }
      if (d.first() > anchor && relativeBetween(sc, anchor, d.first())) {
        continue; // "signed an agreement under which [State] will provide ... in [year]": the clause's date
      }
      int dist = d.first() > anchor ? d.first() - anchor : anchor - d.end();
      if (dist < bestDist && (d.end() <= joined || d.end() <= anchor && placeClauseBetween(sc, d.end(), anchor))) {
        dist += OTHER_PREDICATE; // asked only of a date that would be the nearest so far
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

  /**
   * Whether year {@code d} labels an instrument for the report's own year ("witnessed the signing
   * of the [year] cooperation agreement", "signed the [year] executive programme"): the plan of that
   * year, signed on the day the report tells, not a date of its signing.
   */
  private boolean labelOfTheYear(Scope sc, DateRef d) {
    LocalDate published = sc.doc.published();
    EdtfDate date = d.date();
    if (published == null || d.end() - d.first() != 1 || date.isInterval() || date.precision() != EdtfDate.Precision.YEAR
        || date.earliest().getYear() != published.getYear() || !sc.key(d.first() - 1).equals("the")) {
      return false;
    }
    int end = Math.min(sc.doc.tokens.size(), d.end() + 4);
    return InstrumentLists.instrumentAfterModifiers(sc, d.end(), end, end);
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

  /**
   * Whether a relative clause of place opens between a date and the signing verb after it ("returned
   * home [day], after a visit to [State], where the leaders signed ... on [day]"): the date before is
   * the main clause's, not the signing's, and gives way to one of the signing's own clause.
   */
  private static boolean placeClauseBetween(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sc.key(i).equals("where") && sc.key(i - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative pronoun, or a conjunction that opens a clause of its own ("since relations
   * were established on [day]", "because talks broke down in [year]"), stands between tokens
   * {@code from} and {@code to}: another clause's date. A conjunction right before the date
   * ("since [year]") opens no clause.
   */
  private static boolean relativeBetween(Scope sc, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String k = sc.key(i);
      if (k.equals("that") || k.equals("which") || k.equals("who") || k.equals("whose")
          || CLAUSE_OPENERS.contains(k) && i + 2 < to) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that open a clause with a subject and verb of its own. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("since", "because", "although", "though", "whereas");

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

  /** Nouns of a span of time between a preposition and its dates: "for the years 2018-2020". */
  private static final Set<String> PERIOD_NOUNS = Set.of("years", "period", "biennium", "triennium");

  /** Words before a date that make it no signing day: the period an instrument covers or runs to. */
  private static final Set<String> NOT_SIGNING = Set.of("for", "until", "till", "through", "to", "by", "from",
      "since", "before", "over", "covering");

  /**
   * Whether date {@code d} is a period an instrument covers or runs to ("for 1973", "until 1980",
   * "for the years 2018-2020", "over the period 2021-2025", "covering 2021 to 2025"), or joined to one ("a programme for 1987
   * and 1988").
   */
  private static boolean coversAPeriod(Scope sc, DateRef d) {
    int b = d.first() - 1;
    if (PERIOD_NOUNS.contains(sc.key(b))) {
      b -= sc.key(b - 1).equals("the") ? 2 : 1;
    }
    String before = sc.key(b);
    if (NOT_SIGNING.contains(before)) {
      return true;
    }
    DateRef joined = (before.equals("and") || before.equals("or")) ? sc.date(d.first() - 2) : null;
    if (joined == null) {
      return false;
    }
    return NOT_SIGNING.contains(sc.key(joined.first() - 1));
  }

  /** The date the instrument is said to date from, in its own words: "an agreement on trade dating from 1998". */
  @Nullable DateRef datingFrom(Scope sc, int after, int end) {
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
  static EdtfDate datelined(Scope sc, DateRef d) {
    LocalDate published = sc.doc.published();
    if (published == null || !ofTheDateline(sc, d) || d.date().isInterval()
        || d.date().precision() != EdtfDate.Precision.DAY) {
      return d.date();
    }
    LocalDate line = datelineDay(sc, published);
    return line == null ? d.date() : EdtfDate.of(d.date().earliest().minusDays(ChronoUnit.DAYS.between(line, published)));
  }

  /** How many sentences from the top (headline, standfirst, byline, lead) a dateline may stand in. */
  private static final int LEAD_SENTENCES = 6;

  /** How many tokens from a line's start a dateline's day may stand: "[CITY] ([Region]), [Month] [day]". */
  private static final int DATELINE_REACH = 8;

  /** Words for a day that a dateline anchors. */
  private static final Set<String> DATELINE_DAYS = Set.of("today", "yesterday", "tonight");

  /** Parts of a day that "this" makes the dateline's day: "this morning", "this evening". */
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening");

  /** Whether date {@code d} is a day a dateline anchors: "today", "yesterday", "this evening". */
  private static boolean ofTheDateline(Scope sc, DateRef d) {
    String k = sc.key(d.first());
    return DATELINE_DAYS.contains(k) || k.equals("this") && DAY_PARTS.contains(sc.key(d.first() + 1));
  }

  /** The day a dateline at the head of one of the first sentences names, up to a week before publication, or null. */
  private static @Nullable LocalDate datelineDay(Scope sc, LocalDate published) {
    List<Sentence> sentences = sc.sentences();
    for (int k = 0; k < Math.min(LEAD_SENTENCES, sentences.size()); k++) {
      Sentence s = sentences.get(k);
      for (DateRef d : sc.dates(s.firstToken(), Math.min(s.endToken(), s.firstToken() + DATELINE_REACH))) {
        // a dateline's day opens its line or follows the place's comma ("[CITY], [Month] [day]"),
        // never a verb's ("[Person] arrived here [weekday]")
        if ((d.first() > s.firstToken() && !sc.key(d.first() - 1).equals(",")) || ofTheDateline(sc, d) || d.date().isInterval()
            || d.date().precision() != EdtfDate.Precision.DAY) {
          continue;
        }
        LocalDate day = d.date().earliest();
        if (day.isAfter(published) && d.form() == DateForm.RELATIVE && CalendarNames.weekday(sc.key(d.end() - 1))) {
          // "[CITY], Tuesday: [State] will build ...": the lead's future read the weekday as the coming
          // one, but a dateline's day is never after the issue; it is the one of the week before
          day = day.minusWeeks(1);
        }
        long before = ChronoUnit.DAYS.between(day, published);
        if (before > 0 && before <= 7) {
          return day;
        }
      }
    }
    return null;
  }

  /** A date just before the instrument, past its modifiers ("the 1972 agreement"), or null. */
  @Nullable DateRef ownDate(Scope sc, int first, int at) {
    int j = at - 1;
    while (j >= first && (sc.word(words, j, "MODIFIER") || sc.word(sectors, j)) && sc.date(j) == null) {
      j--;
    }
    return j >= first ? sc.date(j) : null;
  }
}
