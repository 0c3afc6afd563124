package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.testing.SeedArchives;
import dev.entente.io.testing.SeedArchives.Seed;
import dev.entente.json.EntenteJson;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Span;
import dev.entente.parse.ArticleParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Archives in, tables out: each input kind, bad items, ids, dates, threads, CSV and progress. */
class ArchiveCliTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate SEED_DAY = LocalDate.of(2019, 9, 25);

  @TempDir Path dir;

  record Run(int status, String out, String err) {
    List<JsonNode> lines() {
      return out.lines().filter(l -> !l.isEmpty()).map(JSON::readTree).toList();
    }

    List<String> ids() {
      return lines().stream().map(n -> n.get("article").get("id").asString()).toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Run run(String... args) {
    return run(Progress.Mode.QUIET, args);
  }

  private Run run(Progress.Mode mode, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EntenteCli(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, UTF_8), PARSER)
        .progress(mode, Duration.ofMillis(5)).run(args);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(UTF_8));
  }

  private static String jsonLine(String id, String text, String published) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("text", text);
    if (published != null) {
      node.put("published", published);
    }
    return JSON.writeValueAsString(node) + "\n";
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }

  /** The seeds as a folder tree: a/ and b/ each hold some, so ids carry the folder. */
  private Path seedFolder() throws IOException {
    List<Seed> seeds = SeedArchives.seeds();
    for (int i = 0; i < seeds.size(); i++) {
      write("seeds/" + (i % 2 == 0 ? "a/" : "b/") + seeds.get(i).id() + ".txt", seeds.get(i).text());
    }
    return dir.resolve("seeds");
  }

  @Test
  void aFolderOfSeedsGivesWhatEachSeedGivesAloneWithPathIds() throws IOException {
    Path folder = seedFolder();
    Run r = run("extract", "--published", SEED_DAY.toString(), folder.toString());
    assertEquals(EntenteCli.OK, r.status(), r.err());
    List<Seed> seeds = SeedArchives.seeds();
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      expectedIds.add((i % 2 == 0 ? "a/" : "b/") + seeds.get(i).id());
    }
    expectedIds.sort(null);
    assertEquals(expectedIds, r.ids());
    for (JsonNode line : r.lines()) {
      ArticleExtraction x = EntenteJson.read(JSON.writeValueAsString(line));
      String id = x.article().id();
      Seed seed = seeds.stream().filter(s -> id.endsWith(s.id())).findFirst().orElseThrow();
      assertEquals(PARSER.parse(id, seed.text(), SEED_DAY), x, id);
    }
  }

  @Test
  void jsonLinesGzippedGiveTheSameExtractionsAsTheTexts() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Seed seed : SeedArchives.seeds()) {
      lines.append(jsonLine(seed.id(), seed.text(), "2019-09-25T10:00:00Z"));
    }
    Path jsonl = write("dump.jsonl.gz", gzip(lines.toString()));
    Run r = run("extract", jsonl.toString());
    assertEquals(EntenteCli.OK, r.status(), r.err());
    List<ArticleExtraction> expected = SeedArchives.seeds().stream().map(s -> PARSER.parse(s.id(), s.text(), SEED_DAY)).toList();
    assertEquals(expected, r.lines().stream().map(n -> EntenteJson.read(JSON.writeValueAsString(n))).toList());
  }

  @Test
  void htmlPagesAndAWarcGiveTheirArticlesWithSpansIntoTheEmittedText() throws IOException {
    List<Seed> seeds = SeedArchives.seeds();
    for (Seed seed : seeds) {
      write("pages/" + seed.id() + ".html", SeedArchives.page("Talks", "2019-09-25", "A. Writer", "Example News", seed.text()));
    }
    Path warc = dir.resolve("crawl.warc.gz");
    SeedArchives.writeWarc(warc, seeds, new String[seeds.size()], Instant.parse("2019-09-25T12:00:00Z"));
    for (String input : List.of(dir.resolve("pages").toString(), warc.toString())) {
      Run r = run("extract", "--emit-text", input);
      assertEquals(EntenteCli.OK, r.status(), r.err());
      assertEquals(seeds.size(), r.lines().size(), input);
      int facts = 0;
      for (JsonNode line : r.lines()) {
        String text = line.get("text").asString();
        ArticleExtraction x = EntenteJson.read(JSON.writeValueAsString(((ObjectNode) line).without("text")));
        assertEquals("2019-09-25", String.valueOf(x.article().published()), input);
        assertEquals("Example News", x.article().source(), input);
        for (List<Span> evidence : evidence(x)) {
          for (Span s : evidence) {
            assertTrue(s.end() <= text.length(), x.article().id() + " " + s);
            facts++;
          }
        }
      }
      assertTrue(facts > 20, input + ": " + facts + " evidence spans");
    }
  }

  @Test
  void htmlPagesFindWhatTheirSeedsFind() throws IOException {
    // The page's text is the seed's lines with a headline: the facts of the seed are all still found.
    for (Seed seed : SeedArchives.seeds()) {
      write("pages/" + seed.id() + ".html", SeedArchives.page("Talks", "2019-09-25", "A. Writer", "Example News", seed.text()));
      ArticleExtraction plain = PARSER.parse(seed.id(), seed.text(), SEED_DAY);
      Run r = run("extract", dir.resolve("pages/" + seed.id() + ".html").toString());
      ArticleExtraction page = EntenteJson.read(r.out().strip());
      assertEquals(plain.countryCodes().stream().sorted().toList(), page.countryCodes().stream().sorted().toList(), seed.id());
      assertEquals(plain.events().size(), page.events().size(), seed.id());
      assertEquals(plain.tradeFigures().size(), page.tradeFigures().size(), seed.id());
    }
  }

  @Test
  void aFolderOfBadFilesGivesOneLinePerBadItemAndEveryGoodArticle() throws IOException {
    String good = "Russia and Venezuela signed an agreement on energy in Moscow on Wednesday.\n";
    write("mixed/good.txt", good);
    write("mixed/empty.txt", new byte[0]);
    write("mixed/binary.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 7});
    write("mixed/latin1.txt", "Caf\u00e9 in Paris".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    write("mixed/menu.html", SeedArchives.pageWithoutArticle());
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      many.append(jsonLine("j" + i, good, null));
    }
    byte[] gz = gzip(many.toString());
    write("mixed/cut.jsonl.gz", Arrays.copyOf(gz, gz.length - 20));
    write("mixed/lines.jsonl", jsonLine("l1", good, null) + "{not json\n" + "{\"id\": \"l3\"}\n" + jsonLine("l1", good, null));
    List<Seed> seeds = SeedArchives.seeds();
    Path whole = dir.resolve("whole.warc");
    SeedArchives.writeWarc(whole, seeds, new String[seeds.size()], Instant.parse("2019-09-25T12:00:00Z"));
    byte[] warc = Files.readAllBytes(whole);
    write("mixed/cut.warc", Arrays.copyOf(warc, warc.length / 2));
    Run r = run("extract", "--threads", "2", dir.resolve("mixed").toString());
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    List<String> ids = r.ids();
    assertTrue(ids.containsAll(List.of("j1", "j2", "l1", "good")), ids.toString());
    assertTrue(ids.stream().anyMatch(id -> id.startsWith("https://news.example/")), ids.toString());
    String mixed = dir.resolve("mixed").toString();
    Function<String, String> errors = where -> r.errLines().stream()
        .filter(l -> l.startsWith("entente: " + where + ": ") || l.startsWith("entente: " + where + " (id "))
        .collect(Collectors.joining("\n"));
    assertTrue(errors.apply(mixed + "/binary.bin").contains("binary file"), r.err());
    assertTrue(errors.apply(mixed + "/empty.txt").contains("empty file"), r.err());
    assertTrue(errors.apply(mixed + "/latin1.txt").contains("invalid UTF-8 at byte offset 3"), r.err());
    assertTrue(errors.apply(mixed + "/menu.html").contains("no article text"), r.err());
    assertTrue(errors.apply(mixed + "/lines.jsonl:2").contains("not JSON"), r.err());
    assertTrue(errors.apply(mixed + "/lines.jsonl:3").contains("no \"text\""), r.err());
    assertTrue(errors.apply(mixed + "/lines.jsonl:4").contains("id \"l1\" repeated"), r.err());
    assertTrue(r.errLines().stream().anyMatch(l -> l.contains("cut.jsonl.gz:") && l.contains("truncated or corrupt gzip")), r.err());
    assertTrue(r.errLines().stream().anyMatch(l -> l.contains("truncated or corrupt WARC")), r.err());
    assertEquals(9, r.errLines().size(), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  @Test
  void datesComeFromTheInputThenTheDatesFileThenPublishedThenTheText() throws IOException {
    String text = "Published: 3 March 2018\nLONDON - Britain and Norway met on Wednesday.\n";
    Path jsonl = write("d.jsonl", jsonLine("own", text, "2011-01-01") + jsonLine("listed", text, null)
        + jsonLine("forall", text, null));
    Path dates = write("dates.csv", "id,published\nlisted,2012-02-02\nown,2013-03-03\n");
    Run r = run("extract", "--dates", dates.toString(), "--published", "2014-04-04", jsonl.toString());
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of("2011-01-01", "2012-02-02", "2014-04-04"),
        r.lines().stream().map(n -> n.get("article").get("published").asString()).toList());
    Run textual = run("extract", jsonl.toString());
    assertEquals("2018-03-03", textual.lines().get(1).get("article").get("published").asString(), "the text's own date");
    Run badDates = run("extract", "--dates", dir.resolve("none.csv").toString(), jsonl.toString());
    assertEquals(EntenteCli.USAGE, badDates.status());
    assertTrue(badDates.err().startsWith("entente: --dates:"), badDates.err());
  }

  @Test
  void fourThreadsWriteWhatOneWrites() throws IOException {
    List<Seed> seeds = SeedArchives.seeds();
    StringBuilder lines = new StringBuilder();
    for (int copy = 0; copy < 12; copy++) {
      for (Seed seed : seeds) {
        // Short and long articles mixed, so later ones finish first on some worker.
        String text = copy % 3 == 0 ? seed.text().lines().findFirst().orElseThrow() : seed.text();
        lines.append(jsonLine(seed.id() + "-" + copy, text, "2019-09-25"));
      }
      lines.append("{broken ").append(copy).append('\n');
    }
    Path jsonl = write("many.jsonl", lines.toString());
    Run one = run("extract", "--threads", "1", jsonl.toString());
    Run four = run("extract", "--threads", "4", jsonl.toString());
    assertEquals(12 * seeds.size(), one.lines().size());
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    assertEquals(12, four.errLines().size());
  }

  @Test
  void csvTablesLoadInPythonWithTheRowCountsOfTheJson() throws IOException, InterruptedException {
    Path folder = seedFolder();
    Run json = run("extract", "--published", "2019-09-25", folder.toString());
    Path tables = dir.resolve("tables");
    Run csv = run("extract", "--published", "2019-09-25", "--format", "csv", "--output", tables.toString(), "--emit-text", folder.toString());
    assertEquals(EntenteCli.OK, csv.status(), csv.err());
    assertEquals("", csv.out());
    Map<String, String> lists = Map.of("articles", "", "countries", "countries", "leaders", "leaders",
        "agreements", "agreements", "trade_figures", "tradeFigures", "arms_contracts", "armsContracts", "events", "events");
    Path script = write("count.py", """
        import csv, json, sys
        counts = {}
        for name in sys.argv[2:]:
            with open(sys.argv[1] + "/" + name + ".csv", newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            counts[name] = len(rows)
            if name == "texts":
                counts["span_text_ok"] = all(len(r["text"]) > 0 for r in rows)
        print(json.dumps(counts))
        """);
    List<String> command = new ArrayList<>(List.of("python3", script.toString(), tables.toString()));
    command.addAll(lists.keySet());
    command.add("texts");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, p.waitFor(), output);
    JsonNode counts = JSON.readTree(output);
    int articles = json.lines().size();
    assertEquals(articles, counts.get("articles").asInt());
    assertEquals(articles, counts.get("texts").asInt());
    int facts = 0;
    for (Map.Entry<String, String> table : lists.entrySet()) {
      if (table.getKey().equals("articles")) {
        continue;
      }
      int rows = json.lines().stream().mapToInt(n -> n.get(table.getValue()).size()).sum();
      assertEquals(rows, counts.get(table.getKey()).asInt(), table.getKey());
      facts += rows;
    }
    assertTrue(facts > 50, "the seeds give facts of every kind: " + facts);
  }

  @Test
  void progressLinesAndASummaryGoToStandardErrorUnlessQuiet() throws IOException {
    Path folder = seedFolder();
    // Twenty copies of each seed: a run long enough for the 5 ms timer to tick on any machine.
    List<Seed> seeds = SeedArchives.seeds();
    for (int copy = 0; copy < 20; copy++) {
      for (Seed seed : seeds) {
        write("seeds/c/" + seed.id() + "-" + copy + ".txt", seed.text());
      }
    }
    write("seeds/z/bad.txt", new byte[0]);
    int items = 21 * seeds.size() + 1;
    Run r = run(Progress.Mode.LINES, "extract", folder.toString());
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    String summary = r.errLines().get(r.errLines().size() - 1);
    assertTrue(summary.matches("entente: " + (items - 1) + " articles read, 1 failed; facts: \\d+ countries, \\d+ leaders,"
        + " \\d+ agreements, \\d+ trade figures, \\d+ arms contracts, \\d+ events; [\\d.]+ s, [\\d.]+ MB/s"), summary);
    assertTrue(r.errLines().stream().anyMatch(l -> l.matches("entente: \\d+ of " + items + " items, [01] failed, [\\d.]+ MB/s.*")),
        r.err());
    Run quiet = run(Progress.Mode.LINES, "extract", "--quiet", folder.toString());
    assertEquals(List.of("entente: " + folder + "/z/bad.txt: empty file"), quiet.errLines());
  }

  @Test
  void outputAndInputOptionsAreCheckedBeforeAnythingIsRead() {
    for (String[] args : List.of(
        new String[] {"extract", "--format", "csv", "x.txt"},
        new String[] {"extract", "--format", "xml", "x.txt"},
        new String[] {"merge", "--format", "csv", "--output", "out", "x.txt"},
        new String[] {"extract", "--threads", "0", "x.txt"},
        new String[] {"extract", "--threads=many", "x.txt"},
        new String[] {"extract", "--input-format", "pdf", "x.txt"},
        new String[] {"extract", "--include", "[a-", "x.txt"},
        new String[] {"extract", "--quiet=yes", "x.txt"},
        new String[] {"extract", "--dates"})) {
      Run r = run(args);
      assertEquals(EntenteCli.USAGE, r.status(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().startsWith("entente: ") && r.out().isEmpty(), r.err());
    }
  }

  private static List<List<Span>> evidence(ArticleExtraction x) {
    List<List<Span>> all = new ArrayList<>();
    x.countries().forEach(c -> all.add(c.evidence()));
    x.leaders().forEach(f -> all.add(f.evidence()));
    x.agreements().forEach(f -> all.add(f.evidence()));
    x.tradeFigures().forEach(f -> all.add(f.evidence()));
    x.armsContracts().forEach(f -> all.add(f.evidence()));
    x.events().forEach(f -> all.add(f.evidence()));
    return all;
  }
}
