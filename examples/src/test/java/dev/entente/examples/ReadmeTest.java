package dev.entente.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README is a whole program: it compiles as written, without a warning,
 * against Entente's artifacts, and runs from the top of the checkout over the seeds, printing
 * something and never "null" outside its JSON lines. So the README cannot rot.
 */
class ReadmeTest {
  private static final Path TOP = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
  private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

  @TempDir
  Path classes;

  static List<String> javaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(TOP.resolve("README.md")));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRuns() throws IOException {
    List<String> blocks = javaBlocks();
    assertTrue(blocks.size() >= 3, "the README shows its API in Java blocks");
    return blocks.stream().map(source -> {
      Matcher name = CLASS.matcher(source);
      assertTrue(name.find(), "a README Java block is a whole program with a public class:\n" + source);
      return DynamicTest.dynamicTest(name.group(1), () -> compileAndRun(name.group(1), source));
    });
  }

  private void compileAndRun(String className, String source) throws Exception {
    Path dir = Files.createDirectories(classes.resolve(className));
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    String classpath = classpath();
    Path javaHome = Path.of(System.getProperty("java.home"));
    Process javac = new ProcessBuilder(javaHome.resolve("bin/javac").toString(), "--release", "17",
        "-Xlint:all,-processing", "-Werror", "-encoding", "UTF-8", "-cp", classpath, "-d", dir.toString(), file.toString())
        .redirectErrorStream(true).start();
    String diagnostics = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    assertEquals(0, javac.exitValue(), className + " does not compile as the README writes it:\n" + diagnostics);
    Process p = new ProcessBuilder(javaHome.resolve("bin/java").toString(),
        "-cp", dir + File.pathSeparator + classpath, className)
        .directory(TOP.toFile()).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), className + " did not finish");
    String out = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), className + " failed:\n" + out);
    assertFalse(out.isBlank(), className + " printed nothing");
    for (String line : out.split("\n")) {
      if (!line.startsWith("{")) {
        assertFalse(line.matches(".*\\bnull\\b.*"), className + " prints null for an absent value: " + line);
      }
    }
  }

  /** The tests' class path, which holds Entente's artifacts and their dependencies. */
  private static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
