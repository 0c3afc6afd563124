package dev.entente.examples.cli;

import dev.entente.examples.cli.ParallelExtraction.Outcome;
import dev.entente.model.ArticleExtraction;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A run's progress and summary on standard error, and the error lines between them. On a terminal
 * one line redraws in place (articles done, of how many when known, MB/s, failures, ETA); else a
 * line every ten seconds; quiet, none. At the end, unless quiet, a summary: articles read, facts by
 * type, failures, time, MB/s.
 */
final class Progress {

  /** How progress is shown. */
  enum Mode {
    /** Nothing but error lines. */
    QUIET,
    /** One line that redraws in place, for a terminal. */
    REDRAW,
    /** A line now and then, for a log. */
    LINES
  }

  private final PrintStream err;
  private final Mode mode;
  private final Duration every;
  private final LongSupplier nanos;
  private final long known;
  private final long start;
  private @Nullable ScheduledExecutorService timer;
  private boolean drawn;
  private boolean finished;

  private long articles;
  private long failed;
  private long bytes;
  private final long[] facts = new long[6];

  Progress(PrintStream err, Mode mode, Duration every, LongSupplier nanos, long known) {
    this.err = err;
    this.mode = mode;
    this.every = every;
    this.nanos = nanos;
    this.known = known;
    this.start = nanos.getAsLong();
  }

  /** Starts showing progress (nothing when quiet). */
  void start() {
    if (mode == Mode.QUIET) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "entente-progress");
      t.setDaemon(true);
      return t;
    });
    long ms = every.toMillis();
    timer.scheduleAtFixedRate(this::show, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Counts one outcome; a failure's line is printed at once. */
  synchronized void record(Outcome<?> outcome) {
    bytes += outcome.item().size();
    ArticleExtraction x = outcome.extraction();
    if (!outcome.ok() || x == null) {
      failed++;
      return;
    }
    articles++;
    facts[0] += x.countries().size();
    facts[1] += x.leaders().size();
    facts[2] += x.agreements().size();
    facts[3] += x.tradeFigures().size();
    facts[4] += x.armsContracts().size();
    facts[5] += x.events().size();
  }

  /** Prints one error line, clearing a drawn progress line first. */
  synchronized void error(String line) {
    clear();
    err.println(line);
  }

  /** The progress line as it stands. */
  synchronized String line() {
    double seconds = seconds();
    long done = articles + failed;
    StringBuilder out = new StringBuilder("entente: ").append(done);
    if (known >= 0) {
      out.append(" of ").append(known);
    }
    // "1 item", "0 items", "1 of 6 items": the noun agrees with the total when one is known
    long count = known >= 0 ? known : done;
    out.append(count == 1 ? " item" : " items").append(", ").append(failed).append(" failed, ")
        .append(String.format(Locale.ROOT, "%.1f MB/s", mb(bytes) / Math.max(seconds, 1e-3)));
    if (known > 0 && done > 0 && done < known) {
      long eta = Math.round(seconds / done * (known - done));
      out.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    return out.toString();
  }

  /** Stops the timer and, unless quiet, prints the summary. */
  synchronized void finish() {
    finished = true;
    if (timer != null) {
      timer.shutdownNow();
    }
    if (mode == Mode.QUIET) {
      return;
    }
    clear();
    err.println(summary());
  }

  /** The summary: articles read, facts by type, failures, time, MB/s. */
  synchronized String summary() {
    double seconds = seconds();
    return String.format(Locale.ROOT,
        "entente: %d %s read, %d failed; facts: %d countries, %d leaders, %d agreements, %d trade figures,"
            + " %d arms contracts, %d events; %.1f s, %.1f MB/s",
        articles, articles == 1 ? "article" : "articles", failed, facts[0], facts[1], facts[2], facts[3], facts[4], facts[5],
        seconds, mb(bytes) / Math.max(seconds, 1e-3));
  }

  private synchronized void show() {
    // A tick that was waiting for the lock while finish() ran must not print after the summary.
    if (finished) {
      return;
    }
    if (mode == Mode.REDRAW) {
      err.print("\r" + line() + "\u001B[K");
      err.flush();
      drawn = true;
    } else {
      err.println(line());
    }
  }

  private void clear() {
    if (drawn) {
      err.print("\r\u001B[K");
      drawn = false;
    }
  }

  private double seconds() {
    return (nanos.getAsLong() - start) / 1e9;
  }

  private static double mb(long bytes) {
    return bytes / 1e6;
  }
}
