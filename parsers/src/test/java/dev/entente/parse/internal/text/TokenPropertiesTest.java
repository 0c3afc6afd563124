package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/**
 * A {@link Token} keeps its index, line start, kind and flags in one int: it gives back every part it
 * was made of, at any index (those of a text of more than {@code 2^23 - 1} tokens included), and its
 * equality, hash and text are those of a record of the same parts.
 */
class TokenPropertiesTest {

  /** The parts of a token as a record, whose equality, hash and text the token's must be. */
  record Parts(int index, int start, int end, String text, String key, Token.Kind kind, boolean lineStart, byte flags) {}

  /** Indices about the packed field's limit and anywhere up to the largest int. */
  private static final Gen<Integer> INDICES = Gens.oneOf(Gens.ints(0, 1 << 12), Gens.ints((1 << 23) - 3, (1 << 23) + 2),
      Gens.ints(0, Integer.MAX_VALUE));

  private static final Gen<String> WORDS = Gens.strings(Gens.elements("US", "-", "'", "7", "é", "a", "Ш", ".", " "), 1, 6);

  private static final Gen<Parts> PARTS = Gens.zip(
      Gens.pair(INDICES, Gens.ints(0, Integer.MAX_VALUE - 100)),
      Gens.pair(Gens.ints(1, 99), WORDS),
      Gens.enums(Token.Kind.class),
      Gens.booleans(),
      (indexAndStart, lengthAndText, kind, lineStart) -> {
        String text = lengthAndText.second();
        String key = Keys.of(text);
        int start = indexAndStart.second();
        return new Parts(indexAndStart.first(), start, start + lengthAndText.first(), text, key, kind, lineStart,
            Token.flagsOf(text, key));
      });

  private static Token of(Parts p) {
    return Token.of(p.index(), p.start(), p.end(), p.text(), p.key(), p.kind(), p.lineStart(), p.flags());
  }

  @Test
  void aTokenGivesBackItsParts() {
    Prop.check("Token.of(parts) gives back its parts, as a record would", PARTS, 3000, p -> {
      Token t = of(p);
      assertEquals(p, new Parts(t.index(), t.start(), t.end(), t.text(), t.key(), t.kind(), t.lineStart(), t.flags()));
      assertEquals(p.kind() == Token.Kind.WORD, t.isWord());
      assertEquals(p.kind() == Token.Kind.NUMBER, t.isNumber());
      assertEquals(p.kind() == Token.Kind.PUNCT, t.isPunct());
      assertEquals((p.flags() & Token.UPPER) != 0, t.isCapitalized());
      assertEquals((p.flags() & Token.LOWER) != 0, t.isLowerCase());
      assertEquals((p.flags() & Token.HYPHEN) != 0, t.hasHyphen());
      assertEquals((p.flags() & Token.APOSTROPHE) != 0, t.hasApostrophe());
      assertEquals((p.flags() & Token.DIGIT) != 0, t.hasDigit());
      assertEquals(p.kind().ordinal() << 6 | p.flags(), t.bits() & 0xFF, "the TokenBits byte");
      assertEquals(p.hashCode(), t.hashCode());
      assertEquals(p.toString().replaceFirst("^Parts", "Token"), t.toString());
      assertEquals(t, of(p));
      if (p.index() < (1 << 23) - 1) {
        assertEquals(t, new Token(p.index(), p.start(), p.end(), p.text(), p.key(), p.kind(), p.lineStart(),
            p.flags()));
      } else {
        assertThrows(IllegalArgumentException.class, () -> new Token(p.index(), p.start(), p.end(), p.text(), p.key(),
            p.kind(), p.lineStart(), p.flags()));
      }
    });
  }

  @Test
  void tokensOfOtherPartsDiffer() {
    Prop.check("a token differs from one of other parts as their records do", Gens.pair(PARTS, PARTS), 3000, pair -> {
      Parts a = pair.first();
      Parts b = pair.second();
      Parts c = new Parts(b.index(), a.start(), a.end(), a.text(), a.key(), b.kind(), b.lineStart(), a.flags());
      assertEquals(a.equals(b), of(a).equals(of(b)));
      assertEquals(a.equals(c), of(a).equals(of(c)));
      if (!a.equals(c)) {
        assertNotEquals(of(a), of(c));
      }
    });
  }
}
