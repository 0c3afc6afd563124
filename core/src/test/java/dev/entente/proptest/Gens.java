package dev.entente.proptest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Factories of the basic generators and their combinators. Numbers shrink toward zero (or the
 * range end nearest to it), lists toward fewer and smaller elements, strings toward shorter strings
 * of earlier alphabet characters, choices toward the first alternative.
 *
 * <pre>{@code
 * Gen<String> words = Gens.strings("abcxyz", 1, 8);
 * Gen<List<String>> sentences = words.list(0, 12);
 * Gen<Pair<Integer, String>> pairs = Gens.pair(Gens.ints(-5, 5), Gens.strings());
 * }</pre>
 */
public final class Gens {
  private Gens() {}

  /** Two values generated together; shrinks each in turn. */
  public record Pair<A extends @Nullable Object, B extends @Nullable Object>(A first, B second) {}

  /** Three values generated together; shrinks each in turn. */
  public record Triple<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object>(
      A first, B second, C third) {}

  /** A function of three arguments, for {@link #zip(Gen, Gen, Gen, Fn3)}. */
  @FunctionalInterface
  public interface Fn3<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, R extends @Nullable Object> {
    R apply(A a, B b, C c);
  }

  /** A function of four arguments, for {@link #zip(Gen, Gen, Gen, Gen, Fn4)}. */
  @FunctionalInterface
  public interface Fn4<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, R extends @Nullable Object> {
    R apply(A a, B b, C c, D d);
  }

  /** A generator and its relative weight, for {@link #frequency}. */
  public record Weighted<T extends @Nullable Object>(int weight, Gen<? extends T> gen) {
    public Weighted {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must be >= 0: " + weight);
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  // ---- constants and choices ----

  /** Always {@code value}. */
  public static <T extends @Nullable Object> Gen<T> constant(T value) {
    Shrinkable<T> tree = Shrinkable.of(value);
    return (random, size) -> tree;
  }

  /** True or false; shrinks to false. */
  public static Gen<Boolean> booleans() {
    return elements(false, true);
  }

  /** One of {@code values}, uniformly; shrinks toward the first. */
  @SafeVarargs
  public static <T extends @Nullable Object> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of {@code values}, uniformly; shrinks toward the first. */
  public static <T extends @Nullable Object> Gen<T> elements(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    List<T> copy = new ArrayList<>(values);
    return ints(0, copy.size() - 1).map(copy::get);
  }

  /** One of the given enum's constants; shrinks toward the first declared. */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return elements(type.getEnumConstants());
  }

  /** A value from one of {@code gens}, chosen uniformly; shrinks toward earlier generators. */
  @SafeVarargs
  public static <T extends @Nullable Object> Gen<T> oneOf(Gen<? extends T>... gens) {
    return frequency(Arrays.stream(gens).<Weighted<? extends T>>map(g -> new Weighted<T>(1, g)).toList());
  }

  /**
   * A value from one of the generators, chosen with probability proportional to its weight;
   * shrinks toward earlier generators.
   */
  @SafeVarargs
  public static <T extends @Nullable Object> Gen<T> frequency(Weighted<? extends T>... choices) {
    return frequency(List.of(choices));
  }

  private static <T extends @Nullable Object> Gen<T> frequency(List<Weighted<? extends T>> list) {
    int total = list.stream().mapToInt(Weighted::weight).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("frequency needs a positive total weight");
    }
    Gen<Weighted<? extends T>> chooser = (random, size) -> {
      int pick = random.nextInt(total);
      int index = 0;
      while (pick >= list.get(index).weight()) {
        pick -= list.get(index).weight();
        index++;
      }
      int chosen = index;
      return Shrinkable.unfold(chosen, i -> IntStream.range(0, i).filter(j -> list.get(j).weight() > 0).boxed())
          .map(list::get);
    };
    return chooser.flatMap(w -> narrow(w.gen()));
  }

  /** Shorthand for {@code new Weighted<>(weight, gen)}. */
  public static <T extends @Nullable Object> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** The values of {@code gen} or, one time in five, null; shrinks toward null first. */
  public static <T extends @Nullable Object> Gen<@Nullable T> nullable(Gen<T> gen) {
    return (random, size) -> {
      if (random.nextInt(5) == 0) {
        return Shrinkable.of(null);
      }
      return withNull(gen.generate(random, size));
    };
  }

  private static <T extends @Nullable Object> Shrinkable<@Nullable T> withNull(Shrinkable<T> tree) {
    return Shrinkable.of(tree.value(), () -> Stream.concat(
        Stream.of(Shrinkable.<@Nullable T>of(null)), tree.shrinks()));
  }

