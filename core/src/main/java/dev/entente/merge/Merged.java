package dev.entente.merge;

import java.util.List;
import java.util.Objects;

/**
 * A fact told by one or more articles, with every article that told it. The value is the
 * reconciled fact (the most precise date and amount its sources agree on, the fullest spellings);
 * it carries no evidence of its own: spans belong to one article's text, so they live in the
 * {@link Source}s, each with the value as that article told it.
 *
 * @param <T> the kind of fact
 * @param key the fact's group key ({@link FactKeys}); facts in conflict share it
 * @param value the reconciled fact, its evidence list empty
 * @param sources every telling of it, ordered by article id, evidence and value
 */
public record Merged<T>(String key, T value, List<Source<T>> sources) {

  /**
   * Validates: a key, a value and at least one source.
   *
   * @param key the fact's group key
   * @param value the reconciled fact
   * @param sources every telling of it, one or more; copied
   * @throws IllegalArgumentException naming the value when there is no source
   */
  public Merged {
    Objects.requireNonNull(key, "Merged key must not be null");
    Objects.requireNonNull(value, "Merged value must not be null");
    sources = List.copyOf(Objects.requireNonNull(sources, "Merged sources must not be null"));
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("A merged value needs at least one source: " + value);
    }
  }

  /**
   * How many distinct articles told it.
   *
   * @return the number of distinct article ids among the sources, at least 1
   */
  public long articleCount() {
    return sources.stream().map(Source::articleId).distinct().count();
  }
}
