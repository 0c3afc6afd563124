package dev.entente.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.entente.io.table.Column;
import dev.entente.io.table.ColumnType;
import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import dev.entente.spark.internal.DossierRows;
import dev.entente.spark.internal.FactGroup;
import dev.entente.spark.internal.Tagged;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The tables of one extraction on Spark, computed when read or written:
 *
 * <ul>
 *   <li>{@code articles} and the fact tables ({@code countries}, {@code leaders}, {@code
 *       agreements}, {@code trade_figures}, {@code arms_contracts}, {@code events}) with the columns
 *       of entente-io's {@link FactTables}, row for row what the command line's CSV tables hold;
 *       integers are {@code bigint}, booleans {@code boolean}, decimals and dates their exact text;
 *   <li>{@code errors}: {@code article_id}, {@code input}, {@code error}, one row per article that
 *       could not be read or extracted, and per article whose id an earlier one has (of articles
 *       with one id, the one whose input sorts first keeps it; its rows are the only ones written);
 *   <li>the dossier, merged with Spark aggregations over the facts' merge keys: {@code
 *       dossier_countries} ... {@code dossier_events}, one row per merged fact, and {@code
 *       dossier_conflicts}.
 * </ul>
 *
 * <p>The articles are parsed once: the parse's rows are persisted on disk and every table is read
 * from them; so are the dossier's rows. On disk, not in memory: the rows of a large archive (tens
 * of millions) would fill the executors' heaps, while written to disk they are streamed, a batch
 * at a time, and read back through the file system's cache.
 */
public final class SparkExtraction {

  private final Dataset<Row> parsed;
  private final Dataset<Row> repeated;
  private final Dataset<Row> tagged;
  private @Nullable Dataset<Row> dossier;

  SparkExtraction(Dataset<Row> parsed) {
    this.parsed = parsed.persist(StorageLevel.DISK_ONLY());
    // An id is an article's: of two articles with one id, the one whose input sorts first (then the
    // one read first) keeps it, and the other is a row of errors, as the command line does.
    WindowSpec byId = Window.partitionBy("article_id").orderBy(col("input").asc_nulls_last(), col(Tagged.ORDINAL));
    this.repeated = this.parsed.filter(col("table").equalTo(FactTables.ARTICLES.name()))
        .select(col("cells").getItem(0).as("article_id"), col("input"), col(Tagged.ORDINAL))
        .withColumn("rank", row_number().over(byId))
        .withColumn("first", first(col("input")).over(byId))
        .filter(col("rank").gt(1))
        .persist(StorageLevel.MEMORY_AND_DISK());
    this.tagged = this.parsed.join(broadcast(repeated.select(col(Tagged.ORDINAL).as("repeated"))),
        col(Tagged.ORDINAL).equalTo(col("repeated")), "left_anti");
  }

  /**
   * The names of every table, in order: the fact tables (articles first), {@code errors}, then the dossier's.
   *
   * @return the names
   */
  public static List<String> tableNames() {
    List<String> names = new ArrayList<>(factTableNames());
    names.add(Tagged.ERRORS);
    names.addAll(DossierRows.tables().keySet());
    return names;
  }

  private static List<String> factTableNames() {
    return FactTables.all().stream().map(FactTable::name).toList();
  }

  /**
   * One table, by name.
   *
   * @param name one of {@link #tableNames()}
   * @return its rows
   * @throws IllegalArgumentException naming the name and the tables when none has it
   */
  public Dataset<Row> table(String name) {
    return table(name, false);
  }

  /**
   * The articles that could not be read or extracted, or whose id is another's: {@code article_id}
   * (null when the input gave none), {@code input} (where it was read from) and {@code error} (one
   * line).
   *
   * @return the errors
   */
  public Dataset<Row> errors() {
    return table(Tagged.ERRORS);
  }

  private Dataset<Row> table(String name, boolean withYear) {
    if (factTableNames().contains(name)) {
      List<Column> columns = FactTables.named(name).columns();
      return select(tagged, name, columns, withYear);
    }
    if (name.equals(Tagged.ERRORS)) {
      List<Column> columns = Tagged.ERROR_COLUMNS.stream()
          .map(c -> Column.of(c, ColumnType.STRING, c)).toList();
      return select(tagged.union(dossierRows()).union(repeatedErrors()), name, columns, false);
    }
    List<Column> columns = DossierRows.tables().get(name);
    if (columns == null) {
      throw new IllegalArgumentException("No table named \"" + name + "\"; the tables are " + tableNames());
    }
    return select(dossierRows(), name, columns, false);
  }

