package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.table.FactTables;
import dev.entente.merge.ExtractionMerger;
import dev.entente.model.ArticleExtraction;
import dev.entente.spark.internal.DossierRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode on the seeds and the corpus's dev split gives what the command line and the single-machine merge give. */
class SparkExtractionTest {
  @TempDir
  static Path tmp;

  private static SparkSession spark;
  private static List<ArticleExtraction> expected;
  private static SparkExtraction fromFiles;

  @BeforeAll
  static void extractTheFiles() throws IOException {
    spark = LocalSpark.session();
    List<Path> files = CliTables.seedsAndDev();
    expected = CliTables.seedsAndDevExtractions();
    assertEquals(files.size(), expected.size());
    fromFiles = EntenteSpark.extract(EntenteSpark.read(spark, ArticleFormat.TEXT, CliTables.seedsAndDevGlobs()));
  }

  @Test
  void textFilesGiveTheCommandLinesTables() throws IOException {
    Map<String, List<List<String>>> cli = CliTables.csv(expected, tmp.resolve("cli"));
    assertEquals(cli, LocalSpark.factTables(fromFiles));
    assertTrue(cli.get("trade_figures").size() > 10, "the inputs give trade figures");
    assertEquals(List.of(), LocalSpark.cells(fromFiles.errors()));
  }

  @Test
  void theDistributedDossierIsTheSingleMachineDossier() {
    Map<String, List<List<String>>> single = new TreeMap<>();
    for (Row r : DossierRows.rows(ExtractionMerger.merge(expected))) {
      List<String> cells = new ArrayList<>();
      for (String c : (String[]) r.get(3)) {
        cells.add(c == null || c.isEmpty() ? null : c);
      }
      single.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(cells);
    }
    single.replaceAll((k, v) -> LocalSpark.sorted(v));
    Map<String, List<List<String>>> distributed = LocalSpark.tables(fromFiles, List.copyOf(DossierRows.tables().keySet()));
    assertEquals(single, distributed);
    long corroborated = distributed.get("dossier_events").stream()
        .filter(r -> Long.parseLong(r.get(r.size() - 3)) > 1).count();
    assertTrue(corroborated > 0, "some events are told by more than one article");
    assertTrue(distributed.containsKey("dossier_conflicts"), "the inputs disagree somewhere");
  }

  @Test
  void tablesAreWrittenAsParquetByYearAndReadBackWithSql() throws IOException {
    String out = tmp.resolve("parquet").toString();
    Map<String, Long> counts = fromFiles.write(out, true);
    assertEquals(SparkExtraction.tableNames(), new ArrayList<>(counts.keySet()));
    assertEquals((long) expected.size(), counts.get("articles"));
    try (Stream<Path> years = Files.list(Path.of(out, "articles"))) {
      assertTrue(years.anyMatch(p -> p.getFileName().toString().startsWith("year=")));
    }
    spark.read().parquet(out + "/trade_figures").createOrReplaceTempView("trade_figures");
    List<Row> sql = spark.sql("SELECT flow, count(*) AS n FROM trade_figures GROUP BY flow ORDER BY flow").collectAsList();
    Map<String, Long> byFlow = new TreeMap<>();
    for (ArticleExtraction x : expected) {
      x.tradeFigures().forEach(t -> byFlow.merge(t.flow().name(), 1L, Long::sum));
    }
    assertEquals(byFlow.toString(), sql.stream().map(r -> r.getString(0) + "=" + r.getLong(1)).toList().toString().replace("[", "{").replace("]", "}"));
    long countries = expected.stream().mapToLong(x -> x.countries().size()).sum();
    assertEquals(countries, counts.get(FactTables.COUNTRIES.name()));
    assertEquals(countries, spark.read().parquet(out + "/countries").count());
  }
}
