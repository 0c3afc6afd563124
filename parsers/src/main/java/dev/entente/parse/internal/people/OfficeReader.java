package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * People introduced with their office, and the state the grammar binds to it: an office before
 * the name ("Russian President Vladimir Putin", "President of Venezuela Nicolas Maduro"), after it
 * in apposition ("Jorge Arreaza, Venezuela's foreign minister"), a counterpart ("his Indian
 * counterpart S. Jaishankar"), or a name with no office that still stands where a person stands (a
 * known given name, or a verb of saying after it). A state is bound only by a word next to the
 * office: an adjective or possessive before it, "of X" after the office or the name. In "Qatar's
 * Emir A and Prime Minister B", B's office has no state word, so B's state is left to {@link
 * OfficeStates}.
 */
abstract class OfficeReader extends OfficeExtents {

  OfficeReader(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * The word classes that can open an introduction: an article ("the", "a"), "visiting", a modifier
   * ("former", "then-"), an office, a possessive pronoun, "counterpart". A token of none of them,
   * that names no state and is not capitalised, opens none of the three readings below.
   */
  private static final int OPENERS = DETERMINER | INDEFINITE | VISITING | MODIFIER | HYPHENATED | OFFICE_START
      | POSSESSIVE_PRONOUN | COUNTERPART;

  /** Reads the people a sentence introduces, from left to right. */
  void introductions(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (covered[i] || !has(i, OPENERS) && countryAt[i] == null && (bits[i] & Token.UPPER) == 0) {
        continue;
      }
      Mention m = officeFirst(i, s);
      if (m == null) {
        m = counterpart(i, s);
      }
      if (m == null) {
        m = nameFirst(i, s);
      }
      if (m != null) {
        if (pendingMentions.isEmpty()) {
          add(m);
          i = m.end() - 1;
        } else {
          for (Mention each : pendingMentions) {
            add(each);
            i = each.end() - 1;
          }
          pendingMentions.clear();
        }
      }
    }
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
    boolean plural = !bodyOffice && offices.isPlural(office, tokens); // not "Council of Ministers"
    if (!respective.isEmpty() && !plural) {
      return null;
    }
    if (plural) {
      // the title of each holder: the plural word in the singular, "Ministers of Foreign Affairs" -> "Minister of Foreign Affairs"
      String t = office.title();
      int s0 = tokens.get(office.first()).start();
      int cut = tokens.get(offices.pluralAt(office, tokens)).end() - 1 - s0;
      String singular = cut >= 0 && cut < t.length() && Character.toLowerCase(t.charAt(cut)) == 's'
          ? t.substring(0, cut) + t.substring(cut + 1) : t.substring(0, t.length() - 1);
      office = new Office(office.first(), office.end(), singular, office.role(), office.pinned(), false);
    }
    if (country == null) {
      country = sideState(i, s.firstToken()); // "on the [adjective] side by [office] A"
    }
    if (country == null) {
      country = signedFor(i, name.end(), s.firstToken(), end); // "signed for [State] by [office] A"
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
   * "of the Republic" after a head of state's office at {@code k}, not followed by "of" (the formal name
   * of a state, "of the Republic of [State]", is the text's state word): the office of the republic the
   * report is about, as French, Portuguese and Spanish usage writes it.
   */
  private boolean ofTheRepublic(Office office, int k, int end) {
    return office.role() == Role.HEAD_OF_STATE && k + 3 < end && tokens.get(k).is("of") && tokens.get(k + 1).is("the")
        && tokens.get(k + 2).is("republic") && tokens.get(k + 2).isCapitalized() && !tokens.get(k + 3).is("of");
  }

  /**
   * After a plural office at {@code k}, "of the two countries", "of both nations", "of the two [adjective]
   * states": where the phrase ends, else {@code k}. The holders named after it ("the finance ministers of
   * the two countries, A of X and B of Y") hold the office; the phrase binds no state.
   */
  private int ofThePair(Office office, int k, int end) {
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
  private record States(List<Country> states, int end) {}

  /**
   * The states after a first one at token {@code k}, a plural office's: "and Y('s)", ", Y(,) and Z", ", the
   * Y, Z and W", in order, with where they end; null unless the list ends with "and" and a state.
   */
  private @Nullable States furtherStates(int k, int end) {
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

  /** The roles whose holder may be written with a monarch's title after the office ("Crown Prince Sultan" is no given name read). */
  private static final java.util.Set<Role> MONARCHS_ONLY = java.util.EnumSet.of(Role.HEAD_OF_STATE, Role.DEPUTY_HEAD, Role.OTHER);

  /** Further people a plural office introduces, added after its first one. */
  final java.util.List<Mention> pendingMentions = new java.util.ArrayList<>(2);

  /**
   * "his Venezuelan counterpart Nicolas Maduro", "her counterpart, Ann Linde", "met Indian
   * counterpart S. Jaishankar", "his Dutch colleague A" (a colleague only with a state word): the office of the person faced, and its title as the text writes it
   * for that person ("[office] A met his counterpart B": B's title is A's office; "counterpart" only
   * when A's office has no title; "The [office] later met his counterpart B": that office). A state word before "counterpart" binds the state; without one, {@link
   * OfficeStates} gives the other party's.
   */
  @Nullable Mention counterpart(int i, Sentence s) {
    int end = s.endToken();
    int j = i;
    if (has(j, POSSESSIVE_PRONOUN)) {
      j++;
    }
    Country country = null;
    if (j < end && countryAt[j] != null && attributive(countryAt[j])) {
      country = countryAt[j].country();
      j = countryAt[j].end();
    }
    if (j >= end) {
      return null;
    }
    if (has(j, COUNTERPART) || country != null && has(j, COLLEAGUE)) {
      j++; // "his counterpart A", "his [adjective] colleague A": a colleague only with the other state's word
    } else if (has(j, COUNTERPART_LEAD) && phraseEnd(stage.counterpartPhrases, j, end) > j) {
      j = phraseEnd(stage.counterpartPhrases, j, end); // "his [adjective] opposite number, A"
    } else {
      return null;
    }
    if (j < end && tokens.get(j).text().equals(",")) {
      j++;
    }
    if (j < end && has(j, OFFICE_START) && officeAt(j, end) != null) {
      // "his [adjective] counterpart, [office] A": the office is A's title; the state word before "counterpart" binds it
      Mention m = officeFirst(j, s);
      if (m == null || !pendingMentions.isEmpty()) {
        pendingMentions.clear();
        return null;
      }
      Person p = m.person();
      if (p.country == null && country != null) {
        p.setCountry(country, StateRule.TEXT);
      }
      if (p.facing == null) {
        p.facing = lastPersonBefore(i, s);
      }
      return new Mention(i, m.end(), p, m.title(), m.role(), true);
    }
    Name name = readName(j, end);
    if (name == null) {
      return null;
    }
    Person other = lastPersonBefore(i, s);
    Office subject = other == null ? unnamedSubject(i, s) : null; // "The Prime Minister later met his [adjective] counterpart B"
    if (other == null && has(i, POSSESSIVE_PRONOUN) && !mentions.isEmpty()) {
      // "[A] arrived on Monday. He held talks with his counterpart [B]": "his" is the person named last, in the sentence before
      Mention last = mentions.get(mentions.size() - 1);
      if (last.end() <= i && doc.sentenceOf(last.first()) >= doc.sentenceOf(i) - 1
          && (subject == null || subject.role() == last.role())) {
        other = last.person(); // an office the sentence opens with is that person's only if it is the same office
      }
    }
    Person p = register(name);
    if (other != null && other.role != null && p.role == null) {
      // a counterpart holds the office of the person faced: "Foreign Minister A met his counterpart B"
      p.title = other.title != null ? other.title
          : tokens.get(j - 1).text().equals(",") ? tokens.get(j - 2).text() : tokens.get(j - 1).text();
      p.role = other.role;
      p.company = other.company;
    } else if (other == null && subject != null && p.role == null) {
      p.title = subject.title(); // the office of the one faced, named without a name
      p.role = subject.role();
      p.company = subject.company();
    }
    p.facing = other;
    if (p.country == null && country != null) {
      p.setCountry(country, StateRule.TEXT);
    }
    return new Mention(i, name.end(), p, p.title, p.role, true);
  }

  /** The first token of sentence {@code s} after a determiner ("The"), if any. */
  int skipDeterminer(Sentence s) {
    int k = s.firstToken();
    return k + 1 < s.endToken() && has(k, DETERMINER) ? k + 1 : k;
  }

  /**
   * The office a sentence opens with when no name follows it ("The Prime Minister later met his
   * counterpart ...", "The minister then received ..."), ending before token {@code i}; else null.
   */
  private @Nullable Office unnamedSubject(int i, Sentence s) {
    int f = skipDeterminer(s);
    if (f >= i || !has(f, OFFICE_START)) {
      return null;
    }
    Office o = officeAt(f, i);
    return o != null && o.end() < i && !tokens.get(o.end()).isCapitalized() && countryAt[o.end()] == null ? o : null;
  }

  /** "Jorge Arreaza, the foreign minister", "Angela Merkel, the German chancellor", or a known given name. */
  /** Whether token {@code k} is a legislator's letters written after a name, one word in capitals ("MP"). */
  private boolean postNominal(int k, int end) {
    if (!tokens.get(k).isAllCaps() || !has(k, OFFICE_START)) {
      return false;
    }
    Office o = officeAt(k, end);
    return o != null && o.end() == k + 1 && o.role() == Role.LEGISLATOR;
  }

  @Nullable Mention nameFirst(int i, Sentence s) {
    int end = s.endToken();
    Token t = tokens.get(i);
    if (!t.isCapitalized() || i + 1 < end && oneWordAtMost(i)) {
      return null;
    }
    Name name = readName(i, end, 2);
    if (name == null) {
      return null;
    }
    int k = name.end();
    Office office = null;
    Country country = null;
    if (k + 2 < end && tokens.get(k + 1).text().equals(",") && postNominal(k, end)) {
      k++; // "A MP, [office]": the letters of a member of parliament after the name, the office in apposition after them
    }
    int officeEnd = k;
    if (k + 1 < end && tokens.get(k).text().equals(",")) {
      int j = skipAppositionLead(k + 1, end); // "A, who serves as X's foreign minister"
      if (has(j, DETERMINER | INDEFINITE)) {
        j++;
      }
      j = skipModifiers(j, end);
      Country fromModifier = modifierCountry;
      if (j < end && countryAt[j] != null) {
        country = countryAt[j].country();
        j = countryAt[j].end();
      }
      if (country == null) {
        country = fromModifier;
      }
      office = j < end ? officeAt(j, end) : null;
      if (office != null) {
        office = withPortfolioPhrase(office, end, true); // "A, [office] of the [Capitalised Portfolio],"
      }
      if (office != null && office.end() < end && tokens.get(office.end()).isWord() && tokens.get(office.end()).isCapitalized()) {
        office = null; // "A, [state] President B": two people listed, or a headline's "A, [state] President Hold Talks"
        country = null;
      }
      if (office != null) {
        Country of = ofCountry(office.end(), end);
        if (of != null) {
          country = of;
        } else {
          office = withBody(office, end); // "A, chairman of the [State] National Assembly Standing Committee"
          if (bodyCountry != null && country == null) {
            country = bodyCountry;
          }
        }
        officeEnd = of != null ? afterOfCountry(office.end()) : office.end();
        Office joined = joinedWithBodies(office, officeEnd, end); // "A, [office] and [office],", not "and [office] B"
        if (joined != office && (joined.end() >= end || !tokens.get(joined.end()).isCapitalized())) {
          office = joined;
          officeEnd = joined.end();
        }
      }
    }
    if (office == null && k + 2 < end && has(k, COPULA)) {
      // "A was the last [adjective] head of state to visit", "A became the first [adjective] prime minister to ..."
      int j = k + 1;
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
      }
      Office o = j < end ? officeAt(j, end) : null;
      if (o != null && !tokens.get(o.end() - 1).key().endsWith("'s")
          && (o.end() >= end || !tokens.get(o.end()).isCapitalized() || !tokens.get(o.end()).isWord())) {
        office = o;
        Country of = ofCountry(o.end(), end);
        country = of != null ? of : said;
        officeEnd = of != null ? afterOfCountry(o.end()) : o.end();
      }
    }
    if (office == null && !givenNames.contains(name.keys().get(0)) && !(k < end && has(k, SPEECH)) && !has(i, NAME_HONORIFIC)
        && !heldOffice(name)) {
      return null;
    }
    Person p = register(name);
    if (office != null) {
      if (country == null) {
        country = sideState(i, s.firstToken());
      }
      giveOffice(p, office, country != null ? country : signedFor(i, officeEnd, s.firstToken(), end));
      return new Mention(i, officeEnd, p, office.title(), office.role(), true);
    }
    return new Mention(i, name.end(), p, null, null, true);
  }

  /**
   * Whether the office-holder dictionary knows a name of two or three words as a holder on the
   * article's date ("Chris Hipkins, leading a delegation, ..."): a person, whatever the given name.
   */
  private boolean heldOffice(Name name) {
    int n = name.words().size();
    LocalDate on = n <= 3 ? articleDate() : null;
    if (on == null || !doc.knowledge().officeHolders().mayHold(name.words(), null)) {
      return false;
    }
    return !doc.knowledge().officeHolders().holders(String.join(" ", name.words()), on).isEmpty();
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

  /** The person named last before token {@code i} in the sentence (or a surname there of someone named earlier). */
  @Nullable Person lastPersonBefore(int i, Sentence s) {
    Person found = null;
    int at = -1;
    for (Mention m : mentionsIn(s.firstToken(), i)) {
      found = m.person();
      at = m.first();
    }
    // a surname of someone named in an earlier sentence, not yet tied to them
    for (int k = i - 1; k > at && k >= s.firstToken(); k--) {
      Token t = tokens.get(k);
      List<Person> named = t.isCapitalized() ? byLast.get(bare(t.key())) : null;
      if (named != null) {
        return named.get(named.size() - 1);
      }
    }
    return found;
  }
}
