package dev.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments become files in order, with ids from their paths; bad items fail one by one. */
class InputFilesTest {

  @TempDir Path dir;

  private static final String ARTICLE = "Russia and Venezuela signed an agreement on energy in Moscow on Wednesday.\n";

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  @Test
  void aDirectoryIsItsFilesRecursivelyInPathOrderWithIdsRelativeToIt() throws IOException {
    write("news/b.txt", ARTICLE);
    write("news/a/x.txt", ARTICLE);
    write("news/c/x.txt", ARTICLE);
    write("news/a/page.html", "<p>x</p>");
    write("news/.git/config", "hidden");
    write("news/.hidden.txt", "hidden");
    String news = dir.resolve("news").toString();
    List<InputFile> files = InputFiles.builder().build().expand(List.of(news));
    assertEquals(List.of("a/page", "a/x", "b", "c/x"), files.stream().map(InputFile::id).toList());
    assertEquals(news + "/a/x.txt", files.get(1).name());
    assertEquals(List.of(InputFormat.HTML, InputFormat.TEXT, InputFormat.TEXT, InputFormat.TEXT),
        files.stream().map(InputFile::format).toList());
  }

  @Test
  void includeAndExcludeGlobsMatchNamesOrRelativePaths() throws IOException {
    write("news/2019/a.html", "x");
    write("news/2019/b.txt", "x");
    write("news/2020/c.html", "x");
    String news = dir.resolve("news").toString();
    assertEquals(List.of("2019/a", "2020/c"), ids(InputFiles.builder().include("*.html").build().expand(List.of(news))));
    assertEquals(List.of("2019/a", "2019/b"), ids(InputFiles.builder().include("2019/**").build().expand(List.of(news))));
    assertEquals(List.of("2019/b"), ids(InputFiles.builder().exclude("*.html").build().expand(List.of(news))));
    assertThrows(IllegalArgumentException.class, () -> InputFiles.builder().include("[a-"));
  }

  @Test
  void aListFileNamesArgumentsOnePerLineRelativeToItself() throws IOException {
    write("lists/one.txt", ARTICLE);
    write("lists/sub/two.txt", ARTICLE);
    write("elsewhere.txt", ARTICLE);
    Path list = write("lists/all.lst", "# the run of 5 December\none.txt\n\n  sub/two.txt  \n" + dir.resolve("elsewhere.txt") + "\nmissing.txt\n");
    List<InputFile> files = InputFiles.builder().build().expand(List.of("@" + list));
    assertEquals(List.of("one", "two", "elsewhere", "missing.txt"), ids(files));
    InputException e = assertThrows(InputException.class, files.get(3)::open);
    assertEquals("no such file or directory", e.getMessage());
    InputException noList = assertThrows(InputException.class,
        () -> InputFiles.builder().build().expand(List.of("@" + dir.resolve("nope.lst"))).get(0).open());
    assertTrue(noList.getMessage().startsWith("cannot read the list"), noList.getMessage());
  }

  @Test
  void badFilesFailOneByOneAndGoodOnesAreRead() throws IOException {
    write("mixed/good.txt", ARTICLE);
    write("mixed/empty.txt", new byte[0]);
    write("mixed/blank.txt", " \n\t\n");
    write("mixed/binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    write("mixed/latin1.txt", "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1));
    write("mixed/menu.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    byte[] gz = gzip(ARTICLE.repeat(50));
    write("mixed/cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    write("mixed/whole.txt.gz", gz);
    List<String> outcomes = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.builder().build(InputFiles.builder().build().expand(List.of(dir.resolve("mixed").toString())))) {
      while (reader.hasNext()) {
        InputItem item = reader.next();
        String name = item.origin().substring(item.origin().lastIndexOf('/') + 1);
        try {
          Document d = item.read();
          outcomes.add(name + ": ok " + d.id());
        } catch (InputException e) {
          outcomes.add(name + ": " + e.getMessage());
        }
      }
    }
    assertEquals(List.of(
        "binary.txt: binary file (a NUL byte at offset 4), not text",
        "blank.txt: no text, only 4 bytes of white space",
        "cut.txt.gz: truncated or corrupt gzip: Unexpected end of ZLIB input stream",
        "empty.txt: empty file",
        "good.txt: ok good",
        "latin1.txt: invalid UTF-8 at byte offset 3 (0xE9); file skipped (--lenient replaces invalid bytes)",
        "menu.html: no article text in the page (0 chars outside navigation and boilerplate)",
        "whole.txt.gz: ok whole"), outcomes);
  }

