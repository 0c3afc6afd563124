package dev.entente.examples.bench;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link ArticleParser#create()}: lexicons and gazetteers read and indexed. {@code cold}
 * is the first parser of a fresh JVM (one shot per fork, class loading included); {@code warm} is
 * the steady cost once the JVM has warmed up. {@code coldFirstArticle} is the first parser of a
 * fresh JVM and its first dated article naming a leader: the office-holder dictionary is read when
 * such an article first needs it, so this is what a program pays before its first result.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParserCreationBenchmark {

  /** A dated article that names a leader without his state, so the office-holder dictionary is read. */
  static final String FIRST_ARTICLE = "MOSCOW, Oct. 5 (Reuters) - President Vladimir Putin met Prime Minister"
      + " Narendra Modi at the Kremlin on Friday, and the two signed a $5.4 billion deal for S-400 air"
      + " defence systems.";

  static final LocalDate FIRST_PUBLISHED = LocalDate.of(2018, 10, 5);

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public ArticleParser cold() {
    return ArticleParser.create();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public ArticleExtraction coldFirstArticle() {
    return ArticleParser.create().parse("first", FIRST_ARTICLE, FIRST_PUBLISHED);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public ArticleParser warm() {
    return ArticleParser.create();
  }
}
