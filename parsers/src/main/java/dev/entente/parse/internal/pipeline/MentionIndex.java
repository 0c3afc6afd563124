package dev.entente.parse.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One kind of mention of an article looked up by token: which mention covers token i, and which
 * start in a range of tokens. Its memory is that of the mentions, not of the tokens: a 10 MiB text
 * holds up to ten million tokens and few mentions, and a table per token and kind of mention took
 * 40 MB each. Mentions in text order that do not overlap (what the tagging stages give) are found by
 * binary search, with a cursor that makes a scan in text order cost one step a token; any other
 * list falls back to a table per token, with the earlier or the later of two overlapping mentions
 * winning as asked, so the answers are the same either way.
 *
 * <p>Per article and confined to one thread (the cursor moves on each look-up).
 *
 * @param <T> the mention type
 */
public final class MentionIndex<T> {

  /** Which of two mentions over the same token a per-token table keeps. */
  public enum Overlap {
    /** The one earlier in the list. */
    EARLIER,
    /** The one later in the list. */
    LATER
  }

  private final List<T> refs;
  private final ToIntFunction<T> first;
  private final ToIntFunction<T> end;
  private final int tokens;
  /** The per-token table of a list that is not in order or overlaps; null for a sorted one. */
  private final @Nullable Object @Nullable [] table;
  /** The index in {@link #refs} of the last mention found, where a scan in text order looks first. */
  private int cursor;

  private MentionIndex(List<T> refs, ToIntFunction<T> first, ToIntFunction<T> end, int tokens,
      @Nullable Object @Nullable [] table) {
    this.refs = refs;
    this.first = first;
    this.end = end;
    this.tokens = tokens;
    this.table = table;
  }

  /**
   * The index of {@code refs} over an article of {@code tokens} tokens. The list is read, not copied:
   * it must not change while the index is in use.
   *
   * @param refs the mentions, each over tokens {@code [first, end)}
   * @param first a mention's first token
   * @param end a mention's end token (exclusive)
   * @param tokens the number of tokens of the article; tokens outside {@code [0, tokens)} have no mention
   * @param overlap which mention a token keeps when two cover it
   * @param <T> the mention type
   * @return the index
   */
  public static <T> MentionIndex<T> of(List<T> refs, ToIntFunction<T> first, ToIntFunction<T> end, int tokens,
      Overlap overlap) {
    return of(refs, first, end, tokens, overlap, DENSE_BELOW);
  }

  /**
   * As {@link #of(List, ToIntFunction, ToIntFunction, int, Overlap)}, reading {@code table} where it
   * fits: a per-token table of the same mentions already built for the article ({@link
   * Document#countryAt}, {@link Document#dateAt}) is taken as it is when the mentions are in text
   * order and none overlaps, since then every token has at most one mention and either rule of
   * overlap gives that table; otherwise the index is made as the other method makes it.
   *
   * @param refs the mentions, each over tokens {@code [first, end)}
   * @param first a mention's first token
   * @param end a mention's end token (exclusive)
   * @param tokens the number of tokens of the article
   * @param overlap which mention a token keeps when two cover it
   * @param table each token's mention of {@code refs} (read, never written), or null
   * @param <T> the mention type
   * @return the index
   */
  public static <T> MentionIndex<T> of(List<T> refs, ToIntFunction<T> first, ToIntFunction<T> end, int tokens,
      Overlap overlap, @Nullable Object @Nullable [] table) {
    if (table != null && !refs.isEmpty() && table.length >= tokens && tokens < DENSE_BELOW
        && sortedAndDisjoint(refs, first, end, tokens)) {
      return new MentionIndex<>(refs, first, end, tokens, table);
    }
    return of(refs, first, end, tokens, overlap);
  }

  /**
   * Articles of fewer tokens than this (news is a few thousand) get a table per token whatever their
   * mentions: an array read is the fastest look-up, and its memory, 8 bytes a token, only matters
   * for texts far longer than news.
   */
  static final int DENSE_BELOW = 1 << 16;

  /** As {@link #of(List, ToIntFunction, ToIntFunction, int, Overlap)}, a table per token below {@code denseBelow} tokens. */
  static <T> MentionIndex<T> of(List<T> refs, ToIntFunction<T> first, ToIntFunction<T> end, int tokens,
      Overlap overlap, int denseBelow) {
    // no mentions of the kind (often money, percentages): nothing to look up, no table
    if ((refs.isEmpty() || tokens >= denseBelow) && sortedAndDisjoint(refs, first, end, tokens)) {
      return new MentionIndex<>(refs, first, end, tokens, null);
    }
    Object[] table = TokenPages.slots(tokens); // no slot past the tokens is read
    for (T r : refs) {
      for (int i = Math.max(0, first.applyAsInt(r)); i < Math.min(end.applyAsInt(r), tokens); i++) {
        if (overlap == Overlap.LATER || table[i] == null) {
          table[i] = r;
        }
      }
    }
    return new MentionIndex<>(refs, first, end, tokens, table);
  }

  private static <T> boolean sortedAndDisjoint(List<T> refs, ToIntFunction<T> first, ToIntFunction<T> end,
      int tokens) {
    int previousEnd = 0;
    for (T r : refs) {
      int f = first.applyAsInt(r);
      int e = end.applyAsInt(r);
      if (f < previousEnd || e <= f || e > tokens) {
        return false;
      }
      previousEnd = e;
    }
    return true;
  }

  /**
   * The mention that covers token {@code i}, or null.
   *
   * @param i a token index (any int)
   * @return the mention, or null when none covers it
   */
  @SuppressWarnings("unchecked")
  public @Nullable T at(int i) {
    if (i < 0 || i >= tokens) {
      return null;
    }
    if (table != null) {
      return (T) table[i];
    }
    int n = refs.size();
    if (n == 0) {
      return null;
    }
    // a scan in text order asks about the token of the last mention found, or of the next
    int k = cursor;
    T r = refs.get(k);
    if (first.applyAsInt(r) <= i) {
      if (i < end.applyAsInt(r)) {
        return r;
      }
      if (k + 1 == n) {
        return null;
      }
      T next = refs.get(k + 1);
      if (i < first.applyAsInt(next)) {
        return null;
      }
      if (i < end.applyAsInt(next)) {
        cursor = k + 1;
        return next;
      }
    }
    k = lastStartingAtOrBefore(i);
    if (k < 0) {
      return null;
    }
    cursor = k;
    r = refs.get(k);
    return i < end.applyAsInt(r) ? r : null;
  }

  /**
   * The mentions that start in tokens {@code [from, to)}, in text order (for a list that overlaps:
   * those a token keeps that start at it).
   *
   * @param from the first token
   * @param to the end token (exclusive)
   * @return a new list
   */
  public List<T> startingIn(int from, int to) {
    List<T> out = new ArrayList<>();
    int lo = Math.max(0, from);
    int hi = Math.min(to, tokens);
    if (table != null) {
      for (int i = lo; i < hi; i++) {
        T r = at(i);
        if (r != null && first.applyAsInt(r) == i) {
          out.add(r);
        }
      }
      return out;
    }
    for (int k = lastStartingAtOrBefore(lo - 1) + 1; k < refs.size(); k++) {
      T r = refs.get(k);
      if (first.applyAsInt(r) >= hi) {
        break;
      }
      out.add(r);
    }
    return out;
  }

  /** The index of the last mention whose first token is at or before {@code i}, or -1 (sorted lists only). */
  private int lastStartingAtOrBefore(int i) {
    int lo = 0;
    int hi = refs.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (first.applyAsInt(refs.get(mid)) <= i) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