  /** The errors of repeated ids, as tagged rows. */
  private Dataset<Row> repeatedErrors() {
    org.apache.spark.sql.Column id = col("article_id");
    org.apache.spark.sql.Column message = concat(lit("id \""), id, lit("\" repeated: "),
        when(col("first").isNull(), lit("another article already has it"))
            .otherwise(concat(lit("the article from "), col("first"), lit(" already has it"))));
    return repeated.select(lit(Tagged.ERRORS).as("table"), lit(null).cast(DataTypes.StringType).as("key"),
        lit(null).cast(DataTypes.IntegerType).as("year"), array(id, col("input"), message).as("cells"),
        lit(null).cast(DataTypes.LongType).as(Tagged.ORDINAL), lit(null).cast(DataTypes.StringType).as("input"));
  }

  /**
   * The dossier's rows: the fact rows' tellings gathered by table and merge key, within each
   * partition first and then across them, and each key's picture merged from its tellings. A task
   * holds a key's tellings (its distinct values and their articles' ids), never its rows.
   */
  private synchronized Dataset<Row> dossierRows() {
    if (dossier == null) {
      SparkSession spark = tagged.sparkSession();
      int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
      JavaRDD<Row> rows = tagged.filter(col("key").isNotNull()).toJavaRDD()
          .mapToPair(r -> new Tuple2<>(r.getString(0) + "\u0000" + r.getString(1), r))
          .combineByKey(FactGroup::of, FactGroup::add, FactGroup::addAll, partitions)
          .flatMap(group -> group._2().rows().iterator());
      dossier = spark.createDataFrame(rows, Tagged.SCHEMA).persist(StorageLevel.DISK_ONLY());
    }
    return dossier;
  }

  private static Dataset<Row> select(Dataset<Row> rows, String table, List<Column> columns, boolean withYear) {
    List<org.apache.spark.sql.Column> select = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      select.add(col("cells").getItem(i).cast(sparkType(c.type())).as(c.name()));
    }
    if (withYear) {
      select.add(col("year"));
    }
    return rows.filter(col("table").equalTo(table)).select(select.toArray(new org.apache.spark.sql.Column[0]));
  }

  /**
   * The Spark type of a column type: integers are {@code bigint}, booleans {@code boolean}; decimals
   * (amounts up to 30 digits before the point and 20 after) and EDTF dates stay exact text.
   *
   * @param type the column's type
   * @return the Spark type of its cells
   */
  public static DataType sparkType(ColumnType type) {
    return switch (type) {
      case INTEGER -> DataTypes.LongType;
      case BOOLEAN -> DataTypes.BooleanType;
      case STRING, DECIMAL, EDTF -> DataTypes.StringType;
    };
  }

  /**
   * Writes every table as Parquet, each in a folder of its name under {@code dir}, replacing what
   * is there; with {@code byYear}, the articles and fact tables are partitioned by the article's
   * publication year (a column {@code year}, null for undated articles).
   *
   * @param dir the output folder, in any file system Spark writes
   * @param byYear true to partition the article and fact tables by year
   * @return the rows written, by table name in the order of {@link #tableNames()}
   */
  public Map<String, Long> write(String dir, boolean byYear) {
    String base = dir.endsWith("/") ? dir : dir + "/";
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String name : tableNames()) {
      boolean partitioned = byYear && factTableNames().contains(name);
      Dataset<Row> rows = table(name, partitioned);
      var writer = rows.write().mode(SaveMode.Overwrite);
      if (partitioned) {
        writer = writer.partitionBy("year");
      }
      writer.parquet(base + name);
      counts.put(name, 0L);
    }
    for (Row r : tagged.union(dossierRows()).union(repeatedErrors()).groupBy("table").count().collectAsList()) {
      counts.computeIfPresent(r.getString(0), (k, v) -> r.getLong(1));
    }
    return counts;
  }
}
