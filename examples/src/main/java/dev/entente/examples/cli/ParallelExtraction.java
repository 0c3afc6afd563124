package dev.entente.examples.cli;

import dev.entente.io.Document;
import dev.entente.io.InputException;
import dev.entente.io.InputItem;
import dev.entente.model.ArticleExtraction;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a piece of work on every item of a stream on a pool of worker threads and hands the
 * outcomes on in the stream's order. One thread reads the items (files, lines, records) and
 * submits them; at most a window of items is read ahead of the one being handed on, so memory is
 * bounded by the window, not by the archive.
 */
final class ParallelExtraction {

  private ParallelExtraction() {}

  /** What became of one item: its document and extraction and their rendering, or why not. */
  record Outcome<R>(
      InputItem item,
      @Nullable Document document,
      @Nullable ArticleExtraction extraction,
      @Nullable R rendered,
      @Nullable String error) {

    static <R> Outcome<R> done(InputItem item, Document document, ArticleExtraction extraction, R rendered) {
      return new Outcome<>(item, document, extraction, rendered, null);
    }

    static <R> Outcome<R> failed(InputItem item, @Nullable Document document, String error) {
      return new Outcome<>(item, document, null, null, error);
    }

    boolean ok() {
      return error == null;
    }
  }

  /** Takes the outcomes in order; false stops the run (the output is gone). */
  @FunctionalInterface
  interface Sink<R> {
    boolean accept(Outcome<R> outcome);
  }

  /**
   * Runs {@code work} on every item on {@code threads} workers and gives {@code sink} the outcomes
   * in input order; returns when every item is handed on or the sink said stop. {@code work} must
   * not throw: its failures are outcomes.
   */
  static <R> void run(Iterator<InputItem> items, int threads, Function<InputItem, Outcome<R>> work, Sink<R> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons("entente-worker"));
    // Four items per worker in flight keep every worker busy while the slowest article is written.
    BlockingQueue<Future<Outcome<R>>> inFlight = new ArrayBlockingQueue<>(4 * threads);
    Future<Outcome<R>> end = CompletableFuture.completedFuture(null);
    Thread reader = daemons("entente-reader").newThread(() -> {
      try {
        while (items.hasNext()) {
          InputItem item = items.next();
          inFlight.put(pool.submit(() -> work.apply(item)));
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        // A reader's own failure ends the stream with one failed item, in its place.
        String cause = "reading stopped: " + InputException.oneLine(e);
        putQuietly(inFlight, CompletableFuture.completedFuture(Outcome.failed(InputItem.failed("input", 0, cause), null, cause)));
      }
      putQuietly(inFlight, end);
    });
    reader.start();
    try {
      while (true) {
        Future<Outcome<R>> next = inFlight.take();
        if (next == end) {
          break;
        }
        if (!sink.accept(Objects.requireNonNull(next.get()))) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside its item: " + InputException.oneLine(e.getCause()), e.getCause());
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private static <R> void putQuietly(BlockingQueue<Future<Outcome<R>>> queue, Future<Outcome<R>> f) {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
