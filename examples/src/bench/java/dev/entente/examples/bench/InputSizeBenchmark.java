package dev.entente.examples.bench;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.util.ArrayList;
import java.util.List;
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
 * Texts of a given size (2 KB to 10 MB, UTF-8 bytes), each read as one article: the time per
 * operation divided by the size is the cost per byte, which must not grow with the size. Each size
 * cycles through different texts, about 8 MB of them (512 of 2 KB, one of 10 MB), so a small input
 * read over and over does not sit in the CPU's caches and flatter the small sizes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// a 10 MB text is one or two operations an iteration: five iterations let its own long loops compile too
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// a fixed heap keeps the collector's resizing out of the figures
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class InputSizeBenchmark {

  /** The input's size in UTF-8 bytes. */
  @Param({"2048", "102400", "1048576", "10485760"})
  public int bytes;

  /** About how many bytes of different texts each size cycles through. */
  static final int VARIETY_BYTES = 8 << 20;

  /** The most texts of one size. */
  static final int MAX_TEXTS = 512;

  ArticleParser parser;
  List<String> texts;
  int next;

  /** The texts of {@code bytes} bytes the benchmark reads, in order (the report sizes them from these). */
  static List<String> texts(BenchCorpus corpus, int bytes) {
    int count = Math.max(1, Math.min(MAX_TEXTS, VARIETY_BYTES / bytes));
    List<String> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(corpus.text(bytes, 1857L + bytes + 7919L * k));
    }
    return out;
  }

  @Setup(Level.Trial)
  public void setUp() {
    parser = ArticleParser.create();
    texts = texts(BenchCorpus.fromSeeds(), bytes);
    JitWarmup.run(parser);
  }

  @Benchmark
  public ArticleExtraction extract() {
    String text = texts.get(next);
    next = (next + 1) % texts.size();
    return parser.parse("bench", text);
  }
}