  @SuppressWarnings("unchecked")
  private static <T extends @Nullable Object> Gen<T> narrow(Gen<? extends T> gen) {
    return (Gen<T>) gen;
  }

  // ---- numbers ----

  /** Ints in {@code [min, max]}: edge values, small values and uniform ones; shrinks toward zero. */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /** Any int. */
  public static Gen<Integer> ints() {
    return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Longs in {@code [min, max]}: edge values, small values and uniform ones; shrinks toward zero. */
  public static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("longs: min " + min + " > max " + max);
    }
    long origin = Math.max(min, Math.min(max, 0L));
    return (random, size) -> {
      long v;
      int mode = random.nextInt(8);
      if (mode == 0) {
        long[] edges = {min, max, origin, saturatedAdd(origin, 1, min, max), saturatedAdd(origin, -1, min, max)};
        v = edges[random.nextInt(edges.length)];
      } else if (mode <= 3) {
        v = saturatedAdd(origin, random.nextLong(-size, size + 1L), min, max);
      } else {
        v = uniform(random, min, max);
      }
      return Shrinkable.unfold(v, x -> towards(x, origin));
    };
  }

  /** Any long. */
  public static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Decimals in {@code [min, max]} with 0 to {@code maxScale} fractional digits (scaled values must
   * fit a long); shrinks toward fewer digits and toward zero.
   */
  public static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int maxScale) {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("decimals: min " + min + " > max " + max);
    }
    if (maxScale < 0) {
      throw new IllegalArgumentException("decimals: maxScale must be >= 0: " + maxScale);
    }
    return ints(0, maxScale).flatMap(scale -> {
      long lo = min.movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
      long hi = max.movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
      return longs(lo, hi).map(unscaled -> BigDecimal.valueOf(unscaled, scale));
    });
  }

  private static long uniform(SplittableRandom random, long min, long max) {
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }

  private static long saturatedAdd(long a, long b, long min, long max) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      r = b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return Math.max(min, Math.min(max, r));
  }

  /** The origin, then values ever closer to {@code x}: a binary search toward the origin. */
  private static Stream<Long> towards(long x, long origin) {
    if (x == origin) {
      return Stream.empty();
    }
    // x and origin lie on the same side of zero or origin is zero, so the difference cannot overflow.
    long diff = x - origin;
    return Stream.concat(Stream.of(origin),
        Stream.iterate(diff / 2, d -> d != 0, d -> d / 2).map(d -> x - d).filter(v -> v != origin));
  }

  // ---- collections ----

  /**
   * Lists of {@code min} to {@code max} elements (at most {@code max(min, size)}); shrinks by
   * removing runs of elements (halves first, single elements last), then by shrinking elements.
   */
  public static <T extends @Nullable Object> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("listOf: want 0 <= min <= max, got " + min + ", " + max);
    }
    return (random, size) -> {
      int cap = Math.max(min, Math.min(max, size));
      int n = random.nextInt(min, cap + 1);
      List<Shrinkable<T>> trees = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        trees.add(element.generate(random, size));
      }
      return listTree(trees, min);
    };
  }

  private static <T extends @Nullable Object> Shrinkable<List<T>> listTree(List<Shrinkable<T>> trees, int min) {
    List<T> value = new ArrayList<>(trees.size());
    for (Shrinkable<T> t : trees) {
      value.add(t.value());
    }
    return Shrinkable.of(java.util.Collections.unmodifiableList(value),
        () -> Stream.concat(removals(trees, min), elementShrinks(trees)).map(ts -> listTree(ts, min)));
  }

  private static <T extends @Nullable Object> Stream<List<Shrinkable<T>>> removals(List<Shrinkable<T>> trees, int min) {
    int n = trees.size();
    return Stream.iterate(n - min, k -> k > 0, k -> k / 2)
        .flatMap(k -> IntStream.rangeClosed(0, (n - k) / k).map(i -> i * k).filter(from -> from + k <= n)
            .mapToObj(from -> {
              List<Shrinkable<T>> rest = new ArrayList<>(trees.subList(0, from));
              rest.addAll(trees.subList(from + k, n));
              return rest;
            }));
  }

  private static <T extends @Nullable Object> Stream<List<Shrinkable<T>>> elementShrinks(List<Shrinkable<T>> trees) {
    return IntStream.range(0, trees.size()).boxed().flatMap(i -> trees.get(i).shrinks().map(s -> {
      List<Shrinkable<T>> copy = new ArrayList<>(trees);
      copy.set(i, s);
      return copy;
    }));
  }

  // ---- strings ----

  /** One code point of {@code [from, to]} as a string; shrinks toward {@code from}. */
  public static Gen<String> codePoints(int from, int to) {
    return (random, size) -> {
      long v = random.nextInt(from, to + 1);
      return Shrinkable.unfold(v, x -> towards(x, from)).map(cp -> Character.toString(cp.intValue()));
    };
  }

  /** One lone UTF-16 surrogate (high or low) as a one-char string: not valid Unicode on its own. */
  public static Gen<String> loneSurrogates() {
    return ints(Character.MIN_SURROGATE, Character.MAX_SURROGATE).map(c -> String.valueOf((char) c.intValue()));
  }

  /** One of the code points of {@code alphabet}; shrinks toward its first. */
  public static Gen<String> charsOf(String alphabet) {
    return elements(alphabet.codePoints().mapToObj(Character::toString).toList());
  }

  /**
   * Any single character as a string: mostly ASCII, then Latin and other BMP letters, whitespace and
   * controls, supplementary code points (emoji, CJK extensions) and lone surrogates.
   */
  public static Gen<String> anyChar() {
    return frequency(
        weighted(8, codePoints('a', 'z')),
        weighted(6, codePoints(' ', '~')),
        weighted(3, charsOf(" \t\n\r\u00a0\u2009\u200b\u2028\u000b\f")),
        weighted(3, codePoints(0x00a0, 0x024f)),
        weighted(3, codePoints(0x0250, 0xd7ff)),
        weighted(1, codePoints(0xe000, 0xfffd)),
        weighted(1, codePoints(0, 0x1f)),
        weighted(2, codePoints(0x10000, Character.MAX_CODE_POINT)),
        weighted(2, loneSurrogates()));
  }

  /** Strings joined from {@code min} to {@code max} pieces of {@code pieces} (each typically one character). */
  public static Gen<String> strings(Gen<String> pieces, int min, int max) {
    return listOf(pieces, min, max).map(parts -> String.join("", parts));
  }

  /** Strings of {@code min} to {@code max} code points from {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int min, int max) {
    return strings(charsOf(alphabet), min, max);
  }

  /** Arbitrary strings (see {@link #anyChar()}), including invalid UTF-16, of up to 100 characters. */
  public static Gen<String> strings() {
    return strings(anyChar(), 0, 100);
  }

  /** Printable ASCII strings of {@code min} to {@code max} characters. */
  public static Gen<String> asciiStrings(int min, int max) {
    return strings(codePoints(' ', '~'), min, max);
  }

  // ---- tuples ----

  /** Pairs of values; shrinks the first, then the second. */
  public static <A extends @Nullable Object, B extends @Nullable Object> Gen<Pair<A, B>> pair(Gen<A> a, Gen<B> b) {
    return zip(a, b, Pair::new);
  }

  /** Triples of values; shrinks each in turn. */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object> Gen<Triple<A, B, C>> triple(
      Gen<A> a, Gen<B> b, Gen<C> c) {
    return zip(a, b, c, Triple::new);
  }

  /** Values of {@code f} over independent values of {@code a} and {@code b}; shrinks each in turn. */
  public static <A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object> Gen<R> zip(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return (random, size) -> zipTree(a.generate(random, size), b.generate(random, size)).map(p -> f.apply(p.first(), p.second()));
  }

  /** Values of {@code f} over three independent values; shrinks each in turn. */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, R extends @Nullable Object> Gen<R> zip(
      Gen<A> a, Gen<B> b, Gen<C> c, Fn3<? super A, ? super B, ? super C, ? extends R> f) {
    return zip(pair(a, b), c, (ab, cv) -> f.apply(ab.first(), ab.second(), cv));
  }

  /** Values of {@code f} over four independent values; shrinks each in turn. */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, R extends @Nullable Object> Gen<R> zip(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Fn4<? super A, ? super B, ? super C, ? super D, ? extends R> f) {
    return zip(pair(a, b), pair(c, d), (ab, cd) -> f.apply(ab.first(), ab.second(), cd.first(), cd.second()));
  }

  private static <A extends @Nullable Object, B extends @Nullable Object> Shrinkable<Pair<A, B>> zipTree(Shrinkable<A> a, Shrinkable<B> b) {
    return Shrinkable.of(new Pair<>(a.value(), b.value()), () -> Stream.concat(
        a.shrinks().map(s -> zipTree(s, b)), b.shrinks().map(s -> zipTree(a, s))));
  }
}
