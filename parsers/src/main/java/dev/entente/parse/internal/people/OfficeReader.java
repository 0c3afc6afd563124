package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * People introduced by an office before the name, and the state the grammar binds to it: "Russian
 * President Vladimir Putin", "the opposition leader, Juan Guaido", "President of Venezuela Nicolas
 * Maduro", "King Abdullah II of Jordan", "Ambassador to [state] A", "the President of the Republic,
 * A", "[office] and [office] A", "[office] Lieutenant General A"; an office the person takes after
 * the name supersedes the one before it ("Premier A was sworn in as the first Prime Minister"). A state is bound only by a word
 * next to the office: an adjective or possessive before it, "of X" after the office or the name. In
 * "Qatar's Emir A and Prime Minister B", B's office has no state word, so B's state is left to
 * {@link OfficeStates}. Plural offices and their lists are {@link OfficeLists}'; counterparts and
 * offices in apposition after the name are read by {@link CounterpartReader} and {@link
 * AppositionReader}.
 */
abstract class OfficeReader extends OfficeLists {

  OfficeReader(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** "Russian President Vladimir Putin", "the opposition leader, Juan Guaido", "President of Venezuela Nicolas Maduro". */
  @Nullable Mention officeFirst(int i, Sentence s) {
    int end = s.endToken();
    int j = i;
    if (has(j, DETERMINER | INDEFINITE)) {
      j++;
    }
    Country country = null;
    boolean visiting = false;
    boolean bodyOffice = false;
    if (j < end && has(j, VISITING)) {
      visiting = true; // "the visiting premier"
      j++;
    }
    int unmodified = j;
    j = skipModifiers(j, end);
    boolean modified = j > unmodified;
    Country fromModifier = modifierCountry;
    List<Country> respective = List.of(); // "X's and Y's [office]s, A and B": B is Y's; "of X, Y and Z, A, B and C" likewise
    if (j < end && countryAt[j] != null) {
      if (!attributive(countryAt[j])) {
        return null;
      }
      country = countryAt[j].country();
      j = countryAt[j].end();
      States further = furtherStates(j, end);
      if (further != null) {
        respective = further.states();
        j = further.end();
      }
    }
    if (country == null) {
      country = fromModifier;
    }
    if (j >= end) {
      return null;
    }
    Office office = officeAt(j, end);
    if (office == null) {
      return null;
    }
    Office phrase = withPortfolioPhrase(office, end, false); // "[office] for [Capitalised Portfolio], A"
    if (phrase != office && phrase.end() + 1 < end && tokens.get(phrase.end() + 1).isCapitalized()
        && !has(phrase.end() + 1, OFFICE_START) && readName(phrase.end() + 1, end) != null) {
      office = phrase;
    }
    int k = office.end();
    int pairEnd = ofThePair(office, k, end); // "the [office]s of the two countries, A and B"
    boolean ofPair = pairEnd > k;
    k = pairEnd;
    Country of = ofCountry(k, end);
    int ofEnd = -1; // "[office] of [state]", "[office] of the Republic": where the title the leader is given ends
    int posted = office.role() == Role.DIPLOMAT ? postEnd(k, end) : -1;
    if (ofPair) {
      // the two states the phrase stands for are left to the names' own "of [state]" or to the pair's counterparts
    } else if (posted > 0) {
      if (tokens.get(k).is("to")) { // "Ambassador to [state]": the host's name is part of the title, not the envoy's state
        office = new Office(office.first(), posted, text.substring(tokens.get(office.first()).start(), tokens.get(posted - 1).end()),
            office.role(), office.pinned(), office.company());
      }
      k = posted;
    } else if (of != null) {
      country = of;
      k = afterOfCountry(k);
      States further = furtherStates(k, end); // "the presidents of X and Y, A and B", "the foreign ministers of X, Y and Z, A, B and C"
      if (further != null) {
        respective = further.states();
        k = further.end();
      } else {
        ofEnd = k;
      }
    } else if (ofTheRepublic(office, k, end)) {
      k += 3; // "the President of the Republic, A": the state is left to the rules after the text's
      ofEnd = k;
    } else {
      Office ofBody = withBody(office, end);
      if (ofBody != office) {
        office = ofBody;
        bodyOffice = true;
        if (bodyCountry != null && country == null) {
          country = bodyCountry;
        }
        k = office.end();
      }
    }
    Office joined = joinedWithBodies(office, k, end); // "[office] and [office] A": one title
    if (joined != office) {
      office = joined;
      k = joined.end();
    } else if (k < end && tokens.get(k).is("and")) {
      int m = skipModifiers(k + 1, end); // "[office] and self-declared [office], A": the first office is A's title
      Office second = m < end ? officeAt(m, end) : null;
      if (second != null) {
        k = second.end();
      }
    }
    if (k < end && tokens.get(k).text().equals(",")) {
      k++;
    }
    if (k == end && wrapsOnto(k)) {
      end = doc.sentences.get(doc.sentenceOf(k)).endToken(); // "[Office]" at a line's end, "[Name] met" on the next
    }
    if (!rank(office)) {
      k = afterRank(k, end); // "[office] Lieutenant General A", "[office], Army General A": the office is A's
    }
    // "Finance Minister Amir [Surname]", "the Finance Minister, Amir [Surname]": after a minister's office a monarch's title
    // is no office of the same person: a given name
    givenTitleAt = MONARCHS_ONLY.contains(office.role()) ? -1 : k;
    Name name = readName(k, end);
    givenTitleAt = -1;
    if (name == null || rank(office) && appositionOffice(name.end(), end)) {
      return null; // "General A, [state]'s [office]": the office the apposition gives is A's, read from the name
    }
    if (name.end() > end) {
      end = doc.sentences.get(doc.sentenceOf(name.end() - 1)).endToken(); // "[Office] [Given]" / "[Surname] and B": the rest on the next line
    }
    int mentionEnd = name.end();
    Country after = ofCountry(name.end(), end);
    boolean eachOf = false; // "Presidents A of X, B of Y and C of Z": each name has its own state after it
    if (after != null && country == null) {
      country = after; // "King Abdullah II of Jordan"
      mentionEnd = afterOfCountry(name.end());
      eachOf = true;
    }
    int lead = mentionEnd < end && tokens.get(mentionEnd).text().equals(",") ? mentionEnd + 1 : mentionEnd;
    int taken = lead + 2 < end ? takingLeadEnd(lead, end) : lead;
    Office takenOffice = taken > lead && respective.isEmpty() ? predicatedOffice(taken, end, true) : null;
    if (takenOffice != null) {
      // "The last Governor, A, was sworn in as the first President", "Premier A was sworn in as [State]'s first Prime
      // Minister": the office taken is A's, of its own state word, else of the office A held
      office = takenOffice;
      if (predicatedState != null) {
        country = predicatedState;
      }
      mentionEnd = predicatedEnd;
      ofEnd = -1;
      bodyOffice = false;
    }
    boolean plural = !bodyOffice && offices.isPlural(office, tokens); // not "Council of Ministers"
    if (!respective.isEmpty() && !plural) {
      return null;
    }
    if (plural) {
      office = singular(office); // the title of each holder: the plural word in the singular
    }
    if (country == null) {
      country = sideState(i, s.firstToken()); // "on the [adjective] side by [office] A"
    }
    if (country == null) {
      country = signedFor(i, name.end(), s.firstToken(), end); // "signed for [State] by [office] A"
    }
    if (country == null) {
      country = ledSide(mentionEnd, end); // "[office] A is to lead a [adjective] delegation"
    }
    Person p = register(name);
    giveOffice(p, office, country);
    if (ofEnd > office.end() && !plural && p.fullTitle == null && office.title().equals(p.title)) {
      p.fullTitle = text.substring(tokens.get(office.first()).start(), tokens.get(ofEnd - 1).end()).replaceAll("\\s+", " ");
    }
    p.visiting |= visiting;
    Mention first = new Mention(i, mentionEnd, p, office.title(), office.role(), true);
    if (plural && (mentionEnd == name.end() || eachOf)) {
      // "Presidents A and B", "foreign ministers A, B and C": each name holds the office; a state word binds all,
      // and "of [state]" after each name ("Presidents A of X, B of Y and C of Z") binds that name alone
      int k2 = mentionEnd;
      Person second = null;
      int named = 1;
      while (k2 + 1 < end && (tokens.get(k2).is("and") || tokens.get(k2).text().equals(","))) {
        int at = tokens.get(k2 + 1).is("and") ? k2 + 2 : k2 + 1;
        Country ownOf = null; // "the presidents of X, A, and of Y, B": "of [state]" before each further name binds it
        if (of != null && respective.isEmpty() && !eachOf && at + 1 < end && tokens.get(at).is("of") && countryAt[at + 1] != null
            && countryAt[at + 1].end() < end) {
          ownOf = countryAt[at + 1].country();
          at = countryAt[at + 1].end();
          if (tokens.get(at).text().equals(",")) {
            at++;
          }
        }
        Name next = at < end && (respective.isEmpty() || named <= respective.size()) ? readName(at, end) : null;
        Country own = ownOf != null ? ownOf : next != null && eachOf ? ofCountry(next.end(), end)
            : next == null || respective.isEmpty() ? null : respective.get(named - 1);
        if (next == null || (eachOf || !respective.isEmpty()) && own == null) {
          break;
        }
        if (pendingMentions.isEmpty()) {
          pendingMentions.add(first);
        }
        Person q = register(next);
        int nextEnd = eachOf ? afterOfCountry(next.end()) : next.end();
        giveOffice(q, office, eachOf || !respective.isEmpty() || ownOf != null ? own : country);
        pendingMentions.add(new Mention(at, next.end(), q, office.title(), office.role(), true));
        k2 = nextEnd;
        second = q;
        named++;
      }
      if (named == 2 && second != null && second != p && country == null && !modified && p.facing == null && second.facing == null) {
        // "Foreign Ministers A and B", "the envoys, A and B": a pair under one office and no state word are
        // the two sides, each the other's counterpart ("former presidents A and B" may be of one state)
        p.facing = second;
        second.facing = p;
      }
    }
    return first;
  }

  /**
   * The token after a phrase that joins the name ending at token {@code k} to an office its holder
   * takes ("was sworn in as", "took office as": {@code taking-office-words.txt}), or {@code k}.
   */
  int takingLeadEnd(int k, int end) {
    return has(k, TAKING_LEAD) ? phraseEnd(stage.takingLeads, k, end) : k;
  }

  /** The state word of the office {@link #predicatedOffice} last read, or null. */
  @Nullable Country predicatedState;

  /** The token after the office {@link #predicatedOffice} last read, with its "of [state]". */
  int predicatedEnd;

  /**
   * The office a copula or a phrase of taking office predicates of the name before it, read from
   * token {@code j}: "[the] [rank] [adjective] [office]", "[State]'s [rank] [office]", "[office] of
   * [State]" ("was the last German chancellor to", "was sworn in as Fiji's first Prime Minister");
   * null when none stands there, or when an office {@code taken} is "of" what names no state ("took
   * over as president of the Commission": a body's).
   */
  @Nullable Office predicatedOffice(int j, int end, boolean taken) {
    if (has(j, DETERMINER | INDEFINITE)) {
      j++;
    }
    while (j < end && stage.rankWords.contains(tokens.get(j).key())) {
      j++;
    }
    j = skipModifiers(j, end);
    Country said = modifierCountry;
    if (j < end && countryAt[j] != null && attributive(countryAt[j])) {
      said = countryAt[j].country();
      j = countryAt[j].end();
      while (j < end && !tokens.get(j).isCapitalized() && (stage.rankWords.contains(tokens.get(j).key()) || has(j, MODIFIER))) {
        j++; // "A became [State]'s first (new) [office]", not "[State]'s First Deputy Prime Minister"
      }
    }
    Office o = j < end ? officeAt(j, end) : null;
    if (o == null || tokens.get(o.end() - 1).key().endsWith("'s")
        || o.end() < end && tokens.get(o.end()).isCapitalized() && tokens.get(o.end()).isWord()) {
      return null;
    }
    Country of = ofCountry(o.end(), end);
    if (of == null && taken && o.end() < end && tokens.get(o.end()).is("of")) {
      return null;
    }
    predicatedState = of != null ? of : said;
    predicatedEnd = of != null ? afterOfCountry(o.end()) : o.end();
    return o;
  }

  /**
   * "of the Republic" after a head of state's office at {@code k}, not followed by "of" (the formal name
   * of a state, "of the Republic of [State]", is the text's state word): the office of the republic the
   * report is about, as French, Portuguese and Spanish usage writes it.
   */
  private boolean ofTheRepublic(Office office, int k, int end) {
    return office.role() == Role.HEAD_OF_STATE && k + 3 < end && tokens.get(k).is("of") && tokens.get(k + 1).is("the")
        && tokens.get(k + 2).is("republic") && tokens.get(k + 2).isCapitalized() && !tokens.get(k + 3).is("of");
  }

  /** The roles whose holder may be written with a monarch's title after the office ("Crown Prince Sultan" is no given name read). */
  private static final java.util.Set<Role> MONARCHS_ONLY = java.util.EnumSet.of(Role.HEAD_OF_STATE, Role.DEPUTY_HEAD, Role.OTHER);

  /** The first token of sentence {@code s} after a determiner ("The"), if any. */
  int skipDeterminer(Sentence s) {
    int k = s.firstToken();
    return k + 1 < s.endToken() && has(k, DETERMINER) ? k + 1 : k;
  }

  /** Whether an office is a military rank standing as one ("General A"): an office written beside it is the holder's. */
  private boolean rank(Office o) {
    return o.role() == Role.OFFICIAL && o.end() - o.first() == 1 && tokens.get(o.first()).is("general");
  }

  /** The token after a rank at {@code k} ("General", with a courtesy or service word before it: "Lieutenant", "Army"; "Field" before "Marshal"), else {@code k}. */
  private int afterRank(int k, int end) {
    int r = k;
    if (k + 2 < end && tokens.get(k).is("field") && tokens.get(k + 1).is("marshal")) {
      return k + 1; // "[office], Field Marshal A": the name reader skips "Marshal" as it skips other ranks
    }
    while (r < end && r - k < 2 && (has(r, HONORIFIC) || tokens.get(r).is("army"))) {
      r++;
    }
    if (r + 1 < end && has(r, OFFICE_START)) {
      Office o = officeAt(r, end);
      if (o != null && rank(o)) {
        return r + 1;
      }
    }
    return k;
  }

  /** Whether ", [the] [modifier] [state] [office]" at token {@code k} gives the name before it an office that is no rank. */
  private boolean appositionOffice(int k, int end) {
    if (k + 1 >= end || !tokens.get(k).text().equals(",")) {
      return false;
    }
    int j = skipAppositionLead(k + 1, end);
    if (j < end && has(j, DETERMINER | INDEFINITE)) {
      j++;
    }
    j = skipModifiers(j, end);
    if (j < end && countryAt[j] != null) {
      j = countryAt[j].end();
    }
    Office o = j < end && has(j, OFFICE_START) ? officeAt(j, end) : null;
    return o != null && !rank(o) && (o.end() >= end || !tokens.get(o.end()).isWord() || !tokens.get(o.end()).isCapitalized()
        || tokens.get(o.end()).is("of"));
  }

  /** Gives {@code p} the office, and the state the text binds to it here, if any (else the office's own state). */
  void giveOffice(Person p, Office office, @Nullable Country country) {
    if (p.role == null || (p.company && !office.company())) {
      p.title = office.title();
      p.role = office.role();
      p.otherRole = office == joined ? joinedOtherRole : null; // "the crown prince" still refers to a "Crown Prince and Prime Minister"
      p.company = office.company();
    }
    if (p.country == null && country != null) {
      p.setCountry(country, StateRule.TEXT);
    } else if (p.country == null && office.pinned() != null) {
      p.setCountry(office.pinned(), StateRule.PINNED);
    }
  }

}
