package dev.entente.parse.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.score.GoldScorer.Report;
import dev.entente.parse.score.GoldScorer.Tally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class GoldScorerTest {

  private static final Path SEED_GOLD = Path.of("../seeds/gold");

  @TempDir Path dir;

  private static JsonNode tree(String json) {
    return GoldScorer.JSON.readTree(json.replace('\'', '"'));
  }

  /** Scores one prediction against one gold article given as JSON (single quotes for double). */
  private Report score(String gold, String prediction) throws IOException {
    Files.writeString(dir.resolve("a.json"), gold.replace('\'', '"'));
    return GoldScorer.load(dir).score(Map.of("a", tree(prediction)), Map.of("a", "Ankara and Baku met in 2021."));
  }

  private static final String ARTICLE = "'id':'a','article':{'title':null,'published':'2021-05-04'},"
      + "'countries':{'required':['AZE','TUR'],'optional':['ARM']}";

  /** The gold's facts as a prediction: what a perfect extractor would print. */
  private static ObjectNode asPrediction(JsonNode gold) {
    ObjectNode p = GoldScorer.JSON.createObjectNode();
    ObjectNode article = ((ObjectNode) gold.get("article").deepCopy()).put("id", gold.get("id").stringValue());
    gold.get("article").properties().forEach(e -> {
      if (e.getValue().isArray()) {
        article.set(e.getKey(), e.getValue().get(0));
      }
    });
    p.set("article", article);
    p.set("countries", gold.get("countries").get("required"));
    for (String kind : GoldScorer.TYPES.subList(1, GoldScorer.TYPES.size())) {
      ArrayNode facts = p.putArray(kind);
      gold.get(kind).values().forEach(f -> facts.add(((ObjectNode) f.deepCopy()).put("optional", false)));
    }
    return p;
  }

  @Test
  void theSeedGoldScoredAgainstItselfIsPerfect() {
    GoldScorer scorer = GoldScorer.load(SEED_GOLD);
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    Map<String, JsonNode> golds = new LinkedHashMap<>();
    for (String id : scorer.ids()) {
      JsonNode g = GoldScorer.JSON.readTree(read(SEED_GOLD.resolve(id + ".json")));
      golds.put(id, g);
      predictions.put(id, asPrediction(g));
    }
    Report r = scorer.score(predictions, Map.of());
    for (Tally t : r.types().values()) {
      assertEquals(0, t.fn(), () -> t + "\n" + r.details());
      assertEquals(0, t.fp(), () -> t + "\n" + r.details());
    }
    assertEquals(1.0, r.overall().f1());
    r.attributes().forEach((k, v) -> assertEquals(v.total(), v.right(), k));
  }

  @Test
  void leadersMatchOnFirstAndLastWordAsideFromAccentsAndCase() throws IOException {
    String gold = "{" + ARTICLE + ",'leaders':[{'name':'Ilham Heydar Aliyev','country':'AZE','title':'President','role':'HEAD_OF_STATE'}]}";
    Report r = score(gold, "{'leaders':[{'name':'ILHAM Alíyev','country':'aze','title':'the president','role':'head_of_state'}]}");
    assertEquals(new Tally("leaders", 1, 0, 0), r.types().get("leaders"));
    assertEquals(1, r.attributes().get("leaders.title").right());
    assertEquals(1, r.attributes().get("leaders.role").right());
    Report noCountry = score(gold, "{'leaders':[{'name':'Ilham Aliyev','country':null}]}");
    assertEquals(new Tally("leaders", 0, 1, 1), noCountry.types().get("leaders"));
  }

  @Test
  void tradeValuesMatchWithinHalfAPercent() throws IOException {
    String gold = "{" + ARTICLE + ",'tradeFigures':[{'flow':'EXPORT','value':{'amount':1000000,'currency':'USD'}}]}";
    assertEquals(1, score(gold, "{'tradeFigures':[{'flow':'export','value':{'amount':1004999.9,'currency':'usd'}}]}")
        .types().get("tradeFigures").tp());
    assertEquals(0, score(gold, "{'tradeFigures':[{'flow':'EXPORT','value':{'amount':1006000,'currency':'USD'}}]}")
        .types().get("tradeFigures").tp());
    assertEquals(0, score(gold, "{'tradeFigures':[{'flow':'IMPORT','value':{'amount':1000000,'currency':'USD'}}]}")
        .types().get("tradeFigures").tp());
  }

  @Test
  void anOptionalGoldFactIsNeitherMissedNorAFalsePositiveAndDuplicatesAreNotCounted() throws IOException {
    String gold = "{" + ARTICLE + ",'events':[{'type':'MEETING','date':'2021-05-04','countries':['AZE','TUR']},"
        + "{'type':'OTHER','date':'2021','countries':['AZE'],'optional':true}]}";
    Report none = score(gold, "{'events':[]}");
    assertEquals(new Tally("events", 0, 0, 1), none.types().get("events"));
    Report r = score(gold, "{'events':[{'type':'VISIT','date':'2021-05-04','countries':['TUR']},"
        + "{'type':'CALL','date':' 2021-05-04','countries':['AZE']},{'type':'OTHER','date':'2021','countries':['AZE']}]}");
    assertEquals(new Tally("events", 1, 0, 0), r.types().get("events"));
    assertEquals(new GoldScorer.Ratio(1, 2), r.attributes().get("events.type")); // the optional pair counts here
  }

  @Test
  void armsItemsMatchWhenEveryKeyWordBeginsAWord() throws IOException {
    String gold = "{" + ARTICLE + ",'armsContracts':[{'supplier':'TUR','recipient':'AZE','items':['drones'],'key':[['drone']]}]}";
    Report r = score(gold, "{'armsContracts':[{'supplier':'TUR','items':['anti-drone guns','Bayraktar drones']}]}");
    assertEquals(new Tally("armsContracts", 1, 0, 0), r.types().get("armsContracts"));
    assertEquals(0, r.attributes().get("armsContracts.recipient").right());
  }

  @Test
  void countriesCountOptionalOnesAsNeitherRightNorWrong() throws IOException {
    Report r = score("{" + ARTICLE + "}", "{'countries':['TUR',{'code':'arm'},'GEO']}");
    assertEquals(new Tally("countries", 1, 1, 1), r.types().get("countries"));
  }

  @Test
  void evidenceMustLieInsideTheTextAndMatchItsText() {
    String text = "Baku \uD83D\uDE00 x";
    assertTrue(GoldScorer.checkEvidence(tree("{'evidence':[{'start':0,'end':4,'text':'Baku'}]}"), text));
    assertFalse(GoldScorer.checkEvidence(tree("{'evidence':[{'start':0,'end':4,'text':'Bak'}]}"), text));
    assertFalse(GoldScorer.checkEvidence(tree("{'evidence':[{'start':0,'end':99}]}"), text));
    assertFalse(GoldScorer.checkEvidence(tree("{'evidence':[{'start':3,'end':3}]}"), text));
    assertFalse(GoldScorer.checkEvidence(tree("{'evidence':[{'start':1.0,'end':3}]}"), text));
    assertFalse(GoldScorer.checkEvidence(tree("{'evidence':[]}"), text));
    assertTrue(GoldScorer.checkEvidence(tree("{'evidence':[{'start':0,'end':99}]}"), null));
    assertTrue(GoldScorer.checkEvidence(tree("{'evidence':[{'start':5,'end':6,'text':'\uFFFD'}]}"), text));
  }

  @Test
  void numbersPrintAsPythonRoundsThem() {
    assertEquals("0.12", GoldScorer.fixed(0.125, 2));
    assertEquals("0.38", GoldScorer.fixed(0.375, 2));
    assertEquals("0.67", GoldScorer.fixed(2.0 / 3, 2));
    assertEquals("1.000", GoldScorer.fixed(1.0, 3));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
