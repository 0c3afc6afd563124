package dev.entente.proptest;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of values with built-in shrinking. {@code size} (1 to 100, growing over a
 * run's tries) bounds how large collections and strings get; the same random state and size always
 * give the same value. Build generators from {@link Gens} and combine them with {@link #map},
 * {@link #filter}, {@link #flatMap}; shrinking follows through all of them.
 *
 * <pre>{@code
 * Gen<Span> spans = Gens.zip(Gens.ints(0, 1000), Gens.ints(1, 50), (s, n) -> Span.of(s, s + n));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T extends @Nullable Object> {

  /** Generates one value and its shrink tree. */
  Shrinkable<T> generate(SplittableRandom random, int size);

  /** Generates one value, without its shrink tree (for use inside other generators). */
  default T sample(SplittableRandom random, int size) {
    return generate(random, size).value();
  }

  /** A generator of {@code f} applied to this one's values; shrinks as this one does. */
  default <R extends @Nullable Object> Gen<R> map(Function<? super T, ? extends R> f) {
    return (random, size) -> generate(random, size).map(f);
  }

  /**
   * Only the values {@code keep} accepts, regenerating up to 1000 times; shrinking never leaves the
   * accepted values. Prefer generating valid values directly when most would be rejected.
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    return (random, size) -> {
      for (int attempt = 0; attempt < 1000; attempt++) {
        Shrinkable<T> tree = generate(random, size).filter(keep);
        if (tree != null) {
          return tree;
        }
      }
      throw new IllegalStateException("Gen.filter rejected 1000 values in a row; generate valid values directly");
    };
  }

  /**
   * A generator whose values come from a generator chosen by this one's value. Shrinking first
   * shrinks this value (regenerating the dependent one from the same random state), then the
   * dependent value.
   */
  default <R extends @Nullable Object> Gen<R> flatMap(Function<? super T, ? extends Gen<R>> f) {
    return (random, size) -> {
      Shrinkable<T> outer = generate(random, size);
      long seed = random.nextLong();
      Function<T, Shrinkable<R>> inner = v -> f.apply(v).generate(new SplittableRandom(seed), size);
      return bind(outer, inner.apply(outer.value()), inner);
    };
  }

  private static <T extends @Nullable Object, R extends @Nullable Object> Shrinkable<R> bind(
      Shrinkable<T> outer, Shrinkable<R> inner, Function<T, Shrinkable<R>> regenerate) {
    return Shrinkable.of(inner.value(), () -> Stream.concat(
        outer.shrinks().map(o -> bind(o, regenerate.apply(o.value()), regenerate)),
        inner.shrinks().map(i -> bind(outer, i, regenerate))));
  }

  /** Lists of this generator's values, of {@code min} to {@code max} elements (bounded by size). */
  default Gen<List<T>> list(int min, int max) {
    return Gens.listOf(this, min, max);
  }

  /** This generator's values or, one time in five, null; shrinks toward null. */
  default Gen<@Nullable T> orNull() {
    return Gens.nullable(this);
  }
}
