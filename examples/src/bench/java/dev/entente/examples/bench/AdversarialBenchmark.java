package dev.entente.examples.bench;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hostile texts of 100,000 chars (see {@link HostileText}) against ordinary news of the same size:
 * the time per operation of each, divided by that of {@code ORDINARY}, must stay within 3. At 1 MB
 * and 10 MB, and for the heap each needs, {@link HostileSizes} measures them all in one JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
// a fixed heap keeps the collector's resizing out of the figures
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class AdversarialBenchmark {

  /** The size of every input, in chars. */
  public static final int SIZE = 100_000;

  @Param({"ORDINARY", "CAPITALISED", "NUMBERS", "ABBREVIATIONS", "SEPARATORS", "TRIGGERS", "PEOPLE",
      "SHARED_NAMES", "ENDLESS_LINE",
      "NESTED", "DIGITS", "DOLLARS", "COMMA_NUMBERS", "BARE_TRIGGERS", "ONE_COUNTRY", "POSSESSIVE", "US_DOTTED",
      "US_SHORT"})
  public HostileText kind;

  ArticleParser parser;
  String text;

  @Setup(Level.Trial)
  public void setUp() {
    parser = ArticleParser.create();
    text = kind.text(SIZE, BenchCorpus.fromSeeds());
    JitWarmup.run(parser);
  }

  @Benchmark
  public ArticleExtraction extract() {
    return parser.parse("hostile", text);
  }
}
