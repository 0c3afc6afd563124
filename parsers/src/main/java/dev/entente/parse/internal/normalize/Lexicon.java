package dev.entente.parse.internal.normalize;

import dev.entente.model.Qualifier;
import dev.entente.parse.internal.text.Resources;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The normalizers' word lists, loaded once from the data files beside this class and shared read-only. */
public final class Lexicon {

  enum NumberKind { UNIT, TEN, HUNDRED, SCALE, DOZEN, ATTACHED, PERCENT }

  record NumberWord(BigDecimal value, NumberKind kind) {}

  record CurrencyForm(String code, boolean before, boolean after, boolean compound) {}

  /** A currency's earlier code, in use in reports published before {@code until}. */
  record Era(String code, int until) {}

  /** A phrase found in the tokens: its value and its far edge (the index after it, or of its first token when looking back). */
  record Hit<T>(T value, int edge) {}

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  final Map<String, NumberWord> numberWords = new HashMap<>();
  final Map<String, CurrencyForm> currencies = new HashMap<>();
  /** Per code a name reads as, the codes of its earlier eras and the first year each ends: "roubles" before 1992 are SUR. */
  final Map<String, List<Era>> eras = new HashMap<>();
  /** The key of the first token of every currency form written before the amount ("us" of "US$"). */
  final Set<String> currencyStarts = new HashSet<>();
  /** Every word key an amount can start with when it has no hyphen and no leading digit: currency starts, number words, "a". */
  final Set<String> amountStarts = new HashSet<>();
  /** Every key after "the" that can make a date of it ("the first half", "the following year", "the last months"). */
  final Set<String> afterThe = new HashSet<>();
  final Map<String, String> units = new HashMap<>();
  /** The units whose symbol holds a scale ("bcm" is a billion cubic metres): the factor of the amount. */
  final Map<String, BigDecimal> unitScales = new HashMap<>();
  final Set<String> notCounted = new HashSet<>();
  final Map<String, Qualifier> qualifiersBefore = new HashMap<>();
  final Map<String, Qualifier> qualifiersAfter = new HashMap<>();
  final Map<String, Integer> changes = new HashMap<>();
  final Map<String, Integer> months = new HashMap<>();
  /**
   * The month of each word number ({@link WordIds}), 0 for none: {@link #months} read by a token's
   * number, since dates ask at many capitalised words whether they name a month.
   */
  private final int[] monthById;
  final Map<String, DayOfWeek> weekdays = new HashMap<>();
  /**
   * {@link #afterThe} and the keys of {@link #weekdays} by word number ({@link WordIds}): "the" is asked
   * about the word after it, and many words whether they name a weekday, where a read of the token's
   * number spares hashing its key.
   */
  private final boolean[] afterTheById;
  private final boolean[] weekdayById;
  /**
   * {@link #futureWords}, {@link #pastWords} and {@link #clauseEnds} by word number ({@link WordIds}),
   * as the bits {@link #FUTURE_WORD}, {@link #PAST_WORD} and {@link #CLAUSE_END}: a date asks up to a
   * dozen words around it for their tense, where a read of each token's number spares hashing its key.
   */
  private final byte[] tenseById;
  /**
   * Which of the tables a date may start with hold the key of each word number ({@link WordIds}):
   * {@link #dayWords}, {@link #shifts}, {@link #phases}, {@link #ordinals}, {@link #parts},
   * {@link #seasons} and {@link #numberWords} as the bits {@link #DAY_WORD} to {@link #NUMBER_WORD}.
   * Every word a date may start with asks them in turn ("a" and "an" all of them), where one read of
   * its number spares hashing its key for each.
   */
  private final byte[] dateWordById;
  static final int DAY_WORD = 1;
  static final int SHIFT = 2;
  static final int PHASE = 4;
  static final int ORDINAL = 8;
  static final int PART = 16;
  static final int SEASON = 32;
  static final int NUMBER_WORD = 64;
  static final int FUTURE_WORD = 1;
  static final int PAST_WORD = 2;
  static final int CLAUSE_END = 4;
  final Map<String, Integer> dayWords = new HashMap<>();
  final Map<String, Integer> shifts = new HashMap<>();
  final Set<String> dayParts = new HashSet<>();
  final Map<String, Integer> anaphors = new HashMap<>();
  final Map<String, Integer> periods = new HashMap<>();
  final Set<String> futureWords = new HashSet<>();
  /** Past forms that do not end in "-ed" ("met", "said"), which put a date before publication. */
  final Set<String> pastWords = new HashSet<>();
  /** Words that end the clause a date stands in, past which no verb after it is looked for ("and", "but"). */
  final Set<String> clauseEnds = new HashSet<>();
  final Set<String> monthLeads = new HashSet<>();
  final Map<String, int[]> parts = new HashMap<>();
  final Map<String, Integer> seasons = new HashMap<>();
  final Map<String, Integer> ordinals = new HashMap<>();
  final Map<String, int[]> phases = new HashMap<>();
  /** Every key a date can start with, besides numbers, digits and hyphenated words: one lookup rejects most words. */
  final Set<String> dateStarts = new HashSet<>();
  /** The {@link #AMOUNT}, {@link #DATE} and {@link #PERIOD} flags of a word key: one walk over its characters for all. */
  final KeyFlags startFlags = new KeyFlags();
  /** The longest phrase, in tokens, of the multi-word tables. */
  final int maxPhrase = 5;
  final Phrases<CurrencyForm> currencyPhrases;
  final Phrases<String> unitPhrases;
  final Phrases<Qualifier> qualifierBeforePhrases;
  final Phrases<Qualifier> qualifierAfterPhrases;

