package dev.entente.parse.internal.people;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names as news writes them: a run of capitalised words where a person stands, with the particles
 * and honorifics that belong to it ("Sheikh [given] bin [father] Al [house]", "Abdel Fattah el-Sisi",
 * "Lee Myung-bak", "S. Jaishankar"). The given-names list only helps {@link OfficeReader} to spot
 * a name that comes with no office; it never cuts one short. A line break inside a name is a
 * space: the name is its words joined by one. The tests of single words are {@link NameWords}', the
 * breaks of hard-wrapped lines {@link WrappedNames}'.
 */
abstract class NameReader extends WrappedNames {

  NameReader(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * The token right after a minister's office, where a monarch's title that is also a given name
   * ("Amir", "Sultan") opens the name ("Finance Minister Amir [Surname]"), or -1: set by the reader of
   * offices around its call of {@link #readName}.
   */
  int givenTitleAt = -1;

  /** The words and keys of the name {@link #readName} reads, reused from one call to the next. */
  private final List<String> nameWords = new ArrayList<>(8);
  private final List<String> nameKeys = new ArrayList<>(8);

  /**
   * A personal name from token {@code k}: capitalized words and name particles, brackets skipped.
   * Courtesy titles ("Mr.", "Dr") and ranks ("Prince", "Ayatollah") before it are skipped; honorifics
   * that are part of how a name is written ("Sheikh", "Tengku") are kept in its words but not in its keys, so a later
   * mention with or without them is the same person.
   */
  @Nullable Name readName(int k, int end) {
    return readName(k, end, 1);
  }

  /** {@link #readName(int, int)}, or null for a name of fewer than {@code minWords} words, not copied. */
  @Nullable Name readName(int k, int end, int minWords) {
    // most capitalised words read here are no name: the lists are this reader's, emptied and reused
    List<String> words = nameWords;
    List<String> keys = nameKeys;
    words.clear();
    keys.clear();
    int j = k;
    int last = -1;
    int courtesy = -1; // the end of a courtesy title read before the name ("Mr.", "Comrade")
    if (end - k <= 3 && end < tokens.size() && has(end - 1, HONORIFIC | NAME_HONORIFIC) && tokens.get(end - 1).isCapitalized()
        && wrapsOnto(end)) {
      end = doc.sentences.get(doc.sentenceOf(end)).endToken(); // "President His Highness" at a line's end, "[Given] bin [father]" on the next
    }
    boolean styled = false; // "His Highness": a style, after which a monarch's title is the office
    if (j + 2 < end && (tokens.get(j).is("his") || tokens.get(j).is("her")) && tokens.get(j).isCapitalized()) {
      styled = true;
      if (has(j + 1, HONORIFIC)) {
        j++; // "His Excellency", "Her Highness"
      } else if (j + 3 < end && tokens.get(j + 1).isCapitalized() && has(j + 2, HONORIFIC) && !has(j + 1, HEAD_WORD)) {
        j += 2; // "His Royal Highness", "Her Serene Highness"
      }
    }
    // courtesy titles are skipped, honorifics that are part of the name kept, in any order:
    // "Tengku Datuk Seri [Given] [Surname]" is "Tengku [Given] [Surname]", "Dato' Seri [Given] [Surname]" "[Given] [Surname]"
    while (j + 1 < end && tokens.get(j).isCapitalized()) {
      if (has(j, HONORIFIC) && !initialLetter(j, end) || has(j, HYPHENATED) && rank(tokens.get(j).key()) || j == k && monsieur(j, end)) {
        boolean plain = !styled && letters(tokens.get(j).text()) && !tokens.get(j).isAllCaps() && !(j > 0 && has(j - 1, POSSESSIVE_PRONOUN))
            && !(j > 1 && has(j - 2, POSSESSIVE_PRONOUN) && tokens.get(j - 1).isCapitalized()); // "His (Royal) Highness" is a style
        j++;
        Token mark = tokens.get(j);
        if ((mark.text().equals(".") || mark.text().equals("'")) && mark.start() == tokens.get(j - 1).end() && j + 1 < end) {
          j++; // "Dr.", "Dato'"
        }
        courtesy = plain ? j : -1;
      } else if (has(j, NAME_HONORIFIC) && tokens.get(j + 1).isCapitalized()) {
        words.add(tokens.get(j).text());
        j++;
      } else {
        break;
      }
    }
    if (j == k && wordOpensName(j, end) || j == courtesy && titleAsGivenName(j, end)
        || j == k && k == givenTitleAt && titleAsGivenName(j, end) && !has(j + 1, NAME_HONORIFIC | HONORIFIC)) {
      // "Minister German Gref", "Said Jalili said": a state's adjective or a stop word that is a given name;
      // "Mr. Amir [Surname]", "Comrade Sultan [Given] [Surname]": after a courtesy title a monarch's title is a given name
      Token t = tokens.get(j);
      words.add(t.text());
      keys.add(t.key());
      j++;
      last = j;
    }
    while (keys.size() < 8) {
      if (j >= end) {
        if (j != last || keys.isEmpty() || !wrapsOnto(j)) {
          break;
        }
        end = doc.sentences.get(doc.sentenceOf(j)).endToken(); // "[Given]" at a line's end, "[Surname] met" on the next
      }
      Token t = tokens.get(j);
      if (t.text().equals("[") || t.text().equals("]")) {
        j++;
        continue;
      }
      if (j == last && t.text().equals("-") && brokenAtHyphen(j, end)) {
        // "[Given]-" / "[Given] [Surname]": a hyphenated given name broken at a line's end is one word ("Hans-Dietrich")
        Token next = tokens.get(j + 1);
        if (j + 1 >= end) {
          end = doc.sentences.get(doc.sentenceOf(j + 1)).endToken();
        }
        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + next.text());
        keys.set(keys.size() - 1, keys.get(keys.size() - 1) + "-" + next.key());
        j += 2;
        last = j;
        continue;
      }
      if (!keys.isEmpty() && t.isWord() && t.isCapitalized() && (countryAt[j] != null || dateAt[j] != null || has(j, HEAD_WORD))
          && !t.key().endsWith("'s") && knownName(keys, t.key())) {
        // a name word that is also a state, a day or an office: "Joseph Muscat", "Danilo Turk", "Godwin Friday"
        words.add(t.text());
        keys.add(t.key());
        j++;
        last = j;
        continue;
      }
      if (!t.isWord() || dateAt[j] != null || keys.isEmpty() && has(j, OFFICE_START) && officeAt(j, end) != null) {
        break; // an office opens no name: "the Prime Minister, Foreign Minister [Name]"
      }
      if (countryAt[j] != null && !(keys.isEmpty() && countryAt[j].form() != CountryForm.ADJECTIVE && !t.key().endsWith("'s")
          && j + 1 < end && ((tokens.get(j + 1).isCapitalized() || okinaCapital(tokens.get(j + 1).text())) && tokens.get(j + 1).isWord()
              && countryAt[j + 1] == null
              || has(j + 1, PARTICLE) && !tokens.get(j + 1).isCapitalized() && capitalizedAfterParticles(j + 1, end)
              || tokens.get(j + 1).text().equals("-") && brokenAtHyphen(j + 1, end)))) {
        break; // a state, unless it opens a name ("Sofia Mensah", "Sofia do Mensah", "Sofia-" / "[Given] Mensah")
      }
      String key = t.key();
      boolean possessive = key.endsWith("'s");
      String bareKey = possessive ? key.substring(0, key.length() - 2) : key;
      String bare = possessive ? t.text().substring(0, t.text().length() - 2) : t.text();
      if (!keys.isEmpty() && j + 2 == end && t.text().length() == 1 && initialEndsLine(j)) {
        end = doc.sentences.get(doc.sentenceOf(end)).endToken(); // "William P." at a line's end, "Rogers" on the next
      }
      if ((t.text().length() == 1 || digraphInitial(t.text()) && (!keys.isEmpty() || writtenOnto(j))) && t.isCapitalized() && j + 2 < end
          && tokens.get(j + 1).text().equals(".") && tokens.get(j + 1).start() == t.end()
          && (tokens.get(j + 2).isCapitalized() && tokens.get(j + 2).isWord()
              || has(j + 2, PARTICLE) && capitalizedAfterParticles(j + 2, end))) {
        words.add(t.text() + ".");
        keys.add(key);
        j += 2; // an initial: "S. Jaishankar", "F. W. de Klerk", "Guðni Th. Jóhannesson", "Ch.[Surname]"
        continue;
      }
      if (initials(t.text()) && j + 1 < end && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord()
          && countryAt[j] == null) {
        words.add(t.text());
        keys.add(key);
        j++; // initials run together: "G.L. Peiris", "S.M. Krishna"
        continue;
      }
      if (has(j, PARTICLE) && !keys.isEmpty() && j + 1 == end && j + 1 < tokens.size() && !t.isCapitalized() && wrapsOnto(j + 1)) {
        end = doc.sentences.get(doc.sentenceOf(j + 1)).endToken(); // "Mr [Given] den" / "[Surname], ...": the name goes on
      }
      if (has(j, PARTICLE) && !keys.isEmpty() && capitalizedAfterParticles(j + 1, end)) {
        words.add(bare);
        keys.add(bareKey);
        j++;
        continue;
      }
      int dash = bare.indexOf('-');
      boolean prefixed = dash > 0 && !keys.isEmpty() && dash + 1 < bare.length() && Character.isUpperCase(bare.charAt(dash + 1))
          && (particles.contains(bareKey.substring(0, dash)) || particles.contains(bareKey.substring(0, dash + 1))) // "el-Sisi", "az-Zanati"
          || !keys.isEmpty() && elided(bare); // "Giscard d'Estaing"
      boolean stop = possessive ? stops.contains(bareKey) : has(j, STOP);
      if (stop && (pronounInName(j, bareKey, keys.isEmpty(), end) || bare.equals("I") && !keys.isEmpty() && endsHere(j, end)
          || keys.isEmpty() && j == k && stopOpensName(j, bareKey, end) || !keys.isEmpty() && stopBeforeParticle(j, bareKey, end)
          || bareKey.length() == 1 && bareInitials(j, end, !keys.isEmpty())
          || !keys.isEmpty() && isParticle(keys.get(keys.size() - 1)) && t.isCapitalized() && !has(j, HEAD_WORD))) {
        stop = false; // "Vice Premier Liu He said": a capitalised "He" inside a sentence is a name
      }
      // after "bin", "ibn" or "al" an office word is a name ("Zayed bin Sultan Al Nahyan")
      boolean afterParticle = !keys.isEmpty() && isParticle(keys.get(keys.size() - 1));
      if ((!t.isCapitalized() && !prefixed && !(!keys.isEmpty() && okinaCapital(bare))) || stop || bareKey.isEmpty()
          || !afterParticle && (possessive ? offices.isHeadWord(bareKey) : has(j, HEAD_WORD)) || isShouted(bare) && !(regnal(bare) && !keys.isEmpty()) && !(keys.isEmpty() && shoutedFamilyName(j, end))
          || generational(bare) && !keys.isEmpty()) {
        break;
      }
      words.add(bare);
      keys.add(bareKey);
      j++;
      last = j;
      if (possessive) {
        break;
      }
    }
    if (last < 0) {
      return null;
    }
    while (!keys.isEmpty() && isParticle(keys.get(keys.size() - 1))) {
      keys.remove(keys.size() - 1);
      words.remove(words.size() - 1);
    }
    if (keys.isEmpty() || last < end && has(last, NAMED_PLACE) && tokens.get(last).isCapitalized()) {
      return null; // "[Name] Grand Mosque", "[Name] International Airport": the place's name, not a person
    }
    int stop = last;
    if (stop < end && generational(tokens.get(stop).text()) && tokens.get(stop).isCapitalized()) {
      // "Ferdinand Marcos Jr.", "Gilberto Teodoro, Jr.": written with the name, not a key of it
      String suffix = tokens.get(stop).text();
      stop++;
      if (stop < end && tokens.get(stop).text().equals(".") && tokens.get(stop).start() == tokens.get(stop - 1).end()) {
        suffix += ".";
        stop++;
      }
      words.add(suffix);
    } else if (stop + 1 < end && tokens.get(stop).text().equals(",") && generational(tokens.get(stop + 1).text())
        && stop + 2 < end && tokens.get(stop + 2).text().equals(".")) {
      words.set(words.size() - 1, words.get(words.size() - 1) + ",");
      words.add(tokens.get(stop + 1).text() + ".");
      stop += 3;
    }
    if (stop < end && tokens.get(stop).text().equals("]")) {
      stop++;
    }
    if (words.size() < minWords) {
      return null;
    }
    return new Name(k, stop, List.copyOf(words), List.copyOf(keys));
  }

  /** The person this name is (same surname, and same first name when both have one), or a new one. */
  Person register(Name name) {
    List<Person> sameSurname = byLast.getOrDefault(name.keys().get(name.keys().size() - 1), List.of());
    for (int k = sameSurname.size() - 1; k >= 0; k--) {
      Person p = sameSurname.get(k);
      if (p.sameAs(name.keys())) {
        p.takeName(name.words(), name.keys());
        return p;
      }
    }
    Person p = new Person(people.size() + 1, name.words(), name.keys(), name.first());
    people.add(p);
    byLast.computeIfAbsent(p.lastKey(), k -> new ArrayList<>(1)).add(p);
    return p;
  }
}
