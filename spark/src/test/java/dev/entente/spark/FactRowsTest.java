package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import dev.entente.model.ArticleExtraction;
import dev.entente.spark.internal.FactRows;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The dossier moves facts between machines as table rows: every fact of the seeds and the dev split reads back as itself. */
class FactRowsTest {

  @Test
  void everyFactReadsBackFromItsRow() throws IOException {
    int facts = 0;
    for (ArticleExtraction x : CliTables.seedsAndDevExtractions()) {
      ArticleExtraction.Builder back = ArticleExtraction.builder(x.article());
      for (FactTable table : FactTables.all()) {
        if (table == FactTables.ARTICLES) {
          continue;
        }
        for (List<@Nullable String> row : table.rows(x)) {
          FactRows.addTo(table.name(), row.toArray(new String[0]), back);
          facts++;
        }
      }
      assertEquals(x, back.build(), x.article().id());
    }
    assertTrue(facts > 1000, "facts read back: " + facts);
  }

  @Test
  void aRowOfAnotherShapeIsRefusedByName() {
    ArticleExtraction.Builder b = ArticleExtraction.builder(dev.entente.model.Article.of("a"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FactRows.addTo("leaders", new String[] {"a", "0"}, b));
    assertTrue(e.getMessage().contains("leaders"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FactRows.addTo("articles", new String[0], b));
  }
}
