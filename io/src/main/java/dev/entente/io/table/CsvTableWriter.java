package dev.entente.io.table;

import dev.entente.model.ArticleExtraction;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes extractions as one CSV file per {@link FactTables fact table} in a folder
 * ({@code articles.csv}, {@code countries.csv}, ... {@code events.csv}): RFC 4180 (comma, double
 * quotes doubled inside quoted cells, CRLF line ends), UTF-8, a header line of column names, an
 * empty cell for an unknown value (a lone surrogate, which UTF-8 cannot hold, is written as {@code ?}). The files load as they are into pandas, R, DuckDB or a
 * spreadsheet.
 *
 * <pre>{@code
 * try (CsvTableWriter out = CsvTableWriter.open(Path.of("tables"))) {
 *   out.write(extraction);
 * }
 * }</pre>
 */
public final class CsvTableWriter implements Closeable, Flushable {

  /** RFC 4180 as Commons CSV writes it; a null cell is an empty field. */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** The file of the articles' texts, {@code article_id,text}, when asked for: evidence spans are offsets into them. */
  public static final String TEXTS_FILE = "texts.csv";

  private final Map<FactTable, CSVPrinter> printers = new LinkedHashMap<>();
  private final Map<FactTable, Long> rows = new LinkedHashMap<>();
  private @Nullable CSVPrinter texts;

  private CsvTableWriter() {}

  /**
   * Creates {@code dir} if needed and opens one file per table in it, replacing any file of the
   * same name, each starting with its header line.
   *
   * @param dir the directory the files go in
   * @return the writer; its user closes it
   * @throws java.io.IOException when the directory or a file cannot be made
   */
  public static CsvTableWriter open(Path dir) throws IOException {
    return open(dir, false);
  }

  /**
   * As {@link #open(Path)}, and with {@code withTexts} also {@value #TEXTS_FILE}, each article's text.
   *
   * @param dir the directory the files go in
   * @param withTexts true to write the texts file too
   * @return the writer; its user closes it
   * @throws java.io.IOException when the directory or a file cannot be made
   */
  public static CsvTableWriter open(Path dir, boolean withTexts) throws IOException {
    Files.createDirectories(dir);
    CsvTableWriter writer = new CsvTableWriter();
    try {
      for (FactTable table : FactTables.all()) {
        CSVPrinter printer = printer(dir.resolve(fileName(table)));
        writer.printers.put(table, printer);
        writer.rows.put(table, 0L);
        printer.printRecord(table.header());
      }
      if (withTexts) {
        writer.texts = printer(dir.resolve(TEXTS_FILE));
        writer.texts.printRecord("article_id", "text");
      }
    } catch (IOException | RuntimeException e) {
      writer.closeQuietly(e);
      throw e;
    }
    return writer;
  }

  private static CSVPrinter printer(Path file) throws IOException {
    // A replacing encoder: a lone surrogate (which UTF-8 cannot hold) becomes '?' instead of failing the run.
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    return new CSVPrinter(out, FORMAT);
  }

  /**
   * Appends the rows of {@code extraction} to every table, and {@code text} to the texts when they are written.
   *
   * @param extraction one article's extraction
   * @param text the article's text, written only with the texts file
   * @throws java.io.IOException when a file cannot be written
   */
  public void write(ArticleExtraction extraction, String text) throws IOException {
    write(extraction);
    if (texts != null) {
      texts.printRecord(extraction.article().id(), text);
    }
  }

  /**
   * The file a table is written to: its name and {@code .csv}.
   *
   * @param table the table
   * @return the file name, such as {@code trade_figures.csv}
   */
  public static String fileName(FactTable table) {
    return table.name() + ".csv";
  }

  /**
   * Appends the rows of {@code extraction} to every table.
   *
   * @param extraction one article's extraction
   * @throws java.io.IOException when a file cannot be written
   */
  public void write(ArticleExtraction extraction) throws IOException {
    for (Map.Entry<FactTable, CSVPrinter> entry : printers.entrySet()) {
      List<List<@Nullable String>> tableRows = entry.getKey().rows(extraction);
      for (List<@Nullable String> row : tableRows) {
        entry.getValue().printRecord(row);
      }
      rows.merge(entry.getKey(), (long) tableRows.size(), Long::sum);
    }
  }

  /**
   * The rows written so far to each table, header lines aside, in the order of {@link FactTables#all()}.
   *
   * @return the counts by table
   */
  public Map<FactTable, Long> rowCounts() {
    return Map.copyOf(rows);
  }

  @Override
  public void flush() throws IOException {
    for (CSVPrinter printer : printers.values()) {
      printer.flush();
    }
    if (texts != null) {
      texts.flush();
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    List<CSVPrinter> all = new java.util.ArrayList<>(printers.values());
    if (texts != null) {
      all.add(texts);
    }
    for (CSVPrinter printer : all) {
      try {
        printer.close(true);
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void closeQuietly(Exception cause) {
    try {
      close();
    } catch (IOException | UncheckedIOException e) {
      cause.addSuppressed(e);
    }
  }
}