  private Lexicon() {
    for (String[] r : rows("numbers.txt", 3)) {
      numberWords.put(r[0], new NumberWord(new BigDecimal(r[1]), NumberKind.valueOf(r[2].toUpperCase())));
    }
    for (String[] r : rows("currencies.txt", 3)) {
      boolean both = r[2].equals("both");
      boolean after = both || r[2].equals("after");
      currencies.put(r[0], new CurrencyForm(r[1], both || r[2].equals("before"), after, after || r[2].equals("compound")));
      List<Token> formTokens = new Tokenizer().tokenize(r[0]);
      if (!formTokens.isEmpty()) {
        currencyStarts.add(formTokens.get(0).key());
      }
    }
    for (String[] r : rows("currency-eras.txt", 3)) {
      // a loop, not computeIfAbsent: a lambda's first linkage costs the parser's creation
      String code = r[0].toUpperCase(java.util.Locale.ROOT);
      List<Era> list = eras.get(code);
      if (list == null) {
        list = new java.util.ArrayList<>();
        eras.put(code, list);
      }
      list.add(new Era(r[1].toUpperCase(java.util.Locale.ROOT), Integer.parseInt(r[2])));
    }
    for (String[] r : rows("units.txt", 2)) {
      units.put(r[0], r[1]);
    }
    for (String[] r : rows("scaled-units.txt", 3)) {
      units.put(r[0], r[1]);
      unitScales.put(r[0], new BigDecimal(r[2]));
    }
    for (String[] r : rows("not-counted.txt", 1)) {
      notCounted.add(r[0]);
    }
    for (String[] r : rows("qualifiers.txt", 3)) {
      (r[2].equals("after") ? qualifiersAfter : qualifiersBefore).put(r[0], Qualifier.valueOf(r[1]));
    }
    for (String[] r : rows("changes.txt", 2)) {
      changes.put(r[0], r[1].equals("-") ? -1 : 1);
    }
    for (String[] r : rows("dates.txt", 3)) {
      String w = r[1];
      switch (r[0]) {
        case "month" -> months.put(w, Integer.parseInt(r[2]));
        case "weekday" -> weekdays.put(w, DayOfWeek.of(Integer.parseInt(r[2])));
        case "day" -> dayWords.put(w, Integer.parseInt(r[2]));
        case "shift" -> shifts.put(w, Integer.parseInt(r[2]));
        case "daypart" -> dayParts.add(w);
        case "anaphor" -> anaphors.put(w, Integer.parseInt(r[2]));
        case "period" -> periods.put(w, Integer.parseInt(r[2]));
        case "future" -> futureWords.add(w);
        case "past" -> pastWords.add(w);
        case "clause" -> clauseEnds.add(w);
        case "lead" -> monthLeads.add(w);
        case "part" -> parts.put(w, range(r[2]));
        case "season" -> seasons.put(w, Integer.parseInt(r[2]));
        case "ordinal" -> ordinals.put(w, Integer.parseInt(r[2]));
        case "phase" -> phases.put(w, range(r[2]));
        default -> throw new IllegalStateException("dates.txt: unknown kind \"" + r[0] + "\"");
      }
    }
    dateStarts.addAll(months.keySet());
    for (String w : weekdays.keySet()) {
      dateStarts.add(w);
      dateStarts.add(w + "'s");
    }
    dateStarts.addAll(dayWords.keySet());
    dateStarts.addAll(shifts.keySet());
    dateStarts.addAll(phases.keySet());
    dateStarts.addAll(ordinals.keySet());
    dateStarts.addAll(parts.keySet());
    dateStarts.addAll(seasons.keySet());
    dateStarts.addAll(numberWords.keySet());
    dateStarts.addAll(List.of("the", "that", "recent", "a", "an"));
    afterThe.addAll(phases.keySet());
    afterThe.addAll(ordinals.keySet());
    afterThe.addAll(anaphors.keySet());
    afterThe.addAll(seasons.keySet());
    afterThe.addAll(List.of("last", "past"));
    amountStarts.addAll(currencyStarts);
    amountStarts.addAll(numberWords.keySet());
    amountStarts.addAll(List.of("a", "an"));
    // plain loops here and in the other tables read while a parser is made: a lambda's first use costs
    for (String k : amountStarts) {
      startFlags.exact(k, AMOUNT);
    }
    for (String k : dateStarts) {
      startFlags.exact(k, DATE);
    }
    for (String k : periods.keySet()) {
      startFlags.exact(k, PERIOD);
    }
    // a hyphenated word may start an amount when its first part is a number word ("twenty-four", "a-hundred")
    // and a date when it is a phase or a month ("mid-2019", "January-June")
    for (String k : amountStarts) {
      if (numberWords.containsKey(k) || k.equals("a") || k.equals("an")) {
        startFlags.head(k, AMOUNT);
      }
    }
    for (String k : phases.keySet()) {
      startFlags.head(k, DATE);
    }
    for (String k : months.keySet()) {
      startFlags.head(k, DATE);
    }
    startFlags.freeze();
    afterTheById = flagsById(afterThe);
    weekdayById = flagsById(weekdays.keySet());
    tenseById = tenseFlags(flagsById(futureWords), flagsById(pastWords), flagsById(clauseEnds));
    dateWordById = dateWordFlags(List.of(dayWords.keySet(), shifts.keySet(), phases.keySet(), ordinals.keySet(),
        parts.keySet(), seasons.keySet(), numberWords.keySet()));
    WordIds.Ids ids = WordIds.register(months.keySet());
    int top = -1;
    for (String k : months.keySet()) {
      top = Math.max(top, ids.of(k));
    }
    monthById = new int[top + 1];
    for (Map.Entry<String, Integer> e : months.entrySet()) {
      monthById[ids.of(e.getKey())] = e.getValue();
    }
    currencyPhrases = new Phrases<>(currencies, maxPhrase);
    unitPhrases = new Phrases<>(units, maxPhrase);
    qualifierBeforePhrases = new Phrases<>(qualifiersBefore, maxPhrase);
    qualifierAfterPhrases = new Phrases<>(qualifiersAfter, maxPhrase);
  }

