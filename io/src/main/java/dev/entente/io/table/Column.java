package dev.entente.io.table;

import java.util.Objects;

/**
 * One column of a fact table: its name (lower case, snake case), the type its cells hold when not
 * empty, and what it means. {@code Column.of("amount", ColumnType.DECIMAL, "the amount")}.
 */
public record Column(String name, ColumnType type, String description) {

  /**
   * Checks the parts.
   *
   * @param name the column's name, lower snake case
   * @param type the type its non-empty cells hold
   * @param description what the column means
   * @throws IllegalArgumentException naming the name when it is not lower snake case
   * @throws NullPointerException when a part is null
   */
  public Column {
    Objects.requireNonNull(name, "Column name");
    Objects.requireNonNull(type, "Column type");
    Objects.requireNonNull(description, "Column description");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Column name must be lower snake case: \"" + name + "\"");
    }
  }

  /**
   * A column, checked as the constructor checks it.
   *
   * @param name the column's name, lower snake case
   * @param type the type its non-empty cells hold
   * @param description what the column means
   * @return the column
   */
  public static Column of(String name, ColumnType type, String description) {
    return new Column(name, type, description);
  }
}
