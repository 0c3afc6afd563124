package dev.entente.parse.internal.pipeline;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A value per token for the few tokens that have one: kept in pages of {@value #PAGE} tokens, each
 * taken when a value is first set in it (a page of the thread's last article where there is one, see
 * {@link #newArticle}). A 10 MiB text has up to ten million tokens, and a table of
 * all of them took 40 MB per kind of value even where only a few tokens (those a list's phrase or an
 * office starts at) ever had one. Per article and confined to one thread.
 *
 * @param <T> the value type
 */
public final class TokenPages<T> {

  private static final int PAGE = 1024;

  /**
   * The most arrays a thread keeps to hand out again, and their most slots (at most 1 MB of
   * references): a news article's tables take a few each; arrays past these are made new.
   */
  private static final int MAX_POOLED = 64;
  private static final int MAX_POOLED_SLOTS = 4 * PAGE;

  /**
   * Each thread's pages, handed out again in its next article ({@link #newArticle}): a page written
   * in the last article is likely in the CPU's caches, where a new one is memory never touched, and
   * an article's first writes to new memory cost more than the tables' look-ups.
   */
  private static final ThreadLocal<Pool> POOL = new ThreadLocal<>() {
    @Override
    protected Pool initialValue() {
      return new Pool();
    }
  };

  /**
   * A thread's arrays and how many of them the article being read has taken. Of each array only slots
   * {@code [from, to)} may hold a value, every other slot is null: a table that sets a few of its
   * slots (a memo of the tokens a lexicon was asked about) costs the next article the clearing of
   * those, not of the whole array.
   */
  private static final class Pool {
    final Object[][] pages = new Object[MAX_POOLED][];
    final int[] from = new int[MAX_POOLED];
    final int[] to = new int[MAX_POOLED];
    int taken;

    /** The pool index of an array of at least {@code size} slots, all of them null; -1 where none is left. */
    int take(int size) {
      if (taken == MAX_POOLED || size > MAX_POOLED_SLOTS) {
        return -1;
      }
      int k = taken;
      Object[] page = pages[k];
      if (page == null || page.length < size) {
        pages[k] = new Object[Math.max(size, PAGE)];
      } else if (from[k] < to[k]) {
        Arrays.fill(page, from[k], to[k], null);
      }
      from[k] = 0;
      to[k] = 0;
      taken++;
      return k;
    }

    /** Notes that slot {@code j} of array {@code k} may hold a value. */
    void wrote(int k, int j) {
      if (from[k] == to[k]) {
        from[k] = j;
        to[k] = j + 1;
      } else if (j < from[k]) {
        from[k] = j;
      } else if (j >= to[k]) {
        to[k] = j + 1;
      }
    }
  }

  /**
   * Starts a new article on this thread: the pages the tables of the thread's last article took are
   * handed out again. Call it only where no table of an earlier article is read any more (the parser
   * calls it before each article); without it, every page is a new one.
   */
  public static void newArticle() {
    POOL.get().taken = 0;
  }

  private final @Nullable Object[][] pages;
  /** Each page's index in the thread's pool, or -1 for a page of its own. */
  private final int[] pooled;
  private @Nullable Pool pool;
  private final int tokens;

  /**
   * No values yet, for an article of {@code tokens} tokens.
   *
   * @param tokens the number of tokens
   */
  public TokenPages(int tokens) {
    this.tokens = tokens;
    this.pages = new Object[(tokens + PAGE - 1) / PAGE][];
    this.pooled = new int[pages.length];
  }

  /**
   * The value of token {@code i}.
   *
   * @param i a token index (any int)
   * @return the value set last, or null when none was set or {@code i} is not a token's index
   */
  @SuppressWarnings("unchecked")
  public @Nullable T get(int i) {
    if (i < 0 || i >= tokens) {
      return null;
    }
    Object[] page = pages[i / PAGE];
    return page == null ? null : (T) page[i % PAGE];
  }

  /**
   * Sets the value of token {@code i}.
   *
   * @param i a token index, in {@code [0, tokens)}
   * @param value the value, or null to clear it
   * @throws IndexOutOfBoundsException if {@code i} is not a token's index
   */
  public void set(int i, @Nullable T value) {
    if (i < 0 || i >= tokens) {
      throw new IndexOutOfBoundsException("token " + i + " of " + tokens);
    }
    int p = i / PAGE;
    Object[] page = pages[p];
    if (page == null) {
      if (value == null) {
        return;
      }
      if (pool == null) {
        pool = POOL.get();
      }
      // the last page holds only the tokens left: a news-sized article's one page is its own size
      int size = Math.min(PAGE, tokens - p * PAGE);
      int k = pool.take(size);
      page = k < 0 ? new Object[size] : pool.pages[k];
      pages[p] = page;
      pooled[p] = k;
    }
    page[i % PAGE] = value;
    if (pooled[p] >= 0) {
      pool.wrote(pooled[p], i % PAGE);
    }
  }

  /**
   * An array of at least {@code size} slots whose first {@code size} are empty, for a table of this
   * thread's article that reads no slot past them ({@link MentionIndex}'s per-token tables, these
   * pages): one of the thread's pool while it has one left for this article and {@code size} is at
   * most {@link #MAX_POOLED_SLOTS}, else a new one of {@code size} slots.
   */
  static Object[] slots(int size) {
    Pool pool = POOL.get();
    int k = pool.take(size);
    if (k < 0) {
      return new Object[size];
    }
    pool.from[k] = 0;
    pool.to[k] = size; // written by its caller anywhere below size
    return pool.pages[k];
  }

  /**
   * The last token before {@code i} that has a value, passing pages with none in one step.
   *
   * @param i a token index (any int)
   * @return the token's index, or -1 when no token before {@code i} has a value
   */
  public int lastBefore(int i) {
    int k = Math.min(i, tokens) - 1;
    while (k >= 0) {
      Object[] page = pages[k / PAGE];
      if (page == null) {
        k = k / PAGE * PAGE - 1;
      } else if (page[k % PAGE] != null) {
        return k;
      } else {
        k--;
      }
    }
    return -1;
  }
}
