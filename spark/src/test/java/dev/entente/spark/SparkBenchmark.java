package dev.entente.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: the job in local mode on 1 and 2 cores over a generated JSON Lines archive (1 GB by
 * default), next to the command line on the same archive, in MB/s of the archive. The archive is
 * made once under {@code target/spark-bench/} from the seeds and the corpus's dev split, each line
 * its own id and a publication date. Run after {@code ./mvnw -B -q package -DskipTests}:
 *
 * <pre>java @spark/target/bench.args [MB] [--cores 1,2] [--no-cli]</pre>
 *
 * <p>After each run it prints the heap's peak, at most the sum of the heap pools' peaks; the heap
 * limit is the argument file's {@code -Xmx} (a copy of the file with another one tries another).
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    long megabytes = 1024;
    int[] coreCounts = {1, 2};
    boolean withCli = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cores" -> coreCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--no-cli" -> withCli = false;
        default -> megabytes = Long.parseLong(args[i]);
      }
    }
    Path dir = Path.of("spark", "target", "spark-bench");
    Files.createDirectories(dir);
    Path archive = dir.resolve("archive-" + megabytes + "mb.jsonl");
    if (!Files.exists(archive) || Files.size(archive) < megabytes << 20) {
      generate(archive, megabytes << 20);
    }
    Path warmup = dir.resolve("warmup.jsonl");
    if (!Files.exists(warmup)) {
      generate(warmup, 4L << 20);
    }
    double mb = Files.size(archive) / 1e6;
    System.out.printf(Locale.ROOT, "archive: %s, %.0f MB; %d cores; heap limit %d MB%n",
        archive, mb, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    List<String> lines = new ArrayList<>();
    for (int cores : coreCounts) {
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      // A folder of this run's own: two runs (two heaps) may share the archive at once.
      double seconds = spark(archive, warmup, dir.resolve("out-" + ProcessHandle.current().pid() + "-" + cores), cores);
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      lines.add(String.format(Locale.ROOT, "spark local[%d]: %.1f s, %.2f MB/s; heap peak at most %d MB (pools' peaks added)",
          cores, seconds, mb / seconds, peak >> 20));
      System.out.println(lines.get(lines.size() - 1));
    }
    Path cli = Path.of("examples", "target", "entente.jar");
    if (!withCli) {
      lines.add("command line: not run (--no-cli)");
    } else if (Files.exists(cli)) {
      for (int threads : new int[] {1, 2}) {
        double seconds = cli(cli, archive, dir.resolve("cli-" + threads), threads);
        lines.add(String.format(Locale.ROOT, "command line, %d thread%s (CSV tables): %.1f s, %.2f MB/s",
            threads, threads == 1 ? "" : "s", seconds, mb / seconds));
        System.out.println(lines.get(lines.size() - 1));
      }
    } else {
      lines.add("command line: " + cli + " not built");
    }
    System.out.println();
    lines.forEach(System.out::println);
  }

  /** Seconds to extract the archive and write every table, the dossier included, on {@code cores} cores. */
  private static double spark(Path archive, Path warmup, Path out, int cores) {
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("entente-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
        // Splits of 32 MB: every core has work even on a small archive.
        .config("spark.sql.files.maxPartitionBytes", Long.toString(32L << 20))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, warmup, out);
      long start = System.nanoTime();
      Map<String, Long> counts = run(spark, archive, out);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println("  rows: " + counts);
      return seconds;
    } finally {
      spark.stop();
    }
  }

  private static Map<String, Long> run(SparkSession spark, Path archive, Path out) {
    return EntenteSpark.extract(EntenteSpark.read(spark, ArticleFormat.JSONL, List.of(archive.toString())))
        .write(out.toAbsolutePath().toString(), false);
  }

  /** Seconds for the command line to write the CSV tables of the archive on {@code threads} threads. */
  private static double cli(Path jar, Path archive, Path out, int threads) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "extract", "--quiet", "--threads", Integer.toString(threads), "--format", "csv",
        "--output", out.toString(), archive.toString());
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).inheritIO().start();
    int status = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("the command line exited with " + status + ": " + command);
    }
    return seconds;
  }

  /**
   * A JSON Lines archive of at least {@code bytes}, written by Spark itself: the seeds and the dev
   * split over and over, each line its own id and a publication date.
   */
  private static void generate(Path file, long bytes) throws IOException {
    List<Column> texts = new ArrayList<>();
    long total = 0;
    for (Path f : CliTables.seedsAndDev(Path.of("."))) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      texts.add(lit(text));
      total += text.getBytes(StandardCharsets.UTF_8).length + 64;
    }
    long lines = bytes / (total / texts.size()) + texts.size();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("entente-bench-archive")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Path dir = file.resolveSibling(file.getFileName() + ".parts");
      Column n = col("id");
      spark.range(0, lines, 1, 1)
          .select(concat(lit("a"), n.cast("string")).as("id"),
              format_string("%d-%02d-15", n.mod(25).plus(2000), n.mod(12).plus(1)).as("published"),
              element_at(array(texts.toArray(new Column[0])), n.mod(texts.size()).plus(1).cast("int")).as("text"))
          .write().mode("overwrite").json(dir.toAbsolutePath().toString());
      try (var parts = Files.list(dir)) {
        Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      try (var rest = Files.list(dir)) {
        for (Path p : rest.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    } finally {
      spark.stop();
    }
  }
}
