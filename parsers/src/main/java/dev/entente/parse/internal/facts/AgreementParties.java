package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    Set<Country> named = asOfReport(sc, sc.states(s.firstToken(), s.endToken()));
    if (named.size() > 2) {
      // "X and Y signed a pact, confirming a deal that has alarmed Z": the states of a clause put
      // after the signing ("which", "that", "as", ", confirming") are not its parties
      int cut = asideAfter(sc, s);
      if (cut >= 0) {
        Set<Country> before = asOfReport(sc, sc.states(s.firstToken(), cut));
        if (!before.isEmpty()) {
          named = before;
        }
      }
    }
    Set<Country> inPlay = named.size() < 2 ? asOfReport(sc, sc.inPlay()) : Set.of();
    if (named.size() == 1 && inPlay.size() == 2 && inPlay.containsAll(named)) {
      named.addAll(inPlay);
    } else if (named.isEmpty()) {
      named.addAll(inPlay);
    }
    return List.copyOf(named);
  }

  /**
   * The parties of an instrument signed on {@code signed}: before 1992 "Russia" beside the Soviet
   * Union is the Soviet Union ("the [year] treaty between Moscow and [state]" in a later report).
   */
  static List<Country> asOf(List<Country> parties, @Nullable EdtfDate signed) {
    if (signed == null || !signed.latest().isBefore(ArmsParties.SOVIET_END) || !parties.contains(RUSSIA)
        || !parties.contains(SOVIET_UNION)) {
      return parties;
    }
    List<Country> out = new ArrayList<>(parties);
    out.remove(RUSSIA);
    return List.copyOf(out);
  }

  private static final Country RUSSIA = Country.of("RUS");
  private static final Country SOVIET_UNION = Country.of("SUN");

  /**
   * The states as a report of their date names them ("Moscow" in a Soviet-era report is the Soviet
   * Union, so "Moscow" and "the Soviet Union" are one party), in order, once each.
   */
  private static Set<Country> asOfReport(Scope sc, List<Country> states) {
    Set<Country> out = new LinkedHashSet<>();
    for (Country c : states) {
      out.add(ArmsParties.asOfReport(sc, c));
    }
    return out;
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
