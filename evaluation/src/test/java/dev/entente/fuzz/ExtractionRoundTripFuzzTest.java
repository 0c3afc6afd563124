package dev.entente.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.json.EntenteJson;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Limits;
import dev.entente.parse.ArticleParser;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Any text the parser accepts: its extraction is written as JSON and read back equal (the Jackson 2
 * module's tests read the same lines). {@code parseWriteRead} takes the fuzzer's inputs as
 * they are (a few KB); {@code parseLargeWriteRead} repeats one up to the parser's limit (its first
 * four bytes give the length), where over-long names and lists of spans would otherwise grow past
 * what a reader accepts. The committed inputs of the second are of 1 and 2 MiB (the fuzz profile goes on to the limit), so it is the slow one.
 */
class ExtractionRoundTripFuzzTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  @FuzzTest
  void parseWriteRead(byte[] input) {
    roundTrip(new String(input, StandardCharsets.UTF_8));
    roundTrip(utf16Units(input));
  }

  @FuzzTest
  void parseLargeWriteRead(byte[] input) {
    if (input.length < 5) {
      return;
    }
    // the first four bytes say how long the text is, up to the parser's limit; the rest is repeated to fill it
    int length = 1 + (ByteBuffer.wrap(input, 0, 4).getInt() & Integer.MAX_VALUE) % Limits.MAX_TEXT_LENGTH;
    String unit = new String(input, 4, input.length - 4, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(unit, 0, Math.min(unit.length(), length - text.length()));
    }
    roundTrip(text.toString());
  }

  private static void roundTrip(String text) {
    ArticleExtraction x = PARSER.parse("fuzz", text);
    String line = EntenteJson.write(x);
    if (line.length() > Limits.MAX_DOCUMENT_LENGTH) {
      throw new AssertionError("a line of " + line.length() + " chars, over " + Limits.MAX_DOCUMENT_LENGTH);
    }
    ArticleExtraction back = EntenteJson.read(line);
    if (!back.equals(x)) {
      throw new AssertionError("wrote " + abbreviated(line) + "\nread back a different extraction");
    }
  }

  /** The bytes read as raw UTF-16 code units: any char at all, lone surrogates included. */
  private static String utf16Units(byte[] bytes) {
    char[] chars = new char[bytes.length / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | (bytes[2 * i + 1] & 0xFF));
    }
    return new String(chars);
  }

  private static String abbreviated(String line) {
    return line.length() <= 2000 ? line : line.substring(0, 2000) + "...";
  }
}
