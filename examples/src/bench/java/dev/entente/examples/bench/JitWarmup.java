package dev.entente.examples.bench;

import dev.entente.parse.ArticleParser;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a parser over ordinary articles for a while before a benchmark measures anything. The parser
 * is a large body of code, most of it run once per article, so the JIT takes far longer to compile
 * it than JMH's usual warm-up iterations last: on a 2-core machine one thread reaches its steady
 * speed only after about 20 seconds of work. Without this, a run measures the compiler as much as
 * the parser, and big inputs (a 10 MB text is a few operations) are measured colder than small ones.
 *
 * <p>The time is {@code -Dentente.bench.jit=SECONDS} (default 25; {@code --quick} runs use less).
 */
final class JitWarmup {

  /** The system property with the warm-up time in seconds. */
  static final String PROPERTY = "entente.bench.jit";

  private static final int DEFAULT_SECONDS = 25;

  private JitWarmup() {}

  /** Parses a corpus of ordinary articles with {@code parser}, over and over, for the warm-up time. */
  static void run(ArticleParser parser) {
    long seconds = Long.getLong(PROPERTY, DEFAULT_SECONDS);
    // a corpus of its own, so the measured inputs are not the ones the JIT was trained on
    List<String> articles = BenchCorpus.fromSeeds().articles(300, 77L);
    LocalDate published = LocalDate.of(2019, 9, 25);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long sink = 0;
    for (int i = 0; System.nanoTime() < end; i++) {
      String text = articles.get(i % articles.size());
      sink += parser.parse("warmup", text, (i & 1) == 0 ? published : null).events().size();
    }
    if (sink < 0) {
      throw new AssertionError("unreachable: a count is never negative");
    }
  }
}
