package dev.entente.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Money;
import dev.entente.model.TradeFigure;
import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files read back as the tables' rows, whatever the cells hold. */
class CsvTableWriterTest {

  @TempDir Path dir;

  @Test
  void quotesAndCommasAndLineBreaksSurviveAndLinesEndInCrLf() throws IOException {
    try (CsvTableWriter out = CsvTableWriter.open(dir)) {
      out.write(FactTablesTest.EXTRACTION);
      assertEquals(1L, out.rowCounts().get(FactTables.ARTICLES));
      assertEquals(2L, out.rowCounts().get(FactTables.COUNTRIES));
    }
    String articles = Files.readString(dir.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertTrue(articles.startsWith("article_id,title,source,author,dateline,published,countries,"), articles);
    assertTrue(articles.contains("\r\na/x,\"Putin, \"\"Maduro\"\" meet\",TASS,,Moscow,2019-09-25,2,1,1,1,1,1\r\n"), articles);
    assertEquals(List.of("a/x", "0", "RUS", "VEN", "Su-30 fighters|S-300, launchers", "12", "units", "", "", "", "", "EXACT", "", "", ""),
        read(dir, FactTables.ARMS_CONTRACTS).get(0));
  }

  @Test
  void generatedExtractionsReadBackCellForCell() {
    Prop.check("CSV tables read back as the rows", Gens.listOf(ModelGens.extractions(), 0, 4), extractions -> {
      Path out = Files.createTempDirectory(dir, "t");
      try (CsvTableWriter writer = CsvTableWriter.open(out)) {
        for (ArticleExtraction e : extractions) {
          writer.write(e);
        }
      }
      for (FactTable table : FactTables.all()) {
        List<List<String>> expected = new ArrayList<>();
        for (ArticleExtraction e : extractions) {
          for (List<String> row : table.rows(e)) {
            expected.add(row.stream().map(CsvTableWriterTest::asWritten).toList());
          }
        }
        assertEquals(expected, read(out, table), table.name());
      }
      List<List<String>> figures = read(out, FactTables.TRADE_FIGURES);
      int i = 0;
      for (ArticleExtraction e : extractions) {
        for (TradeFigure t : e.tradeFigures()) {
          List<String> row = figures.get(i++);
          String amount = row.get(FactTables.TRADE_FIGURES.header().indexOf("value_amount"));
          String currency = row.get(FactTables.TRADE_FIGURES.header().indexOf("value_currency"));
          assertEquals(t.value(), amount.isEmpty() ? null : Money.of(amount, currency), "the value reads back");
        }
      }
    });
  }

  /** What a cell reads back as: empty for null, and UTF-8's reading of the chars (a lone surrogate cannot be written). */
  private static String asWritten(String cell) {
    return cell == null ? "" : new String(cell.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  static List<List<String>> read(Path dir, FactTable table) throws IOException {
    try (Reader in = Files.newBufferedReader(dir.resolve(CsvTableWriter.fileName(table)), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertEquals(table.header(), parser.getHeaderNames(), table.name());
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    }
  }

  @Test
  void rowCountsAreKeptPerTable() throws IOException {
    try (CsvTableWriter out = CsvTableWriter.open(dir)) {
      out.write(FactTablesTest.EXTRACTION);
      out.write(FactTablesTest.EXTRACTION);
      Map<FactTable, Long> counts = out.rowCounts();
      assertEquals(2L, counts.get(FactTables.ARTICLES));
      assertEquals(4L, counts.get(FactTables.COUNTRIES));
      assertEquals(2L, counts.get(FactTables.EVENTS));
    }
  }
}
