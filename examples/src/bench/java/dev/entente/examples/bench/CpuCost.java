package dev.entente.examples.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Full extraction measured by the parsing thread's own CPU time and allocation rather than the wall
 * clock: MB read per CPU second and bytes allocated per input byte, over the corpus of
 * {@link ExtractionBenchmark} (600 articles, every other one with a publication date). On a machine
 * that other programs keep busy the wall clock measures them; a thread's CPU time is stretched far
 * less (cache contention still moves it, so compare versions run in the same minutes, as ratios).
 *
 * <p>With no argument it measures the parser on the class path. Given class paths (each holding the
 * parser and its model: two builds of {@code benchmarks.jar}, or of the {@code parsers} and {@code
 * core} jars joined by the path separator), it loads each in a class loader of its own and measures them in turns of about one CPU second each in the same JVM, so that every version
 * sees the same load; it then prints each version's median and mean over its turns:
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp examples/target/benchmarks.jar dev.entente.examples.bench.CpuCost
 * java -Xms2g -Xmx2g -cp examples/target/benchmarks.jar dev.entente.examples.bench.CpuCost old.jar new.jar
 * java -cp examples/target/benchmarks.jar dev.entente.examples.bench.CpuCost \
 *     old/parsers.jar:old/core.jar parsers/target/entente-parsers-0.1.0-SNAPSHOT.jar:core/target/entente-core-0.1.0-SNAPSHOT.jar
 * }</pre>
 *
 * <p>Every version is first warmed up for {@code -Dentente.bench.jit=SECONDS} (as in the other
 * benchmarks), then measured for {@code -Dentente.bench.cpu=SECONDS} of CPU time each (default 30).
 */
public final class CpuCost {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 25);
  private static final long TURN_NANOS = 1_000_000_000L;

  private CpuCost() {}

  /** One version of the parser: its parse method and a parser, from the class path or a jar. */
  private static final class Version {
    final String name;
    final MethodHandle parse;
    final List<Double> mbPerCpuSecond = new ArrayList<>();
    final List<Double> bytesPerByte = new ArrayList<>();

    Version(String name, ClassLoader loader) throws ReflectiveOperationException {
      this.name = name;
      Class<?> type = Class.forName("dev.entente.parse.ArticleParser", true, loader);
      Object parser = type.getMethod("create").invoke(null);
      this.parse = MethodHandles.publicLookup()
          .findVirtual(type, "parse", MethodType.methodType(
              Class.forName("dev.entente.model.ArticleExtraction", false, loader),
              String.class, String.class, LocalDate.class))
          .bindTo(parser)
          .asType(MethodType.methodType(Object.class, String.class, String.class, LocalDate.class));
    }

    Object parse(String text, boolean dated) {
      try {
        LocalDate published = dated ? PUBLISHED : null;
        return parse.invokeExact("bench", text, published);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("the parser of " + name + " threw " + e, e);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    List<Version> versions = new ArrayList<>();
    if (args.length == 0) {
      versions.add(new Version("class path", CpuCost.class.getClassLoader()));
    }
    for (String classPath : args) {
      List<URL> urls = new ArrayList<>();
      for (String jar : classPath.split(File.pathSeparator)) {
        urls.add(Path.of(jar).toAbsolutePath().toUri().toURL());
      }
      versions.add(new Version(classPath, new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())));
    }
    List<String> articles = BenchCorpus.fromSeeds().articles(ExtractionBenchmark.CORPUS_ARTICLES, 20190925L);
    long[] utf8Bytes = articles.stream().mapToLong(BenchCorpus::utf8Length).toArray();
    long warmNanos = Long.getLong(JitWarmup.PROPERTY, 25) * 1_000_000_000L;
    long measureNanos = Long.getLong("entente.bench.cpu", 30) * 1_000_000_000L;
    // the warm-up: every version in turns, so the JIT compiles each of them under the same conditions
    int[] next = new int[versions.size()];
    for (long spent = 0; spent < warmNanos; ) {
      for (int v = 0; v < versions.size(); v++) {
        spent += turn(versions.get(v), articles, utf8Bytes, next, v, false) / versions.size();
      }
    }
    for (long spent = 0; spent < measureNanos; ) {
      for (int v = 0; v < versions.size(); v++) {
        spent += turn(versions.get(v), articles, utf8Bytes, next, v, true) / versions.size();
      }
    }
    System.out.printf(Locale.ROOT, "%d articles, %d turns of about 1 CPU second per version%n", articles.size(),
        versions.get(0).mbPerCpuSecond.size());
    System.out.println("| Version | MB per CPU second, median / mean | B allocated per input byte, median |");
    System.out.println("|---|---|---|");
    for (Version v : versions) {
      System.out.printf(Locale.ROOT, "| %s | %.2f / %.2f | %.1f |%n", v.name, median(v.mbPerCpuSecond),
          v.mbPerCpuSecond.stream().mapToDouble(Double::doubleValue).average().orElse(0),
          median(v.bytesPerByte));
    }
  }

  /** Parses articles with {@code v} for about a CPU second; records the turn's figures; returns its CPU nanos. */
  private static long turn(Version v, List<String> articles, long[] utf8Bytes, int[] next, int index, boolean record) {
    long threadId = Thread.currentThread().getId();
    long bytes = 0;
    long sink = 0;
    long allocatedBefore = THREADS.getThreadAllocatedBytes(threadId);
    long start = THREADS.getCurrentThreadCpuTime();
    long cpu;
    do {
      int i = next[index]++ % articles.size();
      sink += System.identityHashCode(v.parse(articles.get(i), (i & 1) == 0));
      bytes += utf8Bytes[i];
      cpu = THREADS.getCurrentThreadCpuTime() - start;
    } while (cpu < TURN_NANOS);
    long allocated = THREADS.getThreadAllocatedBytes(threadId) - allocatedBefore;
    if (record) {
      v.mbPerCpuSecond.add(bytes / 1e6 / (cpu / 1e9));
      v.bytesPerByte.add(allocated / (double) bytes);
    }
    if (sink == 42) {
      System.out.print("");
    }
    return cpu;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
