package dev.entente.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.json.EntenteJson;
import dev.entente.model.ArticleExtraction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/**
 * Any bytes read as extraction JSON: either an extraction that writes and reads back equal, or a
 * {@link JacksonException} (which names the JSON path); never another exception, never a hang.
 */
class ExtractionJsonFuzzTest {

  @FuzzTest
  void read(byte[] input) {
    checkRoundTrip(() -> EntenteJson.read(new String(input, StandardCharsets.UTF_8)));
    checkRoundTrip(() -> EntenteJson.mapper().readValue(input, ArticleExtraction.class));
  }

  private interface Reader {
    ArticleExtraction read();
  }

  private static void checkRoundTrip(Reader reader) {
    ArticleExtraction x;
    try {
      x = reader.read();
    } catch (JacksonException rejected) {
      return;
    }
    if (x == null) {
      return; // the JSON literal null, read through the plain mapper
    }
    String written = EntenteJson.write(x);
    ArticleExtraction back = EntenteJson.read(written);
    if (!back.equals(x)) {
      throw new AssertionError("read " + x + "\nwrote " + written + "\nread back " + back);
    }
  }
}
