package dev.entente.json;

import dev.entente.merge.Conflict;
import dev.entente.merge.Merged;
import dev.entente.merge.Picture;
import dev.entente.merge.Source;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the contract's JSON for each model type, fields in the contract's order and every field
 * present (null when unknown), whatever the user's mapper settings, so the output never varies.
 */
final class ModelWriter {
  private final JsonGenerator g;

  ModelWriter(JsonGenerator g) {
    this.g = g;
  }

  void extraction(ArticleExtraction x) {
    g.writeStartObject();
    g.writeName("article");
    article(x.article());
    g.writeName("countries");
    g.writeStartArray();
    for (CountryMention m : x.countries()) {
      countryMention(m);
    }
    g.writeEndArray();
    g.writeName("leaders");
    g.writeStartArray();
    x.leaders().forEach(this::leader);
    g.writeEndArray();
    g.writeName("agreements");
    g.writeStartArray();
    x.agreements().forEach(this::agreement);
    g.writeEndArray();
    g.writeName("tradeFigures");
    g.writeStartArray();
    x.tradeFigures().forEach(this::tradeFigure);
    g.writeEndArray();
    g.writeName("armsContracts");
    g.writeStartArray();
    x.armsContracts().forEach(this::armsContract);
    g.writeEndArray();
    g.writeName("events");
    g.writeStartArray();
    x.events().forEach(this::event);
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A picture: the articles, then each merged list, then the conflicts. A merged value is {"key",
   * "value", "articleCount", "sources"}, each source {"articleId", "value", "evidence"}; a conflict
   * is {"kind", "key", "values"}, each value written as a merged value.
   */
  void picture(Picture p) {
    g.writeStartObject();
    g.writeName("articles");
    g.writeStartArray();
    p.articles().forEach(this::article);
    g.writeEndArray();
    merged("countries", p.countries(), this::country);
    merged("leaders", p.leaders(), this::leader);
    merged("agreements", p.agreements(), this::agreement);
    merged("tradeFigures", p.tradeFigures(), this::tradeFigure);
    merged("armsContracts", p.armsContracts(), this::armsContract);
    merged("events", p.events(), this::event);
    g.writeName("conflicts");
    g.writeStartArray();
    for (Conflict c : p.conflicts()) {
      g.writeStartObject();
      g.writeStringProperty("kind", c.kind());
      g.writeStringProperty("key", c.key());
      g.writeName("values");
      g.writeStartArray();
      for (Merged<?> m : c.values()) {
        mergedValue(m, this::anyFact);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private <T> void merged(String name, List<Merged<T>> values, Consumer<T> value) {
    g.writeName(name);
    g.writeStartArray();
    for (Merged<T> m : values) {
      mergedValue(m, value);
    }
    g.writeEndArray();
  }

  private <T> void mergedValue(Merged<T> m, Consumer<? super T> value) {
    g.writeStartObject();
    g.writeStringProperty("key", m.key());
    g.writeName("value");
    value.accept(m.value());
    g.writeNumberProperty("articleCount", m.articleCount());
    g.writeName("sources");
    g.writeStartArray();
    for (Source<T> s : m.sources()) {
      g.writeStartObject();
      g.writeStringProperty("articleId", s.articleId());
      g.writeName("value");
      value.accept(s.value());
      evidence(s.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void anyFact(Object fact) {
    if (fact instanceof Agreement a) {
      agreement(a);
    } else if (fact instanceof TradeFigure t) {
      tradeFigure(t);
    } else if (fact instanceof ArmsContract a) {
      armsContract(a);
    } else if (fact instanceof DiplomaticEvent e) {
      event(e);
    } else if (fact instanceof Leader l) {
      leader(l);
    } else if (fact instanceof Country c) {
      country(c);
    } else {
      throw new IllegalArgumentException("Not a fact of a picture: " + fact);
    }
  }

  void article(Article a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    string("title", a.title());
    string("source", a.source());
    string("author", a.author());
    string("dateline", a.dateline());
    date("published", a.published());
    g.writeEndObject();
  }

  void countryMention(CountryMention m) {
    g.writeStartObject();
    g.writeStringProperty("code", m.country().code());
    evidence(m.evidence());
    g.writeEndObject();
  }

  void leader(Leader l) {
    g.writeStartObject();
    g.writeStringProperty("name", l.name());
    country("country", l.country());
    string("title", l.title());
    g.writeStringProperty("role", l.role().name());
    evidence(l.evidence());
    g.writeEndObject();
  }

  void agreement(Agreement a) {
    g.writeStartObject();
    string("title", a.title());
    g.writeStringProperty("kind", a.kind().name());
    countries("parties", a.parties());
    date("signed", a.signed());
    g.writeName("count");
    if (a.count() == null) {
      g.writeNull();
    } else {
      g.writeNumber(a.count());
    }
    g.writeStringProperty("qualifier", a.qualifier().name());
    strings("sectors", a.sectors());
    evidence(a.evidence());
    g.writeEndObject();
  }

  void tradeFigure(TradeFigure t) {
    g.writeStartObject();
    g.writeStringProperty("flow", t.flow().name());
    country("reporter", t.reporter());
    country("partner", t.partner());
    g.writeName("value");
    money(t.value());
    g.writeName("quantity");
    quantity(t.quantity());
    g.writeName("changePercent");
    decimal(t.changePercent());
    string("commodity", t.commodity());
    date("period", t.period());
    g.writeStringProperty("qualifier", t.qualifier().name());
    evidence(t.evidence());
    g.writeEndObject();
  }

  void armsContract(ArmsContract a) {
    g.writeStartObject();
    country("supplier", a.supplier());
    country("recipient", a.recipient());
    strings("items", a.items());
    g.writeName("value");
    money(a.value());
    date("signed", a.signed());
    date("delivered", a.delivered());
    g.writeStringProperty("qualifier", a.qualifier().name());
    g.writeName("quantity");
    quantity(a.quantity());
    evidence(a.evidence());
    g.writeEndObject();
  }

  void event(DiplomaticEvent e) {
    g.writeStartObject();
    g.writeStringProperty("type", e.type().name());
    date("date", e.date());
    string("location", e.location());
    strings("participants", e.participants());
    countries("countries", e.countries());
    g.writeBooleanProperty("planned", e.planned());
    g.writeStringProperty("cameo", e.type().cameoRoot());
    g.writeStringProperty("plover", e.type().plover().name());
    evidence(e.evidence());
    g.writeEndObject();
  }

  void money(@Nullable Money m) {
    if (m == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeName("amount");
    decimal(m.amount());
    g.writeStringProperty("currency", m.currencyCode());
    g.writeEndObject();
  }

  void quantity(@Nullable Quantity q) {
    if (q == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeName("amount");
    decimal(q.amount());
    g.writeStringProperty("unit", q.unit());
    g.writeEndObject();
  }

  void span(Span s) {
    g.writeStartObject();
    g.writeNumberProperty("start", s.start());
    g.writeNumberProperty("end", s.end());
    g.writeEndObject();
  }

  void date(EdtfDate d) {
    g.writeString(d.toString());
  }

  void country(Country c) {
    g.writeString(c.code());
  }

  private void decimal(@Nullable BigDecimal d) {
    if (d == null) {
      g.writeNull();
    } else {
      // Plain digits, never an exponent, whatever WRITE_BIGDECIMAL_AS_PLAIN says.
      g.writeNumber(d.toPlainString());
    }
  }

  private void evidence(List<Span> spans) {
    g.writeName("evidence");
    g.writeStartArray();
    spans.forEach(this::span);
    g.writeEndArray();
  }

  private void string(String name, @Nullable String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private void date(String name, @Nullable EdtfDate value) {
    string(name, value == null ? null : value.toString());
  }

  private void country(String name, @Nullable Country value) {
    string(name, value == null ? null : value.code());
  }

  private void countries(String name, List<Country> values) {
    g.writeName(name);
    g.writeStartArray();
    values.forEach(this::country);
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    values.forEach(g::writeString);
    g.writeEndArray();
  }
}