  /** Registers {@code keys} ({@link WordIds}) and flags their numbers: {@code out[id]} is set for each key's number. */
  private static boolean[] flagsById(Set<String> keys) {
    WordIds.Ids ids = WordIds.register(keys);
    int top = -1;
    for (String k : keys) {
      top = Math.max(top, ids.of(k));
    }
    boolean[] out = new boolean[top + 1];
    for (String k : keys) {
      out[ids.of(k)] = true;
    }
    return out;
  }

  /** By word number, bit {@code 1 << k} set where the {@code k}-th of {@code tables} holds its key. */
  private static byte[] dateWordFlags(List<Set<String>> tables) {
    boolean[][] byTable = new boolean[tables.size()][];
    int n = 0;
    for (int k = 0; k < byTable.length; k++) {
      byTable[k] = flagsById(tables.get(k));
      n = Math.max(n, byTable[k].length);
    }
    byte[] out = new byte[n];
    for (int k = 0; k < byTable.length; k++) {
      for (int id = 0; id < byTable[k].length; id++) {
        if (byTable[k][id]) {
          out[id] |= (byte) (1 << k);
        }
      }
    }
    return out;
  }

  /**
   * The {@link #DAY_WORD} to {@link #NUMBER_WORD} bits of the key of word number {@code wordId}: which
   * of those tables hold it (0 for -1).
   */
  int dateWord(int wordId) {
    return wordId >= 0 && wordId < dateWordById.length ? dateWordById[wordId] : 0;
  }

  private static byte[] tenseFlags(boolean[] future, boolean[] past, boolean[] clause) {
    byte[] out = new byte[Math.max(future.length, Math.max(past.length, clause.length))];
    for (int id = 0; id < out.length; id++) {
      int f = id < future.length && future[id] ? FUTURE_WORD : 0;
      f |= id < past.length && past[id] ? PAST_WORD : 0;
      f |= id < clause.length && clause[id] ? CLAUSE_END : 0;
      out[id] = (byte) f;
    }
    return out;
  }

