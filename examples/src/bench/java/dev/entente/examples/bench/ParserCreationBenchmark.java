package dev.entente.examples.bench;

import dev.entente.parse.ArticleParser;
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
 * the steady cost once the JVM has warmed up.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParserCreationBenchmark {

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public ArticleParser cold() {
    return ArticleParser.create();
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
