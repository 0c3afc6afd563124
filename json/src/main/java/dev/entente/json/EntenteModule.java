package dev.entente.json;

import dev.entente.internal.json.Codec;
import dev.entente.internal.json.ModelReader;
import dev.entente.internal.json.ModelWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson {@code JsonMapper} the contract's JSON form of the model, both ways, as
 * Jackson's java.time module does for {@code LocalDate}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
 * String json = mapper.writeValueAsString(extraction);
 * ArticleExtraction back = mapper.readValue(json, ArticleExtraction.class);
 * }</pre>
 *
 * <p>Writing: every contract field is present, in the contract's order, null when unknown; enums
 * upper case; dates as EDTF strings; amounts as plain JSON numbers (never an exponent); a country
 * inside a fact as its code ({@code "RUS"}); the extraction's top-level {@code "countries"} as
 * objects {@code {"code": "RUS", "evidence": [...]}} carrying where each state is mentioned. Events
 * add {@code "planned"}, {@code "cameo"} and {@code "plover"}; arms contracts add {@code
 * "quantity"}; every fact ends with {@code "evidence"}.
 *
 * <p>Reading: countries are accepted as code strings or objects with a {@code "code"}; event
 * participants as names or objects with a {@code "name"}. Unknown fields are skipped, since the
 * contract lets writers add fields; a missing nullable field is null, a missing list empty and a
 * missing qualifier {@code EXACT}. Everything else invalid (a wrong JSON type, an unknown code or
 * enum name, a duplicate field, a missing required field, a value the model rejects) fails with a
 * {@code MismatchedInputException} naming the JSON path ({@code $.tradeFigures[0].value}); no
 * invalid model object is ever built. Input limits are the mapper's: {@link EntenteJson#mapper()}
 * sets strict ones for untrusted sources.
 */
public final class EntenteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module; register it once in a mapper. */
  public EntenteModule() {
    super("entente");
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
  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<ModelWriter, T> write;

    Serializer(Class<T> type, BiConsumer<ModelWriter, T> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      write.accept(new ModelWriter(new JacksonSink(g)), value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads one model type through the shared reader. */
  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<ModelReader, T> read;

    Deserializer(Class<T> type, Function<ModelReader, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read.apply(new ModelReader(new JacksonSource(p, type)));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
