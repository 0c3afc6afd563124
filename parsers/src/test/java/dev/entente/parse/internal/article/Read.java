package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs the reading stages on a text, as the parser does, for tests. */
final class Read {
  private static final TextReaderStage TEXT = new TextReaderStage();
  private static final BoilerplateDetector BOILERPLATE = new BoilerplateDetector();
  private static final ArticleMetadataReader METADATA = new ArticleMetadataReader();

  private Read() {}

  static Document article(String text, @Nullable LocalDate published) {
    Document doc = new Document("test", text, published);
    TEXT.apply(doc);
    BOILERPLATE.apply(doc);
    METADATA.apply(doc);
    return doc;
  }

  static Document article(String text) {
    return article(text, null);
  }

  /** Reads {@code text} and asserts each article field it states, naming the field and the page on a failure. */
  static void assertFields(String text, @Nullable String title, @Nullable String author, @Nullable String dateline,
      @Nullable String source) {
    Document doc = article(text, null);
    assertEquals(title, doc.title, () -> "title of\n" + text);
    assertEquals(author, doc.author, () -> "author of\n" + text);
    assertEquals(dateline, doc.dateline, () -> "dateline of\n" + text);
    assertEquals(source, doc.source, () -> "source of\n" + text);
  }

  /** The text of every boilerplate sentence. */
  static List<String> furniture(Document doc) {
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences) {
      if (s.boilerplate()) {
        out.add(doc.text.substring(s.start(), s.end()));
      }
    }
    return out;
  }
}
