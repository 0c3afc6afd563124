package dev.entente.parse;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Texts the open web sends: runs of what each stage reacts to (digits, currency signs, brackets and
 * quotes, capitalised names, abbreviations, triggers), markup, broken Unicode, and news paragraphs,
 * spliced together and repeated up to thousands of times.
 */
final class HostileTexts {
  private HostileTexts() {}

  /** The longest text generated, in chars. */
  static final int MAX_LENGTH = 60_000;

  private static final String[] PIECES = {
      "$", "$$$$", "€", "US$", "1234567890", "0", "1,000,000", "3.14", "1.", "-", "—", "--", "/", "%", "½", "²",
      "١٢٣", "٫", "Ⅻ", "(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", "«", "»", "<p>", "</div>",
      "<script>var a = 1 < 2;</script>", "&amp;", "&#8217;", "{\"a\":[1,{\"b\":null}]}", "\uFFFD", "\uD800",
      "\uDC00", "\uD83D\uDE00", "\u0000", "\u001B", "\u0085", "\u2028", "\n", "\r\n", "\r", " ", "\t", "\u00A0",
      "\u200B", "\uFEFF", "e\u0301", "\u0301", "İ", "ß", "ﬁ", "President ", "Prime Minister ", "Russia ",
      "Russian ", "Venezuela's ", "the United States ", "Côte d’Ivoire ", "Nicolás Maduro ", "Xi Jinping ",
      "U.S. ", "U.N. ", "Mr. ", "Dr. ", "Jan. ", "No. ", "St. ", "e.g. ", "signed ", "agreement ", "treaty ",
      "met ", "visited ", "exported ", "imports ", "contract ", "worth ", "$4 billion ", "10 percent ", "10% ",
      "billion ", "tonnes ", "doses ", "0.000000000000000000000001 ", "rose ", "fell ", "2019 ", "1998-2001 ",
      "on Wednesday ", "last year ", "in April ", "said ", ". ", "! ",
      "? ", "...", ", ", "; ", ": ", "MOSCOW (Reuters) - ", "By ", "Published ", "Photo: ",
  };

  /** Hostile texts of up to {@link #MAX_LENGTH} chars; they shrink toward fewer, shorter runs. */
  static Gen<String> texts() {
    Gen<String> piece = Gens.frequency(
        Gens.weighted(6, Gens.elements(PIECES)),
        Gens.weighted(2, Gens.strings(Gens.anyChar(), 1, 30)),
        Gens.weighted(1, Gens.elements(seedParagraphs())));
    Gen<String> run = Gens.zip(piece, Gens.ints(1, 4000), (p, n) -> p.repeat(Math.min(n, MAX_LENGTH / p.length() + 1)));
    return Gens.strings(run, 0, 10).map(s -> s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
  }

  /** Every non-blank line of the seed articles. */
  static List<String> seedParagraphs() {
    List<String> out = new ArrayList<>();
    for (String article : seedArticles()) {
      for (String line : article.split("\n")) {
        if (!line.isBlank()) {
          out.add(line + "\n");
        }
      }
    }
    return out;
  }

  /** The seed articles' texts, in file-name order. */
  static List<String> seedArticles() {
    Path seeds = Path.of("../seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed articles in " + seeds.toAbsolutePath(), e);
    }
  }
}
