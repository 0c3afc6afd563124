package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sides of a meeting, for the state of an office the text leaves open ({@link OfficeStates}
 * tries these among its rules): across a verb of meeting from someone of a known state is the
 * other side; the ones a verb of meeting names one after another, and someone named just before
 * with no meeting between, are of one side.
 */
abstract class MeetingSides extends AppositionReader {

  MeetingSides(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** The article's date, or null when neither the page nor the text gives one. */
  abstract @Nullable LocalDate articleDate();

  /** The state the article names most often other than {@code except}, or null. */
  abstract @Nullable Country mostNamedExcept(Country except);

  /** "X met Foreign Minister Y", "Prime Minister Y met his Australian counterpart X": Y is of a state the passage names other than X's. */
  @Nullable Country acrossAMeeting(Person p, Mention intro) {
    int si = doc.sentenceOf(intro.first());
    Sentence s = doc.sentences.get(si);
    Mention before = null;
    boolean alone = true;
    for (Mention m : mentionsIn(s.firstToken(), intro.first())) {
      if (m.person() != p) {
        // the people named before are of one side when they are all of one state ("[A] and [B] met [office] C")
        alone &= before == null || before.person() == m.person()
            || m.person().country != null && m.person().country.equals(before.person().country);
        before = m;
      }
    }
    if (before == null) {
      // no one named before, but an office of a known state opens the sentence: "The [adjective] leader was welcomed by [office] B"
      int subject = subjectEnd(s, intro.first());
      if (subject > 0 && encounterBetween(subject, intro.first())) {
        Country theirs = countryAt[skipDeterminer(s)].country();
        Country other = nearestCountry(s, intro.first(), theirs);
        return other != null ? other : mostNamedExcept(theirs);
      }
    }
    if (before != null) {
      Country theirs = before.person().country;
      if (theirs != null && encounterBetween(before.end(), intro.first())) {
        if (metBefore(s, before)) {
          return theirs;
        }
        Country other = nearestCountry(s, intro.first(), theirs);
        // "[A] was met by [office] B", "[A] will meet [office] B": with A the one person named before, the report's other party
        return other != null || !alone ? other : mostNamedExcept(theirs);
      }
    }
    for (Mention m : mentionsIn(intro.end(), s.endToken())) {
      Country theirs = m.person().country;
      if (m.person() != p && theirs != null && encounterBetween(intro.end(), m.first())) {
        Country other = nearestCountry(s, intro.first(), theirs);
        return other != null ? other : namedBefore(si, intro.first(), theirs);
      }
    }
    return null;
  }

  /**
   * The end of an office of a known state that opens sentence {@code s} before token {@code to}
   * ("The [adjective] leader", "[State]'s foreign minister"), or -1: the subject is that state's
   * holder though no name is written.
   */
  int subjectEnd(Sentence s, int to) {
    int k = skipDeterminer(s);
    CountryRef ref = countryAt[k];
    if (ref == null || ref.end() >= to) {
      return -1;
    }
    int j = ref.end();
    if (has(j, LEADER_WORD)) {
      return j + 1 < to ? j + 1 : -1;
    }
    var office = officeAt(j, to);
    return office != null && !office.company() && office.end() < to
        && !(tokens.get(office.end()).isCapitalized() && tokens.get(office.end()).isWord()) ? office.end() : -1;
  }

  /**
   * The state a state word on the later of a pair sets {@code p} apart from: in "[office] A and
   * [adjective] [office] B", "A, [office], and B, [State]'s [office]" and "[office] A and his
   * [adjective] counterpart" the word binds B alone, and A, left unqualified beside it, is of the
   * other side. Null when no "and" follows A's office at once (or after an apposition between
   * commas), or when a verb of meeting stands between.
   */
  @Nullable Country contrastedWith(Person p, Mention intro) {
    Sentence s = doc.sentences.get(doc.sentenceOf(intro.first()));
    int end = s.endToken();
    int and = intro.end();
    if (and + 1 < end && tokens.get(and).text().equals(",") && tokens.get(and + 1).is("and")) {
      and++; // the office an apposition after the name gave: "A, [office], and B"
    } else if (and < end && tokens.get(and).text().equals(",")) {
      // an apposition the office was not read from: "A, Minister of State for [portfolio], and B"
      int k = and + 1;
      while (k < end && k - and <= MAX_APPOSITION && tokens.get(k).isWord() && !has(k, ENCOUNTER)) {
        k++;
      }
      if (k + 1 >= end || !tokens.get(k).text().equals(",")) {
        return null;
      }
      and = k + 1;
    }
    if (and + 1 >= end || !tokens.get(and).is("and")) {
      return null;
    }
    if (has(and + 1, POSSESSIVE_PRONOUN) && and + 3 < end) {
      CountryRef ref = countryAt[and + 2];
      // "and his [adjective] counterpart", no name after it
      return ref != null && ref.end() < end && tokens.get(ref.end()).is("counterpart") ? ref.country() : null;
    }
    for (Mention m : mentionsIn(and + 1, end)) {
      Person q = m.person();
      return m.first() - and <= MAX_APPOSITION && q != p && q.country != null && q.stateBy == StateRule.TEXT
          && !encounterBetween(and + 1, m.first()) ? q.country : null;
    }
    return null;
  }

  /** The most words an office between "and" and the name it introduces, or an apposition, may take. */
  private static final int MAX_APPOSITION = 8;

  /**
   * Whether {@code m} is one met: a verb of meeting stands between the person named before it in the
   * sentence (or a pronoun subject) and it. In "[A] was received by [office] B and later called
   * on [office] C" B and C are both met by A, of one side.
   */
  private boolean metBefore(Sentence s, Mention m) {
    int from = s.firstToken();
    for (Mention o : mentionsIn(s.firstToken(), m.first())) {
      if (o.person() != m.person()) {
        from = o.end();
      }
    }
    if (from > s.firstToken()) {
      return encounterBetween(from, m.first());
    }
    // no one named before: a pronoun as the subject ("He was received by B"), not "During the talks, A met B"
    boolean subject = false;
    for (int k = from; k < m.first(); k++) {
      if (has(k, ENCOUNTER)) {
        return subject;
      }
      subject |= has(k, PRONOUN);
    }
    return false;
  }

  /** The last state other than {@code except} named before token {@code at} in sentence {@code si} or the three before it, or null. */
  private @Nullable Country namedBefore(int si, int at, Country except) {
    for (int k = doc.countries.size() - 1; k >= 0; k--) {
      CountryRef ref = doc.countries.get(k);
      if (ref.end() <= at && !ref.country().equals(except) && doc.sentenceOf(ref.first()) >= si - 3) {
        return ref.country();
      }
    }
    return null;
  }

  /**
   * The state of the person named last before {@code p} in the sentence, when no verb of meeting
   * stands between them, unless they are only joined by "and" or commas and that person's state is
   * their own: from a state word at their office, or from the dictionary when the two are a pair
   * joined by "and" alone, not a longer list ("X's government, with vice president A, minister B":
   * A and B are of X's state; in "X's King A and President B" and in "Secretary A and Foreign
   * Minister B signed" B's state is left to the rules after).
   */
  @Nullable Country sameSide(Person p, Mention intro) {
    Sentence s = doc.sentences.get(doc.sentenceOf(intro.first()));
    List<Mention> before = new ArrayList<>(4);
    for (Mention m : mentionsIn(s.firstToken(), intro.first())) {
      if (m.person() != p) {
        before.add(m);
      }
    }
    if (before.isEmpty()) {
      return null;
    }
    Mention last = before.get(before.size() - 1);
    if (last.person().country == null || encounterBetween(last.end(), intro.first())) {
      return null;
    }
    if (!coordinated(last.end(), intro.first())) {
      return last.person().country;
    }
    // a state word binds the office it stands next to; a holder's own state (the dictionary's, an office
    // only one state has) says nothing of the other of a pair ("Secretary A and Foreign Minister B
    // signed": B may be the other party), but holds for a longer list ("with A, B and C"), as a state
    // the context gave does
    if (listMet(s, before)) {
      return last.person().country; // "[A] met [office] B and [office] C": the ones met are of one side
    }
    StateRule by = last.person().stateBy;
    boolean pair = intro.first() == last.end() + 1 && tokens.get(last.end()).is("and")
        && (before.size() < 2 || !coordinated(before.get(before.size() - 2).end(), last.first()));
    return by == StateRule.TEXT || pair && (by == StateRule.DICTIONARY || by == StateRule.PINNED) ? null : last.person().country;
  }

  /**
   * Whether the list of people that ends {@code before} follows a verb of meeting from someone named
   * before it: "[A] met [office] B and [office] C", "[A] held talks with B, C and D".
   */
  private boolean listMet(Sentence s, List<Mention> before) {
    int k = before.size() - 1;
    while (k > 0 && coordinated(before.get(k - 1).end(), before.get(k).first())) {
      k--;
    }
    return k > 0 && encounterBetween(before.get(k - 1).end(), before.get(k).first());
  }

  /** Whether only "and" or commas stand in tokens {@code [from, to)}. */
  private boolean coordinated(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.is("and") && !t.text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  boolean encounterBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (has(k, ENCOUNTER)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code named} was {@code state} on the article's date ("Moscow" in a report of 1987 is the Soviet Union's). */
  private boolean sameStateThen(Country named, Country state) {
    LocalDate on = articleDate();
    return on != null && stage.capitalStateOn(named, on).equals(state);
  }

  @Nullable Country nearestCountry(Sentence s, int at, @Nullable Country except) {
    Country best = null;
    int bestDist = Integer.MAX_VALUE;
    for (CountryRef ref : doc.countries) {
      if (ref.first() < s.firstToken() || ref.first() >= s.endToken() || ref.country().equals(except) || covered[ref.first()]
          || except != null && sameStateThen(ref.country(), except)) {
        continue;
      }
      int d = Math.abs(ref.first() - at);
      if (d < bestDist) {
        bestDist = d;
        best = ref.country();
      }
    }
    return best;
  }
}
