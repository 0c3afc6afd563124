package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.text.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each reporting sentence of an article may tell, as bits found for all of them in one pass
 * over the tokens' word numbers and one over the amounts: a sentence without the bit a stage needs
 * (an instrument word, a verb of signing, an arms word, an amount) is passed over before any scan
 * of its words. A bit says "may": the stages still read the words of a sentence that has it.
 */
final class SentenceCues {
  private SentenceCues() {}

  /** A phrase of the instruments ({@code instruments.txt}) starts at a token. */
  static final int INSTRUMENT = 1;
  /** A word of signing or of reaching ({@code agreement-words.txt}, SIGN or REACH). */
  static final int SIGNING = 1 << 1;
  /** A phrase of the arms words ({@code arms-words.txt}) starts at a token. */
  static final int ARMS_WORD = 1 << 2;
  /** A sum of money, a quantity or a percentage covers a token. */
  static final int AMOUNT = 1 << 3;

  /** The word bits by word number ({@link Lexicon#keyIds}), made once from the lexicons. */
  private static final byte[] BY_WORD = byWord(Lexicon.load("instruments.txt"), Lexicon.load("agreement-words.txt"),
      Lexicon.load("arms-words.txt"));

  private static byte[] byWord(Lexicon instruments, Lexicon agreementWords, Lexicon arms) {
    byte[] out = new byte[Lexicon.words()];
    for (int id = 0; id < out.length; id++) {
      int bits = instruments.starts(id) ? INSTRUMENT : 0;
      bits |= agreementWords.has(id, "SIGN") || agreementWords.has(id, "REACH") ? SIGNING : 0;
      bits |= arms.starts(id) ? ARMS_WORD : 0;
      out[id] = (byte) bits;
    }
    return out;
  }

  /** The bits of each of {@code sentences} (in text order, as {@link Document#reportSentences} gives them). */
  static byte[] of(Document doc, List<Sentence> sentences, int[] keyIds) {
    boolean[] amount = amounts(doc, keyIds.length);
    byte[] out = new byte[sentences.size()];
    for (int si = 0; si < out.length; si++) {
      Sentence s = sentences.get(si);
      int bits = 0;
      for (int i = Math.max(0, s.firstToken()); i < Math.min(s.endToken(), keyIds.length); i++) {
        int id = keyIds[i];
        if (id >= 0 && id < BY_WORD.length) {
          bits |= BY_WORD[id];
        }
        if (amount != null && amount[i]) {
          bits |= AMOUNT;
        }
      }
      out[si] = (byte) bits;
    }
    return out;
  }

  /** Per token, whether a sum of money, a quantity or a percentage covers it; null when the article has none. */
  private static boolean @Nullable [] amounts(Document doc, int tokens) {
    if (doc.money.isEmpty() && doc.quantities.isEmpty() && doc.percents.isEmpty()) {
      return null;
    }
    boolean[] out = new boolean[tokens];
    for (MoneyRef m : doc.money) {
      cover(out, m.first(), m.end());
    }
    for (QuantityRef q : doc.quantities) {
      cover(out, q.first(), q.end());
    }
    for (PercentRef p : doc.percents) {
      cover(out, p.first(), p.end());
    }
    return out;
  }

  private static void cover(boolean[] covered, int first, int end) {
    for (int i = Math.max(0, first); i < Math.min(end, covered.length); i++) {
      covered[i] = true;
    }
  }
}
