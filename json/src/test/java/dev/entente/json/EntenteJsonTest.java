package dev.entente.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The contract's JSON, exactly, and the reader's handling of particular inputs. */
class EntenteJsonTest {
  private static final Country KEN = Country.of("KEN");
  private static final Country IND = Country.of("IND");

  /** An extraction of a report written for this test (Kenya and India), with every fact type. */
  static ArticleExtraction sample() {
    return ArticleExtraction.builder(new Article("k1", "Nairobi and New Delhi sign", "Daily Nation", null, "Nairobi",
            EdtfDate.parse("2023-12-05")))
        .country(CountryMention.of(KEN, List.of(Span.of(0, 5))))
        .country(CountryMention.of(IND, List.of()))
        .leader(new Leader("William Ruto", KEN, "President", Role.HEAD_OF_STATE, List.of(Span.of(10, 22))))
        .agreement(Agreement.builder(AgreementKind.MEMORANDUM).party(KEN).party(IND).signed(EdtfDate.ofDay(2023, 12, 5))
            .count(5).sector("health").evidence(Span.of(30, 60)).build())
        .tradeFigure(TradeFigure.builder(Flow.EXPORT).reporter(IND).partner(KEN).value(Money.of("4E+9", "USD"))
            .changePercent(new BigDecimal("-8.50")).commodity("tea").period(EdtfDate.parse("2022-01/2022-06"))
            .qualifier(Qualifier.ABOUT).build())
        .armsContract(ArmsContract.builder().supplier(IND).recipient(KEN).item("patrol boats")
            .quantity(Quantity.of(2, "boats")).build())
        .event(DiplomaticEvent.builder(EventType.VISIT).date(EdtfDate.ofDay(2023, 12, 4)).location("New Delhi")
            .participant("William Ruto").country(KEN).country(IND).build())
        .build();
  }

  @Test
  void writesTheContractsJsonExactly() {
    String expected = "{\"article\":{\"id\":\"k1\",\"title\":\"Nairobi and New Delhi sign\",\"source\":\"Daily Nation\","
        + "\"author\":null,\"dateline\":\"Nairobi\",\"published\":\"2023-12-05\"},"
        + "\"countries\":[{\"code\":\"KEN\",\"evidence\":[{\"start\":0,\"end\":5}]},{\"code\":\"IND\",\"evidence\":[]}],"
        + "\"leaders\":[{\"name\":\"William Ruto\",\"country\":\"KEN\",\"title\":\"President\",\"role\":\"HEAD_OF_STATE\","
        + "\"evidence\":[{\"start\":10,\"end\":22}]}],"
        + "\"agreements\":[{\"title\":null,\"kind\":\"MEMORANDUM\",\"parties\":[\"KEN\",\"IND\"],\"signed\":\"2023-12-05\","
        + "\"count\":5,\"qualifier\":\"EXACT\",\"sectors\":[\"health\"],\"evidence\":[{\"start\":30,\"end\":60}]}],"
        + "\"tradeFigures\":[{\"flow\":\"EXPORT\",\"reporter\":\"IND\",\"partner\":\"KEN\","
        + "\"value\":{\"amount\":4000000000,\"currency\":\"USD\"},\"quantity\":null,\"changePercent\":-8.5,"
        + "\"commodity\":\"tea\",\"period\":\"2022-01/2022-06\",\"qualifier\":\"ABOUT\",\"evidence\":[]}],"
        + "\"armsContracts\":[{\"supplier\":\"IND\",\"recipient\":\"KEN\",\"items\":[\"patrol boats\"],\"value\":null,"
        + "\"signed\":null,\"delivered\":null,\"qualifier\":\"EXACT\",\"quantity\":{\"amount\":2,\"unit\":\"boats\"},"
        + "\"evidence\":[]}],"
        + "\"events\":[{\"type\":\"VISIT\",\"date\":\"2023-12-04\",\"location\":\"New Delhi\",\"participants\":[\"William Ruto\"],"
        + "\"countries\":[\"KEN\",\"IND\"],\"planned\":false,\"cameo\":\"04\",\"plover\":\"CONSULT\",\"evidence\":[]}]}";
    assertEquals(expected, EntenteJson.write(sample()));
    assertEquals(sample(), EntenteJson.read(expected));
  }

