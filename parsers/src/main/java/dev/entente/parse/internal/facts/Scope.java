package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.parse.internal.gazetteer.CountryMentions;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.MentionIndex;
import dev.entente.parse.internal.pipeline.MentionIndex.Overlap;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One article's mentions as the fact stages look them up: by token (which mention covers token
 * i), by token range, and the states in play (the two states the article is most about, in order
 * of first mention), which phrases like "the two countries" stand for.
 */
final class Scope {

  /** Words that make the preposition after them no direction: "according to", "close to". */
  private static final Set<String> NOT_DIRECTIONS = Set.of("according", "thanks", "due", "owing", "close", "next");
  private static final Designations.Shape[] SHAPES = Designations.Shape.values();

  final Document doc;
  final List<Token> tokens;
  /** Each token's kind and flags ({@link dev.entente.parse.internal.text.TokenBits}). */
  final byte[] bits;
  // each kind of mention by token, its memory that of the mentions (a 10 MiB text has up to ten million tokens)
  private final MentionIndex<CountryRef> countryAt;
  private final MentionIndex<DateRef> dateAt;
  private final MentionIndex<MoneyRef> moneyAt;
  private final MentionIndex<QuantityRef> quantityAt;
  private final MentionIndex<PercentRef> percentAt;
  private final MentionIndex<NumberRef> numberAt;
  /** The article's two main states ({@link #inPlay}), ranked on first asking: most articles tell no fact that asks. */
  private @Nullable List<Country> inPlay;
  /**
   * Each token's designation shape found on first asking, as its ordinal plus one (0: not yet); made
   * on the first asking, which most articles never make.
   */
  private byte @Nullable [] shapes;
  /** The tokens' word numbers ({@link Document#wordIds}), found when a lexicon is first looked up. */
  private int @Nullable [] keyIds;
  /** The lexicons looked up in this article so far, each with its hits (a few per stage). */
  private Lexicon[] lexicons = new Lexicon[0];
  private Lexicon.Hits[] hits = new Lexicon.Hits[0];
  /** The reporting sentences ({@link #sentences}) and their cues ({@link SentenceCues}), found on first asking. */
  private @Nullable List<Sentence> sentences;
  private byte @Nullable [] cues;

  Scope(Document doc) {
    this.doc = doc;
    this.tokens = doc.tokens;
    this.bits = doc.tokenBits();
    int n = tokens.size();
    // where two mentions of a kind overlap, the earlier in the list covers the token
    // the article's tables of states and dates, built for the stages before, serve here too where they fit
    countryAt = MentionIndex.of(doc.countries, CountryRef::first, CountryRef::end, n, Overlap.EARLIER, doc.countryAt());
    dateAt = MentionIndex.of(doc.dates, DateRef::first, DateRef::end, n, Overlap.EARLIER, doc.dateAt());
    moneyAt = MentionIndex.of(doc.money, MoneyRef::first, MoneyRef::end, n, Overlap.EARLIER);
    quantityAt = MentionIndex.of(doc.quantities, QuantityRef::first, QuantityRef::end, n, Overlap.EARLIER);
    percentAt = MentionIndex.of(doc.percents, PercentRef::first, PercentRef::end, n, Overlap.EARLIER);
    numberAt = MentionIndex.of(doc.numbers, NumberRef::first, NumberRef::end, n, Overlap.EARLIER);
  }

  /** The article's two main states, in order of first mention (fewer when it names fewer). */
  List<Country> inPlay() {
    List<Country> states = inPlay;
    if (states == null) {
      states = StatesInPlay.of(doc);
      inPlay = states;
    }
    return states;
  }

