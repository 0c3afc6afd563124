package dev.entente.parse.internal.pipeline;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * Per-token arrays of an article (a flag, a number or a mention per token), handed out again in the
 * thread's next article ({@link #newArticle}) instead of made new: an array written in the last
 * article is likely in the CPU's caches, where a new one is memory never touched, and the stages
 * take several such arrays per article. Each array handed out has at least the asked size, and its
 * first {@code size} slots are zero, false or null; the slots past them may hold anything, so a user
 * reads and writes only below the size it asked for (never by the array's length).
 *
 * <p>An array belongs to the article it was taken in: call {@link #newArticle} only where no array
 * of an earlier article is read any more (the parser calls it before each article). Without it,
 * each thread's pool is soon taken and every further array is a new one. Confined to one thread.
 */
public final class TokenArrays {

  /** The most arrays of each kind a thread keeps: an article takes a few of each. */
  private static final int MAX_POOLED = 8;
  /** Arrays longer than this (texts far longer than news) are made new and not kept. */
  private static final int MAX_POOLED_LENGTH = 1 << 16;
  /** The least length of a kept array, so that a news article's arrays fit the next one's. */
  private static final int MIN_POOLED_LENGTH = 2048;

  private static final ThreadLocal<TokenArrays> POOL = ThreadLocal.withInitial(TokenArrays::new);

  /**
   * The kept arrays of one kind and how many of them the article being read has taken.
   *
   * @param <A> the array type
   */
  private static final class Kind<A> {
    private final Object[] arrays = new Object[MAX_POOLED];
    private final ObjIntConsumer<A> clear;
    private int taken;

    Kind(ObjIntConsumer<A> clear) {
      this.clear = clear;
    }

    /** An array of {@code type}, at least {@code size} slots, the first {@code size} of them empty. */
    @SuppressWarnings("unchecked")
    A take(Class<?> type, int size) {
      int k = taken;
      if (k == MAX_POOLED || size > MAX_POOLED_LENGTH) {
        return (A) Array.newInstance(type.getComponentType(), size);
      }
      taken++;
      Object a = arrays[k];
      if (a == null || a.getClass() != type || Array.getLength(a) < size) {
        a = Array.newInstance(type.getComponentType(), Math.max(size, MIN_POOLED_LENGTH));
        arrays[k] = a;
        return (A) a;
      }
      clear.accept((A) a, size);
      return (A) a;
    }
  }

  private final Kind<int[]> ints = new Kind<>((a, n) -> Arrays.fill(a, 0, n, 0));
  private final Kind<boolean[]> flags = new Kind<>((a, n) -> Arrays.fill(a, 0, n, false));
  private final Kind<byte[]> bytes = new Kind<>((a, n) -> Arrays.fill(a, 0, n, (byte) 0));
  /** Arrays of mentions; the k-th taken in an article is of the same type in the next one, else it is made anew. */
  private final Kind<Object[]> refs = new Kind<>((a, n) -> Arrays.fill(a, 0, n, null));

  private TokenArrays() {}

  /**
   * Starts a new article on this thread: the arrays its last article took are handed out again.
   */
  public static void newArticle() {
    TokenArrays pool = POOL.get();
    pool.ints.taken = 0;
    pool.flags.taken = 0;
    pool.bytes.taken = 0;
    pool.refs.taken = 0;
  }

  /**
   * An int array whose first {@code size} slots are 0.
   *
   * @param size the number of slots used (the article's tokens)
   * @return an array of at least {@code size} slots
   */
  public static int[] ints(int size) {
    return POOL.get().ints.take(int[].class, size);
  }

  /**
   * A boolean array whose first {@code size} slots are false.
   *
   * @param size the number of slots used (the article's tokens)
   * @return an array of at least {@code size} slots
   */
  public static boolean[] flags(int size) {
    return POOL.get().flags.take(boolean[].class, size);
  }

  /**
   * A byte array whose first {@code size} slots are 0.
   *
   * @param size the number of slots used (the article's tokens)
   * @return an array of at least {@code size} slots
   */
  public static byte[] bytes(int size) {
    return POOL.get().bytes.take(byte[].class, size);
  }

  /**
   * An array of {@code type} whose first {@code size} slots are null.
   *
   * @param type the array's component type
   * @param size the number of slots used (the article's tokens)
   * @param <T> the component type
   * @return an array of at least {@code size} slots
   */
  @SuppressWarnings("unchecked")
  public static <T> T[] refs(Class<T> type, int size) {
    return (T[]) POOL.get().refs.take(type.arrayType(), size);
  }
}
