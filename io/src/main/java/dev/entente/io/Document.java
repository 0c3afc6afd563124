package dev.entente.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as its input gives it, ready for a parser: its id, its text (for an HTML page, the
 * article's text without the page's boilerplate: evidence spans refer to it), what the input says
 * of it (title, source, author, publication date, URL, each null when not said), and warnings about
 * how it was read ({@code "invalid UTF-8 from byte offset 12 replaced with U+FFFD"}).
 */
public record Document(
    String id,
    String text,
    @Nullable String title,
    @Nullable String source,
    @Nullable String author,
    @Nullable LocalDate published,
    @Nullable String url,
    List<String> warnings) {

  /**
   * Checks the id and text, makes blank metadata null and strips the rest, and copies the warnings.
   *
   * @param id the article's id, not blank
   * @param text the article's text, not null
   * @param title the headline, or null
   * @param source the outlet or agency, or null
   * @param author the author, or null
   * @param published the publication date, or null
   * @param url where the article was fetched from, or null
   * @param warnings how it was read, one line each; copied
   * @throws IllegalArgumentException when the id is blank
   * @throws NullPointerException when the id, text or warnings are null
   */
  public Document {
    Objects.requireNonNull(id, "Document id");
    Objects.requireNonNull(text, "Document text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Document id must not be blank");
    }
    title = blankToNull(title);
    source = blankToNull(source);
    author = blankToNull(author);
    url = blankToNull(url);
    warnings = List.copyOf(warnings);
  }

  /**
   * A document of which only the id and the text are known.
   *
   * @param id the article's id, not blank
   * @param text the article's text
   * @return the document, with no metadata and no warnings
   */
  public static Document of(String id, String text) {
    return new Document(id, text, null, null, null, null, null, List.of());
  }

  /**
   * A copy with another publication date.
   *
   * @param v the date, or null when unknown
   * @return the changed copy
   */
  public Document withPublished(@Nullable LocalDate v) {
    return new Document(id, text, title, source, author, v, url, warnings);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
