package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An office starts only at one of the lexicon's start keys, so tokens with other keys can be passed over. */
class OfficeStartTest {

  private static final OfficeLexicon OFFICES = OfficeLexicon.load();

  /** Office words, portfolios, joiners and words of no office, in any order. */
  private static final Gen<String> WORD = Gens.elements("foreign", "minister", "of", "trade", "and", "industry",
      "prime", "president", "deputy", "vice", "state", "duma", "speaker", "the", "oil", "secretary", "affairs",
      "defence", "chief", "executive", "head", "government", "said", "venezuela", "mines", "hydrocarbons");

  @Test
  void everyOfficeStartsAtAStartKey() {
    Set<String> starts = OFFICES.startKeys();
    Prop.check("office starts", Gens.listOf(WORD, 1, 8), words -> {
      List<Token> tokens = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (String w : words) {
        tokens.add(new Token(tokens.size(), text.length(), text.length() + w.length(), w, w, Token.Kind.WORD, false));
        text.append(w).append(' ');
      }
      for (int i = 0; i < tokens.size(); i++) {
        Office o = OFFICES.match(text.toString(), tokens, i, tokens.size());
        assertTrue(o == null || starts.contains(tokens.get(i).key()), () -> "office " + o + " at " + words);
      }
    });
  }
}
