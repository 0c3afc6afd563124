package dev.entente.examples.cli;

import dev.entente.io.Document;
import dev.entente.io.InputException;
import dev.entente.io.InputFile;
import dev.entente.io.InputItem;
import dev.entente.io.RecordReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .jsonl.gz}): each line one article,
 * {@code {"id", "text", "published"?, "url"?, "title"?, "source"?, "author"?}}. Lines are split here,
 * as bytes; each line's JSON is parsed when its item is read, so on whichever thread reads it. Blank
 * lines are passed over; a line that is not such an object fails alone, named {@code file:line}.
 */
final class JsonLinesReader implements RecordReader {

  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:$|[T ].*)");

  private final long maxLineBytes;
  private final int maxChars;
  private final JsonMapper mapper;

  /** A reader of lines of at most {@code maxLineBytes} bytes, holding texts of at most {@code maxChars}. */
  JsonLinesReader(long maxLineBytes, int maxChars) {
    this.maxLineBytes = maxLineBytes;
    this.maxChars = maxChars;
    this.mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                // the line's length bounds its strings; the text's own limit is told in its wording below
                .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, maxLineBytes))
                .maxNestingDepth(64)
                .build())
            .build())
        .build();
  }

  @Override
  public ItemStream open(InputFile file) throws InputException {
    return new Lines(file, file.open());
  }

  /** The article one line holds. */
  Document parse(byte[] line) throws InputException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JacksonException e) {
      throw new InputException("not JSON: " + e.getOriginalMessage().strip().replaceAll("[\\r\\n]+", " "));
    }
    if (node == null || !node.isObject()) {
      throw new InputException("not a JSON object");
    }
    String id = string(node, "id", true);
    String text = string(node, "text", true);
    String published = string(node, "published", false);
    LocalDate date = null;
    if (published != null) {
      Matcher m = DATE.matcher(published.strip());
      try {
        date = m.matches() ? LocalDate.parse(m.group(1)) : null;
      } catch (DateTimeParseException e) {
        date = null;
      }
      if (date == null) {
        throw new InputException("\"published\" is not a date, YYYY-MM-DD: \"" + published + "\"");
      }
    }
    if (id == null || id.isBlank()) {
      throw new InputException("no \"id\"");
    }
    if (text == null || text.isBlank()) {
      throw new InputException("no \"text\" (article " + id + ")");
    }
    if (text.length() > maxChars) {
      throw new InputException(InputException.overSizeLimit(maxChars, "chars") + " (article " + id + ")");
    }
    return new Document(id, text, string(node, "title", false), string(node, "source", false),
        string(node, "author", false), date, string(node, "url", false), List.of());
  }

  private static @Nullable String string(JsonNode node, String field, boolean required) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (required || !v.isNumber()) {
      throw new InputException("\"" + field + "\" is not a string");
    }
    return v.asString();
  }

  private final class Lines extends Advancing {
    private final InputFile file;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long number;

    Lines(InputFile file, InputStream in) {
      this.file = file;
      this.in = in;
    }

    /** The next line's item, null for a blank line or the end. */
    @Override
    protected @Nullable InputItem advance() {
      line.reset();
      long length = 0;
      boolean ended = false;
      try {
        while (true) {
          if (pos == limit) {
            limit = in.read(buffer);
            pos = 0;
            if (limit < 0) {
              limit = 0;
              ended = true;
              break;
            }
          }
          int end = pos;
          while (end < limit && buffer[end] != '\n') {
            end++;
          }
          int take = (int) Math.max(0, Math.min(end - pos, maxLineBytes - length));
          line.write(buffer, pos, take);
          length += end - pos;
          boolean newline = end < limit;
          pos = newline ? end + 1 : end;
          if (newline) {
            break;
          }
        }
      } catch (IOException e) {
        end();
        return InputItem.failed(file.name() + ":" + (number + 1), length,
            (file.gzipped() ? "truncated or corrupt gzip: " : "cannot read: ") + InputException.oneLine(e));
      }
      if (ended) {
        end();
        if (length == 0) {
          return null;
        }
      }
      number++;
      String origin = file.name() + ":" + number;
      long size = length + 1;
      if (length > maxLineBytes) {
        return InputItem.failed(origin, size, "line " + InputException.overSizeLimit(maxLineBytes, "bytes"));
      }
      byte[] bytes = line.toByteArray();
      if (isBlank(bytes)) {
        return null;
      }
      return InputItem.of(origin, size, () -> parse(bytes));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
