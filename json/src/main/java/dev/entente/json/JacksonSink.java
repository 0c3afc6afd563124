package dev.entente.json;

import dev.entente.internal.json.JsonSink;
import tools.jackson.core.JsonGenerator;

/** {@link JsonSink} over a Jackson 3 generator. */
final class JacksonSink implements JsonSink {
  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  @Override
  public void decimal(String plainDigits) {
    g.writeNumber(plainDigits);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    g.writeNull();
  }
}
