package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.events.SentenceWords.Cue;
import dev.entente.parse.internal.events.SentenceWords.Word;
import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The words of a sentence read once answer as looking each word up again does. */
class SentenceWordsTest {

  private static final Map<String, Word> WORDS = Map.of(
      "usually", new Word(-1, Cue.HABIT, 0),
      "will", new Word(-1, Cue.PLANNED, 0),
      "not", new Word(-1, Cue.NEGATION, 0),
      "held", new Word(0, null, SentenceWords.TRIGGER_ANCHOR),
      "talks", new Word(1, null, 0),
      "and", new Word(-1, null, SentenceWords.JOINER),
      "in", new Word(2, null, SentenceWords.PLACE_PREPOSITION | SentenceWords.TRIGGER_ANCHOR),
      "two", new Word(-1, null, SentenceWords.PAIR_COUNT),
      "sides", new Word(-1, Cue.PLANNED, SentenceWords.PAIR_WORD));
  private static final SentenceWords.Table TABLE = SentenceWords.Table.of(WORDS);

  private static final Gen<String> WORD = Gens.oneOf(Gens.elements(new ArrayList<>(WORDS.keySet())),
      Gens.elements("Usually", "NOT", "the", "Moscow", "2019", ",", ".", "(", "..."));

  record Case(List<Token> tokens, List<Integer> cuts) {}

  private static final Gen<Case> CASES = Gens.zip(Gens.listOf(WORD, 1, 40), Gens.listOf(Gens.ints(0, 40), 0, 5),
      (words, cuts) -> {
        List<Token> tokens = WordTokens.of(words);
        return new Case(tokens, cuts);
      });

  @Test
  void readSentencesAnswerAsLookingUpAgain() {
    Prop.check("sentence words agree", CASES, c -> {
      List<Token> tokens = c.tokens();
      // sentences: the token list cut at the given points, read last first
      List<int[]> sentences = new ArrayList<>();
      int from = 0;
      for (int cut : c.cuts().stream().map(k -> Math.min(k, tokens.size())).sorted().distinct().toList()) {
        if (cut > from) {
          sentences.add(new int[] {from, cut});
          from = cut;
        }
      }
      if (from < tokens.size()) {
        sentences.add(new int[] {from, tokens.size()});
      }
      SentenceWords read = new SentenceWords(TABLE, tokens);
      for (int[] s : sentences) {
        boolean first = false;
        for (int k = s[0]; k < s[1]; k++) {
          Word w = WORDS.get(tokens.get(k).key());
          first |= w != null && (w.roles() & SentenceWords.TRIGGER_ANCHOR) != 0;
        }
        assertEquals(first, read.mayTrigger(s[0], s[1]), "a first word in " + s[0] + ".." + s[1]);
      }
      List<int[]> ids = new ArrayList<>();
      for (int s = sentences.size() - 1; s >= 0; s--) {
        ids.add(0, read.read(sentences.get(s)[0], sentences.get(s)[1]));
      }
      for (int s = 0; s < sentences.size(); s++) {
        int a = sentences.get(s)[0];
        int b = sentences.get(s)[1];
        int[] plainIds = new int[b - a];
        for (int k = a; k < b; k++) {
          Word w = WORDS.get(tokens.get(k).key());
          plainIds[k - a] = w == null ? -1 : w.trigger();
          for (int role : new int[] {SentenceWords.JOINER, SentenceWords.PAIR_COUNT, SentenceWords.PAIR_WORD,
              SentenceWords.PLACE_PREPOSITION}) {
            assertEquals(w != null && (w.roles() & role) != 0, read.is(k, role), "role " + role + " at " + k);
          }
          assertEquals(plainCueBefore(tokens, a, k), read.cueBefore(a, k), "cue before " + k + " from " + a);
        }
        assertArrayEquals(plainIds, ids.get(s));
      }
    });
  }

  /** A habit cue anywhere before in the sentence, else the nearest cue within five words before. */
  private static @Nullable Cue plainCueBefore(List<Token> tokens, int from, int first) {
    Cue found = null;
    for (int k = first - 1; k >= from; k--) {
      Word w = WORDS.get(tokens.get(k).key());
      Cue c = w == null ? null : w.cue();
      if (c == Cue.HABIT) {
        return c;
      }
      if (c != null && first - k <= 5 && found == null) {
        found = c;
      }
    }
    return found;
  }
}
