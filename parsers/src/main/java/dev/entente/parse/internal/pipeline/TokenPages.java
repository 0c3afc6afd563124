package dev.entente.parse.internal.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * A value per token for the few tokens that have one: kept in pages of {@value #PAGE} tokens, each
 * made when a value is first set in it. A 10 MiB text has up to ten million tokens, and a table of
 * all of them took 40 MB per kind of value even where only a few tokens (those a list's phrase or an
 * office starts at) ever had one. Per article and confined to one thread.
 *
 * @param <T> the value type
 */
public final class TokenPages<T> {

  private static final int PAGE = 1024;

  private final @Nullable Object[][] pages;
  private final int tokens;

  /**
   * No values yet, for an article of {@code tokens} tokens.
   *
   * @param tokens the number of tokens
   */
  public TokenPages(int tokens) {
    this.tokens = tokens;
    this.pages = new Object[(tokens + PAGE - 1) / PAGE][];
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
    Object[] page = pages[i / PAGE];
    if (page == null) {
      if (value == null) {
        return;
      }
      // the last page holds only the tokens left: a news-sized article's one page is its own size
      page = new Object[Math.min(PAGE, tokens - i / PAGE * PAGE)];
      pages[i / PAGE] = page;
    }
    page[i % PAGE] = value;
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
