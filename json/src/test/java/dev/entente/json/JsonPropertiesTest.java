package dev.entente.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every model value survives JSON both ways; invalid JSON is rejected at its path; nothing else escapes. */
class JsonPropertiesTest {
  private static final JsonMapper MAPPER = EntenteJson.mapper();

  private static <T> void roundTrips(String name, Gen<T> gen, Class<T> type) {
    Prop.check(name + " survives JSON as a string and as UTF-8 bytes", gen, value -> {
      String json = MAPPER.writeValueAsString(value);
      assertEquals(value, MAPPER.readValue(json, type), json);
      byte[] utf8 = MAPPER.writeValueAsBytes(value);
      assertEquals(value, MAPPER.readValue(utf8, type));
      assertEquals(json, new String(utf8, StandardCharsets.UTF_8), "output is plain valid UTF-8");
    });
  }

  @Test
  void everyModelTypeRoundTrips() {
    roundTrips("Span", ModelGens.spans(), Span.class);
    roundTrips("Money", ModelGens.money(), Money.class);
    roundTrips("Quantity", ModelGens.quantities(), Quantity.class);
    roundTrips("Country", ModelGens.countries(), Country.class);
    roundTrips("EdtfDate", ModelGens.dates(), EdtfDate.class);
    roundTrips("CountryMention", ModelGens.countryMentions(), CountryMention.class);
    roundTrips("Article", ModelGens.articles(), Article.class);
    roundTrips("Leader", ModelGens.leaders(), Leader.class);
    roundTrips("Agreement", ModelGens.agreements(), Agreement.class);
    roundTrips("TradeFigure", ModelGens.tradeFigures(), TradeFigure.class);
    roundTrips("ArmsContract", ModelGens.armsContracts(), ArmsContract.class);
    roundTrips("DiplomaticEvent", ModelGens.events(), DiplomaticEvent.class);
  }

  @Test
  void aBrokenRoundTripFailsWithASeedAndAShrunkFact() {
    // A writer that forgets "about": the property must catch it and shrink to the plainest such figure.
    AssertionError e = assertThrows(AssertionError.class, () -> Prop.forAll(ModelGens.tradeFigures()).tries(1000).check(
        "broken round trip", f -> assertEquals(f, MAPPER.readValue(
            MAPPER.writeValueAsString(f).replace("\"ABOUT\"", "\"EXACT\""), TradeFigure.class))));
    String m = e.getMessage();
    assertTrue(m.contains("(replay: -Dentente.seed="), m);
    String shrunk = m.substring(m.indexOf("shrunk:"), m.indexOf("failure:"));
    assertTrue(shrunk.contains("flow=EXPORT, reporter=null, partner=null,") && shrunk.contains("commodity=null, period=null, qualifier=ABOUT, evidence=[]]"), m);
  }

  @Test
  void extractionsRoundTripAsOneLine() {
    Prop.check("extraction survives EntenteJson.write/read", ModelGens.extractions(), 200, x -> {
      String line = EntenteJson.write(x);
      assertFalse(line.contains("\n") || line.contains("\r"), "one line");
      assertEquals(x, EntenteJson.read(line));
    });
  }

