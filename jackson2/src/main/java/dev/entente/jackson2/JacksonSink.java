package dev.entente.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.entente.internal.json.JsonSink;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@link JsonSink} over a Jackson 2 generator; its IOExceptions travel unchecked to the serializer. */
final class JacksonSink implements JsonSink {
  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  /** One generator call that may throw IOException. */
  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startObject() {
    write(g::writeStartObject);
  }

  @Override
  public void endObject() {
    write(g::writeEndObject);
  }

  @Override
  public void startArray() {
    write(g::writeStartArray);
  }

  @Override
  public void endArray() {
    write(g::writeEndArray);
  }

  @Override
  public void name(String name) {
    write(() -> g.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    write(() -> g.writeString(value));
  }

  @Override
  public void number(long value) {
    write(() -> g.writeNumber(value));
  }

  @Override
  public void decimal(String plainDigits) {
    write(() -> g.writeNumber(plainDigits));
  }

  @Override
  public void bool(boolean value) {
    write(() -> g.writeBoolean(value));
  }

  @Override
  public void nullValue() {
    write(g::writeNull);
  }
}
