package dev.entente.internal.json;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The reading half of a JSON library, as much as {@link ModelReader} needs: each JSON module adapts
 * its parser to it, so both Jackson lines accept and reject the same documents with the same messages.
 * Errors of the underlying input are thrown unchecked; the adapter unwraps them.
 */
public interface JsonSource {

  /** The kinds of token {@link ModelReader} tells apart. */
  enum Token { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INT, FLOAT, TRUE, FALSE, NULL, OTHER }

  /** The current token; null at the end of the input. */
  @Nullable Token token();

  /** Moves to the next token and returns it; null at the end of the input. */
  @Nullable Token next();

  /** The name of the current field (at a field name or at its value). */
  String name();

  /** The current string value, or a number as written. */
  String text();

  /** The current number; a {@link NumberFormatException} when it is past the parser's limits. */
  BigDecimal decimal();

  /** Whether the current number is a whole number that fits in an {@code int}. */
  boolean isInt();

  /** The current number as an {@code int}. */
  int intValue();

  /** Skips the current value, with all it holds when it is an object or an array. */
  void skipChildren();

  /** The current position as a JSONPath step list: each element a field name (String) or an index (Integer), outermost first. */
  java.util.List<Object> path();

  /** The library's own error for invalid input at the current position, to be thrown. */
  RuntimeException fail(String message, @Nullable Throwable cause);
}
