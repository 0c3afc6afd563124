package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.allCaps;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;

import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * Words at a line's start that stand where a dateline's place stands but name no place, for
 * {@link Datelines}: a wire's topic slug ("[TOPIC]-[REGION]:", "[TOPIC]-[TOPIC] (AGENCY)"), a transcript's
 * speaker ("PRESENTER:", "ANCHOR:"), an agency's or outlet's name over its tagline ("AGENCY - Name of
 * the Agency", "[OUTLET WORDS], [DAY] [MONTH] [YEAR]"). A known dateline city is always a place.
 */
final class DatelineLookalikes {

  private final HeadWords lists;

  DatelineLookalikes(HeadWords lists) {
    this.lists = lists;
  }

  /** Whether the words of [from, to), read as a dateline's place, are none. */
  boolean isNoPlace(List<Token> tokens, int from, int to) {
    if (to <= from || lists.cities().contains(keyOf(tokens, from, to))) {
      return false;
    }
    if (to == from + 1 && to < tokens.size() && isTopicSlug(tokens.get(from))
        && (tokens.get(to).text().equals(":") || tokens.get(to).text().equals("("))) {
      return true; // a slug is followed by a colon or the agency's credit; "NUR-SULTAN -" is a place
    }
    if (to == from + 1 && allCaps(tokens, from, to) && lists.notPerson().contains(tokens.get(from).key())) {
      return true; // "REPORTER:", "PRESENTER:": a desk or speaker word
    }
    for (int i = from; i < to; i++) {
      if (lists.outletWords().contains(tokens.get(i).key())) {
        return true; // "[KIND] BULLETIN", "THE [NAME] HERALD": an outlet's words
      }
    }
    return lists.agencies().name(joined(tokens, from, to)) != null;
  }

  // "[TOPIC]-[REGION]", "[STATE]-[STATE]-[TOPIC]": one word in capitals of hyphened parts of two letters or more
  private static boolean isTopicSlug(Token t) {
    String s = t.text();
    if (!t.isWord() || !t.isAllCaps() || s.indexOf('-') <= 0) {
      return false;
    }
    int part = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '-') {
        if (part < 2) {
          return false;
        }
        part = 0;
      } else if (Character.isLetter(ch)) {
        part++;
      } else {
        return false;
      }
    }
    return part >= 2;
  }

  /**
   * The first token after a wire's topic slug and its agency's credit at the start of a headline line
   * ("TALKS-ARMS (AGENCY) Sides agree ..."); {@code line.firstToken()} when the line has none. A slug
   * before a colon stays part of the headline ("[TOPIC]-[REGION]: ...").
   */
  int afterSlugCredit(List<Token> tokens, Line line) {
    int from = line.firstToken();
    int close = from + 2;
    if (close + 1 >= line.endToken() || !isTopicSlug(tokens.get(from)) || !tokens.get(from + 1).text().equals("(")) {
      return from;
    }
    while (close < line.endToken() && close - from <= 5 && tokens.get(close).isWord()) {
      close++;
    }
    return close + 1 < line.endToken() && tokens.get(close).text().equals(")")
        && lists.agencies().name(joined(tokens, from + 2, close)) != null ? close + 1 : from;
  }
}
