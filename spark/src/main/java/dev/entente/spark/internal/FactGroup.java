package dev.entente.spark.internal;

import dev.entente.io.InputException;
import dev.entente.io.table.FactTables;
import dev.entente.merge.ExtractionMerger;
import dev.entente.merge.Merged;
import dev.entente.merge.Picture;
import dev.entente.merge.Source;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The tellings of one merge key of one fact table, gathered from fact rows wherever they are and
 * merged into the key's dossier rows at the end: the partial state of the dossier's aggregation.
 *
 * <p>Each distinct value told is held once, as its row's own cells, with its tellings, each an
 * article's id and the evidence the value was read from there. Rows are not kept: a group grows
 * with the distinct values of its key and with its tellings, whose article ids are what the
 * dossier writes ({@code article_ids}), so a group is about the size of its output. Gathering is a
 * set union, so it may run in any order and be split anywhere (within partitions first, then
 * across them); the dossier rows depend only on the set of tellings, as {@link ExtractionMerger}'s
 * pictures do, and are the rows of the picture of that set.
 *
 * <p>The fields are plain collections of text, so that Spark's Java and Kryo serializers both move
 * a group between machines and spill it to disk.
 */
public final class FactGroup implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Article NONE = Article.of("dossier");
  private static final char SEPARATOR = '\u0000';

  private final String table;
  private final String key;
  /** Each distinct value (its row's own cells) with its tellings: article id, a NUL, the evidence cell. */
  private final HashMap<List<@Nullable String>, HashSet<String>> tellings = new HashMap<>();
  private int size;

  private FactGroup(String table, String key) {
    this.table = table;
    this.key = key;
  }

  /**
   * A group of one tagged fact row.
   *
   * @param row a row of {@link Tagged#SCHEMA} with a key
   * @return the row's group, holding its telling
   */
  public static FactGroup of(Row row) {
    FactGroup g = new FactGroup(row.getString(0), Objects.requireNonNull(row.getString(1), "a fact row has a key"));
    return g.add(row);
  }

  /**
   * Adds one tagged fact row of this group's table and key.
   *
   * @param row a row of {@link Tagged#SCHEMA}
   * @return this group
   */
  public FactGroup add(Row row) {
    // String[] as the extraction makes the row, a sequence as Spark gives it back
    List<@Nullable String> cells = row.get(3) instanceof String[] a ? Arrays.asList(a) : row.getList(3);
    int width = cells.size();
    // article_id and fact_index first; evidence_start, evidence_end and evidence last
    List<@Nullable String> value = Arrays.asList(cells.subList(2, width - 3).toArray(new String[0]));
    String evidence = cells.get(width - 1);
    add(value, cells.get(0) + SEPARATOR + (evidence == null ? "" : evidence));
    return this;
  }

  private void add(List<@Nullable String> value, String telling) {
    if (tellings.computeIfAbsent(value, v -> new HashSet<>(4)).add(telling)) {
      size++;
    }
  }

  /**
   * Adds another group of the same table and key: the union of their tellings.
   *
   * @param other the other group
   * @return the larger of the two, holding both
   * @throws IllegalArgumentException naming both keys when they differ
   */
  public FactGroup addAll(FactGroup other) {
    if (!table.equals(other.table) || !key.equals(other.key)) {
      throw new IllegalArgumentException("Groups of different keys: " + table + " " + key + ", " + other.table + " " + other.key);
    }
    FactGroup into = size >= other.size ? this : other;
    FactGroup from = into == this ? other : this;
    from.tellings.forEach((value, ts) -> ts.forEach(t -> into.add(value, t)));
    return into;
  }

  /**
   * How many tellings the group holds.
   *
   * @return the distinct (article, value, evidence) tellings
   */
  public int size() {
    return size;
  }

  /**
   * The group's dossier rows: the merged facts of its key, its conflict if any, and a row of
   * errors for each article whose value cannot be read back.
   *
   * @return tagged rows of the dossier's tables
   */
  public List<Row> rows() {
    List<Row> errors = new ArrayList<>();
    Picture told = switch (table) {
      case "countries" -> new Picture(List.of(), merged(x -> x.countries().get(0).country(), errors),
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
      case "leaders" -> new Picture(List.of(), List.of(), merged(x -> x.leaders().get(0), errors),
          List.of(), List.of(), List.of(), List.of(), List.of());
      case "agreements" -> new Picture(List.of(), List.of(), List.of(), merged(x -> x.agreements().get(0), errors),
          List.of(), List.of(), List.of(), List.of());
      case "trade_figures" -> new Picture(List.of(), List.of(), List.of(), List.of(),
          merged(x -> x.tradeFigures().get(0), errors), List.of(), List.of(), List.of());
      case "arms_contracts" -> new Picture(List.of(), List.of(), List.of(), List.of(), List.of(),
          merged(x -> x.armsContracts().get(0), errors), List.of(), List.of());
      case "events" -> new Picture(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          merged(x -> x.events().get(0), errors), List.of());
      default -> throw new IllegalStateException("Not a fact table: \"" + table + "\"");
    };
    // A picture whose facts are the values as told, each with its tellings: merged with nothing,
    // it is the picture of those tellings (the merge depends on the set of tellings only).
    List<Row> out = new ArrayList<>(DossierRows.rows(ExtractionMerger.merge(told, Picture.empty())));
    out.addAll(errors);
    return out;
  }

  /** Each distinct value read back (without evidence, as the merge holds it) with its sources. */
  private <T> List<Merged<T>> merged(Function<ArticleExtraction, T> fact, List<Row> errors) {
    int width = FactTables.named(table).columns().size();
    List<Merged<T>> out = new ArrayList<>(tellings.size());
    for (Map.Entry<List<@Nullable String>, HashSet<String>> e : tellings.entrySet()) {
      @Nullable String[] cells = new String[width];
      cells[0] = NONE.id();
      cells[1] = "0";
      for (int i = 0; i < e.getKey().size(); i++) {
        cells[i + 2] = e.getKey().get(i);
      }
      List<Source<T>> sources = new ArrayList<>(e.getValue().size());
      try {
        ArticleExtraction.Builder b = ArticleExtraction.builder(NONE);
        FactRows.addTo(table, cells, b);
        T value = fact.apply(b.build());
        for (String t : e.getValue()) {
          int cut = t.lastIndexOf(SEPARATOR);
          sources.add(new Source<>(t.substring(0, cut), value, FactRows.spans(t.substring(cut + 1))));
        }
        out.add(new Merged<>(key, value, sources));
      } catch (RuntimeException x) {
        TreeSet<String> ids = new TreeSet<>();
        e.getValue().forEach(t -> ids.add(t.substring(0, t.lastIndexOf(SEPARATOR))));
        for (String id : ids) {
          errors.add(Tagged.error(id, "dossier", "a row of " + table + " cannot be merged: " + InputException.oneLine(x)));
        }
      }
    }
    return out;
  }
}
