package dev.entente.spark;

import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The tests' one Spark session, local mode on two cores with few partitions, shared by every test class of the run. */
final class LocalSpark {
  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("entente-tests")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.adaptive.enabled", "false")
          // Small inputs: compiling generated code for each query costs more than it saves.
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }

  /** A frame's rows as text cells (null for an empty value, as a CSV file cannot tell them apart), sorted. */
  static List<List<String>> cells(Dataset<Row> frame) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : frame.collectAsList()) {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.get(i);
        row.add(v == null || v.toString().isEmpty() ? null : v.toString());
      }
      out.add(row);
    }
    return sorted(out);
  }

  static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>(rows);
    out.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
    return out;
  }

  /** Every fact table of an extraction, by name, as sorted text rows. */
  static Map<String, List<List<String>>> factTables(SparkExtraction x) {
    return tables(x, FactTables.all().stream().map(FactTable::name).toList());
  }

  /**
   * The named tables of an extraction, by name, as sorted text rows (null for an empty value),
   * empty tables left out; collected in one job, each row as its table's name and its cells as text.
   */
  static Map<String, List<List<String>>> tables(SparkExtraction x, List<String> names) {
    Dataset<Row> all = null;
    for (String name : names) {
      Dataset<Row> t = x.table(name);
      Column[] cells = Arrays.stream(t.columns()).map(c -> col(c).cast("string")).toArray(Column[]::new);
      Dataset<Row> rows = t.select(lit(name).as("table"), array(cells).as("cells"));
      all = all == null ? rows : all.union(rows);
    }
    Map<String, List<List<String>>> out = new TreeMap<>();
    for (Row r : all.collectAsList()) {
      List<String> row = new ArrayList<>();
      r.<String>getList(1).forEach(v -> row.add(v == null || v.isEmpty() ? null : v));
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(row);
    }
    out.replaceAll((k, v) -> sorted(v));
    return out;
  }
}
