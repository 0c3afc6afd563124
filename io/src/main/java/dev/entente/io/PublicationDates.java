package dev.entente.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The publication date of each article, from the first source that has one: the input's own
 * (a JSON Lines field, a page's metadata, a WARC record's date), then a table of dates by id
 * ({@code --dates FILE}, CSV {@code id,published}), then one date for every article
 * ({@code --published}); with none, the parser uses the date the text states.
 *
 * <pre>{@code
 * PublicationDates dates = PublicationDates.of(PublicationDates.load(Path.of("dates.csv")), null);
 * LocalDate published = dates.of(document);
 * }</pre>
 */
public final class PublicationDates {

  private final Map<String, LocalDate> byId;
  private final @Nullable LocalDate forAll;

  private PublicationDates(Map<String, LocalDate> byId, @Nullable LocalDate forAll) {
    this.byId = Map.copyOf(byId);
    this.forAll = forAll;
  }

  /**
   * Dates by id, then {@code forAll}.
   *
   * @param byId the dates of articles by id; copied
   * @param forAll the date of every other article, or null
   * @return the dates
   */
  public static PublicationDates of(Map<String, LocalDate> byId, @Nullable LocalDate forAll) {
    return new PublicationDates(byId, forAll);
  }

  /**
   * No dates but the inputs' own.
   *
   * @return dates that leave every article to its input
   */
  public static PublicationDates none() {
    return new PublicationDates(Map.of(), null);
  }

  /**
   * The date of {@code document}, or null when only its text can tell.
   *
   * @param document the article
   * @return the document's own date, else its date by id, else the date for all; null when none is known
   */
  public @Nullable LocalDate of(Document document) {
    if (document.published() != null) {
      return document.published();
    }
    LocalDate date = byId.get(document.id());
    return date != null ? date : forAll;
  }

  /**
   * Reads a CSV file of {@code id,published} rows ({@code YYYY-MM-DD}, or a timestamp starting with
   * one); a first line {@code id,published} is a header. A bad row fails naming its line.
   *
   * @param file the CSV file, UTF-8
   * @return the dates by id
   * @throws java.io.IOException when the file cannot be read, or a row is bad
   */
  public static Map<String, LocalDate> load(Path file) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(in)) {
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        if (row.getRecordNumber() == 1 && row.size() >= 2 && row.get(0).equalsIgnoreCase("id")
            && row.get(1).equalsIgnoreCase("published")) {
          continue;
        }
        if (row.size() != 2 || row.get(0).isEmpty()) {
          throw new IOException(file + " line " + line + ": want two fields, id,published");
        }
        LocalDate date = HtmlPages.date(row.get(1));
        if (date == null) {
          throw new IOException(file + " line " + line + ": not a date, YYYY-MM-DD: \"" + row.get(1) + "\"");
        }
        if (dates.put(row.get(0), date) != null) {
          throw new IOException(file + " line " + line + ": id \"" + row.get(0) + "\" given twice");
        }
      }
    } catch (IllegalStateException | DateTimeException e) {
      throw new IOException(file + ": " + InputException.oneLine(e), e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return dates;
  }
}
