package dev.entente.merge;

import dev.entente.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One article's telling of a merged fact: the article, the value as that article told it (without
 * evidence of its own), and where in that article's text it is told. A merged fact keeps every
 * source, so a reader can see who said what and check it against the text.
 *
 * @param <T> the kind of fact
 * @param articleId the id of the article that told it
 * @param value the fact as this article told it, its evidence list empty
 * @param evidence the spans of this article's text the fact was read from
 */
public record Source<T>(String articleId, T value, List<Span> evidence) {

  /**
   * Validates: a non-blank article id, a value, and a copy of the evidence.
   *
   * @param articleId the id of the article that told it, not blank
   * @param value the fact as this article told it
   * @param evidence the spans it was read from; copied
   * @throws IllegalArgumentException when the article id is blank
   */
  public Source {
    Objects.requireNonNull(articleId, "Source articleId must not be null");
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("Source articleId must not be blank");
    }
    Objects.requireNonNull(value, "Source value must not be null");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "Source evidence must not be null"));
  }
}
