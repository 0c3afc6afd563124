package dev.entente.parse.internal.events;

import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The agents of a passive signing: the people named in the phrase after the "by" that follows a
 * signing ("was signed by A, [office], and by B", "was signed at [venue] by the Prime Minister, A, and
 * the [adjective] Foreign Minister, B", "by [office] A and his [adjective] counterpart B"), however
 * long their offices, up to a clause of its own ("who arrived ...", "while ...") or a saying.
 */
final class SigningAgents {
  /** How many words may stand between a signing and the "by" of its agents ("was signed at [venue] in [city] by"). */
  private static final int BY_REACH = 8;
  /** How many words the agents of a signing may take after its "by" (each with a long office, "and by" the next). */
  private static final int REACH = 40;
  /** The words that end the agents of a signing: a clause of its own ("who arrived", "while", "after"), a saying. */
  private static final Set<String> ENDS = Set.of("who", "whom", "whose", "which", "that", "while", "whereas",
      "when", "where", "after", "before", "since", "because", "said", "says", "told", ";", ":", "(", ")");
  /** The lower-case words a comma may open inside the agents ("A, and the [adjective] minister, B"). */
  private static final Set<String> GO_ON = Set.of("and", "the", "his", "her", "their", "its", "by");

  private SigningAgents() {}

  /** Whether token {@code k} lies in the agents of a signing of {@code hits} told done, after their "by". */
  static boolean within(List<Token> tokens, List<Hit> hits, int k) {
    for (Hit h : hits) {
      if (h.signing() && h.verb() && h.end() <= k) {
        int by = by(tokens, h.end(), Math.min(k, h.end() + BY_REACH));
        if (by >= 0 && k - by <= REACH && !ends(tokens, by + 1, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first "by" in tokens {@code [from, to)} with no end of the agents before it; -1 when none. */
  private static int by(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("by")) {
        return k;
      }
      if (ends(tokens, k, k + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether tokens {@code [from, to)} end the agents: a word of {@link #ENDS}, or a comma before another clause. */
  private static boolean ends(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (ENDS.contains(t.key())) {
        return true;
      }
      if (t.text().equals(",") && k + 1 < tokens.size()) {
        Token next = tokens.get(k + 1);
        if (next.isWord() && next.isLowerCase() && !GO_ON.contains(next.key())) {
          return true; // "signed by A, marking ...", "was signed by A, officials said"
        }
      }
    }
    return false;
  }
}
