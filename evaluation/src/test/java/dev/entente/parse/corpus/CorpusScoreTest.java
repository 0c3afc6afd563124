package dev.entente.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.ArticleParser;
import dev.entente.parse.score.GoldScorer.Report;
import dev.entente.parse.score.GoldScorer.Tally;
import dev.entente.parse.score.ScoredFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores both splits of the corpus with the evaluation script's rules, prints each split's table,
 * and fails when a type's F1 falls below its floor. The floors are the measured figures rounded
 * down to 0.05: raise them as the rules improve, never lower them for the same reports.
 *
 * <p>The test split is held out: its table is printed, never its misses, so that nobody writing
 * rules reads its reports through a failing build.
 */
class CorpusScoreTest {

  // ---- Floors: raise them as the stages improve, so a regression fails the build. ----
  // The dev split grew by reports its rules had not read (devb-*, then devc-*, then devd-* and
  // deve-*): its floors are the grown split's first figures, rounded down (arms contracts 0.85 ->
  // 0.80 when devc-* came in, whose own first figure for them was 0.79; agreements 0.85 -> 0.80 when
  // devd-* and deve-* came in, theirs 0.74 and 0.72; arms contracts 0.80 -> 0.75 when devg-* came
  // in, its own first figure for them 0.63, the grown split's 0.79; leaders 0.92 -> 0.91 and trade
  // figures 0.80 -> 0.79 when devh-* came in, its own first figures for them 0.88 and 0.73, the grown
  // split's 0.9197 and 0.797; trade figures 0.79 -> 0.78 when devi-* came in, its own first figure
  // for them 0.64, the grown split's 0.788; agreements 0.85 -> 0.84 when devj-* came in, its own
  // first figure for them 0.61, the grown split's 0.8495; trade figures 0.78 -> 0.80 when the
  // readings of currencies, periods and aid raised the split's figure to 0.83; countries 0.90 -> 0.95
  // when a currency's state stopped counting as a mention, 0.96 -> 0.99; events 0.70 -> 0.75 when
  // the split's figure reached 0.78 with devn-* in it; agreements 0.84 -> 0.85 when the split's
  // figure reached 0.88 with devo-* in it, its own 0.76; trade figures 0.80 -> 0.85 when the
  // split's figure reached 0.87 with devp-* in it, its own 0.89).
  private static final Map<String, Double> DEV_FLOOR = Map.of(
      "countries", 0.95,
      "leaders", 0.91,
      "agreements", 0.85,
      "tradeFigures", 0.85,
      "armsContracts", 0.75,
      "events", 0.75);
  private static final Map<String, Double> TEST_FLOOR = Map.of(
      "countries", 0.95,
      "leaders", 0.85,
      "agreements", 0.80,
      "tradeFigures", 0.90, // 0.85 -> 0.90 when the split's figure rose from 0.91 to 0.93
      "armsContracts", 0.95,
      "events", 0.75); // 0.65 -> 0.70 when the split's figure rose from 0.75 to 0.76, 0.70 -> 0.75 at 0.77
  // ---- end of floors ----

  private static final Path CORPUS = Path.of("../corpus");
  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void devSplitStaysAtOrAboveItsFloors() {
    Report report = ScoredFolder.of(CORPUS.resolve("dev")).score(PARSER);
    System.out.print("corpus/dev\n" + report.table());
    List<String> below = below(report, DEV_FLOOR);
    assertTrue(below.isEmpty(), () -> "corpus/dev below the floor: " + below + "\n" + String.join("\n", report.details()));
  }

  @Test
  void testSplitStaysAtOrAboveItsFloors() {
    Report report = ScoredFolder.of(CORPUS.resolve("test")).score(PARSER);
    System.out.print("corpus/test (held out: figures only)\n" + report.table());
    List<String> below = below(report, TEST_FLOOR);
    assertTrue(below.isEmpty(), () -> "corpus/test below the floor: " + below);
  }

  private static List<String> below(Report report, Map<String, Double> floors) {
    assertEquals(List.of(), report.errors());
    List<String> below = new ArrayList<>();
    for (Tally t : report.types().values()) {
      if (t.f1() < floors.get(t.type())) {
        below.add(t.type() + " F1 " + t.f1() + " < " + floors.get(t.type()));
      }
    }
    if (report.validEvidence() < report.facts()) {
      below.add("valid evidence " + report.validEvidence() + "/" + report.facts());
    }
    return below;
  }
}
