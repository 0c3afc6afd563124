package dev.entente.parse.score;

import dev.entente.json.EntenteJson;
import dev.entente.parse.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A folder of reports ({@code ID.txt}) with their gold ({@code gold/ID.json}) and publication dates
 * ({@code gold/index.json}), scored as the evaluation script scores the command line's output: each
 * report parsed alone, with its publication date when the index gives one.
 */
public final class ScoredFolder {
  private final Path folder;
  private final GoldScorer scorer;
  private final JsonNode index;

  private ScoredFolder(Path folder, GoldScorer scorer, JsonNode index) {
    this.folder = folder;
    this.scorer = scorer;
    this.index = index;
  }

  /** Reads the gold and the index of {@code folder}. */
  public static ScoredFolder of(Path folder) {
    Path gold = folder.resolve("gold");
    try {
      JsonNode index = GoldScorer.JSON.readTree(Files.readString(gold.resolve("index.json"))).get("articles");
      return new ScoredFolder(folder, GoldScorer.load(gold), index);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index of " + gold, e);
    }
  }

  public GoldScorer scorer() {
    return scorer;
  }

  /** The publication date the index gives for {@code id}, or null. */
  public @Nullable LocalDate published(String id) {
    JsonNode entry = index.get(id);
    JsonNode p = entry == null ? null : entry.get("published");
    return p == null || p.isNull() ? null : LocalDate.parse(p.stringValue());
  }

  /** The index entry of every report, by id. */
  public Map<String, JsonNode> entries() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : index.properties()) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The text of report {@code id}, as the command line reads it. */
  public String text(String id) {
    try {
      return Files.readString(folder.resolve(id + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report " + id + " in " + folder, e);
    }
  }

  /** Parses every report with {@code parser} and scores the output against the gold. */
  public GoldScorer.Report score(ArticleParser parser) {
    Map<String, JsonNode> predictions = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : scorer.ids()) {
      String text = text(id);
      LocalDate published = published(id);
      texts.put(id, text);
      var extraction = published == null ? parser.parse(id, text) : parser.parse(id, text, published);
      predictions.put(id, GoldScorer.JSON.readTree(EntenteJson.write(extraction)));
    }
    return scorer.score(predictions, texts);
  }
}
