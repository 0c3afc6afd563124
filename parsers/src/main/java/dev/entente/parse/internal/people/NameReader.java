package dev.entente.parse.internal.people;

import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names as news writes them: a run of capitalised words where a person stands, with the particles
 * and honorifics that belong to it ("Sheikh [given] bin [father] Al [house]", "Abdel Fattah el-Sisi",
 * "Lee Myung-bak", "S. Jaishankar"). The given-names list only helps {@link OfficeReader} to spot
 * a name that comes with no office; it never cuts one short. A line break inside a name is a
 * space: the name is its words joined by one.
 */
abstract class NameReader extends Reading {

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
      if (has(j, HONORIFIC) && !initialLetter(j, end) || has(j, HYPHENATED) && rank(tokens.get(j).key())) {
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

  /**
   * Whether a word begins with a glottal stop written as a letter (the okina, U+02BB, or the
   * apostrophe letter U+02BC, both read as an apostrophe) before a capital: in Polynesian names a
   * name word is capitalised after it ("[Given] \u02BBAkilisi [Surname]"). A quotation mark is no
   * letter and starts no word.
   */
  private static boolean okinaCapital(String word) {
    return word.length() > 1 && word.charAt(0) == '\'' && Character.isUpperCase(word.charAt(1));
  }

  /**
   * Whether the stop word at {@code j} is a name word that is also a pronoun ("He", "Her"): it is
   * capitalised inside a name already begun, and the name ends with it.
   */
  private boolean pronounInName(int j, String bareKey, boolean first, int end) {
    if (first || !(bareKey == tokens.get(j).key() ? has(j, PRONOUN) : PeopleStage.PRONOUNS.contains(bareKey))) {
      return false;
    }
    Token t = tokens.get(j);
    if (!t.isCapitalized() || t.isAllCaps()) {
      return false;
    }
    return endsHere(j, end);
  }

  /**
   * Whether a capitalised stop word that a name begins with is a name word ("Vice Premier He
   * Lifeng", "Prime Minister Said Musa", "General Secretary To Lam", "Foreign Minister An Ho-young", "Minister of Public Security To Lam",
   * "his counterpart To Lam"): it stands right after an office or "counterpart", is a short word (a
   * function word or verb, not "Supreme" or "People's"), does not open its line, and a capitalised
   * name word that is no stop word follows it (on the next line when the name is wrapped).
   */
  private boolean stopOpensName(int j, String bareKey, int end) {
    if (j + 1 >= end && !wrapsOnto(j + 1) || j == 0 || tokens.get(j).isAllCaps() || !tokens.get(j).isCapitalized() || tokens.get(j).lineStart()
        || bareKey.length() > 4 || tokens.get(j).key().endsWith("'s") || bareKey.equals("the") || bareKey.equals("a")
        || !has(j - 1, HEAD_WORD | COUNTERPART) && !(tokens.get(j - 1).isCapitalized() && offices.isPortfolio(tokens.get(j - 1).key()))) {
      return false; // after an office's head word, "counterpart", or the portfolio a title ends on ("Minister of Public Security To Lam")
    }
    Token next = tokens.get(j + 1);
    return next.isWord() && next.isCapitalized() && !has(j + 1, STOP) && countryAt[j + 1] == null
        && !has(j + 1, OFFICE_START) && !isShouted(next.text()) && dateAt[j + 1] == null;
  }

  /**
   * Whether the word at {@code j}, a state's adjective ("German") or a stop word ("Said") that would
   * end a name, opens one: a capitalised word of its own (not the article, not a possessive, not
   * shouted) followed by a capitalised name word that names no state, office, day or stop, where a
   * person stands: right after an office ("Economy Minister German Gref"; a stop word there is left to
   * the rule for short stop words), or the two words are a holder the office-holder dictionary knows
   * on the article's date ("Said Jalili said"). Only such words ask the dictionary, so the lookup is
   * rare.
   */
  private boolean wordOpensName(int j, int end) {
    if (j + 1 >= end && !wrapsOnto(j + 1)) {
      return false;
    }
    boolean state = countryAt[j] != null && countryAt[j].end() == j + 1;
    if (!state && !has(j, STOP)) {
      return false;
    }
    // the next word first: most stop words are followed by a word in lower case, which settles it by two bits
    Token next = tokens.get(j + 1);
    if (!next.isWord() || !next.isCapitalized() || has(j + 1, STOP | OFFICE_START | HEAD_WORD) || countryAt[j + 1] != null
        || dateAt[j + 1] != null || next.key().endsWith("'s") || isShouted(next.text())) {
      return false;
    }
    Token t = tokens.get(j);
    if (!t.isWord() || !t.isCapitalized() || has(j, DETERMINER | INDEFINITE | HEAD_WORD | OFFICE_START)
        || t.key().endsWith("'s") || t.isAllCaps()) {
      return false;
    }
    if (state && j > 0 && has(j - 1, HEAD_WORD)) {
      return true;
    }
    LocalDate on = articleDate();
    OfficeHolders holders = doc.knowledge().officeHolders();
    // the two words are asked of the table of folded names first: most pairs are no one's name, and make no string
    return on != null && holders.mayHold(List.of(t.text()), next.text()) && !holders.holders(t.text() + " " + next.text(), on).isEmpty();
  }

  /** The article's date: the publication date, else the latest date the text names. */
  abstract @Nullable LocalDate articleDate();

  /**
   * Whether the shouted word at {@code j} is a family name written first in capitals, as Japanese and
   * Korean official texts write names ("[FAMILY] [Given]"): a word of letters alone, inside its line,
   * naming no state, followed by a capitalised name word that is not shouted and names no state,
   * office, day or stop.
   */
  private boolean shoutedFamilyName(int j, int end) {
    Token t = tokens.get(j);
    if (j + 1 >= end || t.lineStart() || countryAt[j] != null || !letters(t.text())) {
      return false;
    }
    Token next = tokens.get(j + 1);
    return next.isWord() && next.isCapitalized() && !isShouted(next.text()) && !has(j + 1, STOP) && !has(j + 1, HEAD_WORD)
        && !has(j + 1, OFFICE_START) && countryAt[j + 1] == null && dateAt[j + 1] == null && !next.key().endsWith("'s")
        && letters(next.text());
  }

  /**
   * Whether the capital letter at {@code j} is a middle initial whose period ends the line and the
   * sentence as read, with the surname opening the next line: a hard-wrapped name ("[Given] P." /
   * "[Surname] did not"), not a sentence that ends on an initial. The surname is a capitalised word
   * that names no state, office, day or stop, and a word in lower case or a comma follows it.
   */
  private boolean initialEndsLine(int j) {
    int n = tokens.size();
    if (j + 3 >= n || !Character.isUpperCase(tokens.get(j).text().charAt(0)) || !tokens.get(j + 1).text().equals(".")
        || tokens.get(j + 1).start() != tokens.get(j).end()) {
      return false;
    }
    Token next = tokens.get(j + 2);
    Token after = tokens.get(j + 3);
    return next.lineStart() && next.isWord() && next.isCapitalized() && !isShouted(next.text()) && !has(j + 2, STOP)
        && !has(j + 2, HEAD_WORD) && !has(j + 2, OFFICE_START) && countryAt[j + 2] == null && dateAt[j + 2] == null
        && (after.isWord() && !after.isCapitalized() || after.text().equals(","));
  }

  /**
   * Whether the name read up to token {@code j} (or the office before it) goes on at the start of
   * the next line, which the sentence splitter took for a new sentence: a hard-wrapped name
   * ("[Office] [Given]" / "[Surname] met ...", "[Office]" / "[Given] [Surname] met ..."). The lines are one paragraph (a single line break), the next line opens with a
   * capitalised name word (or a particle) that names no state, office, day or stop, and the run of
   * name words there ends inside the line, before a word in lower case or punctuation, so a
   * line of its own (a heading, a byline) is not taken in.
   */
  boolean wrapsOnto(int j) {
    int n = tokens.size();
    if (j == 0 || j + 1 >= n || !tokens.get(j).lineStart() || !tokens.get(j - 1).isWord()
        || !tokens.get(j - 1).isCapitalized() && !has(j - 1, PARTICLE)) {
      return false; // a name word or a particle ends the line: "[Given] den" / "[Surname] said"
    }
    Token t = tokens.get(j);
    if (!t.isWord() || !t.isCapitalized() || isShouted(t.text()) || has(j, STOP) || has(j, HEAD_WORD) || has(j, OFFICE_START)
        || countryAt[j] != null || dateAt[j] != null) {
      return false;
    }
    int breaks = 0;
    for (int c = tokens.get(j - 1).end(); c < t.start(); c++) {
      if (text.charAt(c) == '\n') {
        breaks++;
      }
    }
    if (breaks != 1) {
      return false;
    }
    int k = j + 1;
    while (k < n && k - j < 6 && !tokens.get(k).lineStart() && tokens.get(k).isWord()
        && (tokens.get(k).isCapitalized() || has(k, PARTICLE))) {
      k++;
    }
    if (k >= n || tokens.get(k).lineStart()) {
      return false;
    }
    Token after = tokens.get(k);
    return after.isWord() ? !after.isCapitalized() : after.text().equals(",") || after.text().equals(".");
  }

  /**
   * Whether the hyphen at {@code j}, written onto the name word before it, ends its line and a
   * capitalised name word (no office, day or stop; a state's name only with a capitalised word after it) opens the next, only the line break (or
   * the space an unwrapped break became) between: a hyphenated name broken at a line's end
   * ("Hans-" / "Dietrich Genscher"). A word in lower case there may be a compound's second half
   * ("[Name]-" / "led"), and is left alone.
   */
  private boolean brokenAtHyphen(int j, int end) {
    int n = tokens.size();
    if (j == 0 || j + 1 >= n || tokens.get(j).start() != tokens.get(j - 1).end()) {
      return false;
    }
    Token next = tokens.get(j + 1);
    int from = tokens.get(j).end();
    if (next.start() - from < 1 || next.start() - from > 2 || !next.isWord() || !next.isCapitalized() || !letters(next.text())) {
      return false;
    }
    for (int c = from; c < next.start(); c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    // a place's name there is a name word when a capitalised word goes on after it ("[Given]-" / "Sofia [Surname]")
    boolean place = countryAt[j + 1] != null && !(j + 2 < n && tokens.get(j + 2).isWord() && tokens.get(j + 2).isCapitalized());
    return !has(j + 1, STOP | HEAD_WORD | OFFICE_START) && !place && dateAt[j + 1] == null && !isShouted(next.text());
  }

  /** Whether {@code word} is letters alone, or letters joined by hyphens ("Suk-yeol"). */
  private static boolean letters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i)) && !(word.charAt(i) == '-' && i > 0 && i + 1 < word.length())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a capitalised stop word inside a name already begun is a name word because a particle
   * and a capitalised name word follow it ("Faraj Said Bin Ghanem"): a short word, not the article.
   */
  private boolean stopBeforeParticle(int j, String bareKey, int end) {
    Token t = tokens.get(j);
    return j + 2 < end && t.isCapitalized() && !t.isAllCaps() && !t.lineStart() && bareKey.length() <= 4
        && !bareKey.equals("the") && !t.key().endsWith("'s") && has(j + 1, PARTICLE) && capitalizedAfterParticles(j + 1, end)
        && !has(j + 1, STOP);
  }

