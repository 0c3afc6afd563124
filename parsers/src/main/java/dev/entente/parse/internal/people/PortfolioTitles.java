package dev.entente.parse.internal.people;

import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ministers named by their portfolio ({@code portfolios.txt}) rather than by a listed title, for
 * {@link OfficeLexicon}: portfolio words before the minister ("oil minister", "trade and industry
 * minister", "Foreign Affairs Cabinet Secretary"), after it ("minister of mines and hydrocarbons",
 * "Minister of State for [Portfolio]", "Minister Responsible for [Portfolio]"), and a listed title
 * that ends on its portfolio read on ("Minister for Defence Industry"). The portfolio gives the
 * role: foreign affairs a foreign minister, defence a defence minister, unless another portfolio
 * word after it makes it a qualifier ("Foreign Trade", "Defence Industry").
 */
final class PortfolioTitles {

  private final OfficeLexicon lex;

  PortfolioTitles(OfficeLexicon lex) {
    this.lex = lex;
  }

  /** "oil minister", "trade and industry minister": portfolio words before the minister. */
  @Nullable Office portfolioFirst(String text, List<Token> tokens, int[] wordIds, int i, int limit) {
    if (!lex.isPortfolio(wordIds[i])) {
      return null;
    }
    int j = i;
    while (j < limit && j - i < 5 && (lex.isPortfolio(wordIds[j]) || isJoiner(tokens.get(j).key())
        || j > i && tokens.get(j).is("affairs"))) {
      j++;
    }
    // "[Portfolio] Ministry spokesperson": the ministry's spokesperson, an official
    if (j + 1 < limit && j > i && tokens.get(j).is("ministry") && isSpokesWord(tokens.get(j + 1).key())) {
      return OfficeLexicon.office(text, tokens, i, j + 2, Role.OFFICIAL, null, false);
    }
    // "Foreign Affairs Cabinet Secretary", "Trade Cabinet Secretary": a minister titled as a cabinet secretary
    int head = j + 1 < limit && tokens.get(j).is("cabinet") && isMinisterWord(tokens.get(j + 1).key()) ? j + 1 : j;
    if (head < limit && isMinisterWord(tokens.get(head).key()) && !isJoiner(tokens.get(j - 1).key())) {
      Office listed = lex.listedAt(text, tokens, wordIds, i, limit);
      if (listed != null && listed.end() > head) {
        return listed;
      }
      // a cabinet secretary's office is the state's whose ministers are so titled (offices.tsv)
      Office cabinet = head == j ? null : lex.listedAt(text, tokens, wordIds, j, limit);
      return OfficeLexicon.office(text, tokens, i, head + 1, roleOfPortfolio(tokens, i, j), cabinet == null ? null : cabinet.pinned(), false);
    }
    return null;
  }

  /** "minister of mines and hydrocarbons": portfolio words after the minister. */
  Office extendPortfolio(String text, List<Token> tokens, Office o, int limit) {
    int last = o.end() - 1;
    String head = tokens.get(last).key();
    int j = o.end();
    // "Minister of State for [Portfolio]": the portfolio of a junior minister
    boolean ofState = head.equals("state") && last - 2 >= o.first() && tokens.get(last - 1).is("of")
        && tokens.get(last - 2).is("minister") && j < limit && tokens.get(j).is("for");
    // "Minister for Defence Industry", "Minister for Defence and National Security": a listed title that ends on
    // its portfolio goes on with the portfolio words after it
    boolean listedPortfolio = !isMinisterWord(head) && !head.equals("affairs") && lex.isPortfolio(head)
        && ministerOfFor(tokens, o.first(), last);
    if (!isMinisterWord(head) && !head.equals("affairs") && !ofState && !listedPortfolio) {
      return o;
    }
    if (listedPortfolio) {
      // the words after the title are read as more of its portfolio below
    } else if (isMinisterWord(head) || ofState) {
      if (isMinisterWord(head) && j + 1 < limit && tokens.get(j).is("responsible") && tokens.get(j + 1).is("for")) {
        j++; // "Minister Responsible for [Portfolio]": "for" with the word before it
      }
      if (j >= limit || !(tokens.get(j).is("of") || tokens.get(j).is("for"))) {
        return o;
      }
      j++;
    } else if (j < limit && tokens.get(j).is("and")) {
      j++; // "minister of foreign affairs and worship"
    } else {
      return o;
    }
    int start = j;
    int end = j;
    int before = j; // the end of the portfolio read before the last "and"
    while (j < limit && j - start < 8) {
      String k = tokens.get(j).key();
      if (lex.isPortfolio(k) || k.equals("affairs") || k.equals("relations") || k.equals("cooperation")) {
        j++;
        end = j;
      } else if (isJoiner(k) || k.equals(",")) {
        if (!k.equals("the") && end == j) {
          before = end;
        }
        j++;
      } else {
        break;
      }
    }
    if (end < limit && lex.isHeadWord(tokens.get(end).key()) && before < end) {
      end = before; // "Minister of Trade and Foreign Minister A": the portfolio after "and" is the next office's
    }
    if (end == start) {
      return o;
    }
    Role role = o.role();
    if (listedPortfolio && (role == Role.DEFENSE_MINISTER || role == Role.FOREIGN_MINISTER)) {
      role = roleOfPortfolio(tokens, ministerAt(tokens, o.first(), last) + 2, end); // "Minister for Defence Industry" is a minister's
    } else if (role == Role.MINISTER || role == Role.OFFICIAL) {
      role = roleOfPortfolio(tokens, start, end);
    }
    return OfficeLexicon.office(text, tokens, o.first(), end, role, o.pinned(), false);
  }

