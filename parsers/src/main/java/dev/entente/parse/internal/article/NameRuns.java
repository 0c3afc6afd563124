package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * The runs of words in a byline or a reporters' credit that name a person, for {@link Bylines}:
 * where a run of name words ends (initials, inner particles), whether it is a person's name, and
 * the reporter's beat written before it, and the desk and job words after it.
 */
final class NameRuns {

  private final HeadWords lists;

  NameRuns(HeadWords lists) {
    this.lists = lists;
  }

  /**
   * Past a reporter's beat before the name: "By [beat] reporter Ana Lima", "By Diplomatic Correspondent
   * Ana Lima" (up to five words ending with a desk word, then a person); else {@code k}.
   */
  int afterBeat(List<Token> tokens, int k, int end) {
    for (int r = k; r < end && r - k < 5 && tokens.get(r).isWord(); r++) {
      if (lists.notPerson().contains(tokens.get(r).key()) && r + 1 < end && tokens.get(r + 1).isCapitalized()) {
        int nameEnd = nameEnd(tokens, r + 1, end);
        return nameEnd > r + 1 && isPerson(tokens, r + 1, nameEnd) ? r + 1 : k;
      }
    }
    return k;
  }

  // the end of a run of name words from k: capitalized words, initials, inner particles
  int nameEnd(List<Token> tokens, int k, int end) {
    int i = k;
    while (i < end && i - k < 8) {
      Token t = tokens.get(i);
      if (t.isWord() && t.isCapitalized() && !t.is("and") && !t.is("by")) {
        if (i > k && (lists.dates().month(t) > 0 || lists.dates().isWeekday(t)) && i + 1 < end
            && (tokens.get(i + 1).hasDigit() || tokens.get(i + 1).text().equals(","))) {
          break; // "By Ana Lima   December 12, 2023": the date after the name
        }
        i++;
        if (i < end && tokens.get(i).text().equals(".") && tokens.get(i).start() == t.end() && (t.text().length() == 1
            || t.text().length() == 2 && i + 1 < end && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
            && !tokens.get(i + 1).lineStart())) {
          i++; // an initial, "W.", or a given name's short form, "Ma. Celina"
        }
        continue;
      }
      if (i > k && t.isWord() && lists.particles().contains(t.key())) {
        int j = i + 1;
        while (j < end && j - i < 3 && tokens.get(j).isWord() && lists.particles().contains(tokens.get(j).key())) {
          j++; // "van der", "de la"
        }
        if (j < end && tokens.get(j).isCapitalized()) {
          i = j;
          continue;
        }
      }
      break;
    }
    return i;
  }

  boolean isPerson(List<Token> tokens, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        if (lists.notPerson().contains(t.key()) || lists.dates().month(t) > 0 || lists.dates().isWeekday(t)) {
          return false;
        }
        words++;
      }
    }
    return words >= 2 && words <= 6;
  }

  // the end of a run of capitalised desk and job words from `from`: "Diplomatic Correspondent", "Staff Reporter"
  int deskWords(List<Token> tokens, int from, int end) {
    int i = from;
    boolean desk = false;
    while (i < end && i - from < 4 && tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
      desk |= lists.notPerson().contains(tokens.get(i).key());
      i++;
    }
    return desk && lists.notPerson().contains(tokens.get(i - 1).key()) ? i : from;
  }
}
