package dev.entente.internal.json;

/**
 * The writing half of a JSON library, as much as {@link ModelWriter} needs: each JSON module adapts
 * its generator to it, so the Jackson 2 and Jackson 3 modules write the same bytes from one writer.
 * Errors of the underlying output are thrown unchecked; the adapter unwraps them.
 */
public interface JsonSink {
  /** Writes {@code {}}. */
  void startObject();

  /** Writes {@code }}. */
  void endObject();

  /** Writes {@code [}. */
  void startArray();

  /** Writes {@code ]}. */
  void endArray();

  /** Writes a field name. */
  void name(String name);

  /** Writes a string value. */
  void string(String value);

  /** Writes a whole number. */
  void number(long value);

  /** Writes a number given as plain digits ({@code BigDecimal.toPlainString()}), unchanged. */
  void decimal(String plainDigits);

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nullValue();
}
