package dev.entente.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the ids of a run's articles unique: the first article with an id takes it, and a later one
 * with the same id is an error naming where the first came from, never a silent merge.
 */
public final class UniqueIds {

  private final Map<String, String> origins = new HashMap<>();

  /**
   * Takes {@code id} for the article from {@code origin}, or fails when an earlier one has it.
   *
   * @param id the article's id
   * @param origin where the article comes from, named in the message when the id is taken
   * @throws InputException naming both origins when an earlier article has the id
   */
  public void claim(String id, String origin) throws InputException {
    String first = origins.putIfAbsent(id, origin);
    if (first != null) {
      throw new InputException("id \"" + id + "\" repeated: the article from " + first + " already has it");
    }
  }

  /**
   * How many ids are taken.
   *
   * @return the number of ids claimed so far
   */
  public int size() {
    return origins.size();
  }
}
