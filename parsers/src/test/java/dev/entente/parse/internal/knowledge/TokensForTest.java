package dev.entente.parse.internal.knowledge;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.util.List;

/** Text cut into tokens for the knowledge tests. */
final class TokensForTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private TokensForTest() {}

  static List<Token> of(String text) {
    return TOKENIZER.tokenize(text);
  }

  /** The index of the first token written {@code word} in {@code tokens}. */
  static int indexOf(List<Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not among " + tokens.stream().map(Token::text).toList());
  }

  /** The token keys of {@code name}, joined: how the indexes compare names. */
  static String keyOf(String name) {
    StringBuilder b = new StringBuilder();
    for (Token t : of(name)) {
      b.append(t.key()).append(' ');
    }
    return b.toString();
  }
}
