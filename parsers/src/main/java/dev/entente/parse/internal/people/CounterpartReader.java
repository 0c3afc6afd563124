package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * People introduced as the counterpart of someone named before them ({@code counterpart-words.txt},
 * {@code colleague-words.txt}): "his Venezuelan counterpart Nicolas Maduro", "her counterpart, Ann
 * Linde", "his [adjective] counterpart, [office] A", "his [adjective] colleague A". The counterpart
 * holds the office of the person faced; a state word before "counterpart" binds the state, and
 * without one {@link OfficeStates} gives the other party's.
 */
abstract class CounterpartReader extends OfficeReader {

  CounterpartReader(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

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

  /** The person named last before token {@code i} in the sentence (or a surname there of someone named earlier). */
  private @Nullable Person lastPersonBefore(int i, Sentence s) {
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
