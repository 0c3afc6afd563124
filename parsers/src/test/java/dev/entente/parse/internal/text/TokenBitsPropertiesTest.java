package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token's byte ({@link TokenBits}) answers as the token does, over arbitrary text. */
class TokenBitsPropertiesTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void eachTokensByteTellsItsKindAndFlags() {
    Prop.check("TokenBits == the tokens' kinds and flags", TextPropertiesTest.TEXTS, 2000, text -> {
      Tokenizer.Numbered numbered = tokenizer.tokenizeNumbered(text);
      List<Token> tokens = numbered.tokens;
      assertEquals(tokens.size(), numbered.bits.length);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        byte b = numbered.bits[i];
        String where = "token " + i + " " + t;
        assertEquals(t.isWord(), TokenBits.isWord(b), where);
        assertEquals(t.isNumber(), TokenBits.isNumber(b), where);
        assertEquals(t.isPunct(), TokenBits.isPunct(b), where);
        assertEquals(t.flags(), b & TokenBits.FLAGS, where);
        assertEquals(t.isCapitalized(), TokenBits.has(b, Token.UPPER), where);
        assertEquals(t.hasHyphen(), TokenBits.has(b, Token.HYPHEN), where);
        assertEquals(b, TokenBits.of(t), where);
        assertEquals(Token.flagsOf(t.text(), t.key()), t.flags(), "flags as the token's strings give them: " + where);
      }
    });
  }
}
