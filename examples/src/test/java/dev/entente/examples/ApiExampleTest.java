package dev.entente.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiExampleTest {

  @Test
  void runsAndPrintsTheArticle() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ApiExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("astana-talks"), out::toString);
  }
}
