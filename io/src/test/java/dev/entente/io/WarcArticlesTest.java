package dev.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.testing.SeedArchives;
import dev.entente.io.testing.SeedArchives.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WARC gives one article per HTML response, by target URI, dated by the page or the record. */
class WarcArticlesTest {

  @TempDir Path dir;

  private static final Instant RECORDED = Instant.parse("2020-02-03T23:30:00Z");

  @Test
  void eachHtmlResponseIsOneArticleAndOtherRecordsArePassedOver() throws Exception {
    for (String name : List.of("news.warc", "news.warc.gz")) {
      List<Seed> seeds = SeedArchives.seeds();
      String[] dates = new String[seeds.size()];
      dates[1] = "2019-09-25";
      Path warc = dir.resolve(name);
      SeedArchives.writeWarc(warc, seeds, dates, RECORDED);
      List<Document> docs = new ArrayList<>();
      for (InputItem item : items(warc)) {
        docs.add(item.read());
      }
      assertEquals(seeds.stream().map(s -> SeedArchives.uri(s).toString()).toList(),
          docs.stream().map(Document::id).toList(), name);
      for (int i = 0; i < seeds.size(); i++) {
        assertEquals(SeedArchives.expectedText("Seed " + seeds.get(i).id(), seeds.get(i).text()), docs.get(i).text());
        assertEquals(SeedArchives.uri(seeds.get(i)).toString(), docs.get(i).url());
      }
      assertEquals(LocalDate.of(2019, 9, 25), docs.get(1).published(), "the page's own date");
      assertEquals(LocalDate.of(2020, 2, 3), docs.get(0).published(), "else the record's, in UTC");
    }
  }

  @Test
  void aTruncatedWarcGivesItsWholeRecordsThenOneFailure() throws Exception {
    for (String name : List.of("cut.warc", "cut.warc.gz")) {
      List<Seed> seeds = SeedArchives.seeds();
      Path whole = dir.resolve("whole-" + name);
      SeedArchives.writeWarc(whole, seeds, new String[seeds.size()], RECORDED);
      byte[] bytes = Files.readAllBytes(whole);
      Path cut = dir.resolve(name);
      Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
      List<InputItem> items = items(cut);
      int good = 0;
      boolean failedLast = false;
      for (InputItem item : items) {
        try {
          item.read();
          good++;
          assertTrue(!failedLast, name + ": an article after the failure");
        } catch (InputException e) {
          assertTrue(e.getMessage().startsWith("truncated or corrupt WARC"), e.getMessage());
          failedLast = true;
        }
      }
      assertTrue(good >= 1 && good < seeds.size(), name + ": " + good + " whole records");
      assertTrue(failedLast, name + ": the cut is told");
    }
  }

  @Test
  void aFileThatIsNotAWarcFailsAsOneItem() throws Exception {
    Path notWarc = dir.resolve("x.warc");
    Files.writeString(notWarc, "this is not a WARC file at all\n");
    List<InputItem> items = items(notWarc);
    assertEquals(1, items.size());
    assertThrows(InputException.class, items.get(0)::read);
  }

  private static List<InputItem> items(Path warc) throws IOException {
    List<InputItem> items = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.builder().build(InputFiles.builder().build().expand(List.of(warc.toString())))) {
      reader.forEachRemaining(items::add);
    }
    return items;
  }
}
