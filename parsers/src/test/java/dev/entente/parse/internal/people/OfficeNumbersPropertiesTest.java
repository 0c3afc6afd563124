package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offices found by the tokens' word numbers, as the stages pass a document's: the same office
 * wherever its words stand in the text, and never past the limit asked.
 */
class OfficeNumbersPropertiesTest {

  private static final OfficeLexicon OFFICES = OfficeLexicon.load();

  /** Office words, portfolios, joiners and words of no office. */
  private static final Gen<String> WORD = Gens.elements("foreign", "minister", "of", "trade", "and", "industry",
      "prime", "president", "deputy", "vice", "state", "duma", "speaker", "the", "oil", "secretary", "affairs",
      "defence", "chief", "executive", "head", "government", "said", "mines", "hydrocarbons", "cabinet",
      "ministry", "spokesperson", "for", "responsible", "&", "presidents", "ministers");
  /** Made-up words without vowels: no list holds them. */
  private static final Gen<String> FILLER = Gens.strings("bcdfghjklmnpqrstvwxz", 3, 8);

  private static List<Token> tokens(List<String> words, StringBuilder text) {
    List<Token> tokens = new ArrayList<>();
    for (String w : words) {
      // every other word capitalised, as titles are written before a name
      String written = tokens.size() % 2 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
      tokens.add(new Token(tokens.size(), text.length(), text.length() + w.length(), written, w,
          Character.isLetter(w.charAt(0)) ? Token.Kind.WORD : Token.Kind.PUNCT, false));
      text.append(written).append(' ');
    }
    return tokens;
  }

  @Test
  void anOfficeIsFoundTheSameAfterWordsOfNoList() {
    Prop.check("office after filler", Gens.pair(Gens.listOf(WORD, 1, 8), Gens.listOf(FILLER, 1, 5)), p -> {
      List<String> words = p.first();
      List<String> shifted = new ArrayList<>(p.second());
      int shift = shifted.size();
      shifted.addAll(words);
      StringBuilder plainText = new StringBuilder();
      List<Token> plain = tokens(words, plainText);
      StringBuilder shiftedText = new StringBuilder();
      List<Token> after = tokens(shifted, shiftedText);
      int[] plainIds = WordIds.now().of(plain);
      int[] afterIds = WordIds.now().of(after);
      for (int i = 0; i < plain.size(); i++) {
        // the case of a token follows its place: compare tokens written alike
        if (!plain.get(i).text().equals(after.get(i + shift).text())) {
          continue;
        }
        Office o = OFFICES.match(plainText.toString(), plain, plainIds, i, plain.size());
        Office s = OFFICES.match(shiftedText.toString(), after, afterIds, i + shift, after.size());
        if (o == null || s == null) {
          assertEquals(o == null, s == null, () -> "office at " + words + " / " + shifted);
          continue;
        }
        assertEquals(o.end() - o.first(), s.end() - s.first(), () -> o + " / " + s);
        assertEquals(o.first() + shift, s.first(), () -> o + " / " + s);
        assertEquals(o.role(), s.role(), () -> o + " / " + s);
        assertEquals(o.title().toLowerCase(java.util.Locale.ROOT), s.title().toLowerCase(java.util.Locale.ROOT));
      }
    });
  }

  @Test
  void anOfficeEndsByTheLimitAndStartsAtItsToken() {
    Prop.check("office within limit", Gens.pair(Gens.listOf(WORD, 1, 10), Gens.ints(1, 10)), p -> {
      List<String> words = p.first();
      StringBuilder text = new StringBuilder();
      List<Token> tokens = tokens(words, text);
      int limit = Math.min(tokens.size(), p.second());
      int[] ids = WordIds.now().of(tokens);
      for (int i = 0; i < limit; i++) {
        Office o = OFFICES.match(text.toString(), tokens, ids, i, limit);
        int at = i;
        assertTrue(o == null || o.first() == at && o.end() <= limit && o.end() > at,
            () -> "office " + o + " at " + at + " before " + limit + " in " + words);
      }
    });
  }
}
