package dev.entente.spark.internal;

import dev.entente.io.table.Column;
import dev.entente.io.table.ColumnType;
import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import dev.entente.merge.Conflict;
import dev.entente.merge.Merged;
import dev.entente.merge.Picture;
import dev.entente.merge.Source;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.CountryMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The dossier as tables: per fact table, one row per merged fact (its key, its merged value in the
 * fact table's own columns, how many articles tell it and which, and whether its key is in
 * conflict), and one table of the conflicts. The same rows come from a picture merged on one
 * machine and from the groups of a distributed merge ({@link FactGroup}).
 */
public final class DossierRows {

  /** The table of conflicts. */
  public static final String CONFLICTS = "dossier_conflicts";

  /** The columns of {@link #CONFLICTS}. */
  public static final List<Column> CONFLICT_COLUMNS = List.of(
      Column.of("kind", ColumnType.STRING, "the fact table: trade_figures, arms_contracts, agreements..."),
      Column.of("key", ColumnType.STRING, "the merge key the disagreeing values share"),
      Column.of("values", ColumnType.INTEGER, "how many values disagree"),
      Column.of("articles", ColumnType.STRING, "the ids of the articles that tell any of them, sorted, joined with |"));

  private static final Article NONE = Article.of("dossier");
  private static final Map<String, List<Column>> COLUMNS = new LinkedHashMap<>();

  static {
    for (FactTable t : FactTables.all()) {
      if (t != FactTables.ARTICLES) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("key", ColumnType.STRING, "the merge key of the fact"));
        columns.addAll(own(t));
        columns.add(Column.of("article_count", ColumnType.INTEGER, "how many articles tell the fact"));
        columns.add(Column.of("article_ids", ColumnType.STRING, "the ids of the articles that tell it, sorted, joined with |"));
        columns.add(Column.of("in_conflict", ColumnType.BOOLEAN, "true when other values of its key disagree with it"));
        COLUMNS.put(name(t), List.copyOf(columns));
      }
    }
    COLUMNS.put(CONFLICTS, CONFLICT_COLUMNS);
  }

  private DossierRows() {}

  /**
   * The dossier's tables and their columns, the fact tables' in their order, then the conflicts.
   *
   * @return the columns by table name
   */
  public static Map<String, List<Column>> tables() {
    return java.util.Collections.unmodifiableMap(COLUMNS);
  }

  /**
   * The dossier table of a fact table.
   *
   * @param factTable the fact table
   * @return its name, {@code dossier_} and the fact table's name
   */
  public static String name(FactTable factTable) {
    return "dossier_" + factTable.name();
  }

  /**
   * The tagged rows of a picture's dossier tables.
   *
   * @param p the picture
   * @return the rows, with the table's name, the merge key, no year, and the cells
   */
  public static List<Row> rows(Picture p) {
    Set<String> conflicted = new HashSet<>();
    List<Row> out = new ArrayList<>();
    for (Conflict c : p.conflicts()) {
      String kind = c.kind().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
      conflicted.add(kind + "\u0000" + c.key());
      TreeSet<String> ids = new TreeSet<>();
      c.values().forEach(m -> m.sources().forEach(s -> ids.add(s.articleId())));
      out.add(RowFactory.create(CONFLICTS, c.key(), null,
          new String[] {kind, c.key(), Integer.toString(c.values().size()), String.join("|", ids)}, null, null));
    }
    add(out, conflicted, FactTables.COUNTRIES, p.countries(), (b, v) -> b.country(CountryMention.of(v, List.of())));
    add(out, conflicted, FactTables.LEADERS, p.leaders(), (b, v) -> b.leader(v));
    add(out, conflicted, FactTables.AGREEMENTS, p.agreements(), (b, v) -> b.agreement(v));
    add(out, conflicted, FactTables.TRADE_FIGURES, p.tradeFigures(), (b, v) -> b.tradeFigure(v));
    add(out, conflicted, FactTables.ARMS_CONTRACTS, p.armsContracts(), (b, v) -> b.armsContract(v));
    add(out, conflicted, FactTables.EVENTS, p.events(), (b, v) -> b.event(v));
    return out;
  }

  private static <T> void add(List<Row> out, Set<String> conflicted, FactTable table, List<Merged<T>> merged,
      BiConsumer<ArticleExtraction.Builder, T> put) {
    String name = name(table);
    int own = own(table).size();
    for (Merged<T> m : merged) {
      ArticleExtraction.Builder b = ArticleExtraction.builder(NONE);
      put.accept(b, m.value());
      List<@Nullable String> row = table.rows(b.build()).get(0);
      TreeSet<String> ids = new TreeSet<>();
      for (Source<T> s : m.sources()) {
        ids.add(s.articleId());
      }
      @Nullable String[] cells = new String[own + 4];
      cells[0] = m.key();
      for (int i = 0; i < own; i++) {
        cells[i + 1] = row.get(i + 2);
      }
      cells[own + 1] = Integer.toString(ids.size());
      cells[own + 2] = String.join("|", ids);
      cells[own + 3] = Boolean.toString(conflicted.contains(table.name() + "\u0000" + m.key()));
      out.add(RowFactory.create(name, m.key(), null, cells, null, null));
    }
  }

  /** A fact table's own columns: without the article's id, the fact's index and the evidence. */
  private static List<Column> own(FactTable t) {
    List<Column> all = t.columns();
    return all.subList(2, all.size() - 3);
  }
}
