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
 * One text of a given size (2 KB to 10 MB, UTF-8 bytes) read as one article: the time per operation
 * divided by the size is the cost per byte, which must not grow with the size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// a fixed heap keeps the collector's resizing out of the figures
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class InputSizeBenchmark {

  /** The input's size in UTF-8 bytes. */
  @Param({"2048", "102400", "1048576", "10485760"})
  public int bytes;

  ArticleParser parser;
  String text;

  @Setup(Level.Trial)
  public void setUp() {
    parser = ArticleParser.create();
    text = BenchCorpus.fromSeeds().text(bytes, 1857L + bytes);
    JitWarmup.run(parser);
  }

  @Benchmark
  public ArticleExtraction extract() {
    return parser.parse("bench", text);
  }
}