  private static final List<String> ARTICLE_KEYS = List.of("id", "title", "source", "author", "dateline", "published");
  private static final List<String> TOP_KEYS = List.of("article", "countries", "leaders", "agreements", "tradeFigures", "armsContracts", "events");
  private static final Map<String, List<String>> FACT_KEYS = Map.of(
      "leaders", List.of("name", "country", "title", "role", "evidence"),
      "agreements", List.of("title", "kind", "parties", "signed", "count", "qualifier", "sectors", "evidence"),
      "tradeFigures", List.of("flow", "reporter", "partner", "value", "quantity", "changePercent", "commodity", "period", "qualifier", "evidence"),
      "armsContracts", List.of("supplier", "recipient", "items", "value", "signed", "delivered", "qualifier", "quantity", "evidence"),
      "events", List.of("type", "date", "location", "participants", "countries", "planned", "cameo", "plover", "evidence"));

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.propertyNames().forEach(keys::add);
    return keys;
  }

  @Test
  void everyRecordHasTheContractsKeysInOrderAndPlainNumbers() {
    Pattern exponent = Pattern.compile("\"(amount|changePercent)\":-?[0-9.]*[eE]");
    Prop.check("contract keys", ModelGens.extractions(), 100, x -> {
      String json = EntenteJson.write(x);
      assertFalse(exponent.matcher(json).find(), json);
      JsonNode root = MAPPER.readTree(json);
      assertEquals(TOP_KEYS, keys(root));
      assertEquals(ARTICLE_KEYS, keys(root.get("article")));
      for (Map.Entry<String, List<String>> e : FACT_KEYS.entrySet()) {
        for (JsonNode fact : root.get(e.getKey())) {
          assertEquals(e.getValue(), keys(fact), e.getKey());
        }
      }
      for (JsonNode c : root.get("countries")) {
        assertEquals(List.of("code", "evidence"), keys(c));
      }
    });
  }

  // ------------------------------------------------------------------ rejection

  /** A place in a document and a value that makes the document invalid there. */
  private record Mutation(String path, String key, JsonNode replacement) {}

  private static final Map<String, List<String>> INVALID = Map.ofEntries(
      Map.entry("amount", List.of("-1", "\"5\"", "1e999", "null", "{}")),
      Map.entry("currency", List.of("\"usd\"", "\"DOLLAR\"", "\"XQQ\"", "840")),
      Map.entry("unit", List.of("\" \"", "\"\"", "1")),
      Map.entry("start", List.of("-1", "1.5", "\"0\"", "4294967296")),
      Map.entry("end", List.of("0", "-3", "null")),
      Map.entry("code", List.of("\"rus\"", "\"ZZZ\"", "\"RU\"", "\"\"", "7")),
      Map.entry("country", List.of("\"Russia\"", "\"XXX\"", "[]")),
      Map.entry("reporter", List.of("\"USSR\"", "true")),
      Map.entry("partner", List.of("\"ven\"", "{\"name\":\"VEN\"}")),
      Map.entry("supplier", List.of("\"AAA\"")),
      Map.entry("recipient", List.of("\"\"")),
      Map.entry("name", List.of("\"   \"", "\"\"", "null", "42")),
      Map.entry("id", List.of("\"\"", "\"\\t\"", "null", "1")),
      Map.entry("title", List.of("\" \"", "[]")),
      Map.entry("published", List.of("\"2019/2015\"", "\"2019-13\"", "\"2019-02-30\"", "\"19\"", "\"../..\"", "2019")),
      Map.entry("signed", List.of("\"2020-01-01/2019-12-31\"", "\"2019-1\"", "\"\"")),
      Map.entry("delivered", List.of("\"2019-00\"", "\"2019-01-00\"", "\"2019-21-01\"")),
      Map.entry("period", List.of("\"2019/2018\"", "\"-0000\"", "\"2019~?\"")),
      Map.entry("date", List.of("\"yesterday\"", "\"2019-06-31\"")),
      Map.entry("role", List.of("\"President\"", "\"head_of_state\"", "null")),
      Map.entry("kind", List.of("\"Treaty\"", "null")),
      Map.entry("flow", List.of("\"EXPORTS\"", "null")),
      Map.entry("type", List.of("\"meeting\"", "\"SUMMIT\"")),
      Map.entry("qualifier", List.of("\"APPROX\"", "1")),
      Map.entry("count", List.of("0", "-2", "1.5", "\"11\"")),
      Map.entry("changePercent", List.of("\"-8\"", "1e400")),
      Map.entry("planned", List.of("\"yes\"", "1")),
      Map.entry("evidence", List.of("\"0-5\"", "{}", "[null]", "[1]")),
      Map.entry("items", List.of("\"rifles\"", "[\" \"]", "[null]")),
      Map.entry("sectors", List.of("[\"\"]", "\"energy\"")),
      Map.entry("participants", List.of("[\" \"]", "[{}]", "[[]]")),
      Map.entry("parties", List.of("[\"Russia\"]", "\"RUS\"")),
      Map.entry("countries", List.of("[\"RUSSIA\"]", "[{\"evidence\":[]}]", "{}")));

  /** Every place in {@code node} whose key has invalid replacements, with the JSONPath to it. */
  private static void places(JsonNode node, String path, List<Mutation> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String p = path + "." + e.getKey();
        for (String bad : INVALID.getOrDefault(e.getKey(), List.of())) {
          out.add(new Mutation(p, e.getKey(), MAPPER.readTree(bad)));
        }
        places(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static JsonNode mutate(JsonNode root, Mutation m) {
    JsonNode copy = root.deepCopy();
    Matcher seg = Pattern.compile("\\.([A-Za-z]+)|\\[(\\d+)]").matcher(m.path().substring(1));
    List<String> segments = new ArrayList<>();
    while (seg.find()) {
      segments.add(seg.group(1) != null ? seg.group(1) : "#" + seg.group(2));
    }
    JsonNode parent = copy;
    for (int i = 0; i < segments.size() - 1; i++) {
      String s = segments.get(i);
      parent = s.startsWith("#") ? parent.get(Integer.parseInt(s.substring(1))) : parent.get(s);
    }
    ((tools.jackson.databind.node.ObjectNode) parent).set(m.key(), m.replacement());
    return copy;
  }

  private static final Pattern REPORTED = Pattern.compile("Invalid JSON at (\\$\\S*): ");

  @Test
  void invalidValuesAnywhereAreRejectedAtTheirPath() {
    Gen<Map.Entry<ArticleExtraction, Integer>> cases = Gens.zip(ModelGens.extractions(), Gens.ints(0, Integer.MAX_VALUE), Map::entry);
    Prop.check("a mutated extraction is rejected naming where", cases, 300, c -> {
      JsonNode root = MAPPER.readTree(EntenteJson.write(c.getKey()));
      List<Mutation> places = new ArrayList<>();
      places(root, "$", places);
      Mutation m = places.get(c.getValue() % places.size());
      String json = MAPPER.writeValueAsString(mutate(root, m));
      try {
        EntenteJson.read(json);
        fail("accepted " + m + " in " + json);
      } catch (JacksonException e) {
        Matcher r = REPORTED.matcher(e.getMessage());
        assertTrue(r.find(), e.getMessage());
        String reported = r.group(1);
        // The value itself (a field or inside it) or the object holding it; never just "somewhere".
        boolean related = reported.startsWith(m.path()) || m.path().startsWith(reported) && !reported.equals("$");
        assertTrue(related || m.path().equals("$.article"),
            "mutated " + m.path() + ", reported " + reported + ": " + e.getMessage());
      }
    });
  }

  @Test
  void readingAnyTextGivesAnExtractionOrAJacksonException() {
    String valid = EntenteJson.write(EntenteJsonTest.sample());
    Gen<String> edits = Gens.listOf(Gens.zip(Gens.ints(0, valid.length()), Gens.ints(0, 3), Gens.anyChar(), (at, op, ch) ->
        new int[] {at, op, ch.codePointAt(0)}), 1, 5)
        .map(ops -> {
          StringBuilder sb = new StringBuilder(valid);
          for (int[] op : ops) {
            int at = Math.min(op[0], sb.length());
            switch (op[1]) {
              case 0 -> sb.insert(at, Character.toChars(op[2]));
              case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
              case 2 -> { if (at < sb.length()) sb.setCharAt(at, (char) op[2]); }
              default -> sb.insert(at, "[{\"".repeat(1 + op[2] % 40));
            }
          }
          return sb.toString();
        });
    Gen<String> texts = Gens.frequency(Gens.weighted(3, edits), Gens.weighted(1, Gens.strings()));
    Prop.check("read never throws anything but JacksonException", texts, 1000, text -> {
      try {
        assertNotNull(EntenteJson.read(text));
      } catch (JacksonException expected) {
        assertNotNull(expected.getMessage());
      }
    });
  }
}
