package dev.entente.parse.internal.normalize;

import dev.entente.parse.internal.normalize.DateScanner.DateMatch;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Stage;
import java.util.List;

/**
 * The stage that fills a document's {@code dates}, resolving relative ones against
 * {@link Document#published()}. The years and days it reads stop being plain numbers.
 */
public final class DateStage implements Stage {

  private final DateScanner scanner;

  public DateStage() {
    this.scanner = new DateScanner(Lexicon.get());
  }

  @Override
  public void apply(Document doc) {
    List<DateMatch> matches = scanner.scan(doc.tokens, doc.wordIds(), doc.sentences, doc.published(), starts(doc));
    boolean[] dated = new boolean[doc.tokens.size()];
    for (DateMatch m : matches) {
      doc.dates.add(new DateRef(m.first(), m.end(), Texts.span(doc.tokens, m.first(), m.end()), m.date(), m.form()));
      for (int k = m.first(); k < m.end(); k++) {
        dated[k] = true;
      }
    }
    // "1857" in "December 17, 1857" is a year, no count
    doc.numbers.removeIf(n -> {
      for (int k = n.first(); k < n.end(); k++) {
        if (dated[k]) {
          return true;
        }
      }
      return false;
    });
  }

  /** The document's {@link Lexicon#starts}, computed once for both the amount and the date stage. */
  static byte[] starts(Document doc) {
    byte[] s = doc.normalizeStarts;
    if (s == null || s.length != doc.tokens.size()) {
      s = Lexicon.get().starts(doc.tokens, doc.wordIds(), doc.tokenBits());
      doc.normalizeStarts = s;
    }
    return s;
  }
}
