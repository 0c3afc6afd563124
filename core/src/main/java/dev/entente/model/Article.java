package dev.entente.model;

import org.jspecify.annotations.Nullable;

/**
 * What is known of an article itself: its id (the file name without extension, or the caller's
 * key), and the title, source (outlet or agency), author, dateline city and publication date where
 * known.
 */
public record Article(
    String id,
    @Nullable String title,
    @Nullable String source,
    @Nullable String author,
    @Nullable String dateline,
    @Nullable EdtfDate published) {

  public Article {
    Checks.notBlank(id, "Article id");
    title = Checks.blankToNull(title, "Article title");
    source = Checks.blankToNull(source, "Article source");
    author = Checks.blankToNull(author, "Article author");
    dateline = Checks.blankToNull(dateline, "Article dateline");
  }

  /** An article of which only the id is known. */
  public static Article of(String id) {
    return new Article(id, null, null, null, null, null);
  }

  public Article withTitle(@Nullable String v) { return new Article(id, v, source, author, dateline, published); }
  public Article withSource(@Nullable String v) { return new Article(id, title, v, author, dateline, published); }
  public Article withAuthor(@Nullable String v) { return new Article(id, title, source, v, dateline, published); }
  public Article withDateline(@Nullable String v) { return new Article(id, title, source, author, v, published); }
  public Article withPublished(@Nullable EdtfDate v) { return new Article(id, title, source, author, dateline, v); }
}
