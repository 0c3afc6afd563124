package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * The words that bind a state to an office next to it: a state's adjective or possessive that can
 * say whose an office is, modifiers skipped before an office ("former", "then-Venezuelan"), and "of
 * X" after an office or a name, with states' formal names of several words ("of the Republic of
 * Korea"). Part of {@link OfficeReader}.
 */
abstract class StateWords extends NameReader {

  /** The state the last modifiers skipped named ({@link #skipModifiers}). */
  @Nullable Country modifierCountry;

  StateWords(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** Whether a state mention can say whose an office is: "Russian", "Venezuela's", not "US-backed". */
  boolean attributive(CountryRef ref) {
    String key = tokens.get(ref.end() - 1).key();
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
      String key = tokens.get(at).key();
      if (has(at, MODIFIER)) {
        at++;
        continue;
      }
      if (!has(at, HYPHENATED)) {
        break;
      }
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
