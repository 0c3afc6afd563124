package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A sentence's cues agree with scanning its words and amounts one by one, and where a cue is
 * missing the stages' own look-ups find nothing either.
 */
class SentenceCuesTest {

  private static final Lexicon INSTRUMENTS = Lexicon.load("instruments.txt");
  private static final Lexicon AGREEMENT_WORDS = Lexicon.load("agreement-words.txt");
  private static final Lexicon ARMS_WORDS = Lexicon.load("arms-words.txt");
  private static final String[] ARMS_ROLES = {"CONTEXT", "DEAL", "SUPPLY", "BUY", "DELIVERED", "SIGNS", "UNREAL"};

  /** Words of the lists (whole phrases and their parts), other words, stops, and amounts with their mentions. */
  private static final Gen<UnaryOperator<Tagged>> PIECE = Gens.oneOf(
      Gens.elements("agreement", "memorandum of understanding", "treaty", "signed", "inked", "reached", "contract",
          "deal", "supplied", "delivered", "bought", "arms", "weapons", "of", "understanding", "the", "visit",
          "Russia", "exports", "trade", "said", "on", "Monday", ".", ",", ".", ";").map(w -> t -> t.w(w)),
      FactGens.sums().map(sum -> t -> t.money(sum.surface(), sum.money(), Qualifier.EXACT)),
      Gens.ints(2, 900).map(n -> t -> t.quantity(n + " tonnes", Quantity.of(BigDecimal.valueOf(n), "tonnes"),
          Qualifier.EXACT)),
      Gens.ints(1, 99).map(n -> t -> t.percent(n + "%", BigDecimal.valueOf(n), true)));

  private static final Gen<List<UnaryOperator<Tagged>>> TEXTS = Gens.listOf(PIECE, 1, 40);

  @Test
  void cuesAgreeWithScanningEachSentence() {
    Prop.check("sentence cues", TEXTS, pieces -> {
      Tagged t = new Tagged().w("Report");
      for (UnaryOperator<Tagged> p : pieces) {
        t = p.apply(t);
      }
      Document doc = t.document(LocalDate.of(2020, 5, 4));
      Scope sc = new Scope(doc);
      List<Sentence> sentences = sc.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        int cues = sc.cues(si);
        boolean instrument = false;
        boolean signing = false;
        boolean arms = false;
        boolean amount = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          Token tok = sc.token(i);
          instrument |= INSTRUMENTS.at(doc.tokens, i, i + 1) != null
              || INSTRUMENTS.at(doc.tokens, i, s.endToken()) != null;
          signing |= AGREEMENT_WORDS.has(tok.key(), "SIGN") || AGREEMENT_WORDS.has(tok.key(), "REACH");
          arms |= ARMS_WORDS.at(doc.tokens, i, doc.tokens.size()) != null;
          amount |= sc.money(i) != null || sc.quantity(i) != null || sc.percent(i) != null;
          if ((cues & SentenceCues.INSTRUMENT) == 0) {
            assertNull(sc.at(INSTRUMENTS, i, s.endToken()), tok.text());
          }
        }
        String text = doc.text.substring(s.start(), s.end());
        if (instrument) {
          assertEquals(SentenceCues.INSTRUMENT, cues & SentenceCues.INSTRUMENT, text);
        }
        assertEquals(signing, (cues & SentenceCues.SIGNING) != 0, text);
        if (arms) {
          assertEquals(SentenceCues.ARMS_WORD, cues & SentenceCues.ARMS_WORD, text);
        }
        if ((cues & SentenceCues.ARMS_WORD) == 0) {
          long[] bits = ARMS_WORDS.roleBits(ARMS_ROLES);
          assertEquals(0, sc.roles(ARMS_WORDS, ARMS_ROLES, bits, s.firstToken(), s.endToken()), text);
        }
        assertEquals(amount, (cues & SentenceCues.AMOUNT) != 0, text);
      }
    });
  }
}
