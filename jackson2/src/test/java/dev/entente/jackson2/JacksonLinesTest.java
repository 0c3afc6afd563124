package dev.entente.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.entente.merge.ExtractionMerger;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Limits;
import dev.entente.parse.ArticleParser;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Jackson 2 and Jackson 3 write the same bytes for every value, read each other's, and reject the same input. */
class JacksonLinesTest {
  private static final Path SEEDS = Path.of("../seeds");

  /** Both lines write {@code x} alike, and each reads the other's JSON back to {@code x}. */
  private static void sameBothWays(ArticleExtraction x) throws JsonProcessingException {
    String three = dev.entente.json.EntenteJson.write(x);
    String two = EntenteJson.write(x);
    assertEquals(three, two, "Jackson 2 writes what Jackson 3 writes");
    assertEquals(x, EntenteJson.read(three));
    assertEquals(x, dev.entente.json.EntenteJson.read(two));
  }

  @Test
  void theParsersExtractionOfHostileTextAtItsLimitReadsBackOnBothLines() throws JsonProcessingException {
    ArticleParser parser = ArticleParser.create();
    // a state named ten million times; a name, a title and a place of a million chars each
    String run = "K".repeat(1_200_000);
    for (String text : List.of("Russia ".repeat(Limits.MAX_TEXT_LENGTH / 7),
        "President " + run + " met Vladimir Putin in " + run + ". Russia exported " + run + " to Venezuela.")) {
      ArticleExtraction x = parser.parse("hostile", text);
      Limits.check(x);
      sameBothWays(x);
    }
  }

  @Test
  void anExtractionAtEveryBoundWithItsTextFitsTheDocumentLimitAndReadsBack() throws JsonProcessingException {
    // every char a six-byte escape: the longest JSON the bounds allow
    String value = "\u0001".repeat(Limits.MAX_VALUE_LENGTH);
    List<String> participants = java.util.Collections.nCopies(Limits.MAX_VALUES, value);
    List<dev.entente.model.Country> countries = java.util.Collections.nCopies(Limits.MAX_VALUES, dev.entente.model.Country.of("RUS"));
    int spansEach = Limits.MAX_EVIDENCE / Limits.MAX_FACTS;
    List<dev.entente.model.Span> spans = new ArrayList<>();
    for (int i = 0; i < spansEach; i++) {
      spans.add(dev.entente.model.Span.of(Limits.MAX_TEXT_LENGTH - 2 - i, Limits.MAX_TEXT_LENGTH - i));
    }
    dev.entente.model.DiplomaticEvent event = new dev.entente.model.DiplomaticEvent(dev.entente.model.EventType.MEETING,
        dev.entente.model.EdtfDate.parse("2019-01-01/2019-12-31"), value, participants, countries, true, spans);
    dev.entente.model.Article article = new dev.entente.model.Article("\u0001".repeat(Limits.MAX_ID_LENGTH), value, value,
        value, value, dev.entente.model.EdtfDate.parse("2019-09-25"));
    ArticleExtraction x = ArticleExtraction.builder(article)
        .events(java.util.Collections.nCopies(Limits.MAX_FACTS, event)).omittedEvidence(Integer.MAX_VALUE).build();
    Limits.check(x);
    String line = dev.entente.json.EntenteJson.write(x);
    // the line's text, when asked for, is at most the parser's limit of chars, each a six-byte escape
    long withText = line.getBytes(StandardCharsets.UTF_8).length + ",\"text\":\"\"".length() + 6L * Limits.MAX_TEXT_LENGTH;
    assertTrue(withText <= Limits.MAX_DOCUMENT_LENGTH, withText + " bytes at every bound, over " + Limits.MAX_DOCUMENT_LENGTH);
    assertEquals(x, dev.entente.json.EntenteJson.read(line));
    assertEquals(x, EntenteJson.read(line));
  }

  @Test
  void everyModelValueIsTheSameJsonOnBothLines() {
    Prop.check("an extraction is written alike and read across", ModelGens.extractions(), JacksonLinesTest::sameBothWays);
  }

