package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.parse.internal.text.Sentence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parties of the instruments a sentence tells: the states it names, not those of a clause
 * that comments on the signing ({@code which}, {@code as}, {@code , confirming ...}); one named
 * state with the other in play, none the article's states in play. Also whether an instrument
 * in such a comment is the one signed, told again.
 */
final class AgreementParties {
  private final Lexicon instruments = Lexicon.load("instruments.txt");
  private final Lexicon words = Lexicon.load("agreement-words.txt");

  List<Country> parties(Scope sc, Sentence s) {
    Set<Country> named = new LinkedHashSet<>(sc.states(s.firstToken(), s.endToken()));
    if (named.size() > 2) {
      // "X and Y signed a pact, confirming a deal that has alarmed Z": the states of a clause put
      // after the signing ("which", "that", "as", ", confirming") are not its parties
      int cut = asideAfter(sc, s);
      if (cut >= 0) {
        Set<Country> before = new LinkedHashSet<>(sc.states(s.firstToken(), cut));
        if (!before.isEmpty()) {
          named = before;
        }
      }
    }
    if (named.size() == 1) {
      Country other = sc.otherInPlay(named.iterator().next());
      if (other != null) {
        named.add(other);
      }
    } else if (named.isEmpty()) {
      named.addAll(sc.inPlay());
    }
    return List.copyOf(named);
  }

  /**
   * Where a clause that comments on the signing begins ("which", "that", "as", ", confirming ..."),
   * after the sentence's first signing verb or instrument, or -1.
   */
  private int asideAfter(Scope sc, Sentence s) {
    boolean told = false;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String k = sc.key(i);
      if (!told) {
        told = sc.word(words, i, "SIGN") || sc.at(instruments, i, s.endToken()) != null;
        continue;
      }
      if (ASIDES.contains(k) || i + 1 < s.endToken() && opensParticiple(sc, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the instrument at {@code at} stands in a participle clause (", confirming a deal ...")
   * that comments on the signing of the instrument read at {@code readAt}: the same one told again.
   */
  static boolean retold(Scope sc, int readAt, int at) {
    for (int i = at - 1; i > readAt; i--) {
      if (opensParticiple(sc, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the comma at {@code i} opens a participle clause: ", confirming ..." (not ", including"). */
  private static boolean opensParticiple(Scope sc, int i) {
    return sc.key(i).equals(",") && sc.token(i + 1).isWord() && !sc.token(i + 1).isCapitalized()
        && sc.key(i + 1).endsWith("ing") && !sc.key(i + 1).equals("including");
  }

  /** Words that open a clause commenting on the signing, whose states are not its parties. */
  private static final Set<String> ASIDES = Set.of("which", "that", "as", "while", "whereas", "although", "though",
      "amid");
}
