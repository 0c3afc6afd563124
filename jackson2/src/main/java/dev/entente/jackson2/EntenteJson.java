package dev.entente.jackson2;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.entente.merge.Picture;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Limits;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One-line JSON on Jackson 2: {@code EntenteJson.write(extraction)} gives the contract's JSON on one
 * line, the same bytes {@code dev.entente.json.EntenteJson} writes with Jackson 3, and {@code
 * EntenteJson.read(json)} reads it back. {@link #mapper()} is the configured, thread-safe mapper
 * behind them, with {@link EntenteModule} registered and limits fit for untrusted input: {@link
 * #readConstraints()}, duplicate fields and trailing content rejected, no default typing.
 *
 * <pre>{@code
 * String line = EntenteJson.write(parser.parse("a1", text));
 * ArticleExtraction back = EntenteJson.read(line);
 * }</pre>
 */
public final class EntenteJson {
  /** Deepest nesting accepted; the contract's documents nest about six levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /**
   * Longest string value accepted: {@link Limits#MAX_STRING_LENGTH}, an article's text when a line
   * carries it; the model's values are held to the shorter bounds of {@link Limits} when read.
   */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** Longest number accepted, in characters; model amounts need at most about 50. */
  public static final int MAX_NUMBER_LENGTH = 100;

  // the limits Jackson 2.15 knows; documents and names are bounded by the string limit's checks
  private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .build();

  private static final JsonMapper MAPPER = JsonMapper.builder(
          new JsonFactoryBuilder()
              .streamReadConstraints(READ_CONSTRAINTS)
              .characterEscapes(new SurrogateEscapes())
              .build())
      .addModule(new EntenteModule())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .deactivateDefaultTyping()
      .build();

  private EntenteJson() {}

  /**
   * The configured mapper: {@link EntenteModule} plus strict limits for untrusted input.
   *
   * @return the shared mapper; it is immutable and safe to use from many threads
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * The stream limits {@link #mapper()} applies, for users configuring their own mapper.
   *
   * @return the limits on nesting depth, string, number and document length
   */
  public static StreamReadConstraints readConstraints() {
    return READ_CONSTRAINTS;
  }

  /**
   * The contract's JSON for {@code extraction}, on one line.
   *
   * @param extraction the extraction to write, not null
   * @return the JSON text, without a trailing newline
   */
  public static String write(ArticleExtraction extraction) {
    Objects.requireNonNull(extraction, "extraction must not be null");
    return writeValue(extraction);
  }

  /**
   * The JSON of a merged {@link Picture}, on one line: {@code "articles"}, then for each kind of fact
   * a list of {@code {"value": fact, "articleCount": n, "sources": [{"articleId", "evidence"}]}}.
   *
   * @param picture the merged picture to write, not null
   * @return the JSON text, without a trailing newline
   */
  public static String write(Picture picture) {
    Objects.requireNonNull(picture, "picture must not be null");
    return writeValue(picture);
  }

  private static String writeValue(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a valid model value writes to a string without fail
    }
  }

  /**
   * Reads one extraction.
   *
   * @param json the contract's JSON of one extraction
   * @return the extraction
   * @throws JsonProcessingException for malformed or invalid JSON, naming the JSON path
   */
  public static ArticleExtraction read(String json) throws JsonProcessingException {
    Objects.requireNonNull(json, "json must not be null");
    ArticleExtraction x = MAPPER.readValue(json, ArticleExtraction.class);
    if (x == null) {
      throw MismatchedInputException.from(null, ArticleExtraction.class, "Invalid JSON at $: expected an ArticleExtraction object, got null");
    }
    return x;
  }

  /** Escapes every UTF-16 surrogate, so a lone one never reaches the output unescaped. */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
