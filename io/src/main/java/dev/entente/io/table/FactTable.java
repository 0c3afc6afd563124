package dev.entente.io.table;

import dev.entente.model.ArticleExtraction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One flat table of an extraction's facts: its name ({@code trade_figures}, also the CSV file's
 * base name), its columns, and the rows one article gives. Every row starts with the article's id;
 * a cell is text in its column's {@link ColumnType}, or null where the value is unknown. The tables
 * are the constants of {@link FactTables}.
 */
public final class FactTable {

  private final String name;
  private final String description;
  private final List<Column> columns;
  private final BiConsumer<ArticleExtraction, Rows> rows;

  FactTable(String name, String description, List<Column> columns, BiConsumer<ArticleExtraction, Rows> rows) {
    this.name = Objects.requireNonNull(name, "FactTable name");
    this.description = Objects.requireNonNull(description, "FactTable description");
    this.columns = List.copyOf(columns);
    this.rows = Objects.requireNonNull(rows, "FactTable rows");
    if (this.columns.isEmpty() || !this.columns.get(0).name().equals("article_id")) {
      throw new IllegalArgumentException("FactTable " + name + " must start with article_id");
    }
  }

  /**
   * The table's name: lower snake case, the CSV file's name without {@code .csv}.
   *
   * @return the name, such as {@code trade_figures}
   */
  public String name() {
    return name;
  }

  /**
   * What one row of the table is.
   *
   * @return the description, such as {@code one agreement, or a counted set of them}
   */
  public String description() {
    return description;
  }

  /**
   * The table's columns, in order.
   *
   * @return the columns, unmodifiable
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The column names, in order: a CSV file's header.
   *
   * @return the names, one per column
   */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * The rows {@code extraction} gives this table, in the order of the extraction's lists; each row
   * has one cell per column, null for an unknown value.
   *
   * @param extraction one article's extraction
   * @return the rows; one for the articles table, none when the extraction has nothing for this table
   */
  public List<List<@Nullable String>> rows(ArticleExtraction extraction) {
    Objects.requireNonNull(extraction, "FactTable extraction");
    Rows out = new Rows(columns.size(), name);
    rows.accept(extraction, out);
    return out.done();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Collects the rows of one article; each row is checked for its number of cells. */
  static final class Rows {
    private final int width;
    private final String table;
    private final List<List<@Nullable String>> rows = new ArrayList<>();

    private Rows(int width, String table) {
      this.width = width;
      this.table = table;
    }

    void add(@Nullable String... cells) {
      if (cells.length != width) {
        throw new IllegalStateException(
            "A row of " + table + " has " + cells.length + " cells for " + width + " columns");
      }
      List<@Nullable String> row = new ArrayList<>(width);
      Collections.addAll(row, cells);
      rows.add(Collections.unmodifiableList(row));
    }

    private List<List<@Nullable String>> done() {
      return Collections.unmodifiableList(rows);
    }
  }
}
