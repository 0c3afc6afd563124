package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point's mistakes are told before any Spark work starts. */
class EntenteSparkJobTest {

  private static String usage(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EntenteSparkJob.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Usage: EntenteSparkJob"), text);
    return text.lines().findFirst().orElseThrow();
  }

  @Test
  void mistakesAreNamed() {
    assertEquals("entente-spark: --output DIR is needed", usage("seeds"));
    assertEquals("entente-spark: No input path", usage("--output", "out"));
    assertEquals("entente-spark: Unknown option --format", usage("--format", "csv", "--output", "out", "x"));
    assertEquals("entente-spark: --local wants a number of cores, not 'two'", usage("--local", "two", "--output", "o", "x"));
    assertEquals("entente-spark: No input format \"csv\"; the formats are jsonl, parquet, text, html, warc",
        usage("--input-format", "csv", "--output", "o", "x"));
  }

  @Test
  void theFormatComesFromTheFirstPathsName() {
    assertEquals(ArticleFormat.WARC, ArticleFormat.ofFileName("CC-NEWS-20240101.warc.gz"));
    assertEquals(ArticleFormat.JSONL, ArticleFormat.ofFileName("feed.jsonl"));
    assertEquals(ArticleFormat.PARQUET, ArticleFormat.ofFileName("articles.parquet"));
    assertEquals(ArticleFormat.TEXT, ArticleFormat.ofFileName("seeds/*.txt"));
  }
}
