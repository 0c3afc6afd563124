package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's phrases are matched by word number: at every token, the end found is the end of the
 * longest phrase whose keys equal the tokens' keys one by one, as comparing the strings finds.
 */
class PhrasesByNumberPropertiesTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  /** Made-up words, some only in the text, some only in the phrases, in any case; and marks. */
  private static final Gen<String> WORD = Gens.oneOf(Gens.elements("Zorvel", "zorvel", "ZORVEL", "Pakt", "by", "BY",
      "on", "e-mail", "don't", "a.m.", "|", ":", "-", ".", "Quillan", "update"), Gens.strings("abcdeqz", 1, 4));

  private static final Gen<List<String>> PHRASES = Gens.listOf(
      Gens.listOf(WORD, 1, 3).map(ws -> String.join(" ", ws)), 0, 8);

  private static final Gen<String> TEXT = Gens.listOf(WORD, 0, 30).map(ws -> String.join(" ", ws));

  @Test
  void theEndByNumbersIsTheEndByKeys() {
    Prop.check("phrases by number", Gens.pair(PHRASES, TEXT), c -> {
      Phrases phrases = new Phrases(c.first(), TOKENIZER);
      List<Token> tokens = TOKENIZER.tokenize(c.second());
      int[] ids = WordIds.now().of(tokens);
      List<String[]> keyed = new ArrayList<>();
      for (String p : c.first()) {
        List<Token> ts = TOKENIZER.tokenize(p);
        keyed.add(ts.stream().map(Token::key).toArray(String[]::new));
      }
      for (int end = 0; end <= tokens.size(); end++) {
        for (int i = 0; i <= tokens.size(); i++) {
          assertEquals(byKeys(keyed, tokens, i, end), phrases.matchAt(ids, i, end), () -> c + " at " + tokens);
        }
      }
    });
  }

  /** The end of the longest of {@code keyed} whose keys are the tokens' from {@code i}, ending by {@code end}; or -1. */
  private static int byKeys(List<String[]> keyed, List<Token> tokens, int i, int end) {
    int best = -1;
    for (String[] p : keyed) {
      if (p.length == 0 || i + p.length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < p.length && ok; k++) {
        ok = tokens.get(i + k).key().equals(p[k]);
      }
      if (ok) {
        best = Math.max(best, i + p.length);
      }
    }
    return best;
  }
}
