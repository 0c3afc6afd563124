package dev.entente.parse.internal.events;

import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.pipeline.TokenArrays;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the event stage needs to know of each token's word, found with one lookup per token and kept,
 * a sentence at a time, in arrays indexed by token: its id in the trigger phrases, its cue
 * ("not", "will", "usually") and its roles (a clause joiner, "in" or "at", ...). Per article; the
 * scans of a sentence then read arrays instead of looking words up again.
 */
final class SentenceWords {

  /** What a word before a trigger tells of it. */
  enum Cue { NEGATION, PLANNED, HABIT }

  private static final Cue[] CUES = Cue.values();

  /** Bits of {@link Word#roles}. */
  static final int JOINER = 1;
  static final int PAIR_COUNT = 2;
  static final int PAIR_WORD = 4;
  static final int PLACE_PREPOSITION = 8;
  /** A noun of what is signed ("agreement", "treaty"). */
  static final int SIGNED_THING = 16;
  /** A word every match of some trigger phrase holds ({@link TriggerLexicon#anchors}): a sentence with none has no trigger. */
  static final int TRIGGER_ANCHOR = 32;
  /** The last word of a building's name ("Palace", "House"): "at the Presidential Palace" is a place. */
  static final int BUILDING_NOUN = 64;

  /** A word's id in the trigger phrases ({@link TriggerLexicon#id}: -1 in none), its cue, if any, and its role bits. */
  record Word(int trigger, @Nullable Cue cue, int roles) {}

  /**
   * The words to know, by key and by word number ({@link WordIds}); whether each has a letter (then
   * no number or punctuation token is one of them); and by word number, whether the word is a
   * {@link #TRIGGER_ANCHOR}, one array read for each token of every sentence.
   */
  record Table(Map<String, Word> byKey, boolean haveLetters, @Nullable Word[] byId, boolean[] anchorById) {
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "as");
    private static final Set<String> PAIR_COUNTS = Set.of("two", "both");
    private static final Set<String> PAIR_WORDS = Set.of("countries", "states", "nations", "sides", "parties");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");

    /**
     * The words of {@code triggers}' phrases, the cue words ({@code event-cues.tsv}), the clause joiners,
     * the "two" and the "countries" of "the two countries", "in" and "at", the things signed
     * ({@code signed-things.txt}), the nouns of buildings ({@code building-nouns.txt}) and the triggers' anchors.
     */
    static Table load(TriggerLexicon triggers) {
      Map<String, Cue> c = new HashMap<>();
      for (String line : DataFiles.lines(EventStage.class, "event-cues.tsv")) {
        String[] cols = line.split("\t");
        c.put(Keys.of(cols[0].strip()), Cue.valueOf(cols[1].strip()));
      }
      Map<String, Word> w = new HashMap<>();
      for (String key : triggers.words()) {
        w.put(key, new Word(triggers.id(key), c.get(key), 0));
      }
      for (Map.Entry<String, Cue> cue : c.entrySet()) {
        w.putIfAbsent(cue.getKey(), new Word(-1, cue.getValue(), 0));
      }
      addRole(w, CLAUSE_JOINERS, JOINER);
      addRole(w, PAIR_COUNTS, PAIR_COUNT);
      addRole(w, PAIR_WORDS, PAIR_WORD);
      addRole(w, PLACE_PREPOSITIONS, PLACE_PREPOSITION);
      addRole(w, keys("signed-things.txt"), SIGNED_THING);
      addRole(w, keys("building-nouns.txt"), BUILDING_NOUN);
      addRole(w, triggers.anchors(), TRIGGER_ANCHOR);
      return of(w);
    }

    private static Set<String> keys(String file) {
      Set<String> out = new HashSet<>();
      for (String line : DataFiles.lines(EventStage.class, file)) {
        out.add(Keys.of(line.strip()));
      }
      return out;
    }

    /** Gives each of {@code keys} the role {@code role} (a bit of {@link Word#roles}). */
    private static void addRole(Map<String, Word> words, Set<String> keys, int role) {
      for (String key : keys) {
        Word w = words.getOrDefault(key, new Word(-1, null, 0));
        words.put(key, new Word(w.trigger(), w.cue(), w.roles() | role));
      }
    }

    static Table of(Map<String, Word> byKey) {
      WordIds.Ids ids = WordIds.register(byKey.keySet());
      Word[] byId = new Word[ids.size()];
      boolean[] anchorById = new boolean[ids.size()];
      boolean haveLetters = true;
      for (Map.Entry<String, Word> e : byKey.entrySet()) {
        int id = ids.of(e.getKey());
        byId[id] = e.getValue();
        anchorById[id] = (e.getValue().roles() & TRIGGER_ANCHOR) != 0;
        haveLetters &= hasLetter(e.getKey());
      }
      return new Table(Map.copyOf(byKey), haveLetters, byId, anchorById);
    }

