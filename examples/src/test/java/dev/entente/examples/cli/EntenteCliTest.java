package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.EntenteJson;
import dev.entente.parse.ArticleParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EntenteCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** What one run printed and answered. */
  record Run(int status, String out, String err) {
    List<JsonNode> lines() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (!line.isEmpty()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }

    List<String> ids() {
      return lines().stream().map(n -> n.get("article").get("id").asString()).toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Run run(byte[] stdin, @Nullable ArticleParser parser, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EntenteCli(new ByteArrayInputStream(stdin), out,
        new PrintStream(err, true, UTF_8), parser).run(args);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private Run run(String... args) {
    return run(new byte[0], null, args);
  }

  private String file(String name, String text) throws IOException {
    return file(name, text.getBytes(UTF_8));
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path.toString();
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void printsOneLinePerFileInOrderWithTheFileNameAsId() throws IOException {
    String b = file("beta.txt", "Brazil and Argentina signed a trade deal.");
    String a = file("alpha.v2.txt", "Ghana's president visited Nigeria.");
    Run r = run("extract", b, a);
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of("beta", "alpha.v2"), r.ids());
    assertTrue(r.out().endsWith("\n"));
    assertEquals(2, r.out().split("\n").length);
    assertEquals("", r.err());
  }

  @Test
  void aMissingFileIsOneLineOnStandardErrorAndTheOthersArePrinted() throws IOException {
    String good = file("good.txt", "India and Japan held talks in Tokyo.");
    String missing = dir.resolve("missing.txt").toString();
    Run r = run("extract", missing, good, dir.toString());
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    assertEquals(List.of("good"), r.ids());
    assertEquals(2, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).contains(missing) && r.errLines().get(0).contains("no such file"), r.err());
    // The directory holds good.txt again: the same id, an error rather than a second article.
    assertTrue(r.errLines().get(1).contains("id \"good\" repeated"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void invalidUtf8IsReportedWithTheFileAndByteOffsetAndTheFileSkipped() throws IOException {
    byte[] head = "Café in Paris: ".getBytes(UTF_8); // 16 bytes, é takes two
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by no continuation
    bytes[head.length + 1] = 'x';
    bytes[head.length + 2] = (byte) 0xFF;
    bytes[head.length + 3] = 'y';
    String bad = file("bad.txt", bytes);
    String good = file("good.txt", "Peru recalled its ambassador from Mexico.");
    Run r = run("extract", bad, good);
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    assertEquals(List.of("good"), r.ids());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains(bad), r.err());
    assertTrue(r.err().contains("byte offset 16"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void lenientDecodesInvalidUtf8WithReplacementAndSaysSo() throws IOException {
    byte[] bytes = {'O', 'm', 'a', 'n', ' ', (byte) 0xFF, ' ', 'I', 'r', 'a', 'n'};
    String bad = file("bad.txt", bytes);
    Run r = run("extract", "--lenient", bad);
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of("bad"), r.ids());
    assertTrue(r.err().contains("byte offset 5"), r.err());
  }

  @Test
  void dashReadsStandardInputWithIdStdin() {
    Run r = run("Chile and Bolivia restored relations.".getBytes(UTF_8), null, "extract", "-");
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of("stdin"), r.ids());
  }

  @Test
  void invalidUtf8OnStandardInputIsReportedToo() {
    Run r = run(new byte[] {'a', 'b', (byte) 0x80}, null, "extract", "-");
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("standard input") && r.err().contains("byte offset 2"), r.err());
  }

  @Test
  void theGivenPublicationDateWinsOverTheOneTheTextStates() throws IOException {
    String f = file("dated.txt", "Published: 3 March 2018\nLONDON, March 3 - Britain and Norway met.");
    Run r = run("extract", f, "--published", "2020-01-02");
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals("2020-01-02", r.lines().get(0).get("article").get("published").asString());
    Run eq = run("extract", "--published=2021-12-31", f);
    assertEquals("2021-12-31", eq.lines().get(0).get("article").get("published").asString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "frobnicate x.txt", "extract", "extract --bogus x.txt", "extract --published",
      "extract --published 2019-02-30 x.txt", "extract --published 19-01-01 x.txt",
      "extract --published +12019-01-01 x.txt", "extract --published 2019-01-01 --published 2019-01-02 x.txt",
      "extract -x x.txt"})
  void usageErrorsExitWithTwoAndPrintNothing(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Run r = run(args);
    assertEquals(EntenteCli.USAGE, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("entente: "), r.err());
    assertNoStackTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "extract --help", "extract x.txt -h", "extract --bogus --help"})
  void helpPrintsUsageOnStandardOutput(String line) {
    Run r = run(line.split(" "));
    assertEquals(EntenteCli.OK, r.status());
    assertTrue(r.out().startsWith("Usage: "), r.out());
    assertEquals("", r.err());
  }

  @Test
  void versionPrintsTheBuiltVersion() {
    Run r = run("--version");
    assertEquals(EntenteCli.OK, r.status());
    assertTrue(r.out().matches("entente \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void afterDoubleDashEverythingIsAFile() throws IOException {
    Files.writeString(dir.resolve("--lenient"), "Egypt and Sudan met.");
    Run r = run("extract", "--", dir.resolve("--lenient").toString());
    assertEquals(List.of("--lenient"), r.ids());
  }

  @Test
  void aTextOverTheParsersLimitFailsAloneWithOneLine() throws IOException {
    String small = file("small.txt", "Fiji");
    String large = file("large.txt", "Papua New Guinea and Australia");
    String huge = file("huge.txt", "x".repeat(200));
    Run r = run(new byte[0], ArticleParser.create(10), "extract", large, small, huge);
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    assertEquals(List.of("small"), r.ids());
    assertEquals(2, r.errLines().size(), r.err());
    assertEquals("entente: " + large + ": over the size limit of 10 chars", r.errLines().get(0));
    assertEquals("entente: " + huge + ": over the size limit of 30 bytes", r.errLines().get(1));
    assertNoStackTrace(r);
  }

  @Test
  void theHelpStatesTheSizeLimitInTheWordsOfTheMessages() {
    Run r = run("--help");
    assertTrue(r.out().contains("an article is at most 10,485,760 chars"), r.out());
    assertTrue(r.out().contains("read up to 31,457,280 bytes"), r.out());
    assertTrue(r.out().contains("\"over the size limit of N"), r.out());
  }

  @Test
  void standardInputGivenTwiceIsAUsageError() {
    Run r = run("Chile and Bolivia restored relations.".getBytes(UTF_8), null, "extract", "-", "-");
    assertEquals(EntenteCli.USAGE, r.status());
    assertEquals("entente: - (standard input) given more than once; it can be read once", r.errLines().get(0));
    assertEquals("", r.out());
  }

  @Test
  void controlCharactersInAFileNameAreEscapedInItsMessage() throws IOException {
    String forged = file("a\nentente: b.txt: ok\t\u0007.txt", new byte[0]);
    Run r = run("extract", forged);
    assertEquals(EntenteCli.FILE_FAILED, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals("entente: " + dir + "/a\\nentente: b.txt: ok\\t\\u0007.txt: empty file", r.errLines().get(0));
  }

  @Test
  void aFileNameBlankWithoutItsExtensionHasItsPathForId() throws IOException {
    String blank = file("  .txt", "Chile and Bolivia restored relations.");
    Run r = run("extract", blank);
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of(blank), r.ids());
  }

  @Test
  void aUtf16FileWithAByteOrderMarkIsReadAndSaysSo() throws IOException {
    String utf16 = file("wide.txt", "\uFEFFChile and Bolivia restored relations.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Run r = run("extract", utf16);
    assertEquals(EntenteCli.OK, r.status(), r.err());
    assertEquals(List.of("wide"), r.ids());
    assertEquals(List.of("entente: " + utf16 + ": decoded as UTF-16LE (its byte order mark says so)"), r.errLines());
  }

  @Test
  void aFailingStandardOutputStopsWithStatusOne() throws IOException {
    String f = file("a.txt", "Kenya");
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EntenteCli(new ByteArrayInputStream(new byte[0]), broken, new PrintStream(err, true, UTF_8))
        .run("extract", f, f);
    assertEquals(EntenteCli.FILE_FAILED, status);
    assertEquals(List.of("entente: cannot write standard output: Broken pipe"), err.toString(UTF_8).lines().toList());
  }

  @Test
  void eachLineReachesTheStreamInOneWrite() throws IOException {
    String a = file("a.txt", "Mali and Niger");
    String b = file("b.txt", "Laos and Vietnam");
    List<String> writes = new ArrayList<>();
    OutputStream recording = new OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("byte-wise write");
      }

      @Override
      public void write(byte[] bytes, int off, int len) {
        writes.add(new String(bytes, off, len, UTF_8));
      }
    };
    int status = new EntenteCli(new ByteArrayInputStream(new byte[0]), recording,
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8)).run("extract", a, b);
    assertEquals(EntenteCli.OK, status);
    assertEquals(2, writes.size());
    for (String w : writes) {
      assertTrue(w.endsWith("\n") && w.indexOf('\n') == w.length() - 1, w);
      EntenteJson.read(w.substring(0, w.length() - 1)); // a whole, valid extraction
    }
  }

  @Test
  void mergePrintsOnePictureWhereOneMeetingToldTwiceHasTwoSources() throws IOException {
    String a = file("wire.txt", "Chinese President Xi Jinping met Kenyan President William Ruto in Beijing on Monday.\n");
    String b = file("daily.txt", "Kenyan President William Ruto held talks with Chinese President Xi Jinping on Monday in Beijing.\n");
    String missing = dir.resolve("missing.txt").toString();
    Run r = run("merge", "--published", "2023-10-16", a, missing, b);
    assertEquals(EntenteCli.FILE_FAILED, r.status(), r.err());
    assertEquals(1, r.lines().size(), r.out());
    JsonNode picture = r.lines().get(0);
    assertEquals(2, picture.get("articles").size());
    assertTrue(r.err().contains("missing.txt"), r.err());
    JsonNode events = picture.get("events");
    assertEquals(1, events.size(), events.toString());
    assertEquals("2023-10-16", events.get(0).get("value").get("date").asString());
    assertEquals(2, events.get(0).get("articleCount").asInt());
    // each report tells the talks and the guest's visit that day: one occasion, told twice by each
    assertEquals(List.of("daily", "wire"), events.get(0).get("sources").valueStream() // by article id
        .map(n -> n.get("articleId").asString()).distinct().toList());
    assertEquals(Set.of("MEETING", "VISIT"), events.get(0).get("sources").valueStream()
        .map(n -> n.get("value").get("type").asString()).collect(Collectors.toSet()));
    assertNoStackTrace(r);
  }
}
