package dev.entente.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark and prints one table of figures: throughput on one thread and on all cores,
 * cost per byte by input size, parser creation time and retained heap, allocation per input byte,
 * and the hostile inputs' cost against ordinary text.
 *
 * <pre>
 * java -jar examples/target/benchmarks.jar            # the full run (about 25 minutes)
 * java -jar examples/target/benchmarks.jar --quick    # a short smoke run
 * java -jar examples/target/benchmarks.jar jmh ARGS   # JMH's own command line, e.g. jmh -l
 * </pre>
 */
public final class BenchmarkReport {

  /** The JIT warm-up of a quick run's forks, in seconds (see {@link JitWarmup}): too short for steady speed. */
  private static final int QUICK_JIT_SECONDS = 8;

  private final boolean quick;
  private final List<String[]> rows = new ArrayList<>();

  private BenchmarkReport(boolean quick) {
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      String[] rest = new String[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      org.openjdk.jmh.Main.main(rest);
      return;
    }
    boolean quick = args.length > 0 && args[0].equals("--quick");
    if (args.length > (quick ? 1 : 0)) {
      System.err.println("usage: benchmarks.jar [--quick] | benchmarks.jar jmh [JMH options]");
      System.exit(2);
    }
    new BenchmarkReport(quick).run();
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    BenchCorpus corpus = BenchCorpus.fromSeeds();

    // full extraction, one thread (with the allocation profiler) and all cores
    RunResult one = only(runner(ExtractionBenchmark.class, "extract").threads(1).addProfiler("gc"));
    double bytesPerSecond1 = secondary(one, "bytes");
    double articlesPerSecond1 = secondary(one, "articles");
    double alloc = secondary(one, "gc.alloc.rate.norm");
    double meanArticleBytes = bytesPerSecond1 / articlesPerSecond1;
    row("Full extraction, 1 thread", mb(bytesPerSecond1) + " MB/s, " + fixed(articlesPerSecond1, 0) + " articles/s",
        ">= 10 MB/s");
    RunResult all = only(runner(ExtractionBenchmark.class, "extract").threads(cores));
    double bytesPerSecondN = secondary(all, "bytes");
    row("Full extraction, " + cores + " threads",
        mb(bytesPerSecondN) + " MB/s, " + fixed(secondary(all, "articles"), 0) + " articles/s ("
            + fixed(bytesPerSecondN / bytesPerSecond1, 2) + "x)", ">= 1.7x one thread");
    row("Allocation per input byte", fixed(alloc / meanArticleBytes, 0) + " B/B (mean article "
        + fixed(meanArticleBytes / 1024, 1) + " KB)", "");

    // cost per byte by input size, with the default collector (G1) and with the throughput collector:
    // a 10 MB article keeps a few hundred MB of tokens and mentions alive while it is read, which G1
    // copies from region to region, so there the collector's share grows with the article
    sizes("", runner(InputSizeBenchmark.class, "extract"), corpus);
    sizes(", throughput collector",
        runner(InputSizeBenchmark.class, "extract").jvmArgsAppend("-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"), corpus);

    // parser creation, cold and warm, and its retained heap
    for (RunResult r : all(runner(ParserCreationBenchmark.class, "cold"))) {
      row("Parser creation, first in a fresh JVM", fixed(r.getPrimaryResult().getScore(), 0) + " ms", "< 200 ms");
    }
    for (RunResult r : all(runner(ParserCreationBenchmark.class, "coldFirstArticle"))) {
      row("Parser creation and its first dated article, fresh JVM", fixed(r.getPrimaryResult().getScore(), 0) + " ms",
          "");
    }
    for (RunResult r : all(runner(ParserCreationBenchmark.class, "warm"))) {
      row("Parser creation, warm JVM", fixed(r.getPrimaryResult().getScore(), 1) + " ms", "< 200 ms");
    }
    row("Retained heap of one parser", fixed(retainedHeap() / 1048576.0, 1) + " MB", "< 64 MB");

    // hostile inputs against ordinary text of the same size
    Map<String, Double> hostile = new LinkedHashMap<>();
    for (RunResult r : all(runner(AdversarialBenchmark.class, "extract"))) {
      HostileText kind = HostileText.valueOf(r.getParams().getParam("kind"));
      int chars = kind.text(AdversarialBenchmark.SIZE, corpus).length();
      hostile.put(kind.name(), r.getPrimaryResult().getScore() * 1000 / chars);
    }
    double ordinary = hostile.get(HostileText.ORDINARY.name());
    for (Map.Entry<String, Double> e : hostile.entrySet()) {
      row("Hostile input " + e.getKey().toLowerCase(Locale.ROOT).replace('_', ' ') + ", 100 K chars",
          fixed(e.getValue(), 1) + " ns/char (" + fixed(e.getValue() / ordinary, 2) + "x ordinary)",
          e.getKey().equals(HostileText.ORDINARY.name()) ? "" : "<= 3x ordinary");
    }

    // merging generated extractions on one core, 10,000 to 100,000: how the cost grows
    Map<Integer, Double> mergeMs = new LinkedHashMap<>();
    for (RunResult r : all(runner(MergeBenchmark.class, "merge"))) {
      mergeMs.put(Integer.parseInt(r.getParams().getParam("articles")), r.getPrimaryResult().getScore());
    }
    int smallest = mergeMs.keySet().iterator().next();
    for (Map.Entry<Integer, Double> e : mergeMs.entrySet()) {
      double perArticle = e.getValue() * 1000 / e.getKey();
      row("Merge, " + String.format(Locale.ROOT, "%,d", e.getKey()) + " extractions, 1 core",
          fixed(e.getValue() / 1000, 2) + " s (" + fixed(perArticle, 1) + " us/extraction, "
              + fixed(perArticle / (mergeMs.get(smallest) * 1000 / smallest), 2) + "x that of "
              + String.format(Locale.ROOT, "%,d", smallest) + ")",
          e.getKey() >= 100_000 ? "< 60 s" : "");
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "Entente benchmarks: %d cores, %s %s (%s)%s%n", cores,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.arch"), quick ? ", quick run (figures rough)" : "");
    System.out.println();
    System.out.println("| Measure | Figure | Target |");
    System.out.println("|---|---|---|");
    for (String[] r : rows) {
      System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |");
    }
  }

  private void sizes(String collector, ChainedOptionsBuilder runner, BenchCorpus corpus) throws RunnerException {
    Map<Integer, Double> nsPerByte = new LinkedHashMap<>();
    for (RunResult r : all(runner)) {
      int size = Integer.parseInt(r.getParams().getParam("bytes"));
      // the mean size of the texts read: each is at most the size asked for, ending on a whole paragraph
      double actual = InputSizeBenchmark.texts(corpus, size).stream().mapToInt(BenchCorpus::utf8Length).average()
          .orElseThrow();
      nsPerByte.put(size, r.getPrimaryResult().getScore() * 1000 / actual);
    }
    double small = nsPerByte.values().iterator().next();
    for (Map.Entry<Integer, Double> e : nsPerByte.entrySet()) {
      row("Cost per byte, " + size(e.getKey()) + " input" + collector,
          fixed(e.getValue(), 1) + " ns/B (" + fixed(e.getValue() / small, 2) + "x 2 KB)",
          e.getKey() >= 10 << 20 ? "<= 1.5x 2 KB" : "");
    }
  }

  private ChainedOptionsBuilder runner(Class<?> benchmark, String method) {
    ChainedOptionsBuilder b = new OptionsBuilder()
        .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true);
    System.out.println("running " + benchmark.getSimpleName() + "." + method + " ...");
    if (quick) {
      b.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
          .measurementTime(TimeValue.seconds(1)).jvmArgsPrepend("-D" + JitWarmup.PROPERTY + "=" + QUICK_JIT_SECONDS);
      if (method.startsWith("cold")) {
        b.forks(2).warmupIterations(0).measurementIterations(1);
      }
    }
    return b;
  }

  private static RunResult only(ChainedOptionsBuilder b) throws RunnerException {
    return all(b).iterator().next();
  }

  private static Collection<RunResult> all(ChainedOptionsBuilder b) throws RunnerException {
    return new Runner(b.build()).run();
  }

  private static double secondary(RunResult r, String suffix) {
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith(suffix)) {
        return e.getValue().getScore();
      }
    }
    throw new IllegalStateException("no result " + suffix + " among " + r.getSecondaryResults().keySet());
  }

  private static long retainedHeap() throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath));
    String seeds = System.getProperty("entente.seeds");
    if (seeds != null) {
      command.add("-Dentente.seeds=" + seeds);
    }
    command.add(ParserHeap.class.getName());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = "";
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        last = line;
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("heap measurement failed: " + last);
    }
    return Long.parseLong(last.strip());
  }

  private void row(String measure, String figure, String target) {
    rows.add(new String[] {measure, figure, target});
    System.out.println("  " + measure + ": " + figure);
  }

  private static String mb(double bytesPerSecond) {
    return fixed(bytesPerSecond / 1_000_000, 2);
  }

  private static String size(int bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
