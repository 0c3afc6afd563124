package dev.entente.parse.internal.people;

import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words a name is made of, one test each, for {@link NameReader}: a state's adjective or a stop
 * word that opens a name ("Economy Minister German Gref", "Said Jalili said", "Vice Premier Liu He"),
 * initials ("S. Jaishankar", "G.L. Peiris", "A B [Given] [Surname]", "Ch.[Surname]"), ranks written
 * as one word ("Lt-Col"), a monarch's title that is a given name ("Mr. Amir [Surname]"), a family
 * name in capitals before the given name ("[FAMILY] [Given]"), particles ("van der Berg"), regnal
 * numbers and "Jr". Each looks at a token or two around the word and no further.
 */
abstract class NameWords extends Reading {

  NameWords(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** Whether the name read up to token {@code j} goes on at the start of the next line ({@link WrappedNames}). */
  abstract boolean wrapsOnto(int j);

  /** Whether the article writes "M." as the French "Monsieur": 1 yes, 0 no, -1 not read yet (read when a name first opens with it). */
  private int monsieurs = -1;

  /**
   * Whether "M." at token {@code j}, where a name opens, is the courtesy title "Monsieur" of French
   * and older British usage ("the Prime Minister, M. [Given] [Surname]"), not an initial ("M. [Given]
   * [Surname]" of South Indian usage): the article also writes "M." before a surname alone of a name
   * it gives whole ("M. [Given] [Surname]" ... "M. [Surname] signed"), which no one does with an initial.
   */
  boolean monsieur(int j, int end) {
    if (j + 2 >= end || !monsieurMark(j)) {
      return false;
    }
    if (monsieurs < 0) {
      monsieurs = monsieursInText() ? 1 : 0;
    }
    return monsieurs == 1;
  }

  /**
   * Whether token {@code j} is "M" with its period written onto it, a capitalised word after them
   * (with a space), and no initial or name word before it ("S. M. [Surname]", "[Given] M. [Surname]").
   */
  private boolean monsieurMark(int j) {
    Token t = tokens.get(j);
    if (j + 2 >= tokens.size() || !t.text().equals("M") || !tokens.get(j + 1).text().equals(".")
        || tokens.get(j + 1).start() != t.end()) {
      return false;
    }
    Token next = tokens.get(j + 2);
    if (!next.isWord() || !next.isCapitalized() || next.text().length() < 2 || next.start() == tokens.get(j + 1).end()) {
      return false;
    }
    if (j >= 2 && tokens.get(j - 1).text().equals(".") && tokens.get(j - 2).text().length() == 1) {
      return false; // "S. M. [Surname]": an initial among initials
    }
    return j == 0 || !(tokens.get(j - 1).isWord() && tokens.get(j - 1).isCapitalized() && !has(j - 1, HEAD_WORD));
  }

  /** Whether some "M." stands before a surname alone that ends a longer name written after another "M.". */
  private boolean monsieursInText() {
    List<String> alone = new ArrayList<>(2);
    List<String> whole = new ArrayList<>(2);
    for (int j = 0; j + 2 < tokens.size(); j++) {
      if (!monsieurMark(j)) {
        continue;
      }
      int e = j + 2;
      int last = e;
      while (e < tokens.size() && e - j < 8 && tokens.get(e).isWord() && (tokens.get(e).isCapitalized() || has(e, PARTICLE))) {
        if (tokens.get(e).isCapitalized()) {
          last = e;
        }
        e++;
      }
      (last == j + 2 ? alone : whole).add(tokens.get(last).key());
    }
    for (String key : alone) {
      if (whole.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word begins with a glottal stop written as a letter (the okina, U+02BB, or the
   * apostrophe letter U+02BC, both read as an apostrophe) before a capital: in Polynesian names a
   * name word is capitalised after it ("[Given] \u02BBAkilisi [Surname]"). A quotation mark is no
   * letter and starts no word.
   */
  static boolean okinaCapital(String word) {
    return word.length() > 1 && word.charAt(0) == '\'' && Character.isUpperCase(word.charAt(1));
  }

  /**
   * Whether the stop word at {@code j} is a name word that is also a pronoun ("He", "Her"): it is
   * capitalised inside a name already begun, and the name ends with it.
   */
  boolean pronounInName(int j, String bareKey, boolean first, int end) {
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
  boolean stopOpensName(int j, String bareKey, int end) {
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
  boolean wordOpensName(int j, int end) {
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
  boolean shoutedFamilyName(int j, int end) {
    Token t = tokens.get(j);
    if (j + 1 >= end || t.lineStart() || countryAt[j] != null || !letters(t.text())) {
      return false;
    }
    Token next = tokens.get(j + 1);
    return next.isWord() && next.isCapitalized() && !isShouted(next.text()) && !has(j + 1, STOP) && !has(j + 1, HEAD_WORD)
        && !has(j + 1, OFFICE_START) && countryAt[j + 1] == null && dateAt[j + 1] == null && !next.key().endsWith("'s")
        && letters(next.text());
  }

  /** Whether {@code word} is letters alone, or letters joined by hyphens ("Suk-yeol"). */
  static boolean letters(String word) {
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
  boolean stopBeforeParticle(int j, String bareKey, int end) {
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
  boolean writtenOnto(int j) {
    return j + 2 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()
        && tokens.get(j + 2).start() == tokens.get(j + 1).end();
  }

  /** Whether the office-holder dictionary knows the name {@code keys} followed by {@code key}. */
  boolean knownName(List<String> keys, String key) {
    OfficeHolders holders = doc.knowledge().officeHolders();
    return holders.mayHold(keys, key) && !holders.holders(String.join(" ", keys) + " " + key).isEmpty();
  }

  /**
   * Whether the word at {@code j} is a single letter with its period written onto it, an initial
   * ("U. [Given] [Surname]"), not the one-letter title of respect it may also be ("U [Given]").
   */
  boolean initialLetter(int j, int end) {
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
  boolean rank(String key) {
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
  static boolean generational(String word) {
    return word.length() == 2 && (word.equals("Jr") || word.equals("Sr"));
  }

  /**
   * Whether the single capital letter at {@code j}, a stop word of one letter ("A", "I"), is one of a
   * run of initials written without periods ("A B [Given] [Surname]", "I K [Surname]", "K A
   * [Surname]"): another single capital letter stands before it in the name or follows it, and the
   * run ends on a capitalised name word of more letters that names no state, office, day or stop.
   * The article or the pronoun is never written beside a lone capital before a name.
   */
  boolean bareInitials(int j, int end, boolean inName) {
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
  boolean titleAsGivenName(int j, int end) {
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
  boolean endsHere(int j, int end) {
    return j + 1 >= end || !tokens.get(j + 1).isCapitalized() || !tokens.get(j + 1).isWord();
  }

  /** Whether a capitalised word follows the particles from token {@code j} ("van der Berg"). */
  boolean capitalizedAfterParticles(int j, int end) {
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
}
