package dev.entente.parse.internal.people;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;

/**
 * Names broken by the end of a line in hard-wrapped copy, which the sentence splitter may take for
 * two sentences: a name that goes on at the start of the next line ("[Office] [Given]" / "[Surname]
 * met ..."), a middle initial whose period ends the line ("[Given] P." / "[Surname] did not"), and a
 * hyphenated given name broken at its hyphen ("Hans-" / "Dietrich Genscher"). {@link NameReader}
 * reads on across the break when one of these holds; the break is a space in the name.
 */
abstract class WrappedNames extends NameWords {

  WrappedNames(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * Whether the capital letter at {@code j} is a middle initial whose period ends the line and the
   * sentence as read, with the surname opening the next line: a hard-wrapped name ("[Given] P." /
   * "[Surname] did not"), not a sentence that ends on an initial. The surname is a capitalised word
   * that names no state, office, day or stop, and a word in lower case or a comma follows it.
   */
  boolean initialEndsLine(int j) {
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
  boolean brokenAtHyphen(int j, int end) {
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
}
