package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.merge.ExtractionMerger;
import dev.entente.model.ArticleExtraction;
import dev.entente.spark.internal.DossierRows;
import dev.entente.spark.internal.FactGroup;
import dev.entente.spark.internal.Tagged;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dossier's partial state: the seeds' and the dev split's fact rows, cut into parts at random,
 * gathered part by part and the parts joined in any order (through Java serialization, as a shuffle
 * moves them), give the rows of the single-machine picture, conflicts included.
 */
class FactGroupTest {
  private static List<ArticleExtraction> extractions;
  private static List<Row> facts;
  private static List<List<String>> single;

  @BeforeAll
  static void extract() throws IOException {
    extractions = CliTables.seedsAndDevExtractions();
    facts = new ArrayList<>();
    long ordinal = 0;
    for (ArticleExtraction x : extractions) {
      for (Row r : Tagged.rows(x, ordinal++, null)) {
        if (r.get(1) != null) {
          facts.add(r);
        }
      }
    }
    single = text(DossierRows.rows(ExtractionMerger.merge(extractions)));
  }

  @Test
  void partsGatheredInAnyOrderGiveTheSingleMachineDossier() throws Exception {
    assertTrue(single.stream().anyMatch(r -> r.get(0).equals(DossierRows.CONFLICTS)), "the inputs disagree somewhere");
    for (long seed = 1; seed <= 4; seed++) {
      Random random = new Random(seed);
      List<Row> shuffled = new ArrayList<>(facts);
      Collections.shuffle(shuffled, random);
      int parts = 1 + random.nextInt(6);
      List<Map<String, FactGroup>> gathered = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        gathered.add(new LinkedHashMap<>());
      }
      for (Row r : shuffled) {
        Map<String, FactGroup> part = gathered.get(random.nextInt(parts));
        part.merge(r.getString(0) + "\u0000" + r.getString(1), FactGroup.of(r), FactGroup::addAll);
      }
      Collections.shuffle(gathered, random);
      Map<String, FactGroup> all = new LinkedHashMap<>();
      for (Map<String, FactGroup> part : gathered) {
        for (Map.Entry<String, FactGroup> e : part.entrySet()) {
          all.merge(e.getKey(), moved(e.getValue()), FactGroup::addAll);
        }
      }
      List<Row> rows = new ArrayList<>();
      all.values().forEach(g -> rows.addAll(g.rows()));
      assertEquals(single, text(rows), "seed " + seed + ", " + parts + " parts");
    }
  }

  @Test
  void aGroupHoldsEachTellingOnce() {
    Row fact = facts.get(0);
    FactGroup g = FactGroup.of(fact).add(fact).addAll(FactGroup.of(fact));
    assertEquals(1, g.size());
    Row other = facts.stream().filter(r -> !r.getString(1).equals(fact.getString(1))).findFirst().orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> g.addAll(FactGroup.of(other)));
  }

  /** A group as another machine receives it. */
  private static FactGroup moved(FactGroup g) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(g);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (FactGroup) in.readObject();
    }
  }

  private static List<List<String>> text(List<Row> rows) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(r.getString(0));
      cells.addAll(Arrays.asList((String[]) r.get(3)));
      out.add(cells);
    }
    return LocalSpark.sorted(out);
  }
}
