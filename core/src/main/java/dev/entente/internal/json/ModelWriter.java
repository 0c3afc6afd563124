package dev.entente.internal.json;

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
import dev.entente.model.Limits;
import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the contract's JSON for each model type, fields in the contract's order and every field
 * present (null when unknown), whatever the user's mapper settings, so the output never varies.
 */
public final class ModelWriter {
  private final JsonSink g;

  /** A writer to {@code g}. */
  public ModelWriter(JsonSink g) {
    this.g = g;
  }

  public void extraction(ArticleExtraction x) {
    // nothing is written that would not read back
    Limits.check(x);
    g.startObject();
    g.name("article");
    article(x.article());
    g.name("countries");
    g.startArray();
    for (CountryMention m : x.countries()) {
      countryMention(m);
    }
    g.endArray();
    g.name("leaders");
    g.startArray();
    x.leaders().forEach(this::leader);
    g.endArray();
    g.name("agreements");
    g.startArray();
    x.agreements().forEach(this::agreement);
    g.endArray();
    g.name("tradeFigures");
    g.startArray();
    x.tradeFigures().forEach(this::tradeFigure);
    g.endArray();
    g.name("armsContracts");
    g.startArray();
    x.armsContracts().forEach(this::armsContract);
    g.endArray();
    g.name("events");
    g.startArray();
    x.events().forEach(this::event);
    g.endArray();
    if (x.omittedEvidence() > 0) {
      g.name("omittedEvidence");
      g.number(x.omittedEvidence());
    }
    g.endObject();
  }

