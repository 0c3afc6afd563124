package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
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
}