  @Test
  void aUsersOwnMapperWithTheModuleWritesTheSame() {
    JsonMapper own = JsonMapper.builder().addModule(new EntenteModule()).build();
    assertEquals(EntenteJson.write(sample()), own.writeValueAsString(sample()));
    assertEquals(sample(), own.readValue(EntenteJson.write(sample()), ArticleExtraction.class));
  }

  @Test
  void readsTheLenientFormsTheContractAllows() {
    String json = "{\"article\":{\"id\":\"x\",\"publisher\":\"extra field\"},"
        + "\"countries\":[\"RUS\",{\"code\":\"VEN\",\"name\":\"Venezuela\"}],"
        + "\"leaders\":[{\"name\":\"Nicolás Maduro\",\"country\":{\"code\":\"VEN\"},\"role\":\"HEAD_OF_STATE\"}],"
        + "\"events\":[{\"type\":\"MEETING\",\"participants\":[\"Vladimir Putin\",{\"name\":\"Nicolás Maduro\",\"role\":\"HEAD_OF_STATE\"}],"
        + "\"countries\":[\"RUS\",\"VEN\"],\"evidence\":[{\"start\":3,\"end\":9,\"text\":\"Moscow\"}],\"cameo\":\"043\"}],"
        + "\"@class\":\"java.lang.ProcessBuilder\",\"optional\":true}";
    ArticleExtraction x = EntenteJson.read(json);
    assertEquals(Article.of("x"), x.article());
    assertEquals(List.of(Country.of("RUS"), Country.of("VEN")), x.countryCodes());
    assertEquals(Leader.of("Nicolás Maduro", Country.of("VEN"), null, Role.HEAD_OF_STATE), x.leaders().get(0));
    DiplomaticEvent e = x.events().get(0);
    assertEquals(List.of("Vladimir Putin", "Nicolás Maduro"), e.participants());
    assertEquals(List.of(Span.of(3, 9)), e.evidence());
    assertEquals(List.of(), x.agreements());
  }

  @Test
  void standaloneValuesReadAndWrite() {
    JsonMapper m = EntenteJson.mapper();
    assertEquals("{\"amount\":0.000001,\"currency\":\"EUR\"}", m.writeValueAsString(Money.of("1E-6", "EUR")));
    assertEquals("\"SUN\"", m.writeValueAsString(Country.of("SUN")));
    assertEquals(Country.of("SUN"), m.readValue("{\"code\":\"SUN\"}", Country.class));
    assertEquals(EdtfDate.parse("2019/.."), m.readValue("\"2019/..\"", EdtfDate.class));
    assertEquals(Span.of(1, 2), m.readValue("{\"end\":2,\"start\":1}", Span.class));
  }

  @Test
  void loneSurrogatesAreEscapedAndReadBack() {
    ArticleExtraction x = ArticleExtraction.empty(new Article("a\uD800b", "\uD83D\uDE00 \uDC00", null, null, null, null));
    String json = EntenteJson.write(x);
    assertTrue(json.contains("a\\uD800b") && json.contains("\\uD83D\\uDE00 \\uDC00"), json);
    assertTrue(json.chars().allMatch(c -> !Character.isSurrogate((char) c)), json);
    assertEquals(x, EntenteJson.read(json));
    assertEquals(x, EntenteJson.mapper().readValue(EntenteJson.mapper().writeValueAsBytes(x), ArticleExtraction.class));
  }

  private static String error(String json) {
    return assertThrows(JacksonException.class, () -> EntenteJson.read(json)).getMessage();
  }

  private static String withFact(String list, String fact) {
    return "{\"article\":{\"id\":\"x\"},\"" + list + "\":[" + fact + "]}";
  }

