package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The name of an instrument as written: the title in capitals around the instrument word ({@code
 * the Treaty of Amity and Cooperation}, not a headline's {@code Greece Signs Deal}), and whether
 * the instrument word is a plural ({@code agreements}, {@code memoranda of understanding}).
 */
final class InstrumentNames {
  private final Lexicon words = Lexicon.load("agreement-words.txt");

  /** A name in capitals around the instrument word: "the Treaty of Amity and Cooperation". */
  @Nullable String title(Scope sc, Sentence s, int at, int after) {
    Token head = sc.token(at);
    if (!head.isCapitalized()) {
      return null;
    }
    int start = at;
    while (start - 1 >= s.firstToken() && sc.token(start - 1).isWord() && sc.token(start - 1).isCapitalized()
        && !NAME_BEFORE_STOP.contains(sc.key(start - 1))) {
      start--;
    }
    int end = after;
    int i = after;
    while (i < s.endToken() && sc.date(i) == null) { // "the Lima Declaration on January 5": no month in the name
      Token t = sc.token(i);
      if (t.isWord() && t.isCapitalized() && sc.country(i) == null) {
        end = ++i;
      } else if (t.is(",") && end == i && (listOfNames(sc, i + 1, s.endToken()) || sc.key(i + 1).equals("and")
          && i + 2 < s.endToken() && sc.token(i + 2).isWord() && sc.token(i + 2).isCapitalized())) {
        i++; // "of Peace, Friendship and Cooperation", "of Peace, Friendship, and Cooperation": a list in the name
      } else if (t.isWord() && NAME_JOINERS.contains(t.key())
          && !(t.is("between") && end == after)) {
        if (t.is("between")) {
          break; // the parties follow, not the name
        }
        i++;
      } else {
        break;
      }
    }
    while (end > after && NAME_JOINERS.contains(sc.key(end - 1))) {
      end--; // "the Peace Treaty Between": the parties follow
    }
    if (start == at && end == after) {
      return null;
    }
    for (int k = start; k < end; k++) {
      // a headline's verb phrase ("Greece Signs Deal", "Billion Deal") or a body named after a treaty
      if (sc.word(words, k, "SIGN") || sc.word(words, k, "NOT_TITLE") || sc.token(k).isNumber()) {
        return null;
      }
    }
    return sc.text(start, end);
  }

  /**
   * Whether capitalized words from {@code from} run, past commas, to an "and" and one more capitalized
   * word: the rest of a list inside a name ("Friendship and Cooperation").
   */
  private static boolean listOfNames(Scope sc, int from, int end) {
    for (int i = from; i + 1 < end && i < from + 12; i++) {
      Token t = sc.token(i);
      if (t.is("and")) {
        return i > from && sc.token(i + 1).isWord() && sc.token(i + 1).isCapitalized();
      }
      if (!(t.is(",") || t.isWord() && t.isCapitalized() && sc.country(i) == null)) {
        return false;
      }
    }
    return false;
  }

  /** Words a capitalized agreement name does not reach back past ("the", "under"). */
  private static final Set<String> NAME_BEFORE_STOP = Set.of("the", "a", "an", "this", "that", "in", "on", "under");
  /** Lower-case words inside an agreement's name ("Treaty on Friendship and Cooperation"). */
  private static final Set<String> NAME_JOINERS = Set.of("on", "of", "for", "and", "the", "in", "between");

  /**
   * Whether the instrument at {@code at} is a plural ("agreements", "memoranda of understanding"); the
   * head of "X of Y" is X ("an exchange of notes" is one).
   */
  static boolean pluralWord(Scope sc, int at, Lexicon.Match m) {
    if (m.has("SINGULAR")) {
      return false; // "a terms of reference": one instrument, plural in form
    }
    int head = m.length() > 2 && sc.key(at + 1).equals("of") ? at : at + m.length() - 1;
    return sc.key(head).endsWith("s") || sc.key(head).equals("memoranda");
  }
}
