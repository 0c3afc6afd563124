package dev.entente.parse.internal.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One number for every key a stage's word list holds, shared by all lists and parsers of the JVM.
 * A list registers its keys when it is built ({@link #register}) and keeps its entries in an array
 * by number; an article's tokens are numbered once ({@link Ids#of}), so each stage reads a token's
 * entry from its array instead of hashing the token's key again ("the" looked up in the people's,
 * the events' and the facts' lists is one hash lookup, not three). A token whose key no list holds
 * has number -1.
 *
 * <p>Numbers are only ever added, never changed: a list registered later gets higher numbers, and
 * the numbers of an article stay right for the lists registered before it was numbered. {@link
 * Ids#current()} tells whether lists came after.
 */
public final class WordIds {

  /** The numbers at one moment: replaced whole when keys are added, so readers need no lock. */
  private static volatile Ids ids = new Ids(new HashMap<>());

  private WordIds() {}

  /** Gives each of {@code keys} a number, if it has none yet; returns the numbers now in use. */
  public static Ids register(Collection<String> keys) {
    synchronized (WordIds.class) {
      Ids now = ids;
      Map<String, Integer> added = null;
      for (String key : keys) {
        if (now.byKey.containsKey(key) || added != null && added.containsKey(key)) {
          continue;
        }
        if (added == null) {
          added = new HashMap<>(now.byKey);
        }
        added.put(key, added.size());
      }
      if (added != null) {
        now = new Ids(added);
        ids = now;
      }
      return now;
    }
  }

  /** The numbers now in use. */
  public static Ids now() {
    return ids;
  }

  /** The number of {@code key}, or -1 where no list holds it. */
  public static int of(String key) {
    return ids.of(key);
  }

  /** The numbers in use at one moment. */
  public static final class Ids {
    // a HashMap: most tokens are in no list, and it tells a miss by the hash alone
    private final Map<String, Integer> byKey;

    private Ids(Map<String, Integer> byKey) {
      this.byKey = byKey;
    }

    /** How many keys have a number: every number is below it. */
    public int size() {
      return byKey.size();
    }

    /** The number of {@code key}, or -1 where no list held it at this moment. */
    public int of(String key) {
      Integer id = byKey.get(key);
      return id == null ? -1 : id;
    }

    /** Each token's number, or -1 where no list holds its key. */
    public int[] of(List<Token> tokens) {
      int[] out = new int[tokens.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = of(tokens.get(i).key());
      }
      return out;
    }

    /** Whether these are the numbers now in use (no list has registered a new key since). */
    public boolean current() {
      return this == ids;
    }
  }
}