  @Test
  void invalidValuesAreRejectedWithTheirPath() {
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"EXPORT\",\"value\":{\"amount\":-5,\"currency\":\"USD\"}}"))
        .contains("Invalid JSON at $.tradeFigures[0].value: Money amount must not be negative: -5"));
    assertTrue(error(withFact("leaders", "{\"name\":\"A\",\"role\":\"HEAD_OF_STATE\",\"evidence\":[{\"start\":5,\"end\":5}]}"))
        .contains("at $.leaders[0].evidence[0]: Span end must be > start: [5, 5)"));
    assertTrue(error(withFact("events", "{\"type\":\"MEETING\",\"countries\":[\"RUS\",\"XYZ\"]}"))
        .contains("at $.events[0].countries[1]: unknown country code \"XYZ\""));
    assertTrue(error(withFact("leaders", "{\"name\":\"  \",\"role\":\"MINISTER\"}"))
        .contains("at $.leaders[0]: Leader name must not be blank"));
    assertTrue(error(withFact("agreements", "{\"kind\":\"TREATY\",\"signed\":\"2019/2015\"}"))
        .contains("at $.agreements[0].signed: Invalid EDTF date: \"2019/2015\": Interval ends before it starts"));
    assertTrue(error(withFact("agreements", "{\"kind\":\"treaty\"}"))
        .contains("at $.agreements[0].kind: unknown AgreementKind \"treaty\" (want one of [TREATY,"));
    assertTrue(error(withFact("agreements", "{\"kind\":\"TREATY\",\"count\":\"11\"}"))
        .contains("at $.agreements[0].count: expected a whole number"));
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"AID\"}"))
        .contains("at $.tradeFigures[0]: A TradeFigure needs a value, a quantity or a change"));
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"AID\",\"value\":{\"amount\":1,\"currency\":\"usd\"}}"))
        .contains("at $.tradeFigures[0].value.currency: unknown ISO 4217 currency code \"usd\""));
    assertTrue(error(withFact("armsContracts", "{\"items\":\"rifles\"}"))
        .contains("at $.armsContracts[0].items: expected an array, got a string"));
    assertTrue(error("{\"article\":{\"id\":\"x\",\"id\":\"y\"}}").contains("Duplicate"));
    assertTrue(error("{\"countries\":[]}").contains("at $: missing field \"article\""));
    assertTrue(error("null").contains("expected an ArticleExtraction object, got null"));
    assertTrue(error("[]").contains("at $: expected ArticleExtraction as an object, got an array"));
    assertTrue(error("{\"article\":{\"id\":\"x\"}} {}").contains("Trailing token"));
  }

  @Test
  void typeNamesInTheInputAreNeverFollowed() {
    Object o = EntenteJson.mapper().readValue("[\"java.net.URL\",\"http://example.com\"]", Object.class);
    assertEquals(List.of("java.net.URL", "http://example.com"), o);
    Object p = EntenteJson.mapper().readValue("{\"@class\":\"java.lang.ProcessBuilder\"}", Object.class);
    assertTrue(p instanceof java.util.Map, p.getClass().getName());
  }

  @Test
  void hostileInputHitsTheLimits() {
    String deep = "[".repeat(EntenteJson.MAX_NESTING_DEPTH + 1) + "]".repeat(EntenteJson.MAX_NESTING_DEPTH + 1);
    assertTrue(error("{\"article\":{\"id\":\"x\"},\"extra\":" + deep + "}").contains("nesting depth"));
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"AID\",\"changePercent\":" + "9".repeat(200) + "}"))
        .contains("Number value length"));
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"AID\",\"changePercent\":1e999999999}"))
        .contains("at $.tradeFigures[0]: TradeFigure changePercent out of range"));
    assertTrue(error(withFact("tradeFigures", "{\"flow\":\"AID\",\"value\":{\"amount\":1e-999999999,\"currency\":\"USD\"}}"))
        .contains("at $.tradeFigures[0].value: Money amount out of range"));
    assertTrue(error("{\"article\":{\"id\":\"" + "x".repeat(EntenteJson.MAX_STRING_LENGTH + 1) + "\"}}").contains("String value length"));
  }

  @Test
  void anExponentPastTheLimitsIsRejectedWithItsPath() {
    for (String amount : new String[] {"0e9999999990", "1e-9999999990"}) {
      String json = "{\"article\":{\"id\":\"x\"},\"tradeFigures\":[{\"flow\":\"EXPORT\","
          + "\"value\":{\"amount\":" + amount + ",\"currency\":\"USD\"}}]}";
      tools.jackson.core.JacksonException e =
          assertThrows(tools.jackson.core.JacksonException.class, () -> EntenteJson.read(json));
      assertTrue(e.getMessage().contains("$.tradeFigures[0].value.amount"), e.getMessage());
    }
  }
}
