package dev.entente.examples.bench;

import dev.entente.parse.ArticleParser;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Every {@link HostileText} at 1 MB and 10 MB against ordinary news of the same size, in one JVM:
 * the cost per char of each, its ratio to ordinary news (the target is 3 at most), and the heap one
 * article needs: the most in use after a collection while it is read (what the heap must hold), and
 * the sum of the heap pools' peaks (an upper bound, garbage included). JMH would fork a warmed JVM for each of the 70-odd pairs of
 * kind and size, an hour at these sizes; here one warm-up serves them all, and ordinary news is
 * timed before the others of its size (the ratios' base) and again after them (to show how far the
 * machine's load moved meanwhile). A kind whose article does not fit the heap says so. Times are the parsing thread's CPU time, which a machine
 * busy with other work stretches far less than the wall clock (the collector's own threads are left
 * out: compare the two collectors' runs for their share).
 *
 * <p>Run it once with each collector, with the heap a user would give one article (the README's
 * figure), so a run that ends is the proof that the heap suffices:
 *
 * <pre>{@code
 * java -Xmx1g -XX:+UseG1GC -cp examples/target/benchmarks.jar dev.entente.examples.bench.HostileSizes
 * java -Xmx1g -XX:+UseParallelGC -cp examples/target/benchmarks.jar dev.entente.examples.bench.HostileSizes
 * }</pre>
 *
 * <p>Arguments: the sizes in chars (default {@code 1000000,10485760}, the second the parser's limit of
 * 10 MiB), then the kinds (default: all). The time of a kind is the shorter of two runs. The last line
 * says whether every input of every size was read within the heap limit.
 */
public final class HostileSizes {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

  private HostileSizes() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : (args.length > 0 ? args[0] : "1000000,10485760").split(",")) {
      sizes.add(Integer.parseInt(s.strip()));
    }
    List<HostileText> kinds = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      kinds.add(HostileText.valueOf(args[i]));
    }
    if (kinds.isEmpty()) {
      kinds.addAll(List.of(HostileText.values()));
      kinds.remove(HostileText.ORDINARY);
    }
    ArticleParser parser = ArticleParser.create();
    BenchCorpus corpus = BenchCorpus.fromSeeds();
    System.out.printf(Locale.ROOT, "heap limit %d MB, collector %s, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(), Runtime.getRuntime().availableProcessors());
    JitWarmup.run(parser);
    System.out.println("| Input | chars | ns/char | x ordinary | heap after collections, most MB | pools' peaks MB |");
    System.out.println("|---|---|---|---|---|---|");
    int overLimit = 0;
    for (int size : sizes) {
      String ordinary = HostileText.ORDINARY.text(size, corpus);
      Timing before = time(parser, ordinary);
      System.out.printf(Locale.ROOT, "| ordinary news | %,d | %.1f | 1.00 | %d | %d |%n", ordinary.length(),
          before.nsPerChar(ordinary), before.liveHeap >> 20, before.peakHeap >> 20);
      for (HostileText kind : kinds) {
        String text = kind.text(size, corpus);
        try {
          Timing t = time(parser, text);
          System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %d | %d |%n", kind.name().toLowerCase(Locale.ROOT),
              text.length(), t.nsPerChar(text), t.nsPerChar(text) / before.nsPerChar(ordinary), t.liveHeap >> 20,
              t.peakHeap >> 20);
        } catch (OutOfMemoryError e) {
          // what the parse held is unreachable once it has thrown: the run goes on with the next kind
          System.out.printf(Locale.ROOT, "| %s | %,d | | | over the heap limit | |%n", kind.name().toLowerCase(Locale.ROOT),
              text.length());
          overLimit++;
        }
      }
      // ordinary news again after the others, to show how far the machine's load moved meanwhile
      Timing after = time(parser, ordinary);
      System.out.printf(Locale.ROOT, "| ordinary news, again | %,d | %.1f | %.2f | %d | %d |%n", ordinary.length(),
          after.nsPerChar(ordinary), after.nsPerChar(ordinary) / before.nsPerChar(ordinary), after.liveHeap >> 20,
          after.peakHeap >> 20);
    }
    System.out.printf(Locale.ROOT, "%s within the heap limit of %d MB%n",
        overLimit == 0 ? "every input" : overLimit + " input(s) NOT", Runtime.getRuntime().maxMemory() >> 20);
  }

  private record Timing(long nanos, long liveHeap, long peakHeap) {
    double nsPerChar(String text) {
      return nanos / (double) text.length();
    }
  }

  /**
   * The shorter CPU time of two runs over {@code text}, the most heap in use after a collection during
   * them, and the higher sum of the heap pools' peaks.
   */
  private static Timing time(ArticleParser parser, String text) {
    long best = Long.MAX_VALUE;
    long peak = 0;
    long live = 0;
    for (int run = 0; run < 2; run++) {
      System.gc();
      AFTER_COLLECTION.set(0);
      List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = THREADS.getCurrentThreadCpuTime();
      int facts = parser.parse("hostile", text).events().size();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
      peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
      live = Math.max(live, AFTER_COLLECTION.get());
      if (facts < 0) {
        throw new AssertionError("unreachable: a count is never negative");
      }
    }
    return new Timing(best, live, peak);
  }

  /** The most heap in use after a collection since it was last set to 0 (each collector's notification). */
  private static final AtomicLong AFTER_COLLECTION = new AtomicLong();

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            long used = info.getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            AFTER_COLLECTION.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
  }
}
