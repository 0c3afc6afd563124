package dev.entente.io.table;

/**
 * What a column's cells hold, as text: an empty cell is an unknown value whatever the type.
 * A reader that wants typed columns (a data frame, a database, a cluster's schema) casts by this.
 */
public enum ColumnType {
  /** Any text; lists are joined with {@code |}. */
  STRING,
  /** A whole number, in decimal digits. */
  INTEGER,
  /** A decimal number in plain notation, never an exponent: {@code 4000000000}, {@code -8.5}. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** An EDTF date or interval: {@code 2019}, {@code 2019-09-25}, {@code 2019-01/2019-06}. */
  EDTF
}
