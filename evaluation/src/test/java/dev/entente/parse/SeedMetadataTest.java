package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.EntenteJson;
import dev.entente.parse.score.GoldScorer;
import dev.entente.parse.score.GoldScorer.Ratio;
import dev.entente.parse.score.GoldScorer.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seeds' article metadata as the text alone gives it, with no publication date from the caller. */
class SeedMetadataTest {
  private static final Path SEEDS = Path.of("../seeds");

  @Test
  void metadataFromTheTextAlone() throws IOException {
    GoldScorer scorer = GoldScorer.load(SEEDS.resolve("gold"));
    ArticleParser parser = ArticleParser.create();
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : scorer.ids()) {
      String text = Files.readString(SEEDS.resolve(id + ".txt"));
      texts.put(id, text);
      predictions.put(id, GoldScorer.JSON.readTree(EntenteJson.write(parser.parse(id, text))));
    }
    Report report = scorer.score(predictions, texts);
    Map<String, Ratio> fields = report.articleFields();
    for (String field : new String[] {"title", "author", "dateline", "source"}) {
      assertTrue(fields.get(field).right() >= 4, () -> field + " right for " + fields.get(field) + "\n"
          + String.join("\n", report.details()));
    }
    // two seeds state a full date ("Published ...", a dated dateline); the others give no year or no date
    assertTrue(fields.get("published").right() >= 2, () -> "published " + fields.get("published"));
  }
}
