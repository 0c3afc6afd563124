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

  /**
   * Checks the id and the optional parts.
   *
   * @param id the article's id, not blank
   * @param title the name as written, or null when none is given; not blank
   * @param source the outlet or agency, or null when unknown; not blank
   * @param author the author, or null when unknown; not blank
   * @param dateline the dateline city as written, or null; not blank
   * @param published the publication date, or null when unknown
   * @throws IllegalArgumentException naming the part when the id, or a part that is given, is blank
   * @throws NullPointerException when the id is null
   */
  public Article {
    Checks.notBlank(id, "Article id");
    title = Checks.blankToNull(title, "Article title");
    source = Checks.blankToNull(source, "Article source");
    author = Checks.blankToNull(author, "Article author");
    dateline = Checks.blankToNull(dateline, "Article dateline");
  }

  /**
   * An article of which only the id is known.
   *
   * @param id the article's id, not blank
   * @return the article with every other part null
   */
  public static Article of(String id) {
    return new Article(id, null, null, null, null, null);
  }

  /**
   * A copy with another headline.
   *
   * @param v the title, or null when unknown; not blank
   * @return the changed copy
   */
  public Article withTitle(@Nullable String v) { return new Article(id, v, source, author, dateline, published); }
  /**
   * A copy with another outlet or agency.
   *
   * @param v the source ({@code "Reuters"}), or null when unknown; not blank
   * @return the changed copy
   */
  public Article withSource(@Nullable String v) { return new Article(id, title, v, author, dateline, published); }
  /**
   * A copy with another author.
   *
   * @param v the author's name as written, or null when unknown; not blank
   * @return the changed copy
   */
  public Article withAuthor(@Nullable String v) { return new Article(id, title, source, v, dateline, published); }
  /**
   * A copy with another dateline city.
   *
   * @param v the city as written ({@code "MOSCOW"}), or null when there is none; not blank
   * @return the changed copy
   */
  public Article withDateline(@Nullable String v) { return new Article(id, title, source, author, v, published); }
  /**
   * A copy with another publication date.
   *
   * @param v the date, or null when unknown
   * @return the changed copy
   */
  public Article withPublished(@Nullable EdtfDate v) { return new Article(id, title, source, author, dateline, v); }
}
