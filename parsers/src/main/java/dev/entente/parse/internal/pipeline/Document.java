package dev.entente.parse.internal.pipeline;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.Leader;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.knowledge.Knowledge;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article on its way through the pipeline: the text, its tokens and sentences, the article's
 * metadata, the mentions found so far, and the facts. Made per article and confined to one thread;
 * stages fill it in order and never reach back.
 */
public final class Document {

  public final String id;
  /**
   * The text as the stages read it: the input with the line breaks inside hard-wrapped paragraphs
   * as spaces (set by the first stage). It has the input's length, so its offsets are the input's.
   */
  public String text;
  /** The text exactly as given, with every line break (where {@link #text} may hold a space). */
  public final String input;
  /** The publication date the caller gave, if any; it wins over one the text states. */
  public final @Nullable LocalDate givenPublished;

  public List<Token> tokens = List.of();
  public List<Sentence> sentences = List.of();
  /** Per token, what the amount and date readers may find starting there (filled by the first of them), or null. */
  public byte @Nullable [] normalizeStarts;

  // Article metadata (reading stage).
  public @Nullable String title;
  public @Nullable String source;
  public @Nullable String author;
  public @Nullable String dateline;
  /** The first token of the day the dateline states ("ATHENS, May 4 -", "WASHINGTON, Thursday"), or -1 when it states none. */
  public int datelineDay = -1;
  /** The state of the national news agency the report names as its source, if it is one. */
  public @Nullable Country sourceState;
  /**
   * The state of the report's outlet: its national news agency's ({@link #sourceState}), else the state
   * its masthead names (the paper's name, the capital or town after it, a tagline), a capital as the
   * state it is the capital of today.
   */
  public @Nullable Country outletState;
  /** The publication date the text states, if any. */
  public @Nullable EdtfDate statedPublished;

  // Mentions (tagging stages), each list in text order.
  public final List<CountryRef> countries = new ArrayList<>();
  public final List<DateRef> dates = new ArrayList<>();
  public final List<NumberRef> numbers = new ArrayList<>();
  public final List<MoneyRef> money = new ArrayList<>();
  public final List<QuantityRef> quantities = new ArrayList<>();
  public final List<PercentRef> percents = new ArrayList<>();
  public final List<PersonRef> persons = new ArrayList<>();

  // Facts (extraction stages).
  public final List<Leader> leaders = new ArrayList<>();
  public final List<DiplomaticEvent> events = new ArrayList<>();
  public final List<Agreement> agreements = new ArrayList<>();
  public final List<TradeFigure> tradeFigures = new ArrayList<>();
  public final List<ArmsContract> armsContracts = new ArrayList<>();

  private final Knowledge knowledge;
  /** The tokens' word numbers ({@link #wordIds}), the tokens and the numbering they were found for. */
  private int @Nullable [] wordIds;
  private @Nullable List<Token> wordIdsOf;
  private WordIds.@Nullable Ids wordIdsBy;
  /** The tokens' {@link TokenBits} ({@link #tokenBits()}) and the tokens they were found for. */
  private byte @Nullable [] tokenBits;
  private @Nullable List<Token> tokenBitsOf;

  /** Per token, the country and the date mention over it ({@link #countryAt}, {@link #dateAt}), and what they were built for. */
  private @Nullable CountryRef @Nullable [] countryAt;
  private @Nullable DateRef @Nullable [] dateAt;
  private @Nullable List<Token> mentionsAtOf;
  private int countriesAt = -1;
  private int datesAt = -1;

  /** A document read with the built-in knowledge. */
  public Document(String id, String text, @Nullable LocalDate givenPublished) {
    this(id, text, givenPublished, Knowledge.builtIn());
  }

  /** A document read with the parser's {@code knowledge}. */
  public Document(String id, String text, @Nullable LocalDate givenPublished, Knowledge knowledge) {
    this.id = id;
    this.text = text;
    this.input = text;
    this.givenPublished = givenPublished;
    this.knowledge = knowledge;
  }

