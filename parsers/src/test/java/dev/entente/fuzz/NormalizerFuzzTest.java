package dev.entente.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.parse.normalize.AmountNormalizer;
import dev.entente.parse.normalize.DateNormalizer;
import dev.entente.parse.normalize.Reading;
import java.time.LocalDate;
import java.util.List;

/**
 * Any text given to the money, number, quantity, percentage and date normalizers: readings whose
 * spans lie inside the text, and no exception.
 */
class NormalizerFuzzTest {

  private static final AmountNormalizer AMOUNTS = AmountNormalizer.create();
  private static final DateNormalizer DATES = DateNormalizer.create();

  @FuzzTest
  void amounts(byte[] input) {
    String text = FuzzText.utf8(input);
    checkSpans(text, AMOUNTS.numbers(text));
    checkSpans(text, AMOUNTS.money(text));
    checkSpans(text, AMOUNTS.quantities(text));
    checkSpans(text, AMOUNTS.percentages(text));
  }

  @FuzzTest
  void dates(FuzzedDataProvider data) {
    // any day from year 1 to 9999, or none
    LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-719162L, 2932896L)) : null;
    String text = FuzzText.utf8(data.consumeRemainingAsBytes());
    checkSpans(text, DATES.read(text, published));
  }

  private static void checkSpans(String text, List<? extends Reading<?>> readings) {
    for (Reading<?> r : readings) {
      if (r.span().end() > text.length()) {
        throw new AssertionError("reading " + r + " lies beyond the text's length " + text.length());
      }
    }
  }
}
