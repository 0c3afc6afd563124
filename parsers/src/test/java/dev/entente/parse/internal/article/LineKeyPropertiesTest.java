package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line is told to be a headline shown again by comparing its key with the headline's in place:
 * the answer is the one the built keys give, whatever the words, cases, accents and punctuation.
 */
class LineKeyPropertiesTest {

  private static final Gen<String> PIECES = Gens.elements("Talks", "talks", "TALKS", "on", "Trade", "trade",
      "Ministers", "minister", "Côte", "cote", "d'Ivoire", "\u2019s", "'s", "-", ",", ":", "|", "2019", "in",
      "Meet", "meet", " ", "  ", "\u00ad", "x");

  private static final Gen<String> LINES = Gens.strings(PIECES.map(p -> p + " "), 0, 9);

  private static boolean same(String a, String b) {
    List<Token> ta = new Tokenizer().tokenize(a);
    List<Token> tb = new Tokenizer().tokenize(b);
    Line la = new Line(0, 0, 1, 0, ta.size());
    Line lb = new Line(0, 0, 1, 0, tb.size());
    String keyB = lb.key(tb, 0, tb.size());
    assertTrue(lb.keyIs(keyB, tb, 0, tb.size()), b);
    return la.keyIs(keyB, ta, 0, ta.size());
  }

  @Test
  void aLineIsTheHeadlineExactlyWhenTheirKeysAreEqual() {
    Prop.check("line keys", Gens.pair(LINES, LINES), p -> {
      List<Token> ta = new Tokenizer().tokenize(p.first());
      List<Token> tb = new Tokenizer().tokenize(p.second());
      boolean equal = new Line(0, 0, 1, 0, ta.size()).key(ta, 0, ta.size())
          .equals(new Line(0, 0, 1, 0, tb.size()).key(tb, 0, tb.size()));
      assertEquals(equal, same(p.first(), p.second()), p.first() + " / " + p.second());
    });
  }

  @Test
  void aLineDiffersFromTheHeadlineByAWordMoreOrLess() {
    Prop.check("line keys, a word more", LINES, line -> {
      String longer = line + " extra";
      assertEquals(false, same(longer, line), longer);
      assertEquals(false, same(line, longer), longer);
      assertEquals(true, same(line + " ,", line), line);
    });
  }
}
