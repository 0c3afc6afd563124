package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.InputFormat;
import dev.entente.io.testing.SeedArchives;
import dev.entente.model.ArticleExtraction;
import dev.entente.spark.internal.SharedParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One job over every kind of input at once (a WARC archive, text files, JSON Lines, a frame with
 * dates), good and bad articles mixed: the good ones give the command line's rows, each bad one
 * (and each repeated id after the first) a row of errors, and the job does not fail.
 */
class MixedInputsTest {
  @TempDir
  static Path tmp;

  private static List<ArticleExtraction> expected;
  private static SparkExtraction x;

  @BeforeAll
  static void extractEverything() throws IOException {
    SparkSession spark = LocalSpark.session();
    List<SeedArchives.Seed> seeds = SeedArchives.seeds();
    expected = new ArrayList<>();

    String[] dates = new String[seeds.size()];
    dates[1] = "2019-09-25";
    Path warc = tmp.resolve("seeds.warc.gz");
    SeedArchives.writeWarc(warc, seeds, dates, Instant.parse("2020-01-02T03:04:05Z"));
    expected.addAll(CliTables.extract(List.of(warc), InputFormat.WARC));
    assertEquals(seeds.size(), expected.size());

    SeedArchives.Seed good = seeds.get(1);
    Path text = Files.writeString(tmp.resolve(good.id() + ".txt"), good.text());
    Path broken = Files.write(tmp.resolve("broken.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28});
    expected.addAll(CliTables.extract(List.of(text, broken), InputFormat.TEXT));
    assertEquals(seeds.size() + 1, expected.size());

    Path jsonl = tmp.resolve("feed.jsonl");
    Files.writeString(jsonl, "{\"id\": \"j1\", \"text\": \"" + good.text().replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", "\\n") + "\", \"published\": \"2020-05-01\", \"source\": \"Feed\"}\n{not json\n", StandardCharsets.UTF_8);
    expected.add(CliTables.extract(new dev.entente.io.Document("j1", good.text(), null, "Feed", null,
        LocalDate.of(2020, 5, 1), null, List.of())));

    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.DateType);
    List<Row> rows = new ArrayList<>();
    LocalDate day = LocalDate.of(2016, 3, 1);
    for (SeedArchives.Seed s : seeds) {
      rows.add(RowFactory.create("dated-" + s.id(), s.text(), java.sql.Date.valueOf(day)));
      expected.add(CliTables.extract("dated-" + s.id(), s.text(), day));
      day = day.plusYears(1);
    }
    rows.add(RowFactory.create(null, "A text without an id.", null));
    rows.add(RowFactory.create("  ", "A text with a blank id.", null));
    rows.add(RowFactory.create("no-text", null, null));
    Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(2);
    // Repeated ids: j1 again, from a frame (the JSON Lines file's input sorts first and keeps it),
    // and one id twice in one frame (the first read keeps it).
    String other = seeds.get(2).text();
    expected.add(CliTables.extract("twice", other, LocalDate.of(2021, 6, 1)));
    Dataset<Row> strings = spark.createDataFrame(List.of(
        RowFactory.create("bad-date", "Russia and Venezuela signed.", "yesterday"),
        RowFactory.create("j1", other, "2020-05-01"),
        RowFactory.create("twice", other, "2021-06-01"),
        RowFactory.create("twice", good.text(), "2021-06-01")),
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("published", DataTypes.StringType));

    Dataset<Row> all = EntenteSpark.read(spark, ArticleFormat.WARC, List.of(warc.toString()))
        .union(EntenteSpark.read(spark, ArticleFormat.TEXT, List.of(text.toString(), broken.toString())))
        .union(EntenteSpark.read(spark, ArticleFormat.JSONL, List.of(jsonl.toString())))
        .union(EntenteSpark.articles(frame))
        .union(EntenteSpark.articles(strings));
    partitions = all.rdd().getNumPartitions();
    jsonlInput = EntenteSpark.read(spark, ArticleFormat.JSONL, List.of(jsonl.toString())).first().getString(6);
    x = EntenteSpark.extract(all);
  }

  private static int partitions;
  private static String jsonlInput;

  @Test
  void everyTaskOfTheExecutorSharedOneParser() {
    assertTrue(partitions > 1, "the input is read by several tasks");
    assertEquals(expected.size(), x.table("articles").count());
    assertEquals(1, SharedParser.created());
  }

  @Test
  void goodArticlesGiveTheCommandLinesRows() throws IOException {
    assertEquals(CliTables.csv(expected, tmp.resolve("cli")), LocalSpark.factTables(x));
  }

  @Test
  void badArticlesAreErrorRows() {
    List<List<String>> errors = LocalSpark.cells(x.errors());
    assertEquals(8, errors.size(), errors.toString());
    assertTrue(errors.contains(Arrays.asList("j1", null, "id \"j1\" repeated: the article from " + jsonlInput + " already has it")),
        errors.toString());
    assertTrue(errors.contains(Arrays.asList("twice", null, "id \"twice\" repeated: another article already has it")),
        errors.toString());
    assertTrue(errors.contains(Arrays.asList(null, null, "the article has no id")), errors.toString());
    assertTrue(errors.contains(Arrays.asList("no-text", null, "the article has no text")), errors.toString());
    assertTrue(errors.contains(Arrays.asList("bad-date", null, "\"published\" is not a date, YYYY-MM-DD: \"yesterday\"")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> "broken".equals(e.get(0)) && e.get(1).endsWith("broken.txt")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.get(0) == null && e.get(1).endsWith("feed.jsonl")), errors.toString());
  }

  @Test
  void theJobRunsBesideSparksOwnJacksonAndNoOther() throws Exception {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    Class<?> mapper = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
    String jar = mapper.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(jar.contains("jackson-databind-2."), jar);
    // Spark read the JSON Lines with that Jackson, in the same job as the extraction.
    assertTrue(LocalSpark.cells(x.table("articles").select("article_id", "source")).contains(List.of("j1", "Feed")));
  }
}