  /** The other state in play than {@code c}, or null when {@code c} is not one of two in play. */
  @Nullable Country otherInPlay(@Nullable Country c) {
    List<Country> states = c == null ? List.of() : inPlay();
    if (states.size() != 2) {
      return null;
    }
    if (states.get(0).equals(c)) {
      return states.get(1);
    }
    return states.get(1).equals(c) ? states.get(0) : null;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String key(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
  }

  @Nullable CountryRef country(int i) {
    return countryAt.at(i);
  }

  @Nullable DateRef date(int i) {
    return dateAt.at(i);
  }

  @Nullable MoneyRef money(int i) {
    return moneyAt.at(i);
  }

  @Nullable QuantityRef quantity(int i) {
    return quantityAt.at(i);
  }

  @Nullable PercentRef percent(int i) {
    return percentAt.at(i);
  }

  @Nullable NumberRef number(int i) {
    return numberAt.at(i);
  }

  /** The country mentions starting in {@code [from, to)}, in text order. */
  List<CountryRef> countries(int from, int to) {
    return countryAt.startingIn(from, to);
  }

  /**
   * The distinct states mentioned in {@code [from, to)}, in order of first mention; a currency's
   * name ("1 billion US dollars", "US$3 million") names no state.
   */
  List<Country> states(int from, int to) {
    Set<Country> out = new LinkedHashSet<>();
    // every state of a word that joins several ("the [A]-[B]-[C] pipeline"), of which the index by token keeps one
    for (CountryRef r : CountryMentions.within(doc, from, to)) {
      if (!inMoney(r)) {
        out.add(r.country());
      }
    }
    return List.copyOf(out);
  }

  /** Whether country mention {@code r} is part of a sum of money: the name of its currency. */
  boolean inMoney(CountryRef r) {
    MoneyRef m = money(r.first());
    return m != null && m.first() <= r.first() && r.end() <= m.end();
  }

  /** The date mentions starting in {@code [from, to)}, in text order. */
  List<DateRef> dates(int from, int to) {
    return dateAt.startingIn(from, to);
  }

  /**
   * The first country mention in the few tokens after a preposition at {@code prep}, passing
   * articles and adjectives ("to the Venezuelan army", "in Venezuela's economy"), or null.
   */
  @Nullable CountryRef objectOf(int prep, int end) {
    if (prep > 0 && NOT_DIRECTIONS.contains(key(prep - 1))) {
      return null; // "according to the Russian agency": a source, not a direction
    }
    for (int i = prep + 1; i < Math.min(end, prep + 5); i++) {
      if (money(i) != null) {
        return null; // "came to US$ 5 billion": an amount, not a state
      }
      CountryRef r = country(i);
      if (r != null) {
        return r;
      }
      Token t = tokens.get(i);
      if (t.isPunct() || t.isNumber()) {
        return null;
      }
    }
    return null;
  }

  /** The qualifier that a hedge just before token {@code i} gives ("about", "more than"), else EXACT. */
  Qualifier hedgeBefore(Lexicon qualifiers, int i, int floor) {
    for (int s = Math.max(floor, i - 3); s < i; s++) {
      Lexicon.Match m = at(qualifiers, s, i);
      if (m != null && s + m.length() == i) {
        return Qualifier.valueOf(m.roles().get(0));
      }
    }
    return Qualifier.EXACT;
  }

  /** The number a count token reads as ("11", "1,200", "eleven"), or null. */
  @Nullable BigDecimal countAt(int i, Lexicon numberWords) {
    NumberRef n = number(i);
    if (n != null) {
      return n.value();
    }
    Token t = tokens.get(i);
    if (t.isNumber()) {
      try {
        return new BigDecimal(t.text().replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    String v = numberWords.role(keyId(i));
    return v == null ? null : new BigDecimal(v);
  }

  /** The original-text span of tokens {@code [from, to)}. */
  Span span(int from, int to) {
    return Span.of(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The original text of tokens {@code [from, to)}, with its own spacing. */
  String text(int from, int to) {
    return doc.text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Token {@code i}'s shape as a weapon designation ({@link Designations#shape}). */
  Designations.Shape shape(int i) {
    byte[] shapes = this.shapes;
    if (shapes == null) {
      shapes = new byte[tokens.size()];
      this.shapes = shapes;
    }
    int known = shapes[i];
    if (known > 0) {
      return SHAPES[known - 1];
    }
    Designations.Shape s = Designations.shape(tokens.get(i).text());
    shapes[i] = (byte) (s.ordinal() + 1);
    return s;
  }

  /** The longest phrase of {@code lexicon} at token {@code i} that ends before {@code end}, or null. */
  Lexicon.@Nullable Match at(Lexicon lexicon, int i, int end) {
    return hits(lexicon).at(i, end);
  }

  private int[] keyIds() {
    int[] ids = keyIds;
    if (ids == null) {
      ids = doc.wordIds();
      keyIds = ids;
    }
    return ids;
  }

  /**
   * Token {@code i}'s word number ({@link Document#wordIds}), or -1 for none or outside the tokens.
   * Asked of the document each time (not of the numbers this scope keeps for its lexicons), so that
   * a list registered after the article was numbered (a register loaded on first use) finds its words.
   */
  int wordId(int i) {
    int[] ids = doc.wordIds();
    return i >= 0 && i < ids.length ? ids[i] : -1;
  }

  private int keyId(int i) {
    return i >= 0 && i < tokens.size() ? keyIds()[i] : -1;
  }

  /** Whether some phrase of {@code lexicon} starts with token {@code i}'s word: an array read, no lookup. */
  boolean starts(Lexicon lexicon, int i) {
    return lexicon.starts(keyId(i));
  }

  /** Whether token {@code i} is a one-word phrase of {@code lexicon} listed under {@code role}. */
  boolean word(Lexicon lexicon, int i, String role) {
    return lexicon.has(keyId(i), role);
  }

  /** As {@link #word(Lexicon, int, String)}, given {@code role}'s bit in {@code lexicon} ({@link Lexicon#roleBit}). */
  boolean word(Lexicon lexicon, int i, long roleBit, String role) {
    return lexicon.has(keyId(i), roleBit, role);
  }

  /** Whether token {@code i} is a one-word phrase of {@code lexicon}. */
  boolean word(Lexicon lexicon, int i) {
    return lexicon.contains(keyId(i));
  }

  private Lexicon.Hits hits(Lexicon lexicon) {
    for (int k = 0; k < lexicons.length; k++) {
      if (lexicons[k] == lexicon) {
        return hits[k];
      }
    }
    Lexicon.Hits h = lexicon.hits(keyIds());
    lexicons = Arrays.copyOf(lexicons, lexicons.length + 1);
    hits = Arrays.copyOf(hits, hits.length + 1);
    lexicons[lexicons.length - 1] = lexicon;
    hits[hits.length - 1] = h;
    return h;
  }

  /**
   * Which of {@code roles} the phrase list has an entry with in {@code [from, to)}: bit k set for
   * {@code roles[k]}, as {@link #any} would tell for each, in one pass; {@code bits} are the roles'
   * bits in the lexicon ({@link Lexicon#roleBits}).
   */
  int roles(Lexicon lexicon, String[] roles, long[] bits, int from, int to) {
    Lexicon.Hits h = hits(lexicon);
    int found = 0;
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      Lexicon.Match m = h.at(i, to);
      if (m != null) {
        for (int k = 0; k < roles.length; k++) {
          if (m.has(bits[k], roles[k])) {
            found |= 1 << k;
          }
        }
      }
    }
    return found;
  }

  /** Whether the phrase list has an entry with {@code role} anywhere in {@code [from, to)}. */
  boolean any(Lexicon lexicon, String role, int from, int to) {
    return find(lexicon, role, from, to) >= 0;
  }

  /** The first token in {@code [from, to)} starting a phrase listed under {@code role}, or -1. */
  int find(Lexicon lexicon, String role, int from, int to) {
    Lexicon.Hits h = hits(lexicon);
    long bit = 0;
    boolean bitKnown = false; // the role's bit is looked up at the first phrase: most ranges have none
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      Lexicon.Match m = h.at(i, to);
      if (m != null) {
        if (!bitKnown) {
          bit = lexicon.roleBit(role);
          bitKnown = true;
        }
        if (m.has(bit, role)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether the date is a period a figure can be for (not a single day, such as the day of a speech). */
  static boolean isPeriod(EdtfDate d) {
    return d.isInterval() || d.precision() != EdtfDate.Precision.DAY;
  }

  /**
   * Whether a sentence is a headline: no closing stop, and most of its longer words capitalised
   * ("Greece Signs Deal for 18 Rafale Jets"). A headline's verb and direction are shorthand; the body
   * tells the fact in full.
   */
  boolean headline(Sentence s) {
    if (s.endToken() <= s.firstToken() || key(s.endToken() - 1).equals(".")) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && t.text().length() > 3) {
        words++;
        caps += t.isCapitalized() ? 1 : 0;
      }
    }
    return words >= 2 && caps * 10 >= words * 7;
  }

  /**
   * Whether sentence {@code s} stands in the report's title line, in any case ("[State]-[State] treaty
   * signed"): the first reporting sentence opens with the title and {@code s} ends by the line's end.
   */
  boolean inTitle(Sentence s) {
    List<Sentence> all = sentences();
    String t = doc.title;
    if (all.isEmpty() || t == null || t.isEmpty()) {
      return false;
    }
    int start = all.get(0).start();
    if (!doc.text.regionMatches(start, t, 0, Math.min(t.length(), 16))) {
      return false;
    }
    int nl = doc.text.indexOf('\n', start);
    return nl >= 0 && s.end() <= nl;
  }

  /** The sentences that report, in order (not page furniture): one list for every stage of the scope. */
  List<Sentence> sentences() {
    List<Sentence> out = sentences;
    if (out == null) {
      out = Collections.unmodifiableList(doc.reportSentences());
      sentences = out;
    }
    return out;
  }

  /** The cues of reporting sentence {@code si} ({@link #sentences}; bits of {@link SentenceCues}). */
  int cues(int si) {
    byte[] c = cues;
    if (c == null) {
      c = SentenceCues.of(doc, sentences(), keyIds());
      cues = c;
    }
    return c[si];
  }
}
