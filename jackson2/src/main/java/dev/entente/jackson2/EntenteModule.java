package dev.entente.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.entente.internal.json.Codec;
import dev.entente.internal.json.ModelReader;
import dev.entente.internal.json.ModelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Teaches a Jackson 2 {@code ObjectMapper} the contract's JSON form of the model, both ways: the
 * same bytes as {@code dev.entente.json.EntenteModule} gives Jackson 3, for applications that live
 * on Jackson 2 (Spring Boot 3, Spark, Flink). Needs jackson-databind 2.15 or later.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
 * String json = mapper.writeValueAsString(extraction);
 * ArticleExtraction back = mapper.readValue(json, ArticleExtraction.class);
 * }</pre>
 *
 * <p>Writing: every contract field is present, in the contract's order, null when unknown; enums
 * upper case; dates as EDTF strings; amounts as plain JSON numbers (never an exponent); a country
 * inside a fact as its code; the extraction's top-level {@code "countries"} as objects with a
 * {@code "code"} and their {@code "evidence"}.
 *
 * <p>Reading: unknown fields are skipped; a missing nullable field is null, a missing list empty
 * and a missing qualifier {@code EXACT}; anything else invalid fails with a {@code
 * MismatchedInputException} naming the JSON path ({@code $.tradeFigures[0].value}), and no invalid
 * model object is ever built. {@link EntenteJson#mapper()} sets strict input limits for untrusted
 * sources.
 */
public final class EntenteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; register it once in a mapper. */
  public EntenteModule() {
    super("entente", Version.unknownVersion());
    Codec.ALL.forEach(this::add);
  }

  private <T> void add(Codec<T> codec) {
    addSerializer(codec.type(), new Serializer<>(codec.type(), codec.write()));
    Function<ModelReader, T> read = codec.read();
    if (read != null) {
      addDeserializer(codec.type(), new Deserializer<>(codec.type(), read));
    }
  }

  /** Writes one model type through the shared writer. */
  private static final class Serializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<ModelWriter, T> write;

    Serializer(Class<T> type, BiConsumer<ModelWriter, T> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      try {
        write.accept(new ModelWriter(new JacksonSink(g)), value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }

  /** Reads one model type through the shared reader. */
  private static final class Deserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<ModelReader, T> read;

    Deserializer(Class<T> type, Function<ModelReader, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return read.apply(new ModelReader(new JacksonSource(p, type)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }
}
