import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the published modules a second time, from a copy of the checkout in another folder, and
 * checks that every jar (classes, sources, javadoc) is byte for byte the one of the first build.
 * Run from the top of a checkout whose modules are packaged:
 *
 * <pre>java tools/Reproducible.java</pre>
 *
 * Exits 1 naming each jar that differs and the entries that differ in it.
 */
public class Reproducible {
  static final List<String> MODULES = List.of("core", "json", "jackson2", "parsers", "io", "spark");
  static final List<String> KINDS = List.of(".jar", "-sources.jar", "-javadoc.jar");

  public static void main(String[] args) throws Exception {
    Path top = Path.of("").toAbsolutePath();
    Path copy = top.resolve("target/reproducible");
    delete(copy);
    copyTree(top, copy);
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>(List.of(copy.resolve(windows ? "mvnw.cmd" : "mvnw").toString(),
        "-B", "-q", "-o", "-Dmaven.test.skip=true", "-pl", String.join(",", MODULES), "-am", "package"));
    Process build = new ProcessBuilder(command).directory(copy.toFile()).inheritIO().start();
    if (build.waitFor() != 0) {
      System.err.println("The second build failed: " + String.join(" ", command) + " in " + copy);
      System.exit(1);
    }
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (String module : MODULES) {
      for (String kind : KINDS) {
        Path first = jar(top.resolve(module + "/target"), kind);
        Path second = jar(copy.resolve(module + "/target"), kind);
        if (first == null || second == null) {
          problems.add(module + ": no *" + kind + " in " + (first == null ? "the first" : "the second") + " build");
          continue;
        }
        compared++;
        if (!Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second))) {
          problems.add(first.getFileName() + " differs: " + differences(first, second));
        }
      }
    }
    if (!problems.isEmpty()) {
      System.err.println("Two builds of the same sources gave different jars:");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("Reproducible: " + compared + " jars of " + MODULES + " are byte for byte the same in two builds");
  }

  /** The module's jar of one kind (the main jar is the one without a classifier). */
  static Path jar(Path target, String kind) throws IOException {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> s = Files.list(target)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        if (!n.endsWith(kind)) {
          return false;
        }
        return !kind.equals(".jar") || !(n.endsWith("-sources.jar") || n.endsWith("-javadoc.jar") || n.endsWith("-tests.jar"));
      }).findFirst().orElse(null);
    }
  }

  static String differences(Path a, Path b) throws IOException {
    List<String> out = new ArrayList<>();
    try (ZipFile za = new ZipFile(a.toFile()); ZipFile zb = new ZipFile(b.toFile())) {
      List<String> namesA = names(za);
      List<String> namesB = names(zb);
      if (!namesA.equals(namesB)) {
        out.add("entries or their order differ");
      }
      for (String n : namesA) {
        ZipEntry ea = za.getEntry(n);
        ZipEntry eb = zb.getEntry(n);
        if (eb == null) {
          continue;
        }
        if (ea.getTime() != eb.getTime()) {
          out.add(n + " (time)");
        } else if (!Arrays.equals(read(za, ea), read(zb, eb))) {
          out.add(n);
        }
        if (out.size() > 10) {
          break;
        }
      }
    }
    return out.isEmpty() ? "archive metadata" : String.join(", ", out);
  }

  static List<String> names(ZipFile z) {
    List<String> names = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
      names.add(e.nextElement().getName());
    }
    return names;
  }

  static byte[] read(ZipFile z, ZipEntry e) throws IOException {
    try (InputStream in = z.getInputStream(e)) {
      return in.readAllBytes();
    }
  }

  /** Copies the checkout without build output or version control. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path rel = from.relativize(p);
        if (skipped(rel)) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static boolean skipped(Path rel) {
    for (Path part : rel) {
      String n = part.toString();
      if (n.equals("target") || n.equals(".git")) {
        return true;
      }
    }
    return false;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
