package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plural offices, for {@link OfficeReader}: the list of states before one, bound to its holders in
 * order ("X's and Y's foreign ministers, A and B", "the foreign ministers of X, Y and Z, A, B and
 * C"), "of the two countries" after one, which binds no state, and the singular title each holder is
 * given ("Ministers of Foreign Affairs A and B": each a "Minister of Foreign Affairs"). The further
 * people a plural office introduces wait in {@link #pendingMentions} until the first is added.
 */
abstract class OfficeLists extends OfficeExtents {

  OfficeLists(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * After a plural office at {@code k}, "of the two countries", "of both nations", "of the two [adjective]
   * states": where the phrase ends, else {@code k}. The holders named after it ("the finance ministers of
   * the two countries, A of X and B of Y") hold the office; the phrase binds no state.
   */
  int ofThePair(Office office, int k, int end) {
    if (k + 3 >= end || !tokens.get(k).is("of")) {
      return k;
    }
    int j = k + 1;
    if (tokens.get(j).is("the") && tokens.get(j + 1).is("two")) {
      j += 2;
    } else if (tokens.get(j).is("both")) {
      j++;
    } else {
      return k;
    }
    for (int words = 0; j < end && words < 2 && !PeopleStage.PAIR_NOUNS.contains(tokens.get(j).key())
        && !tokens.get(j).text().equals(","); words++) {
      j++; // up to two words before the noun: "the two African countries"
    }
    if (j >= end || !PeopleStage.PAIR_NOUNS.contains(tokens.get(j).key()) || !offices.isPlural(office, tokens)) {
      return k;
    }
    return j + 1;
  }

  /** States read in a list, in order, and the token where the list ends. */
  record States(List<Country> states, int end) {}

  /**
   * The states after a first one at token {@code k}, a plural office's: "and Y('s)", ", Y(,) and Z", ", the
   * Y, Z and W", in order, with where they end; null unless the list ends with "and" and a state.
   */
  @Nullable States furtherStates(int k, int end) {
    List<Country> out = null;
    int j = k;
    while (j + 1 < end && (tokens.get(j).is("and") || tokens.get(j).text().equals(","))) {
      boolean last = tokens.get(j).is("and");
      int at = j + 1;
      if (!last && tokens.get(at).is("and")) {
        last = true; // ", and Z": the serial comma
        at++;
      }
      if (at + 1 < end && countryAt[at] == null && tokens.get(at).is("the")) {
        at++; // ", the Philippines"
      }
      if (at >= end || countryAt[at] == null || !attributive(countryAt[at])) {
        return null;
      }
      if (out == null) {
        out = new ArrayList<>(3);
      }
      out.add(countryAt[at].country());
      j = countryAt[at].end();
      if (last) {
        return new States(out, j);
      }
    }
    return null;
  }

  /** Further people a plural office introduces, added after its first one. */
  final java.util.List<Mention> pendingMentions = new java.util.ArrayList<>(2);

  /**
   * A plural office as the title of each holder: "Ministers of Foreign Affairs" is "Minister of Foreign
   * Affairs", "Foreign Secretaries" "Foreign Secretary".
   */
  Office singular(Office office) {
    String t = office.title();
    int s0 = tokens.get(office.first()).start();
    int at = offices.pluralAt(office, tokens);
    int cut = tokens.get(at).end() - 1 - s0;
    if (offices.pluralInIes(tokens.get(at).key()) && cut >= 2 && cut < t.length()) {
      // "Foreign Secretaries" -> "Foreign Secretary"
      return new Office(office.first(), office.end(), t.substring(0, cut - 2) + (Character.isUpperCase(t.charAt(cut - 2)) ? "Y" : "y")
          + t.substring(cut + 1), office.role(), office.pinned(), false);
    }
    String singular = cut >= 0 && cut < t.length() && Character.toLowerCase(t.charAt(cut)) == 's'
        ? t.substring(0, cut) + t.substring(cut + 1) : t.substring(0, t.length() - 1);
    return new Office(office.first(), office.end(), singular, office.role(), office.pinned(), false);
  }
}
