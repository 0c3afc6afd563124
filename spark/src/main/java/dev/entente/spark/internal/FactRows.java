package dev.entente.spark.internal;

import dev.entente.io.table.FactTables;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Flow;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fact read back from its table row: the inverse of {@link FactTables} for the fact tables, so
 * that the dossier's grouping moves rows of text between machines and merges the facts they hold.
 */
public final class FactRows {

  private FactRows() {}

  /**
   * Adds the fact of one row to an extraction being built.
   *
   * @param table the fact table's name, such as {@code trade_figures}
   * @param cells the row's cells in the table's column order
   * @param into the extraction the fact is added to
   * @throws IllegalArgumentException naming the table when it is not a fact table or a cell is not of its column's type
   */
  public static void addTo(String table, @Nullable String[] cells, ArticleExtraction.Builder into) {
    Cells c = new Cells(table, cells);
    switch (table) {
      case "countries" -> into.country(new CountryMention(Country.of(c.must("country")), c.spans()));
      case "leaders" -> into.leader(new Leader(c.must("name"), c.country("country"), c.get("title"),
          Role.valueOf(c.must("role")), c.spans()));
      case "agreements" -> into.agreement(new Agreement(c.get("title"), AgreementKind.valueOf(c.must("kind")),
          c.countries("parties"), c.date("signed"), c.integer("count"), Qualifier.valueOf(c.must("qualifier")),
          c.list("sectors"), c.spans()));
      case "trade_figures" -> into.tradeFigure(new TradeFigure(Flow.valueOf(c.must("flow")), c.country("reporter"),
          c.country("partner"), c.money(), c.quantity(), c.decimal("change_percent"), c.get("commodity"),
          c.date("period"), Qualifier.valueOf(c.must("qualifier")), c.spans()));
      case "arms_contracts" -> into.armsContract(new ArmsContract(c.country("supplier"), c.country("recipient"),
          c.list("items"), c.quantity(), c.money(), c.date("signed"), c.date("delivered"),
          Qualifier.valueOf(c.must("qualifier")), c.spans()));
      case "events" -> into.event(new DiplomaticEvent(EventType.valueOf(c.must("type")), c.date("date"),
          c.get("location"), c.list("participants"), c.countries("countries"),
          Boolean.parseBoolean(c.must("planned")), c.spans()));
      default -> throw new IllegalArgumentException("Not a fact table: \"" + table + "\"");
    }
  }

  /**
   * The spans of an {@code evidence} cell.
   *
   * @param evidence spans as {@code start-end} joined with {@code |}, or null for none
   * @return the spans, in order
   * @throws IllegalArgumentException when a span is not of that form
   */
  public static List<Span> spans(@Nullable String evidence) {
    if (evidence == null || evidence.isEmpty()) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (String s : evidence.split("\\|")) {
      int dash = s.indexOf('-');
      if (dash < 1) {
        throw new IllegalArgumentException("Not an evidence span, start-end: \"" + s + "\"");
      }
      spans.add(Span.of(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))));
    }
    return spans;
  }

  /** The cells of one row, by column name. */
  private static final class Cells {
    private static final Map<String, Map<String, Integer>> INDEX = new HashMap<>();

    static {
      FactTables.all().forEach(t -> {
        Map<String, Integer> index = new HashMap<>();
        List<String> header = t.header();
        for (int i = 0; i < header.size(); i++) {
          index.put(header.get(i), i);
        }
        INDEX.put(t.name(), index);
      });
    }

    private final String table;
    private final Map<String, Integer> index;
    private final @Nullable String[] cells;

    Cells(String table, @Nullable String[] cells) {
      this.table = table;
      Map<String, Integer> i = INDEX.get(table);
      if (i == null) {
        throw new IllegalArgumentException("Not a fact table: \"" + table + "\"");
      }
      if (cells.length != i.size()) {
        throw new IllegalArgumentException("A row of " + table + " has " + cells.length + " cells for " + i.size() + " columns");
      }
      this.index = i;
      this.cells = cells;
    }

    @Nullable String get(String column) {
      return cells[index.get(column)];
    }

    String must(String column) {
      String v = get(column);
      if (v == null) {
        throw new IllegalArgumentException("A row of " + table + " has no " + column);
      }
      return v;
    }

    @Nullable Country country(String column) {
      String v = get(column);
      return v == null ? null : Country.of(v);
    }

    List<Country> countries(String column) {
      return list(column).stream().map(Country::of).toList();
    }

    List<String> list(String column) {
      String v = get(column);
      return v == null ? List.of() : List.of(v.split("\\|", -1));
    }

    @Nullable EdtfDate date(String column) {
      String v = get(column);
      return v == null ? null : EdtfDate.parse(v);
    }

    @Nullable Integer integer(String column) {
      String v = get(column);
      return v == null ? null : Integer.valueOf(v);
    }

    @Nullable BigDecimal decimal(String column) {
      String v = get(column);
      return v == null ? null : new BigDecimal(v);
    }

    @Nullable Money money() {
      String amount = get("value_amount");
      return amount == null ? null : Money.of(amount, must("value_currency"));
    }

    @Nullable Quantity quantity() {
      String amount = get("quantity_amount");
      return amount == null ? null : Quantity.of(amount, must("quantity_unit"));
    }

    List<Span> spans() {
      return FactRows.spans(get("evidence"));
    }
  }
}
