package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The word classes that refer back ("the two leaders", "the pair", "the latter") against the keys
 * themselves: a token has the class exactly when its key is one of the class's words, in any case,
 * among random people's names, states, offices and the words near them.
 */
class ReferenceWordsPropertiesTest {

  private static final PeopleStage STAGE = new PeopleStage();
  private static final TextReaderStage READER = new TextReaderStage();

  private static final List<String> PIECES = List.of("the", "two", "pair", "latter", "latter's", "leaders", "twos",
      "pairs", "latterly", "three", "heads", "both", "2", "his", ",", "'s", "couple", "former");

  private static String text(SplittableRandom r) {
    StringBuilder out = new StringBuilder();
    int n = 2 + r.nextInt(25);
    for (int k = 0; k < n; k++) {
      String w = switch (r.nextInt(4)) {
        case 0 -> World.pick(r, World.LAST);
        case 1 -> World.pick(r, World.STATES).adjective();
        default -> World.pick(r, PIECES);
      };
      out.append(k == 0 ? "" : " ").append(r.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : r.nextInt(4) == 0
          ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
    }
    return out.append('.').toString();
  }

  @Test
  void aTokenHasAReferenceClassExactlyWhenItsKeyIsOneOfItsWords() {
    Prop.check("reference words", World.gen(ReferenceWordsPropertiesTest::text), text -> {
      Document doc = new Document("t", text, null);
      READER.apply(doc);
      Coreference reading = new Coreference(STAGE, doc);
      for (int k = 0; k < reading.tokens.size(); k++) {
        String key = reading.tokens.get(k).key();
        assertEquals(key.equals("two") || key.equals("pair"), reading.has(k, Reading.PAIR_WORD), text + " at " + key);
        assertEquals(key.equals("latter") || key.equals("latter's"), reading.has(k, Reading.LATTER), text + " at " + key);
      }
    });
  }
}
