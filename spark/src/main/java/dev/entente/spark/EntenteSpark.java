package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.when;

import dev.entente.io.InputFormat;
import dev.entente.spark.internal.BinaryArticles;
import dev.entente.spark.internal.Tagged;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Entente on Spark: articles in from a DataFrame or files, the fact tables, the errors and the
 * dossier out ({@link SparkExtraction}). Every executor builds one parser, on its first task, and
 * shares it with its later tasks; an article that cannot be read or extracted is a row of the
 * {@code errors} table, never a failed job.
 *
 * <pre>{@code
 * Dataset<Row> articles = EntenteSpark.read(spark, ArticleFormat.WARC, List.of("s3a://news/2024/*.warc.gz"));
 * SparkExtraction x = EntenteSpark.extract(articles);
 * x.table("trade_figures").show();
 * x.write("s3a://news-facts/2024", true);
 * }</pre>
 */
public final class EntenteSpark {

  private EntenteSpark() {}

  /** The input's columns besides {@code id} and {@code text}, each optional. */
  private static final List<String> OPTIONAL = List.of("published", "title", "source", "author", "input", "error");

  /**
   * Reads articles from files as a frame of {@code id}, {@code text}, {@code published} (text,
   * {@code YYYY-MM-DD}), {@code title}, {@code source}, {@code author}, {@code input} (where each
   * came from) and {@code error} (why it could not be read, else null). JSON Lines and Parquet are
   * read by Spark; text, HTML and WARC files through entente-io's readers, one task a file.
   *
   * @param spark the session
   * @param format how the files hold articles
   * @param paths files, folders or globs, in any file system Spark reads
   * @return the articles, lazily read
   */
  public static Dataset<Row> read(SparkSession spark, ArticleFormat format, List<String> paths) {
    return read(spark, format, paths, false);
  }

  /**
   * As {@link #read(SparkSession, ArticleFormat, List)}; with {@code lenient}, invalid UTF-8 in
   * text, HTML and WARC input is replaced (U+FFFD) instead of making the article an error.
   *
   * @param spark the session
   * @param format how the files hold articles
   * @param paths files, folders or globs
   * @param lenient true to replace invalid UTF-8
   * @return the articles, lazily read
   */
  public static Dataset<Row> read(SparkSession spark, ArticleFormat format, List<String> paths, boolean lenient) {
    Objects.requireNonNull(spark, "spark");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("No input paths");
    }
    String[] all = paths.toArray(new String[0]);
    switch (format) {
      case JSONL -> {
        StructType schema = new StructType();
        for (String name : List.of("id", "text", "published", "title", "source", "author", "_corrupt_record")) {
          schema = schema.add(name, DataTypes.StringType, true);
        }
        Dataset<Row> json = spark.read().schema(schema).option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", "_corrupt_record").json(all);
        Column corrupt = col("_corrupt_record");
        return json.select(col("id"), col("text"), col("published"), col("title"), col("source"), col("author"),
            col("_metadata.file_path").as("input"),
            when(corrupt.isNotNull(), lit("not a JSON object with string fields")).as("error"));
      }
      case PARQUET -> {
        Dataset<Row> parquet = spark.read().parquet(all);
        return articles(parquet.withColumn("input", col("_metadata.file_path")));
      }
      default -> {
        InputFormat input = Objects.requireNonNull(format.inputFormat());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // At least as many tasks as cores: Spark would otherwise pack many small files into one task.
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", Arrays.asList(all)), jsc.defaultParallelism())
            .flatMap(file -> new BinaryArticles(file._1(), file._2(), input, lenient));
        return spark.createDataFrame(rows, Tagged.INPUT);
      }
    }
  }

  /**
   * Brings a frame of articles to the input's columns: {@code id} and {@code text} are needed;
   * {@code published} may be text ({@code YYYY-MM-DD}, maybe followed by a time), a date or a
   * timestamp; {@code title}, {@code source} and {@code author} are optional; other columns are
   * left out.
   *
   * @param frame the articles
   * @return the frame with exactly the input's columns
   * @throws IllegalArgumentException naming the columns when {@code id} or {@code text} is missing
   */
  public static Dataset<Row> articles(Dataset<Row> frame) {
    StructType schema = frame.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!names.contains("id") || !names.contains("text")) {
      throw new IllegalArgumentException("An articles frame needs the columns id and text; it has " + names);
    }
    Column[] columns = new Column[2 + OPTIONAL.size()];
    columns[0] = col("id").cast(DataTypes.StringType).as("id");
    columns[1] = col("text").cast(DataTypes.StringType).as("text");
    for (int i = 0; i < OPTIONAL.size(); i++) {
      String name = OPTIONAL.get(i);
      Column c;
      if (!names.contains(name)) {
        c = lit(null).cast(DataTypes.StringType);
      } else {
        DataType type = schema.apply(name).dataType();
        c = type.equals(DataTypes.DateType) || type instanceof org.apache.spark.sql.types.TimestampType
            ? date_format(col(name), "yyyy-MM-dd") : col(name).cast(DataTypes.StringType);
      }
      columns[2 + i] = c.as(name);
    }
    return frame.select(columns);
  }

  /**
   * Extracts the articles: lazily, the work runs when a table is read or written.
   *
   * @param articles a frame with at least {@code id} and {@code text} (see {@link #articles(Dataset)})
   * @return the extraction's tables
   */
  public static SparkExtraction extract(Dataset<Row> articles) {
    Dataset<Row> input = articles(articles).withColumn(Tagged.ORDINAL, monotonically_increasing_id());
    Dataset<Row> tagged = input.mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) Tagged::extract,
        org.apache.spark.sql.Encoders.row(Tagged.SCHEMA));
    return new SparkExtraction(tagged);
  }
}