  /**
   * A picture: the articles, then each merged list, then the conflicts. A merged value is {"key",
   * "value", "articleCount", "sources"}, each source {"articleId", "value", "evidence"}; a conflict
   * is {"kind", "key", "values"}, each value written as a merged value.
   */
  public void picture(Picture p) {
    g.startObject();
    g.name("articles");
    g.startArray();
    p.articles().forEach(this::article);
    g.endArray();
    merged("countries", p.countries(), this::country);
    merged("leaders", p.leaders(), this::leader);
    merged("agreements", p.agreements(), this::agreement);
    merged("tradeFigures", p.tradeFigures(), this::tradeFigure);
    merged("armsContracts", p.armsContracts(), this::armsContract);
    merged("events", p.events(), this::event);
    g.name("conflicts");
    g.startArray();
    for (Conflict c : p.conflicts()) {
      g.startObject();
      g.name("kind");
      g.string(c.kind());
      g.name("key");
      g.string(c.key());
      g.name("values");
      g.startArray();
      for (Merged<?> m : c.values()) {
        mergedValue(m, this::anyFact);
      }
      g.endArray();
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private <T> void merged(String name, List<Merged<T>> values, Consumer<T> value) {
    g.name(name);
    g.startArray();
    for (Merged<T> m : values) {
      mergedValue(m, value);
    }
    g.endArray();
  }

  private <T> void mergedValue(Merged<T> m, Consumer<? super T> value) {
    g.startObject();
    g.name("key");
    g.string(m.key());
    g.name("value");
    value.accept(m.value());
    g.name("articleCount");
    g.number(m.articleCount());
    g.name("sources");
    g.startArray();
    for (Source<T> s : m.sources()) {
      g.startObject();
      g.name("articleId");
      g.string(s.articleId());
      g.name("value");
      value.accept(s.value());
      evidence(s.evidence());
      g.endObject();
    }
    g.endArray();
    g.endObject();
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

  public void article(Article a) {
    g.startObject();
    g.name("id");
    g.string(a.id());
    string("title", a.title());
    string("source", a.source());
    string("author", a.author());
    string("dateline", a.dateline());
    date("published", a.published());
    g.endObject();
  }

  public void countryMention(CountryMention m) {
    g.startObject();
    g.name("code");
    g.string(m.country().code());
    evidence(m.evidence());
    g.endObject();
  }

  public void leader(Leader l) {
    g.startObject();
    g.name("name");
    g.string(l.name());
    country("country", l.country());
    string("title", l.title());
    g.name("role");
    g.string(l.role().name());
    evidence(l.evidence());
    g.endObject();
  }

  public void agreement(Agreement a) {
    g.startObject();
    string("title", a.title());
    g.name("kind");
    g.string(a.kind().name());
    countries("parties", a.parties());
    date("signed", a.signed());
    g.name("count");
    if (a.count() == null) {
      g.nullValue();
    } else {
      g.number(a.count());
    }
    g.name("qualifier");
    g.string(a.qualifier().name());
    strings("sectors", a.sectors());
    evidence(a.evidence());
    g.endObject();
  }

  public void tradeFigure(TradeFigure t) {
    g.startObject();
    g.name("flow");
    g.string(t.flow().name());
    country("reporter", t.reporter());
    country("partner", t.partner());
    g.name("value");
    money(t.value());
    g.name("quantity");
    quantity(t.quantity());
    g.name("changePercent");
    decimal(t.changePercent());
    string("commodity", t.commodity());
    date("period", t.period());
    g.name("qualifier");
    g.string(t.qualifier().name());
    evidence(t.evidence());
    g.endObject();
  }

  public void armsContract(ArmsContract a) {
    g.startObject();
    country("supplier", a.supplier());
    country("recipient", a.recipient());
    strings("items", a.items());
    g.name("value");
    money(a.value());
    date("signed", a.signed());
    date("delivered", a.delivered());
    g.name("qualifier");
    g.string(a.qualifier().name());
    g.name("quantity");
    quantity(a.quantity());
    evidence(a.evidence());
    g.endObject();
  }

  public void event(DiplomaticEvent e) {
    g.startObject();
    g.name("type");
    g.string(e.type().name());
    date("date", e.date());
    string("location", e.location());
    strings("participants", e.participants());
    countries("countries", e.countries());
    g.name("planned");
    g.bool(e.planned());
    g.name("cameo");
    g.string(e.type().cameoRoot());
    g.name("plover");
    g.string(e.type().plover().name());
    evidence(e.evidence());
    g.endObject();
  }

  public void money(@Nullable Money m) {
    if (m == null) {
      g.nullValue();
      return;
    }
    g.startObject();
    g.name("amount");
    decimal(m.amount());
    g.name("currency");
    g.string(m.currencyCode());
    g.endObject();
  }

  public void quantity(@Nullable Quantity q) {
    if (q == null) {
      g.nullValue();
      return;
    }
    g.startObject();
    g.name("amount");
    decimal(q.amount());
    g.name("unit");
    g.string(q.unit());
    g.endObject();
  }

  public void span(Span s) {
    g.startObject();
    g.name("start");
    g.number(s.start());
    g.name("end");
    g.number(s.end());
    g.endObject();
  }

  public void date(EdtfDate d) {
    g.string(d.toString());
  }

  public void country(Country c) {
    g.string(c.code());
  }

  private void decimal(@Nullable BigDecimal d) {
    if (d == null) {
      g.nullValue();
    } else {
      // Plain digits, never an exponent, whatever WRITE_BIGDECIMAL_AS_PLAIN says.
      g.decimal(d.toPlainString());
    }
  }

  private void evidence(List<Span> spans) {
    g.name("evidence");
    g.startArray();
    spans.forEach(this::span);
    g.endArray();
  }

  private void string(String name, @Nullable String value) {
    g.name(name);
    if (value == null) {
      g.nullValue();
    } else {
      g.string(value);
    }
  }

  private void date(String name, @Nullable EdtfDate value) {
    string(name, value == null ? null : value.toString());
  }

  private void country(String name, @Nullable Country value) {
    string(name, value == null ? null : value.code());
  }

  private void countries(String name, List<Country> values) {
    g.name(name);
    g.startArray();
    values.forEach(this::country);
    g.endArray();
  }

  private void strings(String name, List<String> values) {
    g.name(name);
    g.startArray();
    values.forEach(g::string);
    g.endArray();
  }
}
