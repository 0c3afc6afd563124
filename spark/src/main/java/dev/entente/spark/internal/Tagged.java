package dev.entente.spark.internal;

import dev.entente.io.InputException;
import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import dev.entente.merge.FactKeys;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the articles gives one dataset of tagged rows: each row names its table, carries
 * the fact's merge key (for the dossier) and the article's publication year (for partitioning), and
 * holds the cells of the table's row as text, exactly as the CSV tables write them.
 */
public final class Tagged {

  /** The table of articles that could not be read or extracted. */
  public static final String ERRORS = "errors";

  /** The columns of {@link #ERRORS}. */
  public static final List<String> ERROR_COLUMNS = List.of("article_id", "input", "error");

  /**
   * {@code table}, {@code key}, {@code year}, {@code cells}, then {@code ordinal} (the input row's
   * place in the input, unique, on every row an article gives) and {@code input} (where the article
   * was read from, on its row of {@code articles}): what tells two articles with one id apart.
   */
  public static final StructType SCHEMA = new StructType()
      .add("table", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, true)
      .add("year", DataTypes.IntegerType, true)
      .add("cells", DataTypes.createArrayType(DataTypes.StringType, true), false)
      .add("ordinal", DataTypes.LongType, true)
      .add("input", DataTypes.StringType, true);

  /**
   * The input's columns, in order: what every reader and every user frame is brought to; the
   * extraction adds {@link #ORDINAL} after them.
   */
  public static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("author", DataTypes.StringType, true)
      .add("input", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  /** The column the extraction adds to the input: each row's place in the input, unique across the job. */
  public static final String ORDINAL = "ordinal";

  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:$|[T ].*)");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

  private Tagged() {}

  /**
   * The tagged rows of one partition of input rows, parsed with the JVM's shared parser; an
   * article that cannot be read or extracted gives one row of {@link #ERRORS} and nothing else.
   *
   * @param input rows of {@link #INPUT} followed by {@link #ORDINAL}
   * @return the tagged rows, produced lazily
   */
  public static Iterator<Row> extract(Iterator<Row> input) {
    ArticleParser parser = SharedParser.get();
    return new Iterator<>() {
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && input.hasNext()) {
          current = rows(parser, input.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The tagged rows of one article. */
  static List<Row> rows(ArticleParser parser, Row in) {
    String id = in.getString(0);
    String origin = in.getString(6);
    String error = in.getString(7);
    if (error != null) {
      return List.of(error(id, origin, error));
    }
    if (id == null || id.isBlank()) {
      return List.of(error(id, origin, "the article has no id"));
    }
    String text = in.getString(1);
    if (text == null) {
      return List.of(error(id, origin, "the article has no text"));
    }
    try {
      LocalDate published = date(in.getString(2));
      ArticleExtraction x = parser.parse(id, text, published);
      x = withInputMetadata(x, in.getString(3), in.getString(4), in.getString(5));
      return rows(x, in.getLong(8), origin);
    } catch (IllegalArgumentException e) {
      return List.of(error(id, origin, InputException.oneLine(e)));
    } catch (RuntimeException | StackOverflowError e) {
      // One article's failure must not stop the others.
      return List.of(error(id, origin, "extraction failed: " + InputException.oneLine(e)));
    }
  }

  /**
   * The tagged rows of one extraction: one of articles and one per fact, each with its key.
   *
   * @param x the extraction
   * @param ordinal the input row's place in the input
   * @param origin where the article was read from, when known
   * @return the rows, articles first
   */
  public static List<Row> rows(ArticleExtraction x, long ordinal, @Nullable String origin) {
    Integer year = year(x.article().published());
    List<Row> out = new ArrayList<>();
    for (FactTable table : FactTables.all()) {
      List<String> keys = keys(table.name(), x);
      List<List<@Nullable String>> rows = table.rows(x);
      for (int i = 0; i < rows.size(); i++) {
        out.add(RowFactory.create(table.name(), keys == null ? null : keys.get(i), year, rows.get(i).toArray(new String[0]),
            ordinal, keys == null ? origin : null));
      }
    }
    return out;
  }

  /** The merge keys of the facts of one table, in the table's row order; null for the articles. */
  static @Nullable List<String> keys(String table, ArticleExtraction x) {
    return switch (table) {
      case "countries" -> map(x.countries(), m -> FactKeys.country(m.country()));
      case "leaders" -> map(x.leaders(), FactKeys::leader);
      case "agreements" -> map(x.agreements(), FactKeys::agreement);
      case "trade_figures" -> map(x.tradeFigures(), FactKeys::tradeFigure);
      case "arms_contracts" -> map(x.armsContracts(), FactKeys::armsContract);
      case "events" -> map(x.events(), FactKeys::event);
      default -> null;
    };
  }

  private static <T> List<String> map(List<T> facts, Function<T, String> key) {
    List<String> out = new ArrayList<>(facts.size());
    facts.forEach(f -> out.add(key.apply(f)));
    return out;
  }

  /**
   * A row of {@link #ERRORS}.
   *
   * @param id the article's id, when known
   * @param origin where it was read from, when known
   * @param error what went wrong, one line
   * @return the tagged row
   */
  public static Row error(@Nullable String id, @Nullable String origin, String error) {
    return RowFactory.create(ERRORS, null, null, new String[] {id, origin, error}, null, null);
  }

  /** The year a publication date starts in, for partitioning; null when undated. */
  private static @Nullable Integer year(@Nullable EdtfDate published) {
    if (published == null) {
      return null;
    }
    Matcher m = YEAR.matcher(published.toString());
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** A publication date as the CLI's JSON Lines take it: {@code YYYY-MM-DD}, maybe followed by a time. */
  private static @Nullable LocalDate date(@Nullable String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    Matcher m = DATE.matcher(published.strip());
    try {
      if (m.matches()) {
        return LocalDate.parse(m.group(1));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException("\"published\" is not a date, YYYY-MM-DD: \"" + published + "\"");
  }

  /** What the input says of the article (a page's title, a feed's source) wins over what the text suggests, as in the CLI. */
  private static ArticleExtraction withInputMetadata(
      ArticleExtraction x, @Nullable String title, @Nullable String source, @Nullable String author) {
    Article a = x.article();
    Article b = a.withTitle(blank(title) ? a.title() : title.strip())
        .withSource(blank(source) ? a.source() : source.strip())
        .withAuthor(blank(author) ? a.author() : author.strip());
    return b.equals(a) ? x : ArticleExtraction.builder(b).countries(x.countries()).leaders(x.leaders())
        .agreements(x.agreements()).tradeFigures(x.tradeFigures()).armsContracts(x.armsContracts())
        .events(x.events()).build();
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
