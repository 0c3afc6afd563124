package dev.entente.parse;

import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.CountryMention;
import dev.entente.model.Country;
import dev.entente.model.Span;
import dev.entente.parse.internal.article.ArticleMetadataReader;
import dev.entente.parse.internal.article.BoilerplateDetector;
import dev.entente.parse.internal.events.EventStage;
import dev.entente.parse.internal.facts.FactStage;
import dev.entente.parse.internal.gazetteer.CountryTagger;
import dev.entente.parse.internal.normalize.AmountStage;
import dev.entente.parse.internal.normalize.DateStage;
import dev.entente.parse.internal.people.PeopleStage;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 */
public final class ArticleParser {

  /** The default limit on an article's length, in UTF-16 chars: 10 MiB of text. */
  public static final int DEFAULT_MAX_LENGTH = 10 * 1024 * 1024;

  private final List<Stage> stages;
  private final int maxLength;

  private ArticleParser(int maxLength) {
    this.maxLength = maxLength;
    // the gazetteer is the largest data to load: it loads on a second thread while the other stages load here
    FutureTask<CountryTagger> countries = new FutureTask<>(CountryTagger::new);
    Thread loader = new Thread(countries, "entente-gazetteer-loader");
    loader.setDaemon(true);
    loader.start();
    TextReaderStage reader = new TextReaderStage();
    BoilerplateDetector boilerplate = new BoilerplateDetector();
    ArticleMetadataReader metadata = new ArticleMetadataReader();
    AmountStage amounts = new AmountStage();
    DateStage dates = new DateStage();
    PeopleStage people = new PeopleStage();
    EventStage events = new EventStage(people.offices());
    FactStage facts = new FactStage();
    this.stages = List.of(reader, boilerplate, metadata, await(countries), amounts, dates, people, events, facts);
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
      throw new IllegalStateException("Cannot load the country gazetteer", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A parser with the default settings. */
  public static ArticleParser create() {
    return new ArticleParser(DEFAULT_MAX_LENGTH);
  }

  /** A parser that refuses texts longer than {@code maxLength} chars. */
  public static ArticleParser create(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be >= 1: " + maxLength);
    }
    return new ArticleParser(maxLength);
  }

  /** The longest text, in UTF-16 chars, this parser accepts. */
  public int maxLength() {
    return maxLength;
  }

  /** Reads an article whose publication date is not known (the text's own date is used, if any). */
  public ArticleExtraction parse(String id, String text) {
    return parse(id, text, null);
  }

  /**
   * Reads an article. Relative dates ("on Wednesday") resolve against {@code published}, or, when
   * that is null, against the date the text states.
   *
   * @throws NullPointerException if {@code id} or {@code text} is null
   * @throws IllegalArgumentException if {@code id} is blank or {@code text} is longer than {@link #maxLength()}
   */
  public ArticleExtraction parse(String id, String text, @Nullable LocalDate published) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "text of article " + id + " is " + text.length() + " chars, over the parser's limit of " + maxLength);
    }
    Document doc = new Document(id, text, published);
    for (Stage stage : stages) {
      stage.apply(doc);
    }
    return assemble(doc);
  }

  private static ArticleExtraction assemble(Document doc) {
    Article article = new Article(doc.id, doc.title, doc.source, doc.author, doc.dateline, doc.publishedDate());
    Map<Country, List<Span>> countries = new LinkedHashMap<>();
    for (CountryRef ref : doc.countries) {
      countries.computeIfAbsent(ref.country(), c -> new ArrayList<>()).add(ref.span());
    }
    List<CountryMention> mentions = new ArrayList<>(countries.size());
    countries.forEach((c, spans) -> mentions.add(CountryMention.of(c, spans)));
    return new ArticleExtraction(article, mentions, doc.leaders, doc.agreements, doc.tradeFigures,
        doc.armsContracts, doc.events);
  }
}
