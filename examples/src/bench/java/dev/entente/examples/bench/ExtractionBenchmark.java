package dev.entente.examples.bench;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full extraction over a varied corpus of news-sized articles: one operation is one article. The
 * counters {@code bytes} and {@code articles} give input bytes (UTF-8) and articles per second; run
 * with {@code -t 1} and {@code -t max} for one thread and all cores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// a fixed heap keeps the collector's resizing out of the figures
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExtractionBenchmark {

  /** The number of different articles the benchmark cycles through. */
  static final int CORPUS_ARTICLES = 600;

  /** One parser shared by all threads, and the corpus. */
  @State(Scope.Benchmark)
  public static class Shared {
    ArticleParser parser;
    List<String> articles;
    int[] utf8Bytes;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
      parser = ArticleParser.create();
      articles = BenchCorpus.fromSeeds().articles(CORPUS_ARTICLES, 20190925L);
      utf8Bytes = articles.stream().mapToInt(BenchCorpus::utf8Length).toArray();
      JitWarmup.run(parser);
    }
  }

  /** Each thread's place in the corpus (threads start apart), and its counters. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    int next;
    /** Input bytes read (UTF-8). */
    public long bytes;
    /** Articles read. */
    public long articles;

    @Setup(Level.Trial)
    public void setUp(Shared shared) {
      next = shared.threads.getAndIncrement() * 97;
    }
  }

  private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 25);

  @Benchmark
  public ArticleExtraction extract(Shared shared, Cursor cursor) {
    int i = cursor.next++ % CORPUS_ARTICLES;
    cursor.bytes += shared.utf8Bytes[i];
    cursor.articles++;
    return shared.parser.parse("bench", shared.articles.get(i), (i & 1) == 0 ? PUBLISHED : null);
  }
}
