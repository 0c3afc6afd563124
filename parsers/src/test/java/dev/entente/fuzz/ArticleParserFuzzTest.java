package dev.entente.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.ExtractionInvariants;
import java.time.LocalDate;

/**
 * Any text at all, as UTF-8 and as raw UTF-16 (lone surrogates and all), read with and without a
 * publication date: the parser answers without throwing, and its evidence lies inside the text.
 */
class ArticleParserFuzzTest {

  // one parser for all inputs, as users share it
  private static final ArticleParser PARSER = ArticleParser.create();

  @FuzzTest
  void parseText(byte[] input) {
    String text = FuzzText.utf8(input);
    ExtractionInvariants.assertWellFormed(text, PARSER.parse("fuzz", text));
    String units = FuzzText.utf16Units(input);
    ExtractionInvariants.assertWellFormed(units, PARSER.parse("fuzz", units));
  }

  @FuzzTest
  void parseWithPublished(FuzzedDataProvider data) {
    // any day from year 1 to 9999, the range EDTF level 0 dates cover
    LocalDate published = LocalDate.ofEpochDay(data.consumeLong(-719162L, 2932896L));
    String text = FuzzText.utf8(data.consumeRemainingAsBytes());
    ExtractionInvariants.assertWellFormed(text, PARSER.parse("fuzz", text, published));
  }
}