  @Test
  void seedExtractionsAndTheirMergeAreTheSameJsonOnBothLines() throws IOException {
    ArticleParser parser = ArticleParser.create();
    List<ArticleExtraction> extractions = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = text.getFileName().toString().replace(".txt", "");
        ArticleExtraction x = parser.parse(id, Files.readString(text), published(id));
        sameBothWays(x);
        assertFalse(x.leaders().isEmpty(), id + " names its leaders");
        extractions.add(x);
      }
    }
    assertEquals(5, extractions.size(), "every seed read");
    var picture = ExtractionMerger.merge(extractions);
    assertEquals(dev.entente.json.EntenteJson.write(picture), EntenteJson.write(picture));
  }

  private static @Nullable LocalDate published(String id) throws IOException {
    Matcher m = Pattern.compile("\"" + id + "\": \\{\"published\": \"([0-9-]+)\"")
        .matcher(Files.readString(SEEDS.resolve("gold/index.json")));
    return m.find() ? LocalDate.parse(m.group(1)) : null;
  }

  private static final Pattern REPORTED = Pattern.compile("Invalid JSON at [^\\n]*");

  @Test
  void bothLinesAcceptAndRejectTheSameTextsWithTheSameReason() {
    String valid = dev.entente.json.EntenteJson.write(ModelGens.extractions().sample(new java.util.SplittableRandom(7), 30));
    Gen<String> edits = Gens.listOf(Gens.zip(Gens.ints(0, valid.length()), Gens.ints(0, 2), Gens.anyChar(), (at, op, ch) ->
        new int[] {at, op, ch.charAt(0)}), 1, 3)
        .map(ops -> {
          StringBuilder sb = new StringBuilder(valid);
          for (int[] op : ops) {
            int at = Math.min(op[0], sb.length());
            switch (op[1]) {
              case 0 -> sb.insert(at, (char) op[2]);
              case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
              default -> { if (at < sb.length()) sb.setCharAt(at, (char) op[2]); }
            }
          }
          return sb.toString();
        });
    Prop.check("a damaged document is taken or refused alike", edits, 500, text -> {
      String three;
      String two;
      try {
        three = "read " + dev.entente.json.EntenteJson.write(dev.entente.json.EntenteJson.read(text));
      } catch (JacksonException e) {
        three = reason(e.getMessage());
      }
      try {
        two = "read " + EntenteJson.write(EntenteJson.read(text));
      } catch (JsonProcessingException e) {
        two = reason(e.getMessage());
      }
      assertEquals(three.startsWith("read "), two.startsWith("read "), text + "\nJackson 3: " + three + "\nJackson 2: " + two);
      if (three.startsWith("Invalid JSON at") || three.startsWith("read ")) {
        assertEquals(three, two, text);
      }
    });
  }

  @Test
  void anExponentPastBigDecimalsLimitsIsOutOfRangeOnBothLines() {
    String valid = dev.entente.json.EntenteJson.write(ModelGens.extractions().sample(new java.util.SplittableRandom(7), 30));
    Matcher amount = Pattern.compile("\"amount\":-?[0-9][0-9.eE+-]*").matcher(valid);
    assertTrue(amount.find(), "the sample has an amount");
    String text = valid.substring(0, amount.start()) + "\"amount\":8e81489997923000000" + valid.substring(amount.end());
    JacksonException three = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class,
        () -> dev.entente.json.EntenteJson.read(text));
    JsonProcessingException two = org.junit.jupiter.api.Assertions.assertThrows(JsonProcessingException.class,
        () -> EntenteJson.read(text));
    assertTrue(reason(three.getMessage()).contains("number out of range"), three.getMessage());
    assertEquals(reason(three.getMessage()), reason(two.getMessage()));
  }

  /** The reason the shared reader gives, or the whole message for the library's own syntax errors. */
  private static String reason(String message) {
    Matcher m = REPORTED.matcher(message);
    return m.find() ? m.group() : "syntax: " + message;
  }

  @Test
  void outputIsValidUtf8EvenForLoneSurrogates() {
    Prop.check("a value's JSON is the same as UTF-8 bytes", ModelGens.extractions(), 100, x -> {
      byte[] bytes = EntenteJson.mapper().writeValueAsBytes(x);
      assertEquals(EntenteJson.write(x), new String(bytes, StandardCharsets.UTF_8));
      assertTrue(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).length() > 0);
    });
  }
}