  /** What the parser knows of office holders, weapon systems and places: the stages ask here, not the loaders. */
  public Knowledge knowledge() {
    return knowledge;
  }

  /** Takes the word numbers the tokenizer found for {@link #tokens} ({@link #wordIds()} then reads them). */
  public void wordIds(Tokenizer.Numbered numbered) {
    wordIds = numbered.wordIds;
    wordIdsOf = numbered.tokens;
    wordIdsBy = numbered.numbering;
    tokenBits = numbered.bits;
    tokenBitsOf = numbered.tokens;
  }

  /**
   * Each token's kind and flags as one byte ({@link TokenBits}), for the loops that walk every token
   * only to ask those: an array read instead of a reference followed to each token.
   */
  public byte[] tokenBits() {
    if (tokenBits == null || tokenBitsOf != tokens) {
      tokenBits = TokenBits.of(tokens);
      tokenBitsOf = tokens;
    }
    return tokenBits;
  }

  /**
   * Each token's number in the stages' word lists ({@link WordIds}), or -1 where no list holds its
   * key: found once per article, so that every stage reads a token's list entry from an array.
   */
  public int[] wordIds() {
    if (wordIds == null || wordIdsOf != tokens || wordIdsBy == null || !wordIdsBy.current()) {
      wordIdsBy = WordIds.now();
      wordIds = wordIdsBy.of(tokens);
      wordIdsOf = tokens;
    }
    return wordIds;
  }

  /**
   * Per token, the country mention over it (where two overlap, the later in {@link #countries}), or
   * null: built on first asking after the tagging stages, so that the stages reading the article
   * share one table. Shared: read it, never write to it.
   */
  public @Nullable CountryRef[] countryAt() {
    buildMentionsAt();
    return countryAt;
  }

  /** Per token, the date mention over it (where two overlap, the later in {@link #dates}), or null; as {@link #countryAt}. */
  public @Nullable DateRef[] dateAt() {
    buildMentionsAt();
    return dateAt;
  }

  private void buildMentionsAt() {
    if (countryAt != null && dateAt != null && mentionsAtOf == tokens && countriesAt == countries.size()
        && datesAt == dates.size()) {
      return;
    }
    int n = tokens.size();
    // pooled: of each table only the first n slots are read (see TokenArrays)
    CountryRef[] countryTable = TokenArrays.refs(CountryRef.class, n);
    for (CountryRef ref : countries) {
      for (int k = ref.first(); k < ref.end() && k < n; k++) {
        countryTable[k] = ref;
      }
    }
    DateRef[] dateTable = TokenArrays.refs(DateRef.class, n);
    for (DateRef ref : dates) {
      for (int k = ref.first(); k < ref.end() && k < n; k++) {
        dateTable[k] = ref;
      }
    }
    countryAt = countryTable;
    dateAt = dateTable;
    mentionsAtOf = tokens;
    countriesAt = countries.size();
    datesAt = dates.size();
  }

  /** The publication date relative dates resolve against: the given one, else a day the text states. */
  public @Nullable LocalDate published() {
    if (givenPublished != null) {
      return givenPublished;
    }
    if (statedPublished != null && statedPublished.precision() == EdtfDate.Precision.DAY && !statedPublished.isInterval()) {
      return statedPublished.earliest();
    }
    return null;
  }

  /** The publication date for the article record: the given day, else what the text states. */
  public @Nullable EdtfDate publishedDate() {
    return givenPublished != null ? EdtfDate.of(givenPublished) : statedPublished;
  }

  /** The sentences that are report, not page furniture. */
  public List<Sentence> reportSentences() {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      if (!s.boilerplate()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The index of the sentence that holds token {@code tokenIndex}. */
  public int sentenceOf(int tokenIndex) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (tokenIndex < s.firstToken()) {
        hi = mid - 1;
      } else if (tokenIndex >= s.endToken()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index of the first token that ends after {@code offset} (an original-text offset). */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
