package dev.entente.parse.normalize;

import dev.entente.model.Quantity;
import dev.entente.parse.internal.normalize.Amount;
import dev.entente.parse.internal.normalize.Amount.Kind;
import dev.entente.parse.internal.normalize.AmountScanner;
import dev.entente.parse.internal.normalize.DateScanner;
import dev.entente.parse.internal.normalize.Lexicon;
import dev.entente.parse.internal.normalize.Texts;
import dev.entente.parse.internal.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers, money, quantities and percentages of a text: {@code about $4 billion},
 * {@code €5bn ($5.6bn)}, {@code 257,200 tonnes}, {@code 1.5 million doses}, {@code grew by 10%}.
 * Immutable and thread-safe; its word lists load once.
 *
 * <pre>{@code
 * AmountNormalizer amounts = AmountNormalizer.create();
 * amounts.money("Russia invested about $4 billion.").get(0).value().money();  // 4000000000 USD
 * }</pre>
 */
public final class AmountNormalizer {

  private final AmountScanner scanner;
  private final DateScanner dates;

  private AmountNormalizer(Lexicon lex) {
    this.scanner = new AmountScanner(lex);
    this.dates = new DateScanner(lex);
  }

  /**
   * A normalizer with the built-in word lists.
   *
   * @return the normalizer; it is immutable and safe to share between threads
   */
  public static AmountNormalizer create() {
    return new AmountNormalizer(Lexicon.get());
  }

  /**
   * Plain numbers and counts: {@code eleven}, {@code about 260}, {@code 110} (of {@code 110 sets}); not
   * the years and days of dates ({@code May 24, 1996}).
   *
   * @param text the text to read; spans are UTF-16 offsets into it
   * @return the numbers, in text order; empty when there are none
   */
  public List<Reading<BigDecimal>> numbers(String text) {
    List<Reading<BigDecimal>> out = new ArrayList<>();
    Texts t = Texts.of(text);
    boolean[] dated = new boolean[t.tokens().size()];
    for (DateScanner.DateMatch m : dates.scan(t.tokens(), t.sentences(), null)) {
      java.util.Arrays.fill(dated, m.first(), m.end(), true);
    }
    for (Amount a : scan(t)) {
      if ((a.kind() == Kind.NUMBER || a.kind() == Kind.QUANTITY && a.counted()) && !dated[a.first()]
          && !dated[a.end() - 1]) {
        out.add(new Reading<>(a.value(), Texts.span(t.tokens(), a.first(), a.end()), a.qualifier()));
      }
    }
    return out;
  }

  /**
   * Amounts of money: {@code $4 billion}, {@code between $10 and $12 million}, {@code 5,000 crore rupees}.
   *
   * @param text the text to read; spans are UTF-16 offsets into it
   * @return the amounts, in text order; empty when there are none
   */
  public List<Reading<MoneyAmount>> money(String text) {
    List<Reading<MoneyAmount>> out = new ArrayList<>();
    Texts t = Texts.of(text);
    for (Amount a : scan(t)) {
      if (a.kind() == Kind.MONEY) {
        out.add(new Reading<>(new MoneyAmount(a.money(), a.highMoney(), a.equivalents()),
            Texts.span(t.tokens(), a.first(), a.end()), a.qualifier()));
      }
    }
    return out;
  }

  /**
   * Quantities: {@code 257,200 tonnes} (unit {@code t}), {@code 12 patrol boats} (unit {@code patrol boats}).
   *
   * @param text the text to read; spans are UTF-16 offsets into it
   * @return the quantities, in text order; empty when there are none
   */
  public List<Reading<Quantity>> quantities(String text) {
    List<Reading<Quantity>> out = new ArrayList<>();
    Texts t = Texts.of(text);
    for (Amount a : scan(t)) {
      if (a.kind() == Kind.QUANTITY) {
        out.add(new Reading<>(Quantity.of(a.value(), a.unit()), Texts.span(t.tokens(), a.first(), a.end()),
            a.qualifier()));
      }
    }
    return out;
  }

  /**
   * Percentages: {@code grew by 10%} (a change of +10), {@code 80 percent of} (a share of 80).
   *
   * @param text the text to read; spans are UTF-16 offsets into it
   * @return the percentages, in text order; empty when there are none
   */
  public List<Reading<Percentage>> percentages(String text) {
    List<Reading<Percentage>> out = new ArrayList<>();
    Texts t = Texts.of(text);
    for (Amount a : scan(t)) {
      if (a.kind() == Kind.PERCENT) {
        out.add(new Reading<>(new Percentage(a.value(), a.change()), Texts.span(t.tokens(), a.first(), a.end()),
            a.qualifier()));
      }
    }
    return out;
  }

  private List<Amount> scan(Texts t) {
    List<Amount> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      out.addAll(scanner.scan(t.tokens(), s.firstToken(), s.endToken()));
    }
    return out;
  }
}
