package dev.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from one article: the article itself, the states it mentions, and its facts.
 * The parser makes them; a builder makes them by hand, as tests and importers do.
 *
 * <pre>{@code
 * ArticleExtraction x = parser.parse("putin-maduro", text, LocalDate.of(2019, 9, 25));
 * x.countryCodes();                          // [RUS, VEN, ...]
 * x.events().get(0).type();                  // MEETING
 *
 * ArticleExtraction made = ArticleExtraction.builder(new Article("a1", null, null, null, null, null))
 *     .leader(new Leader("Vladimir Putin", Country.of("RUS"), "President", Role.HEAD_OF_STATE, List.of()))
 *     .build();
 * }</pre>
 */
public record ArticleExtraction(
    Article article,
    List<CountryMention> countries,
    List<Leader> leaders,
    List<Agreement> agreements,
    List<TradeFigure> tradeFigures,
    List<ArmsContract> armsContracts,
    List<DiplomaticEvent> events,
    int omittedEvidence) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param article the article read, not null
   * @param countries the states mentioned, in order of first mention, not null; copied
   * @param leaders the leaders, not null; copied
   * @param agreements the agreements, not null; copied
   * @param tradeFigures the trade figures, not null; copied
   * @param armsContracts the arms contracts, not null; copied
   * @param events the diplomatic events, not null; copied
   * @param omittedEvidence how many evidence spans were left out for {@link Limits#MAX_EVIDENCE}, at least 0
   * @throws NullPointerException naming the part when the article, a list or an element is null
   * @throws IllegalArgumentException when {@code omittedEvidence} is negative
   */
  public ArticleExtraction {
    Checks.notNull(article, "ArticleExtraction article");
    countries = Checks.copy(countries, "ArticleExtraction countries");
    leaders = Checks.copy(leaders, "ArticleExtraction leaders");
    agreements = Checks.copy(agreements, "ArticleExtraction agreements");
    tradeFigures = Checks.copy(tradeFigures, "ArticleExtraction tradeFigures");
    armsContracts = Checks.copy(armsContracts, "ArticleExtraction armsContracts");
    events = Checks.copy(events, "ArticleExtraction events");
    if (omittedEvidence < 0) {
      throw new IllegalArgumentException("ArticleExtraction omittedEvidence must be >= 0: " + omittedEvidence);
    }
  }

  /**
   * An extraction that lists all its evidence.
   *
   * @param article the article read, not null
   * @param countries the states mentioned, in order of first mention, not null; copied
   * @param leaders the leaders, not null; copied
   * @param agreements the agreements, not null; copied
   * @param tradeFigures the trade figures, not null; copied
   * @param armsContracts the arms contracts, not null; copied
   * @param events the diplomatic events, not null; copied
   * @throws NullPointerException naming the part when the article, a list or an element is null
   */
  public ArticleExtraction(Article article, List<CountryMention> countries, List<Leader> leaders,
      List<Agreement> agreements, List<TradeFigure> tradeFigures, List<ArmsContract> armsContracts,
      List<DiplomaticEvent> events) {
    this(article, countries, leaders, agreements, tradeFigures, armsContracts, events, 0);
  }

  /**
   * An extraction with no facts.
   *
   * @param article the article read, not null
   * @return the extraction with every list empty
   */
  public static ArticleExtraction empty(Article article) {
    return new ArticleExtraction(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A builder for an extraction of {@code article}, with every list empty.
   *
   * @param article the article the facts come from
   * @return the builder
   */
  public static Builder builder(Article article) {
    return new Builder(article);
  }

  /**
   * The codes of the states mentioned, in order of first mention.
   *
   * @return the codes, empty when no state is mentioned
   */
  public List<Country> countryCodes() {
    return countries.stream().map(CountryMention::country).toList();
  }

  /** Builds an {@link ArticleExtraction}; {@link #build()} validates. */
  public static final class Builder {
    private Article article;
    private final List<CountryMention> countries = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<TradeFigure> tradeFigures = new ArrayList<>();
    private final List<ArmsContract> armsContracts = new ArrayList<>();
    private final List<DiplomaticEvent> events = new ArrayList<>();
    private int omittedEvidence;

    private Builder(Article article) {
      this.article = article;
    }

    /**
     * Replaces the article the facts come from.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder article(Article v) { this.article = v; return this; }
    /**
     * Adds a mention of a state, after those added before.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder country(CountryMention v) { countries.add(v); return this; }
    /**
     * Replaces the state mentions, in order of first mention.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder countries(List<CountryMention> v) { countries.clear(); countries.addAll(v); return this; }
    /**
     * Adds a leader.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder leader(Leader v) { leaders.add(v); return this; }
    /**
     * Replaces the leaders.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder leaders(List<Leader> v) { leaders.clear(); leaders.addAll(v); return this; }
    /**
     * Adds an agreement.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder agreement(Agreement v) { agreements.add(v); return this; }
    /**
     * Replaces the agreements.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder agreements(List<Agreement> v) { agreements.clear(); agreements.addAll(v); return this; }
    /**
     * Adds a trade figure.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder tradeFigure(TradeFigure v) { tradeFigures.add(v); return this; }
    /**
     * Replaces the trade figures.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder tradeFigures(List<TradeFigure> v) { tradeFigures.clear(); tradeFigures.addAll(v); return this; }
    /**
     * Adds an arms contract.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder armsContract(ArmsContract v) { armsContracts.add(v); return this; }
    /**
     * Replaces the arms contracts.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder armsContracts(List<ArmsContract> v) { armsContracts.clear(); armsContracts.addAll(v); return this; }
    /**
     * Adds a diplomatic event.
     *
     * @param v the value, not null
     * @return this builder
     */
    public Builder event(DiplomaticEvent v) { events.add(v); return this; }
    /**
     * Replaces the diplomatic events.
     *
     * @param v the values, not null; copied
     * @return this builder
     */
    public Builder events(List<DiplomaticEvent> v) { events.clear(); events.addAll(v); return this; }
    /**
     * Sets how many evidence spans were left out.
     *
     * @param v the count, at least 0
     * @return this builder
     */
    public Builder omittedEvidence(int v) { this.omittedEvidence = v; return this; }

    /**
     * Builds the extraction, validating as its constructor does.
     *
     * @return the extraction
     * @throws NullPointerException naming the part that is null
     */
    public ArticleExtraction build() {
      return new ArticleExtraction(article, countries, leaders, agreements, tradeFigures, armsContracts, events,
          omittedEvidence);
    }
  }
}
