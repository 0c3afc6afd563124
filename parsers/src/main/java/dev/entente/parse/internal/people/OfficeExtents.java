package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.knowledge.Places;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;

/**
 * How far an office reaches past its listed words: the collective body it heads ("Chairman of the
 * State Peace and Development Council", "Chairman of the National Assembly": a legislature's chair
 * is a legislator) and an envoy's post ("Ambassador to [state]", "in [capital]"), which names the
 * host, never the envoy's own state.
 */
abstract class OfficeExtents extends StateWords {

  OfficeExtents(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** The offices that head a body: a chairman, president, head, premier or speaker (a minister's "of" is a portfolio). */
  private static final java.util.Set<Role> BODY_HEADS = java.util.EnumSet.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT,
      Role.LEGISLATOR, Role.OTHER);

  /**
   * An office of a collective body: "Chairman of the State Peace and Development Council",
   * "Chairman of the Presidium of the [body]", "Chairman of the DPRK National
   * Defence Commission", "General Secretary of the [initials] Central Committee", "First Secretary of
   * the Communist Party of [state]". After "of (the)", the words of a body's name ({@code
   * body-words.txt}), initials, and the joiners between them belong to the office, up to the last
   * body word (or initials after another, "the [initials] CC"); a party's name goes on with its
   * state ("Workers' Party of [state]"), which binds the state; a body word that is a rank on its
   * own ("General") starts the name instead. A state word right after "the" binds
   * the state ({@link #bodyCountry}). A body's chairman, president or secretary holds an office of
   * no known kind ({@link Role#OTHER}: the state and role come from the text or the office-holder
   * dictionary); a premier or speaker keeps the role ("Premier of the State Council").
   */
  Office withBody(Office o, int end) {
    bodyCountry = null;
    if (o.role() == Role.OFFICIAL) {
      return ofMinistry(o, end);
    }
    int k = o.end();
    if (o.company() || k + 1 >= end || !tokens.get(k).is("of") || !BODY_HEADS.contains(o.role())) {
      return o;
    }
    int j = afterOfThe(k, end);
    Country c = ofTheState;
    int last = -1;
    boolean named = false; // a body word or an acronym read: an acronym after one ends a name ("the [acronym] CC")
    while (j < end && j - k < 16) {
      Token t = tokens.get(j);
      if (t.isCapitalized() && has(j, BODY)) {
        j++;
        last = j;
        named = true;
      } else if (t.isWord() && t.text().length() > 1 && t.isAllCaps() && !has(j, GIVEN)) {
        j++; // a party's or body's initials: "of the [acronym] Central Committee"
        if (named) {
          last = j;
        }
        named = true;
      } else if (last == j && t.text().equals("'") && tokens.get(j - 1).end() == t.start()) {
        j++; // "Workers' Party"
      } else if (last > 0 && countryAt[j] != null && tokens.get(last - 1).is("party")
          && (tokens.get(j - 1).is("of") || tokens.get(j - 1).is("the") && tokens.get(j - 2).is("of"))) {
        if (c == null && attributive(countryAt[j])) {
          c = countryAt[j].country(); // the body's state is the office's
        }
        j = countryAt[j].end(); // a party's state is part of its name: "Communist Party of [state]"
        last = j;
      } else if (last > 0 && !t.isCapitalized() && (t.is("of") || t.is("for") || t.is("and") || t.is("the"))) {
        j++;
      } else {
        break;
      }
    }
    if (last > 0 && last - 1 > k + 2 && has(last - 1, OFFICE_START) && officeAt(last - 1, end) != null
        && officeAt(last - 1, end).role() == Role.OFFICIAL) {
      last--; // "... Council General A": the rank opens the name
    }
    if (last < 0 || !bodyEnd(last)) {
      return o;
    }
    bodyCountry = c;
    String title = text.substring(tokens.get(o.first()).start(), tokens.get(last - 1).end());
    Role role = o.role() == Role.HEAD_OF_GOVERNMENT || o.role() == Role.LEGISLATOR ? o.role() : Role.OTHER;
    if (role == Role.OTHER && has(last - 1, LEGISLATURE) && !presidium(o.first(), last)) {
      role = Role.LEGISLATOR; // "Chairman of the National Assembly", "... of the Standing Committee of the [body] Congress"
    }
    return new Office(o.first(), last, title, role, null, false);
  }

  /**
   * {@link #joinedOffice} with the body each office heads: "General Secretary of the [party] Central
   * Committee and President of the State Council" is one title to its last body word.
   */
  Office joinedWithBodies(Office first, int and, int end) {
    Office both = joinedOffice(first, and, end);
    if (both == first) {
      return first;
    }
    Office second = officeAt(and + 1, end);
    Office extended = second == null ? null : withBody(second, end);
    if (extended == null || extended == second) {
      return both;
    }
    joined = new Office(both.first(), extended.end(), text.substring(tokens.get(both.first()).start(),
        tokens.get(extended.end() - 1).end()), both.role(), both.pinned(), both.company());
    return joined;
  }

  /**
   * The end of an envoy's post after the office at token {@code k}, or -1: "to [state]", "in
   * [state]" or "in [capital]" ({@code cities.tsv} of the knowledge). The post names the host,
   * never the envoy's own state.
   */
  int postEnd(int k, int end) {
    if (k + 1 >= end || !(tokens.get(k).is("to") || tokens.get(k).is("in"))) {
      return -1;
    }
    if (countryAt[k + 1] != null) {
      return countryAt[k + 1].end();
    }
    if (tokens.get(k).is("in") && tokens.get(k + 1).isCapitalized()) {
      Places.Match city = doc.knowledge().places().at(tokens, k + 1);
      return city == null ? -1 : city.end();
    }
    return -1;
  }

  /**
   * A minister's office whose portfolio goes on in capitalised words past the ones {@code
   * portfolios.txt} lists, up to a comma (or, with {@code orEnd}, the sentence's end): "Minister for
   * Inter-territorial Co-ordination, A", "Minister of Economic Relations with Foreign Countries, A",
   * "A, Minister of the Royal Office." After "Minister (Secretary) of" or "for", or after a portfolio
   * such a title ends on, the run is capitalised words and the joiners between them in lower case
   * ("of", "for", "the", "and", "with", "on") and ends on a capitalised word; it holds no state, date,
   * office head, given name, courtesy title, article or pronoun, so "Minister of Finance [Given]
   * [Surname]," stays a title and a name. Returns the longer office (of the same role and pinned state), or {@code o}.
   */
  Office withPortfolioPhrase(Office o, int end, boolean orEnd) {
    int last = o.end() - 1;
    int j = o.end();
    if (tokens.get(last).is("state") || o.company()) {
      return o; // "Secretary of State", "Minister of State": their "for" is read by the lexicon
    }
    if (PortfolioTitles.isMinisterWord(tokens.get(last).key())) {
      if (j + 1 >= end || !(tokens.get(j).is("of") || tokens.get(j).is("for"))) {
        return o;
      }
      j++;
    } else if (PortfolioTitles.ministerAt(tokens, o.first(), last) < 0) {
      return o;
    }
    int from = j;
    int lastWord = -1;
    while (j < end && j - from < 9) {
      Token t = tokens.get(j);
      if (t.text().equals(",") || t.text().equals(".")) {
        break;
      }
      // a title's head word ends the run, but not a portfolio or "affairs" that ends a listed title ("Minister for Foreign Affairs")
      if (t.isWord() && t.isCapitalized() && !t.isAllCaps() && countryAt[j] == null && dateAt[j] == null && !t.key().endsWith("'s")
          && !has(j, GIVEN | HONORIFIC | NAME_HONORIFIC | DETERMINER | PRONOUN)
          && !(has(j, HEAD_WORD) && !offices.isPortfolio(t.key()) && !t.is("affairs"))) {
        j++;
        lastWord = j;
      } else if (!t.isCapitalized() && PHRASE_JOINERS.contains(t.key())) {
        j++;
      } else {
        return o;
      }
    }
    boolean closed = j < end && (tokens.get(j).text().equals(",") || orEnd && tokens.get(j).text().equals(".")) || orEnd && j == end;
    if (lastWord != j || !closed) {
      return o;
    }
    return OfficeLexicon.office(text, tokens, o.first(), j, o.role(), o.pinned(), false);
  }

  /** The words in lower case a portfolio written in capitals joins its words with. */
  private static final java.util.Set<String> PHRASE_JOINERS = java.util.Set.of("of", "for", "the", "and", "with", "on");

  /** Whether a body's name can end before token {@code e}: on a body word, initials, or a state's name. */
  private boolean bodyEnd(int e) {
    if (has(e - 1, BODY) || tokens.get(e - 1).isAllCaps()) {
      return true;
    }
    for (int q = e - 1; q >= 0 && q >= e - 4; q--) {
      if (countryAt[q] != null) {
        return countryAt[q].end() == e;
      }
    }
    return false;
  }

  /** Whether a body's name between tokens {@code [from, to)} has a presidium in it: its chair heads the state, not the legislature. */
  private boolean presidium(int from, int to) {
    for (int j = from; j < to; j++) {
      if (tokens.get(j).is("presidium") || tokens.get(j).is("presidency")) {
        return true;
      }
    }
    return false;
  }
}
