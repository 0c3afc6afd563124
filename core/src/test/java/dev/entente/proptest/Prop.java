package dev.entente.proptest;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: a body that must hold (not throw) for every generated value. A run makes
 * {@code tries} values (by default 300, or {@code -Dentente.tries=N} for a deeper or quicker run;
 * an explicit count wins) from one seed ({@code -Dentente.seed=S} replays a run; empty values count
 * as unset). When the body throws, the value is shrunk greedily to a smaller one that still fails,
 * and an {@link AssertionError} reports the property, the seed, the try, the original and the
 * shrunk value, with the shrunk value's failure as its cause.
 *
 * <pre>{@code
 * @Test
 * void spansRoundTrip() {
 *   Prop.check("span survives JSON", ModelGens.spans(), span ->
 *       assertEquals(span, EntenteJson.mapper().readValue(EntenteJson.mapper().writeValueAsString(span), Span.class)));
 * }
 * }</pre>
 */
public final class Prop {
  /** Tries per property when neither the caller nor {@code -Dentente.tries} says otherwise. */
  public static final int DEFAULT_TRIES = 300;

  private static final int MAX_SIZE = 100;
  private static final int MAX_SHRINK_RUNS = 5000;
  private static final int MAX_SHOWN = 2000;

  private Prop() {}

  /** The body of a property: returns normally when the property holds for {@code value}. */
  @FunctionalInterface
  public interface Body<T extends @Nullable Object> {
    void accept(T value) throws Throwable;
  }

  /** Checks {@code body} on {@link #DEFAULT_TRIES} values (or {@code -Dentente.tries}) of {@code gen}. */
  public static <T extends @Nullable Object> void check(String name, Gen<T> gen, Body<? super T> body) {
    forAll(gen).check(name, body);
  }

  /** Checks {@code body} on {@code tries} values of {@code gen}. */
  public static <T extends @Nullable Object> void check(String name, Gen<T> gen, int tries, Body<? super T> body) {
    forAll(gen).tries(tries).check(name, body);
  }

  /** A configurable run over {@code gen}'s values: {@code Prop.forAll(gen).tries(50).check(name, body)}. */
  public static <T extends @Nullable Object> Runner<T> forAll(Gen<T> gen) {
    return new Runner<>(gen);
  }

  /** Skips the current value when {@code condition} is false (it then neither passes nor fails). */
  public static void assume(boolean condition) {
    if (!condition) {
      throw Discard.INSTANCE;
    }
  }

