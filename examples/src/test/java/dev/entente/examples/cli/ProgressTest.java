package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  /** A tick of the timer that races finish() never prints after the summary. */
  @Test
  void theSummaryIsAlwaysTheLastLine() throws InterruptedException {
    for (int i = 0; i < 30; i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream err = new PrintStream(bytes, true, UTF_8);
      Progress progress = new Progress(err, Progress.Mode.LINES, Duration.ofMillis(1), System::nanoTime, 3);
      progress.start();
      // Holding the lock while the timer ticks leaves a tick waiting for it when finish() runs.
      synchronized (progress) {
        Thread.sleep(2 + i % 3);
        progress.finish();
      }
      Thread.sleep(2);
      List<String> lines = bytes.toString(UTF_8).lines().toList();
      String last = lines.get(lines.size() - 1);
      assertTrue(last.contains(" read, "), "run " + i + ": the last line is not the summary: " + lines);
    }
  }

  /** The count's noun agrees with the total when a total is known: "1 of 6 items", "1 item". */
  @Test
  void theNounAgreesWithTheTotal() {
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    for (long known : new long[] {-1, 0, 1, 2, 6}) {
      Progress progress = new Progress(err, Progress.Mode.QUIET, Duration.ofSeconds(10), () -> 0L, known);
      String line = progress.line();
      String expected = known < 0 ? "entente: 0 items, " : "entente: 0 of " + known + (known == 1 ? " item, " : " items, ");
      assertTrue(line.startsWith(expected), known + ": " + line);
    }
    assertEquals("entente: 0 of 6 items, 0 failed, 0.0 MB/s",
        new Progress(err, Progress.Mode.QUIET, Duration.ofSeconds(10), () -> 0L, 6).line());
  }
}