    /** Whether the word of a token's word number ({@link WordIds}; -1 for none) is a {@link #TRIGGER_ANCHOR}. */
    boolean anchor(int wordId) {
      return wordId >= 0 && wordId < anchorById.length && anchorById[wordId];
    }

    private static boolean hasLetter(String key) {
      for (int i = 0; i < key.length(); i++) {
        if (Character.isLetter(key.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** The word of a token's word number ({@link WordIds}; -1 for none), or null. */
    @Nullable Word word(int wordId) {
      return wordId >= 0 && wordId < byId.length ? byId[wordId] : null;
    }
  }

  private final Table table;
  private final List<Token> tokens;
  private final int[] wordIds;
  /** Per token: the cue of its word, as the cue's ordinal plus one (0: none). */
  private final byte[] cueAt;
  private final byte[] roleAt;

  SentenceWords(Table table, List<Token> tokens) {
    this(table, tokens, WordIds.now().of(tokens));
  }

  /** As {@link #SentenceWords(Table, List)}, with the tokens' word numbers ({@link WordIds}) already found. */
  SentenceWords(Table table, List<Token> tokens, int[] wordIds) {
    this.table = table;
    this.tokens = tokens;
    this.wordIds = wordIds;
    // pooled per thread: only the first tokens.size() slots are read (see TokenArrays)
    this.cueAt = TokenArrays.bytes(tokens.size());
    this.roleAt = TokenArrays.bytes(tokens.size());
  }

  /**
   * Whether a word of tokens {@code [from, to)} may be of a trigger phrase ({@link #TRIGGER_ANCHOR}),
   * found by word number alone: a sentence without one is not read.
   */
  boolean mayTrigger(int from, int to) {
    for (int k = from; k < to; k++) {
      if (table.anchor(wordIds[k]) && (!table.haveLetters() || tokens.get(k).isWord())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the words of the sentence of tokens {@code [from, to)}, and gives their ids in the trigger
   * phrases (for token {@code k} at {@code k - from}). The other methods answer for read sentences only.
   */
  int[] read(int from, int to) {
    int[] ids = new int[to - from];
    for (int k = from; k < to; k++) {
      Word w = table.word(wordIds[k]);
      if (w != null && table.haveLetters() && !tokens.get(k).isWord()) {
        w = null; // a number or a mark: no word of the table, which all have a letter
      }
      Cue c = w == null ? null : w.cue();
      ids[k - from] = w == null ? -1 : w.trigger();
      roleAt[k] = (byte) (w == null ? 0 : w.roles());
      cueAt[k] = (byte) (c == null ? 0 : c.ordinal() + 1);
    }
    return ids;
  }

  /** Whether the word of token {@code k} has the role {@code role}. */
  boolean is(int k, int role) {
    return (roleAt[k] & role) != 0;
  }

  /**
   * The cue of a trigger at token {@code first} of a sentence starting at {@code from}: habit when a
   * habit cue stands anywhere before it in the sentence, else the nearest cue within five words before it;
   * "to" after a form of "be" ("is to meet", "are also to hold talks", "was to be received") is a plan.
   */
  @Nullable Cue cueBefore(int from, int first) {
    // asked of a few triggers per sentence: a scan of the cues before one costs less than a table per token
    byte habit = (byte) (Cue.HABIT.ordinal() + 1);
    for (int k = from; k < first; k++) {
      if (cueAt[k] == habit) {
        return Cue.HABIT;
      }
    }
    for (int k = first - 1; k >= from && first - k <= 5; k--) {
      if (cueAt[k] != 0) {
        return CUES[cueAt[k] - 1];
      }
      if (beTo(from, k)) {
        return Cue.PLANNED;
      }
    }
    return null;
  }

  /** The forms of "be" that make "to" and a verb after them a plan ("is to meet"). */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "am");

  /** Whether token {@code k} is "to" after a form of "be", or after one and "also" or "then" ("is also to visit"). */
  private boolean beTo(int from, int k) {
    if (k - 1 < from || !tokens.get(k).is("to")) {
      return false;
    }
    Token before = tokens.get(k - 1);
    if ((before.is("also") || before.is("then")) && k - 2 >= from) {
      before = tokens.get(k - 2);
    }
    return BE.contains(before.key());
  }
}
