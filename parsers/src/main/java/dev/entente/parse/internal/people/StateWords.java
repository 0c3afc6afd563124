package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words that bind a state to an office next to it: a state's adjective or possessive that can
 * say whose an office is, modifiers skipped before an office ("former", "then-Venezuelan"), and "of
 * X" after an office or a name, with states' formal names of several words ("of the Republic of
 * Korea"), the words that open an apposition before its office ("who serves as"), and a
 * ministry's name after its spokesperson ("of the [adjective] Foreign Ministry"). Part of {@link
 * OfficeReader}.
 */
abstract class StateWords extends NameReader {

  /** The state the last modifiers skipped named ({@link #skipModifiers}). */
  @Nullable Country modifierCountry;

  StateWords(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * The state of the side a sentence puts the people after it on, or null: the nearest "on the
   * [adjective] side" before token {@code i} (also "from"/"for" and "part"/"delegation", or "the
   * [adjective] side" opening the sentence or a clause). "They were attended on the [A] side by
   * [office] X and on the [B] side by [office] Y": X is of A, Y of B.
   */
  @Nullable Country sideState(int i, int from) {
    for (int j = i - 1; j >= from + 2; j--) {
      if (!has(j, SIDE)) {
        continue; // a bit of the token's word classes: no string compared on the way back
      }
      CountryRef ref = countryAt[j - 1];
      int the = ref == null ? -1 : ref.first() - 1;
      if (the < from || !tokens.get(the).is("the") || !attributive(ref)) {
        continue;
      }
      Token before = the > from ? tokens.get(the - 1) : null;
      if (before == null || before.is("on") || before.is("from") || before.is("for") || before.text().equals(",")) {
        return ref.country();
      }
    }
    return null;
  }

  /**
   * The state a holder signs for, or null: "signed for [State] by [office] A", "Signing for [State]
   * was [office] A", "For [State] the document was signed by [office] A", "signed on behalf of
   * [State] by [office] A" (the nearest before the office at token {@code i}, with "by", "was" or
   * "were" between the state and the office), or "[office] A signed for [State]", "[office] A, who
   * signed for [State]," or "The [office], A, signed for [State]" after the name (or its office) ending at token {@code nameEnd}. A state's name, not its
   * adjective: "for the [adjective] side" is {@link #sideState}'s.
   */
  @Nullable Country signedFor(int i, int nameEnd, int from, int end) {
    int k = nameEnd;
    if (k < end && tokens.get(k).text().equals(",")) {
      k++; // "The [office], Mr A, signed for [State]"
    }
    if (k < end && tokens.get(k).is("who")) {
      k++;
    }
    if (k + 2 < end && tokens.get(k).is("signed") && tokens.get(k + 1).is("for")) {
      CountryRef ref = countryAt[k + 2];
      if (ref != null && ref.form() != CountryForm.ADJECTIVE) {
        return ref.country();
      }
    }
    boolean linked = false; // "by", "was" or "were" between the state and the office
    for (int j = i - 1; j > from; j--) {
      Token t = tokens.get(j);
      linked |= t.is("by") || t.is("was") || t.is("were");
      if (countryAt[j] != null && countryAt[j].first() == j && linked) {
        CountryRef ref = countryAt[j];
        Token before = tokens.get(j - 1);
        boolean signing = before.is("for") && (j - 1 == from || j - 2 >= from && (tokens.get(j - 2).is("signed")
            || tokens.get(j - 2).is("signing") || tokens.get(j - 2).is("and") || tokens.get(j - 2).text().equals(",")))
            || before.is("of") && j - 2 >= from && tokens.get(j - 2).is("behalf");
        return signing && ref.form() != CountryForm.ADJECTIVE ? ref.country() : null;
      }
    }
    return null;
  }

  /** The words of a clause or a tense between a name and its verb of leading: "A, who will lead", "A is to head". */
  private static final Set<String> LEADING_AUXILIARIES =
      Set.of("who", "is", "was", "will", "would", "shall", "to", "has", "had", "also");

  /**
   * The state of the side a holder leads, or null: after the name (or its office) ending at token
   * {@code nameEnd}, a comma or up to three words of a clause or tense, a verb of leading, an article,
   * a state's adjective and a side's noun ({@link PeopleStage#SIDE_WORDS}): "[office] A is to lead a
   * [adjective] delegation", "[office] A, who headed the [adjective] delegation,", "A, head of the
   * [adjective] delegation". A side is one state's, whoever hosts the talks.
   */
  @Nullable Country ledSide(int nameEnd, int end) {
    int k = nameEnd;
    if (k < end && tokens.get(k).text().equals(",")) {
      k++;
    }
    for (int skipped = 0; skipped < 3 && k < end && LEADING_AUXILIARIES.contains(tokens.get(k).key()); skipped++) {
      k++;
    }
    if (k + 3 >= end || !has(k, LEADING)) { // leading-words.txt
      return null;
    }
    k++;
    if (tokens.get(k).is("of")) {
      k++; // "A, head of the [adjective] delegation"
    }
    if (k + 2 >= end || !(tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an"))) {
      return null;
    }
    CountryRef ref = countryAt[k + 1];
    if (ref == null || ref.first() != k + 1 || ref.form() != CountryForm.ADJECTIVE || ref.end() >= end
        || !has(ref.end(), SIDE) || !attributive(ref)) {
      return null;
    }
    return ref.country();
  }

  /** The last office {@link #joinedOffice} joined, and the role of the two it did not keep. */
  @Nullable Office joined;
  @Nullable Role joinedOtherRole;

  /**
   * "[office] and [office]" as one title ("Deputy [office] and Minister of [portfolio]",
   * "Crown Prince and Prime Minister"), "and" at token {@code and}: from the first office to the
   * second's end, with the weightier role of the two ({@link #weight}); else {@code first}.
   */
  Office joinedOffice(Office first, int and, int end) {
    if (and + 1 >= end || !tokens.get(and).is("and")) {
      return first;
    }
    // a second office with a modifier ("and self-declared president", "and former premier") is no office held with the first
    Office second = officeAt(and + 1, end);
    if (second == null) {
      return first;
    }
    boolean secondWeighs = weight(second.role()) > weight(first.role());
    String title = text.substring(tokens.get(first.first()).start(), tokens.get(second.end() - 1).end());
    joined = new Office(first.first(), second.end(), title, secondWeighs ? second.role() : first.role(),
        first.pinned() != null ? first.pinned() : second.pinned(), first.company());
    joinedOtherRole = secondWeighs ? first.role() : second.role();
    return joined;
  }

  /** The weight of a role in a title of two offices: a head's office over a minister's, a portfolio's over a deputy's. */
  private static int weight(Role role) {
    return switch (role) {
      case HEAD_OF_STATE -> 9;
      case HEAD_OF_GOVERNMENT -> 8;
      case FOREIGN_MINISTER -> 7;
      case DEFENSE_MINISTER -> 6;
      case DEPUTY_HEAD -> 5;
      case MINISTER -> 4;
      case DEPUTY_MINISTER -> 3;
      case LEGISLATOR, DIPLOMAT -> 2;
      case OFFICIAL, OPPOSITION -> 1;
      default -> 0;
    };
  }

  /** Whether a state mention can say whose an office is: "Russian", "Venezuela's", not "US-backed". */
  boolean attributive(CountryRef ref) {
    Token last = tokens.get(ref.end() - 1);
    if (!last.hasHyphen()) {
      return true; // the flag answers for most state words, no scan of the key
    }
    String key = last.key();
    int dash = key.lastIndexOf('-');
    return dash < 0 || countryBySurface().containsKey(key.substring(dash + 1));
  }

  /**
   * Skips "former", "then-", "newly-elected"... from token {@code at}; returns the token after them,
   * and leaves in {@link #modifierCountry} the state a "then-Venezuelan" names (or null).
   */
  int skipModifiers(int at, int end) {
    Country found = null;
    while (at < end) {
      if (has(at, MODIFIER)) {
        at++;
        continue;
      }
      if (!has(at, HYPHENATED)) {
        break;
      }
      String key = tokens.get(at).key(); // read only for a hyphenated word: most tokens stop at the bits
      int dash = key.indexOf('-');
      if (dash > 0 && modifiers.contains(key.substring(0, dash))) {
        Country c = countryBySurface().get(key.substring(dash + 1));
        if (c != null) {
          found = c;
        } else if (!modifiers.contains(key.substring(dash + 1)) && !key.substring(dash + 1).startsWith("newly")) {
          break;
        }
        at++;
        continue;
      }
      break;
    }
    modifierCountry = found;
    return at;
  }

  /**
   * Skips a phrase that opens an apposition before its office ("who serves as", "now", "named")
   * at token {@code at}; returns the token after it, or {@code at} when none starts there.
   */
  int skipAppositionLead(int at, int end) {
    if (at >= end || !has(at, APPOSITION_LEAD)) {
      return at;
    }
    return phraseEnd(stage.appositionLeads, at, end);
  }

  /**
   * The token after the first of {@code phrases} (lists of keys, the longest first) written at token
   * {@code at} with a token after it before {@code end}, or {@code at} when none is.
   */
  int phraseEnd(java.util.List<java.util.List<String>> phrases, int at, int end) {
    for (java.util.List<String> phrase : phrases) {
      int n = phrase.size();
      if (at + n >= end) {
        continue;
      }
      int w = 0;
      while (w < n && tokens.get(at + w).key().equals(phrase.get(w))) {
        w++;
      }
      if (w == n) {
        return at + n;
      }
    }
    return at;
  }

  /** The state named at the head of the body or ministry an office last took in ("of the DPRK National Defence Commission"), or null. */
  @Nullable Country bodyCountry;

  /** The state word {@link #afterOfThe} last read, or null. */
  @Nullable Country ofTheState;

  /** From "of" or "for" at token {@code k}: the token after "the" and a state's adjective there ({@link #ofTheState}). */
  int afterOfThe(int k, int end) {
    int j = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
    ofTheState = null;
    if (j < end && countryAt[j] != null && attributive(countryAt[j])) {
      ofTheState = countryAt[j].country();
      j = countryAt[j].end();
    }
    return j;
  }

  /**
   * A ministry's spokesperson: "spokesperson of the [adjective] Foreign Ministry", "spokesman for
   * the Defence Ministry"; the ministry's name is part of the office and a state word in it binds
   * the state ({@link #bodyCountry}).
   */
  Office ofMinistry(Office o, int end) {
    int k = o.end();
    if (k + 2 >= end || !(tokens.get(k).is("of") || tokens.get(k).is("for")) || !PortfolioTitles.isSpokesWord(tokens.get(k - 1).key())) {
      return o;
    }
    int j = afterOfThe(k, end);
    Country c = ofTheState;
    int from = j;
    while (j < end && j - from < 4 && (offices.isPortfolio(tokens.get(j).key()) || j > from && tokens.get(j).is("affairs"))) {
      j++;
    }
    if (j == from || j >= end || !tokens.get(j).is("ministry")) {
      return o;
    }
    bodyCountry = c;
    return new Office(o.first(), j + 1, text.substring(tokens.get(o.first()).start(), tokens.get(j).end()), Role.OFFICIAL, null, false);
  }

  /** The state of "of X" at token {@code k} ({@link #ofCountryEnd}), or null. */
  @Nullable Country ofCountry(int k, int end) {
    int e = ofCountryEnd(k, end);
    return e < 0 ? null : countryAt[ofCountryAt].country();
  }

  int afterOfCountry(int k) {
    return ofCountryEnd(k, tokens.size());
  }

  /** The token of the state that the last {@link #ofCountryEnd} found. */
  private int ofCountryAt;

  /**
   * The end of "of X" at token {@code k}, or -1: "of Venezuela", "of the Republic of Serbia", "of
   * the French Republic", "of the Islamic Republic of Iran". The state's name may come with its
   * form of state in capitalised words ("Republic", "Kingdom of") before or after an adjective.
   */
  int ofCountryEnd(int k, int end) {
    if (k + 1 >= end || !tokens.get(k).is("of")) {
      return -1;
    }
    int j = k + 1;
    if (countryAt[j] == null && tokens.get(j).is("the")) {
      j++;
    }
    if (j < end && countryAt[j] == null) {
      // "Republic of", "Islamic Republic of", "Federal Democratic Republic of": a form of state before the name
      int w = j;
      while (w < end && w - j < 4 && countryAt[w] == null && tokens.get(w).isWord() && tokens.get(w).isCapitalized()) {
        w++;
      }
      if (w > j && w + 1 < end && stateNoun(tokens.get(w - 1)) && tokens.get(w).is("of") && countryAt[w + 1] != null
          && countryAt[w + 1].form() != CountryForm.ADJECTIVE) {
        j = w + 1;
      }
    }
    if (j >= end || countryAt[j] == null) {
      return -1;
    }
    CountryRef ref = countryAt[j];
    if (j == k + 2 && ref.form() != CountryForm.ADJECTIVE && ref.end() - ref.first() < 2) {
      // "of the X" with no form of state: a body or place of the state ("of the DPRK National Defence Commission");
      // a state's name of several words is the state ("of the Republic of Korea", "of the United States")
      return -1;
    }
    ofCountryAt = j;
    int after = ref.end();
    if (ref.form() == CountryForm.ADJECTIVE) {
      // "the French Republic", "the Hashemite Kingdom": an adjective needs its noun
      int w = after;
      while (w < end && w - after < 2 && countryAt[w] == null && tokens.get(w).isWord() && tokens.get(w).isCapitalized()
          && !has(w, GIVEN) && stateNoun(tokens.get(w))) {
        w++;
      }
      if (w == after) {
        return -1;
      }
      after = w;
    }
    if (tokens.get(j - 1).is("the") && after < end && tokens.get(after).isCapitalized() && tokens.get(after).isWord()
        && (has(after, STOP) || has(after, OFFICE_START) || has(after, BODY) || stateNoun(tokens.get(after)))) {
      return -1; // "of the DPRK National Defence Commission": a body of the state, not the state
    }
    return after;
  }

  /** The noun of a state's formal name: "Republic", "Kingdom", "Federation", "Confederation", "Emirates". */
  private static boolean stateNoun(Token t) {
    return t.is("republic") || t.is("kingdom") || t.is("federation") || t.is("confederation") || t.is("state")
        || t.is("commonwealth") || t.is("union");
  }
}
