package dev.entente.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tables' columns and the cells one hand-made extraction gives. */
class FactTablesTest {

  static final ArticleExtraction EXTRACTION = ArticleExtraction.builder(
          new Article("a/x", "Putin, \"Maduro\" meet", "TASS", null, "Moscow", EdtfDate.parse("2019-09-25")))
      .country(CountryMention.of(Country.of("RUS"), List.of(Span.of(0, 6), Span.of(40, 46))))
      .country(CountryMention.of(Country.of("VEN"), List.of(Span.of(10, 19))))
      .leader(new Leader("Vladimir Putin", Country.of("RUS"), "President", Role.HEAD_OF_STATE, List.of(Span.of(0, 14))))
      .agreement(Agreement.builder(AgreementKind.AGREEMENT).parties(List.of(Country.of("RUS"), Country.of("VEN")))
          .count(11).sectors(List.of("energy", "mining")).signed(EdtfDate.parse("2019-09")).evidence(Span.of(50, 80)).build())
      .tradeFigure(TradeFigure.builder(Flow.EXPORT).reporter(Country.of("BRA")).partner(Country.of("AGO"))
          .value(Money.of(new BigDecimal("8.4E+7"), "USD")).changePercent(new BigDecimal("-8.5"))
          .period(EdtfDate.parse("2019-01/2019-06")).qualifier(Qualifier.ABOUT).evidence(Span.of(90, 120)).build())
      .armsContract(ArmsContract.builder().supplier(Country.of("RUS")).recipient(Country.of("VEN"))
          .items(List.of("Su-30 fighters", "S-300, launchers")).quantity(Quantity.of(12, "units")).build())
      .event(DiplomaticEvent.builder(EventType.MEETING).date(EdtfDate.parse("2019-09-25")).location("Moscow")
          .participants(List.of("Vladimir Putin", "Nicolás Maduro")).countries(List.of(Country.of("RUS"), Country.of("VEN")))
          .evidence(Span.of(0, 30)).build())
      .build();

  @Test
  void everyTableStartsWithTheArticleIdAndHasUniqueSnakeCaseColumns() {
    assertEquals(List.of("articles", "countries", "leaders", "agreements", "trade_figures", "arms_contracts", "events"),
        FactTables.all().stream().map(FactTable::name).toList());
    for (FactTable table : FactTables.all()) {
      assertEquals("article_id", table.header().get(0), table.name());
      assertEquals(table.header().size(), new HashSet<>(table.header()).size(), table + " repeats a column");
      if (table != FactTables.ARTICLES) {
        assertEquals("fact_index", table.header().get(1), table.name());
        assertEquals(List.of("evidence_start", "evidence_end", "evidence"),
            table.header().subList(table.header().size() - 3, table.header().size()), table.name());
      }
    }
  }

  @Test
  void theArticlesRowCountsEachFactTable() {
    List<String> row = FactTables.ARTICLES.rows(EXTRACTION).get(0);
    assertEquals(Arrays.asList("a/x", "Putin, \"Maduro\" meet", "TASS", null, "Moscow", "2019-09-25",
        "2", "1", "1", "1", "1", "1"), row);
    for (FactTable table : FactTables.all().subList(1, 7)) {
      int column = FactTables.ARTICLES.header().indexOf(table.name());
      assertEquals(Integer.toString(table.rows(EXTRACTION).size()), row.get(column), table.name());
    }
  }

  @Test
  void factsAreFlatCellsWithTheirFirstSpanAndAllSpans() {
    assertEquals(List.of(
            List.of("a/x", "0", "RUS", Country.of("RUS").name(), "2", "0", "6", "0-6|40-46"),
            List.of("a/x", "1", "VEN", Country.of("VEN").name(), "1", "10", "19", "10-19")),
        FactTables.COUNTRIES.rows(EXTRACTION));
    assertEquals(Arrays.asList("a/x", "0", null, "AGREEMENT", "RUS|VEN", "2019-09", "11", "EXACT", "energy|mining",
        "50", "80", "50-80"), FactTables.AGREEMENTS.rows(EXTRACTION).get(0));
    assertEquals(Arrays.asList("a/x", "0", "EXPORT", "BRA", "AGO", "84000000", "USD", null, null, "-8.5", null,
        "2019-01/2019-06", "ABOUT", "90", "120", "90-120"), FactTables.TRADE_FIGURES.rows(EXTRACTION).get(0));
    List<String> arms = FactTables.ARMS_CONTRACTS.rows(EXTRACTION).get(0);
    assertEquals("Su-30 fighters|S-300, launchers", cell(FactTables.ARMS_CONTRACTS, arms, "items"));
    assertEquals("12", cell(FactTables.ARMS_CONTRACTS, arms, "quantity_amount"));
    assertNull(cell(FactTables.ARMS_CONTRACTS, arms, "evidence_start"), "no evidence, no span");
    List<String> event = FactTables.EVENTS.rows(EXTRACTION).get(0);
    assertEquals("Vladimir Putin|Nicolás Maduro", cell(FactTables.EVENTS, event, "participants"));
    assertEquals("false", cell(FactTables.EVENTS, event, "planned"));
    assertEquals("HEAD_OF_STATE", cell(FactTables.LEADERS, FactTables.LEADERS.rows(EXTRACTION).get(0), "role"));
  }

  @Test
  void anExtractionWithoutFactsIsOneArticleRowAndNoOtherRow() {
    ArticleExtraction empty = ArticleExtraction.empty(Article.of("empty"));
    assertEquals(1, FactTables.ARTICLES.rows(empty).size());
    for (FactTable table : FactTables.all().subList(1, 7)) {
      assertTrue(table.rows(empty).isEmpty(), table.name());
    }
  }

  @Test
  void tablesAreFoundByName() {
    assertEquals(FactTables.TRADE_FIGURES, FactTables.named("trade_figures"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactTables.named("trade"));
    assertTrue(e.getMessage().contains("\"trade\""), e.getMessage());
    Set<String> described = new HashSet<>();
    FactTables.all().forEach(t -> t.columns().forEach(c -> described.add(c.description())));
    assertTrue(described.stream().noneMatch(String::isBlank));
  }

  static String cell(FactTable table, List<String> row, String column) {
    int i = table.header().indexOf(column);
    assertTrue(i >= 0, table + " has no column " + column);
    return row.get(i);
  }
}
