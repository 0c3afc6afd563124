package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.score.GoldScorer;
import dev.entente.parse.score.GoldScorer.Report;
import dev.entente.parse.score.GoldScorer.Tally;
import dev.entente.parse.score.ScoredFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the seed articles, scores the output against their gold with the contract's
 * rules, prints the table, and fails when a score falls below its floor.
 */
class SeedScoreTest {

  // ---- Floors: raise them as the stages improve, so a regression fails the build. ----
  private static final Map<String, Double> F1_FLOOR = Map.of(
      "countries", 1.0,
      "leaders", 1.0,
      "agreements", 1.0,
      "tradeFigures", 1.0,
      "armsContracts", 1.0,
      "events", 1.0);
  private static final double OVERALL_F1_FLOOR = 0.0;
  /** Share of predicted facts whose evidence spans are well formed and inside the text. */
  private static final double VALID_EVIDENCE_FLOOR = 1.0;
  // ---- end of floors ----

  private static final Path SEEDS = Path.of("../seeds");

  @Test
  void seedScoresStayAtOrAboveTheirFloors() {
    ScoredFolder seeds = ScoredFolder.of(SEEDS);
    GoldScorer scorer = seeds.scorer();
    Report report = seeds.score(ArticleParser.create());
    System.out.print(report.table());

    assertEquals(List.of(), report.errors());
    assertEquals(scorer.ids().size(), report.articleFields().get("published").right(),
        "the given publication date is the article's");
    List<String> below = new ArrayList<>();
    for (Tally t : report.types().values()) {
      if (t.f1() < F1_FLOOR.get(t.type())) {
        below.add(t.type() + " F1 " + t.f1() + " < " + F1_FLOOR.get(t.type()));
      }
    }
    if (report.overall().f1() < OVERALL_F1_FLOOR) {
      below.add("overall F1 " + report.overall().f1() + " < " + OVERALL_F1_FLOOR);
    }
    double valid = report.facts() == 0 ? 1.0 : (double) report.validEvidence() / report.facts();
    if (valid < VALID_EVIDENCE_FLOOR) {
      below.add("valid evidence " + report.validEvidence() + "/" + report.facts() + " < " + VALID_EVIDENCE_FLOOR);
    }
    assertTrue(below.isEmpty(), () -> "below the floor: " + below + "\n" + String.join("\n", report.details()));
  }
}
