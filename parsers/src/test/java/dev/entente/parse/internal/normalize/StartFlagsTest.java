package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.Sentence;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The start flags only spare work: scanning every token finds the same amounts and dates. */
class StartFlagsTest {

  private static final Gen<String> WORD = Gens.elements("the", "The", "a", "an", "that", "this", "last", "next",
      "year", "years", "months", "ago", "later", "of", "in", "on", "and", "to", "-", ",", ".", "$", "US$", "€", "Rs",
      "U.S.", "us", "dollars", "euros", "pounds", "million", "billion", "bn", "twenty", "twenty-four", "one",
      "hundred", "a-hundred", "thirty-million", "five-year", "per", "cent", "percent", "%", "tonnes", "troops",
      "about", "more", "than", "nearly", "between", "from", "May", "may", "June", "January-June", "mid-2019",
      "mid-May", "early", "late", "end-2019", "Wednesday", "Wednesday's", "yesterday", "first", "half", "quarter",
      "Q3", "summer", "recent", "following", "same", "2019", "1990s", "25th", "3", "17", "4,000", "2.5",
      "2015-2018", "2019-09-25", "10", "1,5", "x-ray", "well-known", "US-backed", "4bn", "30-million", "(", ")");

  private static final Gen<String> TEXTS = Gens.listOf(Gens.pair(WORD, Gens.ints(0, 4)), 1, 40).map(ws -> {
    StringBuilder sb = new StringBuilder();
    for (var w : ws) {
      sb.append(w.first()).append(w.second() == 0 ? "" : " ");
    }
    return sb.toString();
  });

  @Test
  void flaggedScanningFindsWhatScanningEveryTokenFinds() {
    Lexicon lex = Lexicon.get();
    AmountScanner amounts = new AmountScanner(lex);
    DateScanner dates = new DateScanner(lex);
    Prop.check("start flags", TEXTS, text -> {
      Texts t = Texts.of(text);
      byte[] all = new byte[t.tokens().size()];
      Arrays.fill(all, (byte) (Lexicon.AMOUNT | Lexicon.DATE | Lexicon.PERIOD));
      byte[] flags = lex.starts(t.tokens());
      for (int k = 0; k < flags.length; k++) {
        // the period flag must be exact: the search for a following period reads only it
        boolean period = t.tokens().get(k).isWord() && lex.periods.containsKey(t.tokens().get(k).key());
        assertEquals(period, (flags[k] & Lexicon.PERIOD) != 0, () -> "period flag of " + t.tokens());
      }
      LocalDate pub = LocalDate.of(2019, 9, 25);
      assertEquals(dates.scan(t.tokens(), t.sentences(), pub, all), dates.scan(t.tokens(), t.sentences(), pub, flags));
      for (Sentence s : t.sentences()) {
        String everyToken;
        try {
          everyToken = amounts.scan(t.tokens(), s.firstToken(), s.endToken(), all).toString();
        } catch (RuntimeException e) {
          everyToken = e.getClass().getName();
        }
        String flagged;
        try {
          flagged = amounts.scan(t.tokens(), s.firstToken(), s.endToken(), flags).toString();
        } catch (RuntimeException e) {
          flagged = e.getClass().getName();
        }
        assertEquals(everyToken, flagged, text);
      }
    });
  }
}
