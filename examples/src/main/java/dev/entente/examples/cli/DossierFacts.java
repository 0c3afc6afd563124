package dev.entente.examples.cli;

import dev.entente.model.EdtfDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the dossier shows each kind of fact, read from its JSON: the sections, their columns and the
 * words for values, shared by the Markdown and the HTML so that both say the same thing.
 */
final class DossierFacts {
  private DossierFacts() {}

  /** One column of a section: its header and the cell of a merged value's {@code "value"}. */
  record Column(String header, Function<JsonNode, String> cell) {}

  /** One section: the JSON list it shows, its title, and its columns. */
  record Section(String list, String title, List<Column> columns) {}

  static final Section EVENTS = new Section("events", "Events", List.of(
      new Column("Date", v -> text(v, "date")),
      new Column("Type", v -> words(text(v, "type")) + (v.get("planned").asBoolean() ? " (planned)" : "")),
      new Column("Participants", v -> join(v.get("participants"))),
      new Column("States", v -> join(v.get("countries"))),
      new Column("Location", v -> text(v, "location"))));

  static final Section AGREEMENTS = new Section("agreements", "Agreements", List.of(
      new Column("Signed", v -> text(v, "signed")),
      new Column("Kind", v -> words(text(v, "kind"))),
      new Column("Title", v -> text(v, "title")),
      new Column("Parties", v -> join(v.get("parties"))),
      new Column("Count", v -> text(v, "count")),
      new Column("Sectors", v -> join(v.get("sectors")))));

  static final Section TRADE = new Section("tradeFigures", "Trade, investment and aid", List.of(
      new Column("Period", v -> text(v, "period")),
      new Column("Flow", v -> words(text(v, "flow"))),
      new Column("From → to", v -> text(v, "reporter") + " → " + text(v, "partner")),
      new Column("Amount", v -> qualified(v, amount(v))),
      new Column("Commodity", v -> text(v, "commodity"))));

  static final Section ARMS = new Section("armsContracts", "Arms contracts", List.of(
      new Column("Supplier → recipient", v -> text(v, "supplier") + " → " + text(v, "recipient")),
      new Column("Items", v -> join(v.get("items"))),
      new Column("Quantity", v -> quantity(v.get("quantity"))),
      new Column("Value", v -> v.get("value").isNull() ? "" : qualified(v, money(v.get("value")))),
      new Column("Signed", v -> text(v, "signed")),
      new Column("Delivered", v -> text(v, "delivered"))));

  static final Section LEADERS = new Section("leaders", "People", List.of(
      new Column("Name", v -> text(v, "name")),
      new Column("State", v -> text(v, "country")),
      new Column("Title", v -> text(v, "title")),
      new Column("Role", v -> words(text(v, "role")))));

  /** The tables after the timeline, in the order shown. */
  static final List<Section> TABLES = List.of(AGREEMENTS, TRADE, ARMS, EVENTS, LEADERS);

  static Section section(String list) {
    for (Section s : TABLES) {
      if (s.list().equals(list)) {
        return s;
      }
    }
    throw new IllegalArgumentException("No section for the list " + list);
  }

  /** A one-line description of a merged value: its cells joined, empty ones left out. */
  static String describe(String list, JsonNode value) {
    List<String> parts = new ArrayList<>();
    for (Column c : section(list).columns()) {
      String cell = c.cell().apply(value);
      if (!cell.isBlank() && !cell.equals("? → ?")) {
        parts.add(cell);
      }
    }
    return String.join(" · ", parts);
  }

  /** The keys in conflict, as {@code list + " " + key}. */
  static Set<String> conflicted(JsonNode dossier) {
    Set<String> keys = new TreeSet<>();
    for (JsonNode c : dossier.get("conflicts")) {
      keys.add(c.get("kind").asString() + " " + c.get("key").asString());
    }
    return keys;
  }

  /** The article ids of a merged value's sources, each once, in order. */
  static List<String> sourceIds(JsonNode merged) {
    List<String> ids = new ArrayList<>();
    for (JsonNode s : merged.get("sources")) {
      String id = s.get("articleId").asString();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The first day a date may denote, as an epoch day; null when undated or unreadable. */
  static @Nullable Long day(JsonNode value, String field) {
    JsonNode d = value.get(field);
    if (d == null || d.isNull()) {
      return null;
    }
    try {
      EdtfDate date = EdtfDate.parse(d.asString());
      return date.earliest().equals(java.time.LocalDate.MIN) ? null : date.earliest().toEpochDay();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String text(JsonNode v, String field) {
    JsonNode n = v.get(field);
    return n == null || n.isNull() ? "" : n.asString();
  }

  static String join(@Nullable JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asString()));
    }
    return String.join(", ", out);
  }

  /** {@code HEAD_OF_STATE} as {@code head of state}. */
  static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String qualified(JsonNode v, String amount) {
    String q = text(v, "qualifier");
    return q.isEmpty() || q.equals("EXACT") || amount.isEmpty() ? amount : words(q) + " " + amount;
  }

  private static String amount(JsonNode v) {
    List<String> parts = new ArrayList<>();
    if (!v.get("value").isNull()) {
      parts.add(money(v.get("value")));
    }
    if (!v.get("quantity").isNull()) {
      parts.add(quantity(v.get("quantity")));
    }
    if (!v.get("changePercent").isNull()) {
      BigDecimal p = v.get("changePercent").decimalValue();
      parts.add((p.signum() > 0 ? "+" : "") + p.toPlainString() + " %");
    }
    return String.join(", ", parts);
  }

  /** {@code 4200000000 USD} as {@code 4.2 billion USD}. */
  static String money(JsonNode m) {
    return number(m.get("amount").decimalValue()) + " " + m.get("currency").asString();
  }

  static String quantity(@Nullable JsonNode q) {
    return q == null || q.isNull() ? "" : number(q.get("amount").decimalValue()) + " " + q.get("unit").asString();
  }

  static String number(BigDecimal n) {
    String[] names = {"trillion", "billion", "million"};
    BigDecimal[] scales = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6")};
    for (int i = 0; i < scales.length; i++) {
      if (n.abs().compareTo(scales[i]) >= 0) {
        return n.divide(scales[i]).stripTrailingZeros().toPlainString() + " " + names[i];
      }
    }
    return n.stripTrailingZeros().toPlainString();
  }
}
