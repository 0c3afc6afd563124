package dev.entente.parse;

import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.CountryMention;
import dev.entente.model.EdtfDate;
import dev.entente.model.Country;
import dev.entente.model.Limits;
import dev.entente.model.Span;
import dev.entente.parse.internal.article.ArticleMetadataReader;
import dev.entente.parse.internal.article.BoilerplateDetector;
import dev.entente.parse.internal.events.EventStage;
import dev.entente.parse.internal.facts.FactStage;
import dev.entente.parse.internal.gazetteer.CountryTagger;
import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.parse.internal.knowledge.Knowledge;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Places;
import dev.entente.parse.internal.knowledge.Venues;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.normalize.AmountStage;
import dev.entente.parse.internal.normalize.DateStage;
import dev.entente.parse.internal.people.PeopleStage;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.parse.internal.pipeline.TokenArrays;
import dev.entente.parse.internal.pipeline.TokenPages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads news reports into {@link ArticleExtraction}s. Create one and share it: it is immutable,
 * thread-safe, and loads its lexicons once.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create();
 * ArticleExtraction x = parser.parse("putin-maduro", text, LocalDate.of(2019, 9, 25));
 * x.leaders().forEach(System.out::println);
 * }</pre>
 *
 * <p>A parser knows who held which office when, which state makes which weapon system, and where
 * cities lie. Users who know more (a government formed after this release, a system it does not
 * list) give their own files to {@link #builder()}, in the formats of {@link Builder}.
 */
public final class ArticleParser {

  /** The default limit on an article's length, in UTF-16 chars: 10 MiB of text. */
  public static final int DEFAULT_MAX_LENGTH = Limits.MAX_TEXT_LENGTH;

  private final List<Stage> stages;
  private final int maxLength;
  private final Knowledge knowledge;

  private ArticleParser(int maxLength, Knowledge knowledge) {
    this.maxLength = maxLength;
    this.knowledge = knowledge;
    // The gazetteer and the fact stages' lexicons, the largest data to load, load on a second thread
    // while the other stages load on this one, about the same work on each. The constructor returns
    // when both parts are loaded, so a data file that cannot be read fails the creation, never a
    // parse. Classes, not lambdas or method references: a program's first lambda costs milliseconds
    // to link.
    FutureTask<List<Stage>> own = new FutureTask<>(new Callable<List<Stage>>() {
      @Override
      public List<Stage> call() {
        TextReaderStage reader = new TextReaderStage();
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        ArticleMetadataReader metadata = new ArticleMetadataReader();
        AmountStage amounts = new AmountStage();
        DateStage dates = new DateStage();
        PeopleStage people = new PeopleStage();
        EventStage events = new EventStage(people.offices());
        return List.of(reader, boilerplate, metadata, amounts, dates, people, events);
      }
    });
    FutureTask<List<Stage>> all = new FutureTask<>(new Callable<List<Stage>>() {
      @Override
      public List<Stage> call() {
        CountryTagger countries = new CountryTagger();
        FactStage facts = new FactStage();
        List<Stage> o = await(own);
        return List.of(o.get(0), o.get(1), o.get(2), countries, o.get(3), o.get(4), o.get(5), o.get(6), facts);
      }
    });
    Thread loader = new Thread(all, "entente-loader");
    loader.setDaemon(true);
    loader.start();
    own.run();
    await(own);
    this.stages = await(all);
  }

  private static <T> T await(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // loading is short: finish it, and keep the caller's interrupt
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("Cannot load the parser's data files", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A parser with the default settings and the built-in knowledge.
   *
   * @return the parser; it is immutable and safe to share between threads
   */
  public static ArticleParser create() {
    return new ArticleParser(DEFAULT_MAX_LENGTH, Knowledge.builtIn());
  }

  /**
   * A parser that refuses texts longer than {@code maxLength} chars.
   *
   * @param maxLength the longest text accepted, in UTF-16 chars, at least 1
   * @return the parser
   */
  public static ArticleParser create(int maxLength) {
    return new ArticleParser(checkedMaxLength(maxLength), Knowledge.builtIn());
  }

  private static int checkedMaxLength(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be >= 1: " + maxLength);
    }
    return maxLength;
  }

  /**
   * A builder for a parser with users' own office holders, weapon systems, places or venues.
   *
   * @return a builder holding the built-in knowledge
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a parser that knows what a user's files add to, or put in place of, the built-in
   * knowledge. Each file is UTF-8 text, one entry per line, columns separated by a TAB; lines
   * starting with {@code #} and blank lines are skipped, trailing empty columns may be left out,
   * several values in one column are separated by {@code |}. A bad line is reported with its file
   * and line number when the file is given.
   *
   * <p><b>Office holders</b>: {@code name, variants, country, role, title, start, end, flags}:
   * <pre>{@code
   * Jane Doe	J. Doe	NZL	HEAD_OF_GOVERNMENT	Prime Minister	2031-05-01
   * }</pre>
   * country is ISO 3166-1 alpha-3 (former states ISO 3166-3); role is HEAD_OF_STATE,
   * HEAD_OF_GOVERNMENT, FOREIGN_MINISTER or another {@link dev.entente.model.Role}; start and end
   * are {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, end empty while in office; flags are
   * {@code both} (heads state and government), {@code acting}, {@code shared}, {@code disputed},
   * {@code fnf} (family name first). A person added for a state replaces the built-in lines of that
   * person for that state.
   *
   * <p><b>Weapon systems</b>: {@code name, designations, makers, producers, category, flags}:
   * <pre>{@code
   * Gripen	JAS 39 Gripen|JAS 39|Gripen E	SWE	BRA	aircraft
   * }</pre>
   * makers and producers are alpha-3 codes, the lead maker first; category is one of SIPRI's:
   * aircraft, air defence systems, armoured vehicles, artillery, engines, missiles, naval weapons,
   * satellites, sensors, ships, other; flag {@code shared} marks a designation another maker's
   * system also goes by. A system added replaces the built-in one of the same name.
   *
   * <p><b>Places</b>: {@code name, variants, country, flags}:
   * <pre>{@code
   * Kyiv	Kiev|Kyyiv	UKR	capital
   * }</pre>
   * flags are {@code capital}, {@code seat} (seat of government) and {@code former} (former
   * capital). A city added replaces the built-in one of the same name and state. A city is not a
   * mention of its state.
   *
   * <p><b>Venues</b> of meetings: {@code name, city, country}:
   * <pre>{@code
   * Hyderabad House	New Delhi	IND
   * }</pre>
   * name as news writes it, without a leading "the" (another spelling is a line of its own); city as
   * news writes it. A meeting at a venue is located "[venue], [city]", with the city the text names
   * after the venue, else the file's. A venue added replaces the built-in one of the same name.
   *
   * <p>{@code add...} lays a file over what the builder holds so far (the built-in knowledge to
   * begin with); {@code replace...} puts it in place of the built-in knowledge of its kind. The
   * built-in files are still read once per JVM and shared.
   */
  public static final class Builder {
    private int maxLength = DEFAULT_MAX_LENGTH;
    private @Nullable OfficeHolders officeHolders;
    private @Nullable WeaponRegister weapons;
    private @Nullable Places places;
    private @Nullable Venues venues;

    private Builder() {}

    /**
     * Texts longer than {@code maxLength} chars are refused.
     *
     * @param maxLength the longest text accepted, in UTF-16 chars, at least 1
     * @return this builder
     */
    public Builder maxLength(int maxLength) {
      this.maxLength = checkedMaxLength(maxLength);
      return this;
    }

    /**
     * Adds the office holders in {@code file} to those known so far.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder addOfficeHolders(Path file) throws IOException {
      return layOfficeHolders(read(file, OfficeHolders::read));
    }

    /**
     * Adds the office holders {@code reader} gives, {@code source} naming it in error messages.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder addOfficeHolders(Reader reader, String source) {
      return layOfficeHolders(OfficeHolders.read(reader, source));
    }

    /**
     * Puts the office holders in {@code file} in place of the built-in ones.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder replaceOfficeHolders(Path file) throws IOException {
      officeHolders = read(file, OfficeHolders::read);
      return this;
    }

    /**
     * Puts the office holders {@code reader} gives in place of the built-in ones.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder replaceOfficeHolders(Reader reader, String source) {
      officeHolders = OfficeHolders.read(reader, source);
      return this;
    }

    private Builder layOfficeHolders(OfficeHolders added) {
      officeHolders = (officeHolders != null ? officeHolders : OfficeHolders.standard()).with(added);
      return this;
    }

    /**
     * Adds the weapon systems in {@code file} to those known so far.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder addWeapons(Path file) throws IOException {
      return layWeapons(read(file, WeaponRegister::read));
    }

    /**
     * Adds the weapon systems {@code reader} gives, {@code source} naming it in error messages.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder addWeapons(Reader reader, String source) {
      return layWeapons(WeaponRegister.read(reader, source));
    }

    /**
     * Puts the weapon systems in {@code file} in place of the built-in ones.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder replaceWeapons(Path file) throws IOException {
      weapons = read(file, WeaponRegister::read);
      return this;
    }

    /**
     * Puts the weapon systems {@code reader} gives in place of the built-in ones.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder replaceWeapons(Reader reader, String source) {
      weapons = WeaponRegister.read(reader, source);
      return this;
    }

    private Builder layWeapons(WeaponRegister added) {
      weapons = (weapons != null ? weapons : WeaponRegister.builtIn()).with(added);
      return this;
    }

    /**
     * Adds the places in {@code file} to those known so far.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder addPlaces(Path file) throws IOException {
      return layPlaces(read(file, Places::read));
    }

    /**
     * Adds the places {@code reader} gives, {@code source} naming it in error messages.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder addPlaces(Reader reader, String source) {
      return layPlaces(Places.read(reader, source));
    }

    /**
     * Puts the places in {@code file} in place of the built-in ones.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder replacePlaces(Path file) throws IOException {
      places = read(file, Places::read);
      return this;
    }

    /**
     * Puts the places {@code reader} gives in place of the built-in ones.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder replacePlaces(Reader reader, String source) {
      places = Places.read(reader, source);
      return this;
    }

    private Builder layPlaces(Places added) {
      places = (places != null ? places : Places.builtIn()).with(added);
      return this;
    }

    /**
     * Adds the venues in {@code file} to those known so far.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder addVenues(Path file) throws IOException {
      return layVenues(read(file, Venues::read));
    }

    /**
     * Adds the venues {@code reader} gives, {@code source} naming it in error messages.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder addVenues(Reader reader, String source) {
      return layVenues(Venues.read(reader, source));
    }

    /**
     * Puts the venues in {@code file} in place of the built-in ones.
     *
     * @param file a UTF-8 file in the format above
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a bad line
     */
    public Builder replaceVenues(Path file) throws IOException {
      venues = read(file, Venues::read);
      return this;
    }

    /**
     * Puts the venues {@code reader} gives in place of the built-in ones.
     *
     * @param reader the lines in the format above
     * @param source the name error messages give the input, such as a file name
     * @return this builder
     * @throws IllegalArgumentException naming the source and line of a bad line
     */
    public Builder replaceVenues(Reader reader, String source) {
      venues = Venues.read(reader, source);
      return this;
    }

    private Builder layVenues(Venues added) {
      venues = (venues != null ? venues : Venues.builtIn()).with(added);
      return this;
    }

    private static <T> T read(Path file, BiFunction<Reader, String, T> parse) throws IOException {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse.apply(in, file.toString());
      }
    }

    /**
     * A parser with what this builder holds.
     *
     * @return the parser
     */
    public ArticleParser build() {
      return new ArticleParser(maxLength, Knowledge.of(officeHolders, weapons, places, venues));
    }
  }

  /**
   * The longest text, in UTF-16 chars, this parser accepts.
   *
   * @return the limit, at least 1
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Reads an article whose publication date is not known (the text's own date is used, if any).
   *
   * @param id the article's id, not blank
   * @param text the article's text
   * @return what the article says
   */
  public ArticleExtraction parse(String id, String text) {
    return parse(id, text, null);
  }

  /**
   * Reads an article. Relative dates ("on Wednesday") resolve against {@code published}, or, when
   * that is null, against the date the text states.
   *
   * @param id the article's id, not blank; it becomes the extraction's {@link dev.entente.model.Article#id()}
   * @param text the article's text; spans are UTF-16 offsets into it
   * @param published the publication date, or null when unknown
   * @return what the article says, within the bounds of {@link Limits} (so its JSON reads back)
   * @throws NullPointerException if {@code id} or {@code text} is null
   * @throws IllegalArgumentException if {@code id} is blank or longer than {@link Limits#MAX_ID_LENGTH},
   *     or {@code text} is longer than {@link #maxLength()}
   */
  public ArticleExtraction parse(String id, String text, @Nullable LocalDate published) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (id.length() > Limits.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "id is " + id.length() + " chars, over the limit of " + Limits.MAX_ID_LENGTH + " (Limits.MAX_ID_LENGTH)");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "text of article " + id + " is " + text.length() + " chars, over the parser's limit of " + maxLength);
    }
    TokenPages.newArticle(); // the tables of this thread's last article are read no more
    TokenArrays.newArticle();
    Document doc = new Document(id, text, published, knowledge);
    for (Stage stage : stages) {
      stage.apply(doc);
    }
    return assemble(doc);
  }

  private static ArticleExtraction assemble(Document doc) {
    Article article = new Article(doc.id, doc.title, doc.source, doc.author, doc.dateline, doc.publishedDate());
    Map<Country, List<Span>> countries = new LinkedHashMap<>();
    // a state named in a report of a day it was part of a former state is that state ("Moscow" in 1987)
    LocalDate day = doc.published();
    if (day == null) {
      EdtfDate dated = doc.publishedDate(); // a month or year the report states
      day = dated == null ? null : dated.earliest();
    }
    FormerStates formers = FormerStates.builtIn();
    int m = 0; // amounts and state mentions are both in text order
    for (CountryRef ref : doc.countries) {
      while (m < doc.money.size() && doc.money.get(m).end() <= ref.first()) {
        m++;
      }
      if (m < doc.money.size() && doc.money.get(m).first() <= ref.first() && ref.end() <= doc.money.get(m).end()) {
        continue; // "548 million U.S. dollars", "US$3 billion": a currency's name, no mention of its state
      }
      Country state = day == null ? ref.country() : formers.on(ref.country(), day);
      countries.computeIfAbsent(state, c -> new ArrayList<>()).add(ref.span());
    }
    List<CountryMention> mentions = new ArrayList<>(countries.size());
    countries.forEach((c, spans) -> mentions.add(CountryMention.of(c, spans)));
    // the one place the output's bounds apply: what no real article holds is dropped, so every
    // extraction's JSON reads back
    return Limits.bounded(new ArticleExtraction(article, mentions, doc.leaders, doc.agreements, doc.tradeFigures,
        doc.armsContracts, doc.events));
  }
}