  /** The seed from {@code -Dentente.seed}, or null when unset or empty. */
  static @Nullable Long seedProperty() {
    String s = System.getProperty("entente.seed");
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("entente.seed must be a long: \"" + s + "\"", e);
    }
  }

  /** The tries from {@code -Dentente.tries}, or null when unset or empty. */
  static @Nullable Integer triesProperty() {
    String s = System.getProperty("entente.tries");
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 1) {
        throw new IllegalArgumentException("entente.tries must be >= 1: " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("entente.tries must be an int: \"" + s + "\"", e);
    }
  }

  /**
   * One property's run settings. An explicit {@link #seed(long)} wins over {@code -Dentente.seed},
   * and an explicit {@link #tries(int)} over {@code -Dentente.tries}.
   *
   * @param <T> the type of the generated values
   */
  public static final class Runner<T extends @Nullable Object> {
    private final Gen<T> gen;
    private @Nullable Integer tries;
    private @Nullable Long seed;

    private Runner(Gen<T> gen) {
      this.gen = gen;
    }

    /** Sets how many values to try. */
    public Runner<T> tries(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("tries must be >= 1: " + n);
      }
      this.tries = n;
      return this;
    }

    /** Fixes the seed (for tests of the harness itself; prefer {@code -Dentente.seed} to replay). */
    public Runner<T> seed(long s) {
      this.seed = s;
      return this;
    }

    /** Runs the property; throws an {@link AssertionError} describing the shrunk counterexample. */
    public void check(String name, Body<? super T> body) {
      Long fixed = seed != null ? seed : seedProperty();
      long runSeed = fixed != null ? fixed : ThreadLocalRandom.current().nextLong();
      Integer fromProperty = triesProperty();
      int n = tries != null ? tries : fromProperty != null ? fromProperty : DEFAULT_TRIES;
      SplittableRandom master = new SplittableRandom(runSeed);
      int discarded = 0;
      for (int t = 0; t < n; t++) {
        SplittableRandom random = master.split();
        int size = Math.min(MAX_SIZE, 1 + t);
        Shrinkable<T> tree;
        try {
          tree = gen.generate(random, size);
        } catch (RuntimeException e) {
          throw new AssertionError(header(name, t, n, runSeed) + "\ngenerator failed: " + e, e);
        }
        Throwable failure = run(body, tree.value());
        if (failure == Discard.INSTANCE) {
          discarded++;
          if (discarded > 10 * n) {
            throw new AssertionError(header(name, t, n, runSeed) + "\ntoo many values discarded by assume: " + discarded);
          }
          t--;
          continue;
        }
        if (failure != null) {
          throw shrinkAndReport(name, t, n, runSeed, tree, failure, body);
        }
      }
    }

    private AssertionError shrinkAndReport(
        String name, int t, int n, long runSeed, Shrinkable<T> original, Throwable failure, Body<? super T> body) {
      Shrinkable<T> current = original;
      Throwable currentFailure = failure;
      int steps = 0;
      int runs = 0;
      search:
      while (runs < MAX_SHRINK_RUNS) {
        Iterator<Shrinkable<T>> candidates = current.shrinks().iterator();
        while (candidates.hasNext() && runs < MAX_SHRINK_RUNS) {
          Shrinkable<T> candidate = candidates.next();
          runs++;
          Throwable f = run(body, candidate.value());
          if (f != null && f != Discard.INSTANCE) {
            current = candidate;
            currentFailure = f;
            steps++;
            continue search;
          }
        }
        break;
      }
      String message = header(name, t, n, runSeed)
          + "\noriginal: " + show(original.value())
          + "\nshrunk:   " + show(current.value()) + "  (" + steps + " shrink steps, " + runs + " runs"
          + (runs >= MAX_SHRINK_RUNS ? ", budget exhausted" : "") + ")"
          + "\nfailure:  " + currentFailure;
      AssertionError error = new AssertionError(message, currentFailure);
      if (currentFailure != failure) {
        error.addSuppressed(failure);
      }
      return error;
    }
  }

  private static String header(String name, int t, int n, long seed) {
    return "Property \"" + name + "\" failed on try " + (t + 1) + " of " + n + " with seed " + seed
        + " (replay: -Dentente.seed=" + seed + ")";
  }

  private static <T extends @Nullable Object> @Nullable Throwable run(Body<? super T> body, T value) {
    try {
      body.accept(value);
      return null;
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (VirtualMachineError) e;
      }
      return e;
    }
  }

  /** A readable form of a value: strings quoted, with controls and surrogates escaped. */
  static String show(@Nullable Object value) {
    StringBuilder sb = new StringBuilder();
    show(value, sb);
    return sb.length() > MAX_SHOWN ? sb.substring(0, MAX_SHOWN) + "... (" + sb.length() + " chars)" : sb.toString();
  }

  private static void show(@Nullable Object value, StringBuilder sb) {
    if (value instanceof CharSequence s) {
      sb.append('"');
      escape(s, true, sb);
      sb.append('"');
    } else if (value instanceof Collection<?> c) {
      sb.append('[');
      String sep = "";
      for (Object o : c) {
        sb.append(sep);
        show(o, sb);
        sep = ", ";
      }
      sb.append(']');
    } else if (value instanceof Map<?, ?> m) {
      sb.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(sep);
        show(e.getKey(), sb);
        sb.append('=');
        show(e.getValue(), sb);
        sep = ", ";
      }
      sb.append('}');
    } else if (value instanceof Gens.Pair<?, ?> p) {
      sb.append('(');
      show(p.first(), sb);
      sb.append(", ");
      show(p.second(), sb);
      sb.append(')');
    } else {
      // Records print their strings raw; escape what would garble a report.
      escape(String.valueOf(value), false, sb);
    }
  }

  private static void escape(CharSequence s, boolean quoted, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted && (c == '"' || c == '\\')) {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.isSpaceChar(c) && c != ' ') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
  }

  /** Thrown by {@link #assume(boolean)}; shared and stackless since it only signals. */
  private static final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Discard INSTANCE = new Discard();

    private Discard() {
      super("assumption not met", null, false, false);
    }
  }
}