  /**
   * The {@link #FUTURE_WORD}, {@link #PAST_WORD} and {@link #CLAUSE_END} bits of the key of word number
   * {@code wordId}: whether it is in {@link #futureWords}, {@link #pastWords}, {@link #clauseEnds} (0 for -1).
   */
  int tense(int wordId) {
    return wordId >= 0 && wordId < tenseById.length ? tenseById[wordId] : 0;
  }

  /** Whether the key of word number {@code wordId} is in {@link #afterThe} (false for -1). */
  boolean afterThe(int wordId) {
    return wordId >= 0 && wordId < afterTheById.length && afterTheById[wordId];
  }

  /** Whether the key of word number {@code wordId} names a weekday in {@link #weekdays} (false for -1). */
  boolean weekday(int wordId) {
    return wordId >= 0 && wordId < weekdayById.length && weekdayById[wordId];
  }

  /** The month the key of word number {@code wordId} names (1 to 12), or 0 for none or -1. */
  int monthOf(int wordId) {
    return wordId >= 0 && wordId < monthById.length ? monthById[wordId] : 0;
  }

  /** Flag of a token that may start an amount (money, a number, a quantity, a percentage). */
  static final byte AMOUNT = 1;
  /** Flag of a token that may start a date. */
  static final byte DATE = 2;
  /** Flag of a word naming a period ("years", "week"). */
  static final byte PERIOD = 4;

  /**
   * For each token, whether it may start an amount and whether it may start a date: one pass over the
   * tokens, so that scanning then reads no token that starts nothing.
   */
  byte[] starts(List<Token> tokens) {
    return starts(tokens, WordIds.now().of(tokens));
  }

  /** As {@link #starts(List)}, with the tokens' word numbers ({@link WordIds}) already found. */
  byte[] starts(List<Token> tokens, int[] wordIds) {
    return starts(tokens, wordIds, TokenBits.of(tokens));
  }

  /** As {@link #starts(List, int[])}, with the tokens' {@link TokenBits} too. */
  byte[] starts(List<Token> tokens, int[] wordIds, byte[] bits) {
    byte[] out = new byte[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      byte b = bits[i];
      if (TokenBits.isNumber(b)) {
        out[i] = AMOUNT | DATE;
        continue;
      }
      if (TokenBits.isWord(b) && (b & (Token.UPPER | Token.LOWER)) != 0 && (b & (Token.HYPHEN | Token.DIGIT)) == 0) {
        // a cased word without a hyphen or digit (most tokens): its flags and number tell all, the token
        // is not read
        int f = startFlags.ofUnhyphenated(wordIds[i]);
        out[i] = (byte) (f & (AMOUNT | DATE | PERIOD));
        continue;
      }
      Token t = tokens.get(i);
      String k = t.key();
      // a word whose first code point is a letter with a case (most words) has a key that starts with a
      // letter: it is not empty and starts with no digit, which is known without reading the key
      boolean cased = (t.flags() & (Token.UPPER | Token.LOWER)) != 0 && t.isWord();
      if (!cased && k.isEmpty()) {
        out[i] = AMOUNT; // as before: reading it fails, which drops its sentence's amounts
        continue;
      }
      int f = t.hasHyphen() ? startFlags.of(k) : startFlags.ofUnhyphenated(wordIds[i]);
      boolean digit = !cased && digit(k.charAt(0));
      boolean word = t.isWord();
      boolean amount = digit || (f & AMOUNT) != 0 || word && t.hasDigit() && k.length() > 2 && gluedDigit(k)
          && AmountScanner.gluedCodeLength(t) > 0; // "USD1", "EUR500m": a code glued to digits
      boolean date = word && (digit || (f & DATE) != 0);
      boolean period = word && (f & PERIOD) != 0;
      out[i] = (byte) ((amount ? AMOUNT : 0) | (date ? DATE : 0) | (period ? PERIOD : 0));
    }
    return out;
  }

  /** Whether {@code c} is a digit, ASCII or not. */
  private static boolean digit(char c) {
    return c <= '9' ? c >= '0' : c >= 128 && Character.isDigit(c);
  }

  /** Whether the third or fourth character of a key is an ASCII digit, as after a glued currency code. */
  private static boolean gluedDigit(String k) {
    char c = k.charAt(2);
    if (c >= '0' && c <= '9') {
      return true;
    }
    return k.length() > 3 && (c = k.charAt(3)) >= '0' && c <= '9';
  }

  private static int[] range(String s) {
    int dash = s.indexOf('-');
    return new int[] {Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))};
  }

  static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Resources.open(Lexicon.class, file)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|");
        if (cells.length != columns) {
          throw new IllegalStateException(file + ": want " + columns + " columns: \"" + line + "\"");
        }
        for (int k = 0; k < cells.length; k++) {
          cells[k] = cells[k].strip();
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
