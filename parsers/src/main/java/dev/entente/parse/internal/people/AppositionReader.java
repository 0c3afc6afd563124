package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The introductions of a sentence, read from left to right: an office before the name ({@link
 * OfficeReader}), else a counterpart ({@link CounterpartReader}), else a name first, read here: a
 * name with its office in apposition after it ("Jorge Arreaza, Venezuela's foreign minister", "A,
 * who serves as X's foreign minister", "A MP, [office] of [state]"), with an office a copula
 * predicates ("A was the last [adjective] head of state to visit") or a phrase of taking office gives
 * ("A was sworn in as [State]'s first [office]", {@code taking-office-words.txt}), or with no office where a person
 * stands (a known given name, a verb of saying after it, an honorific that belongs to a name, or a
 * holder the office-holder dictionary knows on the article's date).
 */
abstract class AppositionReader extends CounterpartReader {

  AppositionReader(PeopleStage stage, Document doc) {
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

  /** Whether token {@code k} is a legislator's letters written after a name, one word in capitals ("MP"). */
  private boolean postNominal(int k, int end) {
    if (!tokens.get(k).isAllCaps() || !has(k, OFFICE_START)) {
      return false;
    }
    Office o = officeAt(k, end);
    return o != null && o.end() == k + 1 && o.role() == Role.LEGISLATOR;
  }

  /** "Jorge Arreaza, the foreign minister", "Angela Merkel, the German chancellor", or a known given name. */
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
    int taken = office == null && k + 2 < end ? takingLeadEnd(k, end) : k;
    if (office == null && k + 2 < end && (taken > k || has(k, COPULA))) {
      // "A was the last [adjective] head of state to visit", "A became the first [adjective] prime minister to ...";
      // an office taken: "A was sworn in as [State]'s first [office]", "A took office as [office]"
      Office o = predicatedOffice(taken > k ? taken : k + 1, end, taken > k);
      if (o != null) {
        office = o;
        country = predicatedState;
        officeEnd = predicatedEnd;
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
      if (country == null) {
        country = signedFor(i, officeEnd, s.firstToken(), end);
      }
      giveOffice(p, office, country != null ? country : ledSide(officeEnd, end)); // "A, [office], who led the [adjective] delegation"
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
}
