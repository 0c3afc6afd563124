package dev.entente.parse.internal.events;

import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Tokens for tests: one per string, a word, a number or punctuation by its first character, one space apart. */
final class WordTokens {
  private WordTokens() {}

  static List<Token> of(List<String> words) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : words) {
      Token.Kind kind = Character.isLetter(w.charAt(0)) ? Token.Kind.WORD
          : Character.isDigit(w.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
      tokens.add(new Token(tokens.size(), pos, pos + w.length(), w, Keys.of(w), kind, false));
      pos += w.length() + 1;
    }
    return tokens;
  }
}
