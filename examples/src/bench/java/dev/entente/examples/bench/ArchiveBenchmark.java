package dev.entente.examples.bench;

import dev.entente.examples.cli.EntenteCli;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line end to end on a generated JSON Lines archive of at least 1 GB (by default):
 * {@code extract} reads it, extracts every article and renders its JSON line (to nowhere), once on
 * one worker thread and once on all cores, and the report gives MB/s of the archive and the peak
 * heap in use. The archive is made once under {@code target/archive-bench/} from the seed corpus
 * (see {@link BenchCorpus}: a pool of varied articles, each line its own id) and kept for later runs.
 *
 * <pre>{@code java -Xmx512m -cp examples/target/benchmarks.jar dev.entente.examples.bench.ArchiveBenchmark [MB]}</pre>
 */
public final class ArchiveBenchmark {

  private ArchiveBenchmark() {}

  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
    Path dir = Path.of("target", "archive-bench");
    Files.createDirectories(dir);
    Path archive = dir.resolve("archive-" + megabytes + "mb.jsonl");
    if (!Files.exists(archive) || Files.size(archive) < megabytes << 20) {
      generate(archive, megabytes << 20);
    }
    Path warmup = dir.resolve("warmup.jsonl");
    if (!Files.exists(warmup)) {
      generate(warmup, 48L << 20);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    double size = Files.size(archive) / 1e6;
    System.out.printf(Locale.ROOT, "archive: %s, %.0f MB; heap limit %d MB; %d cores%n",
        archive, size, Runtime.getRuntime().maxMemory() >> 20, cores);
    // The parser's code runs once per article; a first pass compiles it before anything is measured.
    run(warmup, cores);
    Result one = run(archive, 1);
    Result all = run(archive, cores);
    System.out.printf(Locale.ROOT, "1 thread:  %.2f MB/s (%.0f s), peak heap in use %d MB%n",
        size / one.seconds, one.seconds, one.peakHeap >> 20);
    System.out.printf(Locale.ROOT, "%d threads: %.2f MB/s (%.0f s), peak heap in use %d MB; %.2fx one thread%n",
        cores, size / all.seconds, all.seconds, all.peakHeap >> 20, one.seconds / all.seconds);
  }

  private record Result(double seconds, long peakHeap) {}

  private static Result run(Path archive, int threads) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status = new EntenteCli(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
        new PrintStream(err, true, StandardCharsets.UTF_8))
        .run("extract", "--quiet", "--threads", Integer.toString(threads), archive.toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != EntenteCli.OK) {
      throw new IllegalStateException("extract failed (" + status + "): " + err.toString(StandardCharsets.UTF_8));
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Result(seconds, peak);
  }

  /** Writes lines {@code {"id","text","published"}} from a pool of varied articles until {@code bytes}. */
  private static void generate(Path file, long bytes) throws IOException {
    List<String> pool = BenchCorpus.fromSeeds().articles(4000, 20261205L);
    long written = 0;
    long n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        String text = pool.get((int) (n % pool.size()));
        String line = "{\"id\":\"a" + n + "\",\"published\":\"2019-09-25\",\"text\":" + quote(text) + "}\n";
        out.write(line);
        written += BenchCorpus.utf8Length(line);
        n++;
      }
    }
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
