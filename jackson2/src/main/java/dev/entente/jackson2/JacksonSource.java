package dev.entente.jackson2;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.entente.internal.json.JsonSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link JsonSource} over a Jackson 2 parser. Jackson 2's exceptions are checked: they travel
 * wrapped in an {@link UncheckedIOException} to the deserializer, which throws them as they were.
 */
final class JacksonSource implements JsonSource {
  private final JsonParser p;
  private final Class<?> target;

  JacksonSource(JsonParser p, Class<?> target) {
    this.p = p;
    this.target = target;
  }

  /** One parser call that may throw IOException. */
  private interface Read<T> {
    T run() throws IOException;
  }

  private static <T> T read(Read<T> r) {
    try {
      return r.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public @Nullable Token token() {
    return token(p.currentToken());
  }

  @Override
  public @Nullable Token next() {
    return token(read(p::nextToken));
  }

  private static @Nullable Token token(@Nullable JsonToken t) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INT;
      case VALUE_NUMBER_FLOAT -> Token.FLOAT;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      default -> Token.OTHER;
    };
  }

  @Override
  public String name() {
    return String.valueOf(read(p::currentName));
  }

  @Override
  public String text() {
    return read(p::getText);
  }

  @Override
  public BigDecimal decimal() {
    try {
      return p.getDecimalValue();
    } catch (JsonParseException e) {
      // Jackson 2 wraps the NumberFormatException of an exponent past BigDecimal's limits
      // ("8e81489997923000000") as a malformed number; thrown bare, as Jackson 3 throws it, the
      // shared reader reports it as a number out of range with the path, like the other line
      if (e.getCause() instanceof NumberFormatException n) {
        throw n;
      }
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean isInt() {
    return read(p::getNumberType) == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return read(p::getIntValue);
  }

  @Override
  public void skipChildren() {
    read(p::skipChildren);
  }

  @Override
  public List<Object> path() {
    List<Object> steps = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        steps.add(c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        steps.add(c.getCurrentName());
      }
    }
    Collections.reverse(steps);
    return steps;
  }

  @Override
  public RuntimeException fail(String message, @Nullable Throwable cause) {
    MismatchedInputException e = MismatchedInputException.from(p, target, message);
    if (cause != null) {
      e.initCause(cause);
    }
    return new UncheckedIOException(e);
  }
}