  @Test
  void leniencyReplacesInvalidBytesAndWarns() throws Exception {
    Path file = write("latin1.txt", "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1));
    try (ArchiveReader reader = ArchiveReader.builder().decoder(TextDecoder.lenient())
        .build(InputFiles.builder().build().expand(List.of(file.toString())))) {
      Document d = reader.next().read();
      assertEquals("Caf\uFFFD in Paris", d.text());
      assertEquals(List.of("invalid UTF-8 from byte offset 3 replaced with U+FFFD (--lenient)"), d.warnings());
    }
  }

  @Test
  void aRepeatedIdIsAnErrorNamingTheFirst() throws InputException {
    UniqueIds ids = new UniqueIds();
    ids.claim("a/x", "news/a/x.txt");
    ids.claim("b/x", "news/b/x.txt");
    InputException e = assertThrows(InputException.class, () -> ids.claim("a/x", "news/a/x.html"));
    assertEquals("id \"a/x\" repeated: the article from news/a/x.txt already has it", e.getMessage());
    assertEquals(2, ids.size());
  }

  @Test
  void aNamedFileKeepsItsNameWithoutExtensionAsItsId() throws IOException {
    Path f = write("x.warc.gz", "x");
    List<InputFile> files = InputFiles.builder().build().expand(List.of(f.toString(), "-"));
    assertEquals(List.of("x", "stdin"), ids(files));
    assertEquals(InputFormat.WARC, files.get(0).format());
    assertEquals(InputFormat.JSONL, InputFiles.builder().format(InputFormat.JSONL).build().expand(List.of(f.toString())).get(0).format());
  }

  @Test
  void aNameBlankWithoutItsExtensionHasItsPathForId() throws IOException {
    Path named = write("blank/  .txt", ARTICLE);
    write("tree/  .txt", ARTICLE);
    List<InputFile> files = InputFiles.builder().build().expand(List.of(named.toString(), dir.resolve("tree").toString()));
    assertEquals(List.of(named.toString(), dir.resolve("tree") + "/  .txt"), ids(files));
  }

  @Test
  void standardInputIsReadOnceAndASecondDashFails() throws IOException {
    Path list = write("list.txt", "-\n");
    List<InputFile> files = InputFiles.builder().stdin(new java.io.ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)))
        .build().expand(List.of("-", "@" + list));
    assertEquals(List.of("stdin", "-"), ids(files));
    InputException e = assertThrows(InputException.class, () -> files.get(1).open());
    assertEquals("standard input named more than once; it is read once", e.getMessage());
  }

  @Test
  void aFileOverTheLimitSaysSoInTheOneWording() throws IOException {
    Path big = write("big.txt", "x".repeat(101));
    InputException e = assertThrows(InputException.class,
        () -> InputFiles.builder().build().expand(List.of(big.toString())).get(0).readAll(100));
    assertEquals("over the size limit of 100 bytes", e.getMessage());
    assertEquals("over the size limit of 10,485,760 chars", InputException.overSizeLimit(10 * 1024 * 1024, "chars"));
  }

  @Test
  void escapedNamesKeepToOneLine() {
    assertEquals("a\\nb\\tc\\u0007d\\u2028", InputException.escaped("a\nb\tc\u0007d\u2028"));
    assertEquals("news/é x.txt", InputException.escaped("news/é x.txt"));
  }

  private static List<String> ids(List<InputFile> files) {
    return files.stream().map(InputFile::id).toList();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
