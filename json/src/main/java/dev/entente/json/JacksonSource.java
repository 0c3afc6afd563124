package dev.entente.json;

import dev.entente.internal.json.JsonSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.exc.MismatchedInputException;

/** {@link JsonSource} over a Jackson 3 parser; errors are Jackson's {@link MismatchedInputException}. */
final class JacksonSource implements JsonSource {
  private final JsonParser p;
  private final Class<?> target;

  JacksonSource(JsonParser p, Class<?> target) {
    this.p = p;
    this.target = target;
  }

  @Override
  public @Nullable Token token() {
    return token(p.currentToken());
  }

  @Override
  public @Nullable Token next() {
    return token(p.nextToken());
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
      case PROPERTY_NAME -> Token.NAME;
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
    return String.valueOf(p.currentName());
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public BigDecimal decimal() {
    return p.getDecimalValue();
  }

  @Override
  public boolean isInt() {
    return p.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public List<Object> path() {
    List<Object> steps = new ArrayList<>();
    for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        steps.add(c.getCurrentIndex());
      } else if (c.inObject() && c.currentName() != null) {
        steps.add(c.currentName());
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
    return e;
  }
}
