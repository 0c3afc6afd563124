package dev.entente.proptest;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A generated value together with its lazily computed smaller candidates (a rose tree), so that
 * {@link Gen#map}, {@link Gen#filter} and {@link Gens#zip} keep shrinking without extra code.
 * Children are ordered from most to least aggressive; the runner takes the first that still fails.
 *
 * @param <T> the value's type
 */
public final class Shrinkable<T extends @Nullable Object> {
  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = shrinks;
  }

  /** A value that cannot shrink. */
  public static <T extends @Nullable Object> Shrinkable<T> of(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  /** A value whose smaller candidates are computed on demand by {@code shrinks}. */
  public static <T extends @Nullable Object> Shrinkable<T> of(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    return new Shrinkable<>(value, Objects.requireNonNull(shrinks, "shrinks"));
  }

  /** A tree built by applying {@code shrinker} to the value, then to each candidate, and so on. */
  public static <T extends @Nullable Object> Shrinkable<T> unfold(T value, Function<? super T, Stream<T>> shrinker) {
    return new Shrinkable<>(value, () -> shrinker.apply(value).map(v -> unfold(v, shrinker)));
  }

  /** The generated value. */
  public T value() {
    return value;
  }

  /** The smaller candidates, most aggressive first; a fresh stream on each call. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  /** The same tree with {@code f} applied to every value. */
  public <R extends @Nullable Object> Shrinkable<R> map(Function<? super T, ? extends R> f) {
    return new Shrinkable<>(f.apply(value), () -> shrinks().map(s -> s.map(f)));
  }

  /** The tree without the values (and their subtrees) that fail {@code keep}; null if the root fails. */
  public @Nullable Shrinkable<T> filter(Predicate<? super T> keep) {
    if (!keep.test(value)) {
      return null;
    }
    return new Shrinkable<>(value, () -> shrinks().map(s -> s.filter(keep)).filter(Objects::nonNull));
  }
}
