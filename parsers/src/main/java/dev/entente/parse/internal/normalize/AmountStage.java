package dev.entente.parse.internal.normalize;

import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stage that fills a document's {@code numbers}, {@code money}, {@code quantities} and
 * {@code percents}. Counts of things ({@code 110 sets}) are both a quantity and a number.
 */
public final class AmountStage implements Stage {

  /**
   * The bare numbers one article keeps as mentions (amounts of money, quantities and percentages are
   * not counted). News has tens; a text of millions of numbers ("1,1,1,...") would otherwise keep a
   * mention for each, hundreds of MB at the parser's size limit, and the facts the numbers serve
   * (counts of goods) are bounded per article far below this anyway.
   */
  public static final int MAX_NUMBERS = 100_000;

  private final AmountScanner scanner;
  private final Lexicon lex;

  public AmountStage() {
    this.lex = Lexicon.get();
    this.scanner = new AmountScanner(lex);
  }

  @Override
  public void apply(Document doc) {
    byte[] starts = DateStage.starts(doc);
    int year = doc.published() == null ? Integer.MAX_VALUE : doc.published().getYear();
    for (Sentence s : doc.sentences) {
      List<Amount> amounts;
      try {
        amounts = scanner.scan(doc.tokens, s.firstToken(), s.endToken(), starts);
      } catch (RuntimeException e) {
        continue; // an unforeseen value in one sentence must not cost the article its other facts
      }
      for (int k = 0; k < amounts.size(); k++) { // by index: no iterator per sentence
        Amount a = amounts.get(k);
        var span = Texts.span(doc.tokens, a.first(), a.end());
        switch (a.kind()) {
          case MONEY -> doc.money.add(new MoneyRef(a.first(), a.end(), span, ofEra(a.money(), year),
              ofEra(a.highMoney(), year), a.qualifier(), a.equivalents()));
          case PERCENT -> doc.percents.add(new PercentRef(a.first(), a.end(), span, a.value(), a.change(),
              a.qualifier()));
          case QUANTITY -> {
            String unit = a.unit() == null ? "units" : a.unit();
            doc.quantities.add(new QuantityRef(a.first(), a.end(), span, Quantity.of(a.value(), unit),
                a.qualifier(), a.high() == null ? null : Quantity.of(a.high(), unit)));
            if (a.counted() && doc.numbers.size() < MAX_NUMBERS) {
              doc.numbers.add(new NumberRef(a.first(), a.end(), span, a.value(), a.qualifier()));
            }
          }
          case NUMBER -> {
            if (doc.numbers.size() < MAX_NUMBERS) {
              doc.numbers.add(new NumberRef(a.first(), a.end(), span, a.value(), a.qualifier()));
            }
          }
        }
      }
    }
  }

  /** The money in the code of the report's era: "3 billion roubles" in a report of 1986 are SUR. */
  private @Nullable Money ofEra(@Nullable Money m, int year) {
    List<Lexicon.Era> eras = m == null ? null : lex.eras.get(m.currencyCode());
    if (eras != null) {
      for (Lexicon.Era e : eras) {
        if (year < e.until()) {
          return new Money(m.amount(), e.code());
        }
      }
    }
    return m;
  }
}
