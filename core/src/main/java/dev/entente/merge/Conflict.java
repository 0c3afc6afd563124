package dev.entente.merge;

import java.util.List;
import java.util.Objects;

/**
 * Reports that disagree about one fact: the same key ({@link FactKeys}) with values that cannot
 * all be true, such as one outlet's $4.2 billion and another's $4.9 billion for the same trade
 * figure. Each value keeps its own sources; nothing is resolved. Every value also appears in the
 * picture's list of its kind.
 *
 * @param kind the picture's list the values belong to: {@code "agreements"}, {@code
 *     "tradeFigures"} or {@code "armsContracts"}
 * @param key the key the values share
 * @param values the values that disagree, two or more, each with its sources
 */
public record Conflict(String kind, String key, List<Merged<?>> values) {

  /**
   * Validates: a kind, a key and at least two values.
   *
   * @param kind the picture's list the values belong to
   * @param key the key the values share
   * @param values the values that disagree, two or more; copied
   * @throws IllegalArgumentException naming the key when there are fewer than two values
   */
  public Conflict {
    Objects.requireNonNull(kind, "Conflict kind must not be null");
    Objects.requireNonNull(key, "Conflict key must not be null");
    values = List.copyOf(Objects.requireNonNull(values, "Conflict values must not be null"));
    if (values.size() < 2) {
      throw new IllegalArgumentException("A conflict needs two values or more: " + key);
    }
  }
}
