package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The error contract of {@link ArticleParser#parse}: any text at all gives an extraction; only the
 * documented caller mistakes (a null argument, a blank id, a text over the size limit) throw.
 */
// a hang fails the build instead of stalling it; this bound says nothing about speed
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ParseContractTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 9);

  @Test
  void anyHostileTextGivesAWellFormedExtraction() {
    Prop.check("parse never throws", Gens.pair(HostileTexts.texts(), Gens.booleans()), 150, p -> {
      String text = p.first();
      ArticleExtraction x = PARSER.parse("hostile", text, p.second() ? PUBLISHED : null);
      ExtractionInvariants.assertWellFormed(text, x);
    });
  }

  @Test
  void arbitraryUnicodeGivesAWellFormedExtraction() {
    Prop.check("parse never throws on any chars", Gens.strings(Gens.anyChar(), 0, 400), 300, text ->
        ExtractionInvariants.assertWellFormed(text, PARSER.parse("chars", text)));
  }

  @Test
  void namedHostileInputsGiveExtractions() {
    String[] texts = {
        "", " ", "\n\n\n", "\t \u00A0\u2009\u200B\uFEFF", "\u0000\u0001\u0002\u001B\u007F\u0085",
        "\uD800", "\uDC00 Russia \uD800", "\uDBFF\uDBFF\uDFFF\uDFFF", "\uFFFD".repeat(50_000),
        "1".repeat(100_000), "$" + "9".repeat(100_000) + " billion", "$".repeat(100_000),
        "Russia and China signed a deal worth $1 billion on Monday, ".repeat(2_000),
        "(".repeat(50_000) + "Russia" + ")".repeat(50_000), "\"“«'[{(".repeat(15_000),
        "<html><body><p>Russia &amp; China</p><script>if (a < b) {}</script></body></html>".repeat(500),
        "{\"article\":{\"id\":\"x\"},\"countries\":[\"RUS\"],\"n\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
        "President ".repeat(20_000), "U.S. Mr. Dr. Jan. ".repeat(10_000), ". ".repeat(50_000), "-".repeat(100_000),
    };
    for (String text : texts) {
      ExtractionInvariants.assertWellFormed(text, PARSER.parse("named", text));
      ExtractionInvariants.assertWellFormed(text, PARSER.parse("named", text, PUBLISHED));
    }
  }

  @Test
  void callerMistakesThrowWithClearMessages() {
    assertThrows(NullPointerException.class, () -> PARSER.parse(null, "text"));
    assertThrows(NullPointerException.class, () -> PARSER.parse("id", null));
    assertThrows(NullPointerException.class, () -> PARSER.parse("id", null, PUBLISHED));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(" \t", "text"));
    assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
    IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> ArticleParser.create(0));
    assertTrue(limit.getMessage().contains("0"), limit.getMessage());
  }

  @Test
  void theSizeLimitAdmitsItsLengthAndRefusesMoreNamingTheLimit() {
    Prop.check("size limit", Gens.pair(Gens.ints(1, 5_000), Gens.ints(-3, 3)), 100, p -> {
      int limit = p.first();
      ArticleParser parser = ArticleParser.create(limit);
      assertEquals(limit, parser.maxLength());
      int length = Math.max(0, limit + p.second());
      String text = "Russia and Peru. ".repeat(length / 17 + 1).substring(0, length);
      if (length <= limit) {
        ExtractionInvariants.assertWellFormed(text, parser.parse("limit", text));
      } else {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("limit", text));
        assertTrue(e.getMessage().contains(Integer.toString(limit)), e.getMessage());
      }
    });
    assertEquals(ArticleParser.DEFAULT_MAX_LENGTH, ArticleParser.create().maxLength());
  }
}
