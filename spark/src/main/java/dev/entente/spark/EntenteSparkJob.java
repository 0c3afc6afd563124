package dev.entente.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spark-submit} entry point: reads the articles of the input paths, writes every table
 * as Parquet under the output folder and prints the rows of each. Run without a master (outside
 * {@code spark-submit}) it runs in local mode on every core, or {@code --local N} cores.
 *
 * <pre>{@code
 * spark-submit --class dev.entente.spark.EntenteSparkJob entente-spark.jar \
 *     --input-format warc --output s3a://facts/2024 --by-year s3a://news/2024/
 * }</pre>
 */
public final class EntenteSparkJob {

  static final String USAGE = """
      Usage: EntenteSparkJob --output DIR [--input-format jsonl|parquet|text|html|warc] [--by-year]
                             [--lenient] [--local N] PATH...
             EntenteSparkJob --sql QUERY [--local N]
        --sql QUERY           run a Spark SQL query (tables as parquet.`DIR/trade_figures`) and print its rows
        --output DIR          where the tables go, one Parquet folder each (replaced)
        --input-format F      how the inputs hold articles; by default from the first path's name
        --by-year             partition the articles and fact tables by publication year
        --lenient             replace invalid UTF-8 in text, HTML and WARC input instead of failing the article
        --local N             run in local mode on N cores when no master is set (default: all)
      """;

  private EntenteSparkJob() {}

  /**
   * Runs the job.
   *
   * @param args the options and paths, see the usage text
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job's options. */
  record Options(@Nullable String output, @Nullable ArticleFormat format, boolean byYear, boolean lenient,
      @Nullable Integer local, List<String> paths, @Nullable String sql) {

    static Options parse(String[] args) {
      String output = null;
      ArticleFormat format = null;
      boolean byYear = false;
      boolean lenient = false;
      Integer local = null;
      String sql = null;
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--output" -> output = value(args, ++i, a);
          case "--input-format" -> format = ArticleFormat.named(value(args, ++i, a));
          case "--by-year" -> byYear = true;
          case "--sql" -> sql = value(args, ++i, a);
          case "--lenient" -> lenient = true;
          case "--local" -> {
            String n = value(args, ++i, a);
            try {
              local = Integer.valueOf(n);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--local wants a number of cores, not '" + n + "'");
            }
            if (local < 1) {
              throw new IllegalArgumentException("--local wants at least 1 core, not " + local);
            }
          }
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("Unknown option " + a);
            }
            paths.add(a);
          }
        }
      }
      if (sql != null) {
        if (output != null || !paths.isEmpty()) {
          throw new IllegalArgumentException("--sql takes no --output and no input path");
        }
        return new Options(null, null, false, false, local, List.of(), sql);
      }
      if (output == null) {
        throw new IllegalArgumentException("--output DIR is needed");
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("No input path");
      }
      return new Options(output, format, byYear, lenient, local, paths, null);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " wants a value");
      }
      return args[i];
    }
  }

  /** Runs the job; 0 when every table was written (even with rows in {@code errors}), 2 for a usage mistake. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("entente-spark: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    // A session already running in this JVM (a notebook's, a test's) is used and left running.
    boolean own = SparkSession.getDefaultSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("entente");
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      int cores = options.local() == null ? Runtime.getRuntime().availableProcessors() : options.local();
      builder = builder.master("local[" + cores + "]");
      if (!conf.contains("spark.sql.shuffle.partitions")) {
        // One machine: the dossier's groups in a few partitions, not the cluster default of 200.
        builder = builder.config("spark.sql.shuffle.partitions", Integer.toString(2 * cores));
      }
    }
    SparkSession spark = builder.getOrCreate();
    try {
      if (options.sql() != null) {
        // Tab-separated, a header line first: the rows as they are, for a person or a pipe.
        Dataset<Row> result = spark.sql(options.sql());
        out.println(String.join("\t", result.columns()));
        for (Row r : result.collectAsList()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < r.length(); i++) {
            cells.add(String.valueOf(r.get(i)));
          }
          out.println(String.join("\t", cells));
        }
        return 0;
      }
      ArticleFormat format = options.format() != null ? options.format() : ArticleFormat.ofFileName(options.paths().get(0));
      Dataset<Row> articles = EntenteSpark.read(spark, format, options.paths(), options.lenient());
      Map<String, Long> counts = EntenteSpark.extract(articles).write(Objects.requireNonNull(options.output()), options.byYear());
      counts.forEach((table, rows) -> out.println(table + ": " + rows + " rows"));
      return 0;
    } finally {
      if (own) {
        spark.stop();
      }
    }
  }
}
