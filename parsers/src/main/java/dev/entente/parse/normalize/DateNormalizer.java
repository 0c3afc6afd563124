package dev.entente.parse.normalize;

import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.normalize.DateScanner;
import dev.entente.parse.internal.normalize.DateScanner.DateMatch;
import dev.entente.parse.internal.normalize.Lexicon;
import dev.entente.parse.internal.normalize.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates of a text into EDTF: absolute ones ({@code December 17, 1857}), relative ones
 * resolved against the publication date ({@code on Wednesday}, {@code last year}), and anaphoric
 * ones resolved against the date before them ({@code the following year}). Without a publication
 * date, relative dates are left out rather than guessed. Immutable and thread-safe.
 *
 * <pre>{@code
 * DateNormalizer dates = DateNormalizer.create();
 * dates.read("Signed in May 2005, delivered the following year.", null);  // 2005-05, 2006
 * }</pre>
 */
public final class DateNormalizer {

  private final DateScanner scanner;

  private DateNormalizer(Lexicon lex) {
    this.scanner = new DateScanner(lex);
  }

  /**
   * A normalizer with the built-in word lists.
   *
   * @return the normalizer; it is immutable and safe to share between threads
   */
  public static DateNormalizer create() {
    return new DateNormalizer(Lexicon.get());
  }

  /**
   * The dates of {@code text}, in text order; relative ones resolve against {@code published} when given.
   *
   * @param text the text to read; spans are UTF-16 offsets into it
   * @param published the article's publication date, or null when unknown
   * @return the dates, in text order; empty when there are none
   */
  public List<Reading<EdtfDate>> read(String text, @Nullable LocalDate published) {
    Texts t = Texts.of(text);
    List<Reading<EdtfDate>> out = new ArrayList<>();
    for (DateMatch m : scanner.scan(t.tokens(), t.sentences(), published)) {
      out.add(new Reading<>(m.date(), Texts.span(t.tokens(), m.first(), m.end()), Qualifier.EXACT));
    }
    return out;
  }
}
