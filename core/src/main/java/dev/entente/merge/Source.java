package dev.entente.merge;

import dev.entente.model.Span;
import java.util.List;
import java.util.Objects;

/** One article that reports a merged fact, and where in that article's text it does. */
public record Source(String articleId, List<Span> evidence) {

  public Source {
    Objects.requireNonNull(articleId, "Source articleId must not be null");
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("Source articleId must not be blank");
    }
    evidence = List.copyOf(Objects.requireNonNull(evidence, "Source evidence must not be null"));
  }
}