  /** Whether a minister word and "of" or "for" after it stand in tokens {@code [from, to)}: "Minister for Defence". */
  private static boolean ministerOfFor(List<Token> tokens, int from, int to) {
    return ministerAt(tokens, from, to) >= 0;
  }

  /** The last minister word in tokens {@code [from, to)} with "of" or "for" after it, or -1. */
  static int ministerAt(List<Token> tokens, int from, int to) {
    for (int k = to - 2; k >= from; k--) {
      if (isMinisterWord(tokens.get(k).key()) && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("for"))) {
        return k;
      }
    }
    return -1;
  }

  /** "minister", "secretary", "undersecretary": the words that head a minister's title before "of" or "for". */
  static boolean isMinisterWord(String key) {
    return key.equals("minister") || key.equals("secretary") || key.equals("ministers") || key.equals("undersecretary")
        || key.equals("under-secretary");
  }

  /** "spokesperson", "spokesman", "spokeswoman". */
  static boolean isSpokesWord(String key) {
    return SPOKES_WORDS.contains(key);
  }

  private static final Set<String> SPOKES_WORDS = Set.of("spokesperson", "spokesman", "spokeswoman");

  private static boolean isJoiner(String key) {
    return key.equals("and") || key.equals("&") || key.equals("the");
  }

  /**
   * The role of a minister by the portfolio words {@code from} to {@code to}: foreign affairs, defence,
   * else a minister. "Foreign" or "external" before another portfolio ("Foreign Trade", "External
   * Economic Relations") qualifies that portfolio: its minister is no foreign minister; so does
   * "defence" ("Defence Industry"): its minister is no defence minister.
   */
  private Role roleOfPortfolio(List<Token> tokens, int from, int to) {
    boolean deputy = from > 0 && (tokens.get(from - 1).is("deputy") || tokens.get(from - 1).is("vice"));
    for (int k = from; k < to; k++) {
      String key = tokens.get(k).key();
      if ((key.equals("foreign") || key.equals("external")) && !qualifiesPortfolio(tokens, k + 1, to)) {
        return deputy ? Role.DEPUTY_MINISTER : Role.FOREIGN_MINISTER;
      }
      if ((key.equals("defense") || key.equals("defence")) && qualifiesPortfolio(tokens, k + 1, to)) {
        continue; // "Defence Industry", "Defence Production": the minister of that portfolio is no defence minister
      }
      if (key.equals("defense") || key.equals("defence") || key.equals("armed")) { // "Minister of the Armed Forces"
        return deputy ? Role.DEPUTY_MINISTER : Role.DEFENSE_MINISTER;
      }
    }
    return deputy ? Role.DEPUTY_MINISTER : Role.MINISTER;
  }

  /** Whether token {@code k} (before {@code to}) is a portfolio other than affairs or relations ("trade", "economic"). */
  private boolean qualifiesPortfolio(List<Token> tokens, int k, int to) {
    if (k >= to) {
      return false;
    }
    String key = tokens.get(k).key();
    return lex.isPortfolio(key) && !key.equals("affairs") && !key.equals("relations");
  }
}
