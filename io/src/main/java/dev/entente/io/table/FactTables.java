package dev.entente.io.table;

import static dev.entente.io.table.ColumnType.BOOLEAN;
import static dev.entente.io.table.ColumnType.DECIMAL;
import static dev.entente.io.table.ColumnType.EDTF;
import static dev.entente.io.table.ColumnType.INTEGER;
import static dev.entente.io.table.ColumnType.STRING;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The seven tables of an extraction: {@link #ARTICLES} (one row per article), then one table per
 * fact type ({@link #COUNTRIES}, {@link #LEADERS}, {@link #AGREEMENTS}, {@link #TRADE_FIGURES},
 * {@link #ARMS_CONTRACTS}, {@link #EVENTS}), each row keyed by {@code article_id} and
 * {@code fact_index} (the fact's place in the article's list, from 0).
 *
 * <p>Values are flat: a money value is {@code value_amount} and {@code value_currency}; a list
 * (parties, sectors, items, participants) is one cell joined with {@code |}; the evidence is the
 * first span ({@code evidence_start}, {@code evidence_end}, UTF-16 offsets into the article text,
 * end exclusive) and every span as {@code start-end} joined with {@code |}.
 *
 * <pre>{@code
 * for (FactTable table : FactTables.all()) {
 *   List<List<String>> rows = table.rows(extraction);
 * }
 * }</pre>
 */
public final class FactTables {

  private FactTables() {}

  private static final Column ARTICLE_ID = Column.of("article_id", STRING, "the article's id, unique within a run");
  private static final Column FACT_INDEX = Column.of("fact_index", INTEGER, "the fact's place among the article's facts of this type, from 0");
  private static final List<Column> EVIDENCE = List.of(
      Column.of("evidence_start", INTEGER, "where the first evidence span starts (UTF-16 offset into the article text)"),
      Column.of("evidence_end", INTEGER, "where the first evidence span ends (exclusive)"),
      Column.of("evidence", STRING, "every evidence span as start-end, joined with |"));
  private static final List<Column> VALUE = List.of(
      Column.of("value_amount", DECIMAL, "the value's amount"),
      Column.of("value_currency", STRING, "the value's ISO 4217 currency"));
  private static final List<Column> QUANTITY = List.of(
      Column.of("quantity_amount", DECIMAL, "the quantity's amount (how many, for arms)"),
      Column.of("quantity_unit", STRING, "the quantity's unit (t, bbl, doses, units...)"));
  private static final Column QUALIFIER = Column.of("qualifier", STRING, "how exact the numbers are: EXACT, ABOUT, MORE_THAN...");

  /** One row per article: what is known of it and how many facts of each type it gave. */
  public static final FactTable ARTICLES = new FactTable("articles", "one article",
      List.of(
          ARTICLE_ID,
          Column.of("title", STRING, "the headline, when known"),
          Column.of("source", STRING, "the outlet or agency, when known"),
          Column.of("author", STRING, "the author, when known"),
          Column.of("dateline", STRING, "the dateline city, when known"),
          Column.of("published", EDTF, "the publication date, when known"),
          Column.of("countries", INTEGER, "rows of this article in countries"),
          Column.of("leaders", INTEGER, "rows of this article in leaders"),
          Column.of("agreements", INTEGER, "rows of this article in agreements"),
          Column.of("trade_figures", INTEGER, "rows of this article in trade_figures"),
          Column.of("arms_contracts", INTEGER, "rows of this article in arms_contracts"),
          Column.of("events", INTEGER, "rows of this article in events")),
      (e, rows) -> rows.add(
          e.article().id(), e.article().title(), e.article().source(), e.article().author(),
          e.article().dateline(), text(e.article().published()),
          count(e.countries()), count(e.leaders()), count(e.agreements()),
          count(e.tradeFigures()), count(e.armsContracts()), count(e.events())));

  /** One row per state an article mentions. */
  public static final FactTable COUNTRIES = new FactTable("countries", "one state an article mentions",
      columns(
          Column.of("country", STRING, "the ISO 3166-1 alpha-3 code (ISO 3166-3 for a former state)"),
          Column.of("name", STRING, "the state's short English name"),
          Column.of("mentions", INTEGER, "how many places the article mentions it")),
      each(ArticleExtraction::countries, CountryMention::evidence, c -> cells(
          c.country().code(), c.country().name(), count(c.evidence()))));

  /** One row per leader. */
  public static final FactTable LEADERS = new FactTable("leaders", "one person holding an office of a state",
      columns(
          Column.of("name", STRING, "the name as the article spells it at its fullest"),
          Column.of("country", STRING, "the state whose office it is (alpha-3)"),
          Column.of("title", STRING, "the office as written"),
          Column.of("role", STRING, "the kind of office: HEAD_OF_STATE, FOREIGN_MINISTER...")),
      each(ArticleExtraction::leaders, Leader::evidence, l -> cells(
          l.name(), text(l.country()), l.title(), l.role().name())));

  /** One row per agreement (or counted set of agreements). */
  public static final FactTable AGREEMENTS = new FactTable("agreements", "one agreement, or a counted set of them",
      columns(
          Column.of("title", STRING, "the instrument's name, when given"),
          Column.of("kind", STRING, "TREATY, AGREEMENT, MEMORANDUM, CONTRACT, PROTOCOL, DECLARATION or OTHER"),
          Column.of("parties", STRING, "the states party to it (alpha-3), joined with |"),
          Column.of("signed", EDTF, "when it was signed"),
          Column.of("count", INTEGER, "how many agreements the row stands for, when counted"),
          QUALIFIER,
          Column.of("sectors", STRING, "the sectors it covers, joined with |")),
      each(ArticleExtraction::agreements, Agreement::evidence, a -> cells(
          a.title(), a.kind().name(), join(a.parties()), text(a.signed()), text(a.count()), a.qualifier().name(), join(a.sectors()))));

  /** One row per trade, investment, aid or loan figure. */
  public static final FactTable TRADE_FIGURES = new FactTable("trade_figures", "one figure of trade, investment, aid or lending",
      columns(
          Column.of("flow", STRING, "EXPORT, IMPORT, TURNOVER, INVESTMENT, AID or LOAN"),
          Column.of("reporter", STRING, "the state whose flow it is (alpha-3)"),
          Column.of("partner", STRING, "the other state (alpha-3)"),
          VALUE,
          QUANTITY,
          Column.of("change_percent", DECIMAL, "the change in percent, negative for a fall"),
          Column.of("commodity", STRING, "the goods, when named"),
          Column.of("period", EDTF, "the period the figure covers"),
          QUALIFIER),
      each(ArticleExtraction::tradeFigures, TradeFigure::evidence, t -> cells(
          t.flow().name(), text(t.reporter()), text(t.partner()), amount(t.value()), currency(t.value()), amount(t.quantity()), unit(t.quantity()), text(t.changePercent()), t.commodity(), text(t.period()), t.qualifier().name())));

  /** One row per arms contract or transfer. */
  public static final FactTable ARMS_CONTRACTS = new FactTable("arms_contracts", "one transfer of weapons or defence facilities",
      columns(
          Column.of("supplier", STRING, "the supplying state (alpha-3)"),
          Column.of("recipient", STRING, "the receiving state (alpha-3)"),
          Column.of("items", STRING, "the weapon systems or facilities as written, joined with |"),
          QUANTITY,
          VALUE,
          Column.of("signed", EDTF, "when it was signed"),
          Column.of("delivered", EDTF, "when the items were or are to be delivered"),
          QUALIFIER),
      each(ArticleExtraction::armsContracts, ArmsContract::evidence, a -> cells(
          text(a.supplier()), text(a.recipient()), join(a.items()), amount(a.quantity()), unit(a.quantity()), amount(a.value()), currency(a.value()), text(a.signed()), text(a.delivered()), a.qualifier().name())));

  /** One row per diplomatic event. */
  public static final FactTable EVENTS = new FactTable("events", "one thing states did with each other",
      columns(
          Column.of("type", STRING, "MEETING, VISIT, CALL, RELATIONS_ESTABLISHED... or OTHER"),
          Column.of("date", EDTF, "when it happened or is planned"),
          Column.of("location", STRING, "the place as written"),
          Column.of("participants", STRING, "the people (or offices), joined with |"),
          Column.of("countries", STRING, "the states involved (alpha-3), joined with |"),
          Column.of("planned", BOOLEAN, "true for an event announced for the future")),
      each(ArticleExtraction::events, DiplomaticEvent::evidence, d -> cells(
          d.type().name(), text(d.date()), d.location(), join(d.participants()), join(d.countries()), Boolean.toString(d.planned()))));

  private static final List<FactTable> ALL =
      List.of(ARTICLES, COUNTRIES, LEADERS, AGREEMENTS, TRADE_FIGURES, ARMS_CONTRACTS, EVENTS);

  /**
   * The seven tables, articles first, in a fixed order.
   *
   * @return the tables, unmodifiable
   */
  public static List<FactTable> all() {
    return ALL;
  }

  /**
   * The table named {@code name} ({@code "trade_figures"}).
   *
   * @param name the table's name
   * @return the table
   * @throws IllegalArgumentException naming the name and listing the tables when none has it
   */
  public static FactTable named(String name) {
    for (FactTable table : ALL) {
      if (table.name().equals(name)) {
        return table;
      }
    }
    throw new IllegalArgumentException("No fact table named \"" + name + "\"; the tables are "
        + ALL.stream().map(FactTable::name).collect(Collectors.joining(", ")));
  }

  /** article_id, fact_index, then the table's own columns (each a Column or a List of them), then the evidence columns. */
  private static List<Column> columns(Object... own) {
    List<Column> all = new ArrayList<>();
    all.add(ARTICLE_ID);
    all.add(FACT_INDEX);
    for (Object part : own) {
      if (part instanceof Column c) {
        all.add(c);
      } else {
        for (Object c : (List<?>) part) {
          all.add((Column) c);
        }
      }
    }
    all.addAll(EVIDENCE);
    return all;
  }

  /** The rows of one list of facts: each fact's own cells between its key and its evidence. */
  private static <T> BiConsumer<ArticleExtraction, FactTable.Rows> each(
      Function<ArticleExtraction, List<T>> facts, Function<T, List<Span>> evidence,
      Function<T, @Nullable String[]> own) {
    return (e, rows) -> {
      List<T> list = facts.apply(e);
      for (int i = 0; i < list.size(); i++) {
        T fact = list.get(i);
        rows.add(withEvidence(e, i, evidence.apply(fact), own.apply(fact)));
      }
    };
  }

  private static @Nullable String[] cells(@Nullable String... cells) {
    return cells;
  }

  /** The cells of one fact's row in the order of {@link #columns}. */
  private static @Nullable String[] withEvidence(
      ArticleExtraction e, int index, List<Span> evidence, @Nullable String[] own) {
    @Nullable String[] cells = new String[own.length + 5];
    cells[0] = e.article().id();
    cells[1] = Integer.toString(index);
    System.arraycopy(own, 0, cells, 2, own.length);
    Span first = evidence.isEmpty() ? null : evidence.get(0);
    cells[own.length + 2] = first == null ? null : Integer.toString(first.start());
    cells[own.length + 3] = first == null ? null : Integer.toString(first.end());
    cells[own.length + 4] = evidence.isEmpty() ? null
        : evidence.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining("|"));
    return cells;
  }

  private static String count(List<?> list) {
    return Integer.toString(list.size());
  }

  private static @Nullable String join(List<?> values) {
    return values.isEmpty() ? null : values.stream().map(Object::toString).collect(Collectors.joining("|"));
  }

  private static @Nullable String text(@Nullable Country country) {
    return country == null ? null : country.code();
  }

  private static @Nullable String text(@Nullable EdtfDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String text(@Nullable Integer n) {
    return n == null ? null : n.toString();
  }

  private static @Nullable String text(@Nullable BigDecimal n) {
    return n == null ? null : n.toPlainString();
  }

  private static @Nullable String amount(@Nullable Money m) {
    return m == null ? null : m.amount().toPlainString();
  }

  private static @Nullable String currency(@Nullable Money m) {
    return m == null ? null : m.currencyCode();
  }

  private static @Nullable String amount(@Nullable Quantity q) {
    return q == null ? null : q.amount().toPlainString();
  }

  private static @Nullable String unit(@Nullable Quantity q) {
    return q == null ? null : q.unit();
  }
}
