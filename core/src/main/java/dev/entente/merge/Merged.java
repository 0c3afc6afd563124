package dev.entente.merge;

import java.util.List;
import java.util.Objects;

/**
 * A value told by one or more articles, with every article that told it. The value of a merged
 * fact carries no evidence of its own: spans belong to one article's text, so they live in the
 * {@link Source}s.
 */
public record Merged<T>(T value, List<Source> sources) {

  public Merged {
    Objects.requireNonNull(value, "Merged value must not be null");
    sources = List.copyOf(Objects.requireNonNull(sources, "Merged sources must not be null"));
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("A merged value needs at least one source: " + value);
    }
  }

  /** How many distinct articles told it. */
  public long articleCount() {
    return sources.stream().map(Source::articleId).distinct().count();
  }
}