  /** An initial of two letters, a consonant with its "h" as transliterations write one sound: "Th.", "Kh.", "Sh.", "Ts.". */
  static boolean digraphInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && (word.charAt(1) == 'h' || word.equals("Ts"));
  }

  /**
   * Whether the word at {@code j}, its period and the next word are written without a space, as a
   * patronymic initial opens a Mongolian name ("Ch.[Surname]").
   */
  private boolean writtenOnto(int j) {
    return j + 2 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()
        && tokens.get(j + 2).start() == tokens.get(j + 1).end();
  }

  /** Whether the office-holder dictionary knows the name {@code keys} followed by {@code key}. */
  private boolean knownName(List<String> keys, String key) {
    OfficeHolders holders = doc.knowledge().officeHolders();
    return holders.mayHold(keys, key) && !holders.holders(String.join(" ", keys) + " " + key).isEmpty();
  }

  /**
   * Whether the word at {@code j} is a single letter with its period written onto it, an initial
   * ("U. [Given] [Surname]"), not the one-letter title of respect it may also be ("U [Given]").
   */
  private boolean initialLetter(int j, int end) {
    Token t = tokens.get(j);
    return t.text().length() == 1 && j + 1 < end && tokens.get(j + 1).text().equals(".") && tokens.get(j + 1).start() == t.end();
  }

  /** Initials written together, "G.L.", "S.M.": single letters each with its period. */
  static boolean initials(String word) {
    if (word.length() < 4 || word.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i += 2) {
      if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a hyphenated word is a military rank written as one ("Lieutenant-Colonel", "Lt-Col",
   * "Major-General"): each of its parts a courtesy title or rank ({@code honorifics.txt}), or
   * "general".
   */
  private boolean rank(String key) {
    int from = 0;
    while (from <= key.length()) {
      int dash = key.indexOf('-', from);
      int to = dash < 0 ? key.length() : dash;
      String part = key.substring(from, to);
      if (!part.equals("general") && (stage.classes.getOrDefault(part, 0) & HONORIFIC) == 0) {
        return false;
      }
      if (dash < 0) {
        return true;
      }
      from = dash + 1;
    }
    return false;
  }

  /** "Jr", "Sr": a generational suffix written after a name. */
  private static boolean generational(String word) {
    return word.length() == 2 && (word.equals("Jr") || word.equals("Sr"));
  }

  /**
   * Whether the single capital letter at {@code j}, a stop word of one letter ("A", "I"), is one of a
   * run of initials written without periods ("A B [Given] [Surname]", "I K [Surname]", "K A
   * [Surname]"): another single capital letter stands before it in the name or follows it, and the
   * run ends on a capitalised name word of more letters that names no state, office, day or stop.
   * The article or the pronoun is never written beside a lone capital before a name.
   */
  private boolean bareInitials(int j, int end, boolean inName) {
    Token before = tokens.get(Math.max(j - 1, 0));
    boolean afterInitial = inName && before.text().length() == 1 && before.isWord() && before.isCapitalized();
    int i = j + 1;
    while (i < end && tokens.get(i).text().length() == 1 && tokens.get(i).isCapitalized() && tokens.get(i).isWord()) {
      i++;
    }
    if (i == j + 1 && !afterInitial || i >= end) {
      return false;
    }
    Token next = tokens.get(i);
    return next.isWord() && next.isCapitalized() && next.text().length() > 1 && !isShouted(next.text()) && !has(i, STOP | HEAD_WORD | OFFICE_START)
        && countryAt[i] == null && dateAt[i] == null;
  }

  /**
   * Whether the office word at {@code j}, right after a courtesy title, is a given name: a one-word
   * title that is also a given name ("Amir", "Sultan": {@code given-names.txt}), followed by a
   * capitalised name word that names no state, office, day or stop, or by a particle before one. A
   * style ("His Highness", "H.E.") is left out by the caller: a monarch's title follows it.
   */
  private boolean titleAsGivenName(int j, int end) {
    if (j + 1 >= end || !has(j, HEAD_WORD) || !has(j, GIVEN) || !tokens.get(j).isCapitalized() || tokens.get(j).isAllCaps()
        || countryAt[j] != null) {
      return false;
    }
    Token next = tokens.get(j + 1);
    if (has(j + 1, PARTICLE) && !next.isCapitalized()) {
      return capitalizedAfterParticles(j + 1, end);
    }
    return next.isWord() && next.isCapitalized() && !isShouted(next.text()) && !has(j + 1, STOP | HEAD_WORD | OFFICE_START)
        && countryAt[j + 1] == null && dateAt[j + 1] == null;
  }

  /** Whether the name can end at token {@code j}: no capitalised word follows it. */
  private boolean endsHere(int j, int end) {
    return j + 1 >= end || !tokens.get(j + 1).isCapitalized() || !tokens.get(j + 1).isWord();
  }

  /** Whether a capitalised word follows the particles from token {@code j} ("van der Berg"). */
  private boolean capitalizedAfterParticles(int j, int end) {
    while (j < end && has(j, PARTICLE) && !tokens.get(j).isCapitalized()) {
      j++;
    }
    return j < end && tokens.get(j).isCapitalized() && tokens.get(j).isWord();
  }

  /** A regnal or generational number after a name ("Charles III", "Rainier III"). */
  static boolean regnal(String word) {
    return word.length() <= 4 && word.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
  }

  boolean isShouted(String word) {
    if (word.length() < 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
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
