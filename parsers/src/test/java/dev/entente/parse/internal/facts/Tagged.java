package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.NumberRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A text written piece by piece with the mentions earlier stages would find in it, so the fact
 * stages can be tested on exactly the mentions a sentence holds.
 */
final class Tagged {
  private final StringBuilder text = new StringBuilder();
  private final List<Pending> pending = new ArrayList<>();

  private record Pending(int start, int end, BiConsumer<Document, int[]> add) {}

  /** Plain words; a space goes before them unless the text is empty or they start with punctuation. */
  Tagged w(String words) {
    space(words);
    text.append(words);
    return this;
  }

  private int mark(String surface) {
    space(surface);
    int start = text.length();
    text.append(surface);
    return start;
  }

  private void space(String next) {
    if (text.length() > 0 && !next.isEmpty() && ".,;:'%)".indexOf(next.charAt(0)) < 0
        && !next.startsWith("'s") && text.charAt(text.length() - 1) != '(' && text.charAt(text.length() - 1) != '$') {
      text.append(' ');
    }
  }

  Tagged country(String surface, String code, CountryForm form) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) ->
        d.countries.add(new CountryRef(r[0], r[1], span(d, r), Country.of(code), form))));
    return this;
  }

  Tagged money(String surface, Money m, Qualifier q) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) -> d.money.add(new MoneyRef(r[0], r[1], span(d, r), m, null, q))));
    return this;
  }

  Tagged quantity(String surface, Quantity q, Qualifier ql) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) -> d.quantities.add(new QuantityRef(r[0], r[1], span(d, r), q, ql))));
    return this;
  }

  Tagged percent(String surface, BigDecimal v, boolean change) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) ->
        d.percents.add(new PercentRef(r[0], r[1], span(d, r), v, change, Qualifier.EXACT))));
    return this;
  }

  Tagged date(String surface, EdtfDate date) {
    return date(surface, date, DateForm.ABSOLUTE);
  }

  /** A date mention resolved as {@code form} says (against the publication date: {@code RELATIVE}). */
  Tagged date(String surface, EdtfDate date, DateForm form) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) -> d.dates.add(new DateRef(r[0], r[1], span(d, r), date, form))));
    return this;
  }

  Tagged number(String surface, BigDecimal v, Qualifier q) {
    int s = mark(surface);
    pending.add(new Pending(s, text.length(), (d, r) -> d.numbers.add(new NumberRef(r[0], r[1], span(d, r), v, q))));
    return this;
  }

  /** Applies a writing step, so steps chain: {@code t.w("In").apply(x -> year(x, 2019))}. */
  Tagged apply(java.util.function.UnaryOperator<Tagged> step) {
    return step.apply(this);
  }

  /** This text, a space, then {@code other}'s text with its mentions. */
  Tagged then(Tagged other) {
    text.append(' ');
    int shift = text.length();
    text.append(other.text);
    for (Pending p : other.pending) {
      pending.add(new Pending(p.start() + shift, p.end() + shift, p.add()));
    }
    return this;
  }

  String text() {
    return text.toString();
  }

  /** The document with tokens, sentences and the mentions, as the stages before the fact stages leave it. */
  Document document(LocalDate published) {
    Document doc = new Document("t", text.toString(), published);
    new TextReaderStage().apply(doc);
    List<Pending> sorted = new ArrayList<>(pending);
    sorted.sort(Comparator.comparingInt(Pending::start));
    for (Pending p : sorted) {
      int first = doc.tokenAtOrAfter(p.start());
      int end = doc.tokenAtOrAfter(p.end());
      if (end < doc.tokens.size() && doc.tokens.get(end).start() < p.end()) {
        end++;
      }
      p.add().accept(doc, new int[] {first, end, p.start(), p.end()});
    }
    return doc;
  }

  private static Span span(Document d, int[] r) {
    return Span.of(r[2], r[3]);
  }
}
