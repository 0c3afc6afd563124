package dev.entente.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;

import dev.entente.spark.internal.DossierRows;
import dev.entente.spark.internal.SharedParser;
import dev.entente.spark.internal.Tagged;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: the job in local mode on 1 and 2 cores over a generated JSON Lines archive (1 GB by
 * default), next to the command line on the same archive, in MB/s of the archive. The archive is
 * made once under {@code target/spark-bench/} from the seeds and the corpus's dev split, each line
 * its own id and a publication date. Run after {@code ./mvnw -B -q package -DskipTests}:
 *
 * <pre>java @spark/target/bench.args [MB] [--cores 1,2] [--no-cli] [--dossier]</pre>
 *
 * <p>{@code --dossier} times the dossier alone, on the fact rows the archive would give (see
 * {@link #dossier}), without writing or parsing the archive.
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
    boolean dossierOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cores" -> coreCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--no-cli" -> withCli = false;
        case "--dossier" -> dossierOnly = true;
        default -> megabytes = Long.parseLong(args[i]);
      }
    }
    Path dir = Path.of("spark", "target", "spark-bench");
    Files.createDirectories(dir);
    if (dossierOnly) {
      for (int cores : coreCounts) {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double seconds = dossier(megabytes << 20, cores, dir.resolve("dossier-" + ProcessHandle.current().pid() + "-" + cores));
        System.out.printf(Locale.ROOT, "dossier of the %d MB archive's facts, local[%d]: %.1f s; heap peak at most %d MB; heap limit %d MB%n",
            megabytes, cores, seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
      }
      return;
    }
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
      long peak = peakHeap();
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

  /** The heap's peak since the pools were reset: at most the sum of the heap pools' peaks. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The texts the archive repeats: the seeds and the dev split, in order. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path f : CliTables.seedsAndDev(Path.of("."))) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** How many lines the archive of at least {@code bytes} has. */
  private static long lines(long bytes) throws IOException {
    List<String> texts = texts();
    long total = 0;
    for (String text : texts) {
      total += text.getBytes(StandardCharsets.UTF_8).length + 64;
    }
    return bytes / (total / texts.size()) + texts.size();
  }

  /**
   * Seconds to merge and write the dossier of the archive's facts on {@code cores} cores, the
   * parse left out: line {@code n} of the archive is text {@code n mod T} published on day 15 of
   * month {@code n mod 12} of year {@code 2000 + n mod 25}, so each distinct line is parsed once
   * and its rows repeated under the id of every line like it: the fact rows the whole archive
   * gives, in a few seconds of parsing.
   */
  private static double dossier(long bytes, int cores, Path out) throws IOException {
    List<String> texts = texts();
    long lines = lines(bytes);
    long period = lcm(texts.size(), 300);
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("entente-bench-dossier")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      // 64 splits: each task caches a few hundred thousand rows, as a 32 MB split of the archive gives
      JavaRDD<Row> rows = spark.range(0, Math.min(period, lines), 1, 64).javaRDD().flatMap(k -> {
        int t = (int) (k % texts.size());
        LocalDate published = LocalDate.of(2000 + (int) (k % 25), (int) (k % 12) + 1, 15);
        List<Row> once = Tagged.rows(SharedParser.get().parse("a" + k, texts.get(t), published), k, null);
        List<Row> all = new ArrayList<>();
        for (long n = k; n < lines; n += period) {
          for (Row r : once) {
            String[] cells = ((String[]) r.get(3)).clone();
            cells[0] = "a" + n;
            all.add(RowFactory.create(r.get(0), r.get(1), r.get(2), cells, n, r.get(5)));
          }
        }
        return all.iterator();
      });
      SparkExtraction x = new SparkExtraction(spark.createDataFrame(rows, Tagged.SCHEMA));
      long start = System.nanoTime();
      long written = 0;
      for (String table : DossierRows.tables().keySet()) {
        Dataset<Row> t = x.table(table);
        t.write().mode("overwrite").parquet(out.resolve(table).toAbsolutePath().toString());
        written += spark.read().parquet(out.resolve(table).toAbsolutePath().toString()).count();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println("  " + lines + " articles, " + written + " dossier rows");
      return seconds;
    } finally {
      spark.stop();
    }
  }

  private static long lcm(long a, long b) {
    return a / java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).longValueExact() * b;
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
    for (String text : texts()) {
      texts.add(lit(text));
    }
    long lines = lines(bytes);
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
