package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The parts of a hyphenated or possessive word ("Russian-Venezuelan", "Venezuela's") have the key and
 * word number their text alone would have, whether the tokenizer has kept the part as a word of its
 * own, kept another word in its place, or kept it at an older numbering of the lists.
 */
class UnitsPartsPropertyTest {

  static {
    ArticleParser.create(); // the lists register their words: parts have numbers to find
  }

  /** Words some list holds, in several cases, and words no list holds. */
  private static final Gen<String> LISTED = Gens.elements("Russian", "russian", "RUSSIAN", "of", "the", "Minister",
      "trade", "France", "French", "s", "S", "visit");
  private static final Gen<String> MADE = Gens.strings("abcXYZ09`\u00e9\u2019.", 1, 7);
  private static final Gen<String> WORD = Gens.oneOf(LISTED, MADE);
  /** How the parts are joined: a hyphen, a typographic dash, a possessive. */
  private static final Gen<String> JOIN = Gens.elements("-", "\u2010", "'", "\u2019");

  private record Case(List<String> words, List<String> joins, boolean alone) {}

  private static final Gen<Case> CASES = Gens.listOf(WORD, 2, 5).flatMap(w -> Gens.listOf(JOIN, w.size() - 1,
      w.size() - 1).flatMap(j -> Gens.booleans().map(a -> new Case(w, j, a))));

  private static final AtomicInteger FRESH = new AtomicInteger();

  private static String text(Case c) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < c.words().size(); i++) {
      if (i > 0) {
        String j = c.joins().get(i - 1);
        joined.append(j.equals("'") || j.equals("\u2019") ? j + "s " : j); // a possessive ends its word
      }
      joined.append(c.words().get(i));
    }
    // the parts told alone too, before the joined word, so that the tokenizer keeps them
    return (c.alone() ? String.join(" ", c.words()) + " and " : "") + "the " + joined + " talks.";
  }

  private static void assertPartsAsAlone(String text, boolean numbered) {
    // tokenizing without numbers leaves the kept words at the numbering they were kept at
    Tokenizer.Numbered n = numbered ? new Tokenizer().tokenizeNumbered(text) : null;
    List<Token> tokens = n != null ? n.tokens : new Tokenizer().tokenize(text);
    Units u = new Units(text, 4).fill(text, tokens, n != null ? n.wordIds : null, 0, tokens.size());
    for (int i = 0; i < u.size; i++) {
      String key = Keys.of(text.substring(u.starts[i], u.ends[i]));
      assertEquals(key, u.keys[i], text);
      assertEquals(WordIds.of(key), u.ids[i], text + " / " + key);
    }
  }

  @Test
  void aPartHasTheKeyAndNumberOfItsText() {
    Prop.check("parts", CASES, c -> assertPartsAsAlone(text(c), true));
  }

  @Test
  void aPartKeptAtAnOlderNumberingHasItsNumberNow() {
    Prop.check("parts renumbered", CASES, 60, c -> {
      String fresh = "Partword" + FRESH.incrementAndGet();
      String text = text(c) + " A " + fresh + "-" + c.words().get(0) + " visit, " + fresh + " said.";
      new Tokenizer().tokenizeNumbered(text); // the words kept with the numbers of now ...
      WordIds.register(List.of(Keys.of(fresh))); // ... then a list comes with one of them
      assertPartsAsAlone(text, false);
    });
  }
}
