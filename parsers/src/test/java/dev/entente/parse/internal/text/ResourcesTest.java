package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files are opened as {@code Class.getResourceAsStream} opens them, from a directory or from a jar. */
class ResourcesTest {

  @Test
  void namesResolveAsTheJdkResolvesThem() throws IOException {
    assertEquals("dev/entente/parse/internal/text/x.txt", Resources.path(WordLists.class, "x.txt"));
    assertEquals("dev/entente/parse/internal/gazetteer/countries.txt",
        Resources.path(WordLists.class, "/dev/entente/parse/internal/gazetteer/countries.txt"));
    for (String name : new String[] {"countries.txt", "/dev/entente/parse/internal/gazetteer/ambiguous.txt"}) {
      assertArrayEquals(bytes(CountryGazetteer.class.getResourceAsStream(name)),
          bytes(Resources.open(CountryGazetteer.class, name)), name);
    }
    assertNull(Resources.open(CountryGazetteer.class, "no-such-file.txt"));
  }

  @Test
  void readsTheEntriesOfTheJarItsClassesCameFrom(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("parsers.jar");
    byte[] data = "# where the words come from\nword\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (String c : new String[] {"Resources.class", "Resources$Jar.class"}) {
        j.putNextEntry(new JarEntry("dev/entente/parse/internal/text/" + c));
        j.write(bytes(Resources.class.getResourceAsStream(c)));
      }
      j.putNextEntry(new JarEntry("dev/entente/parse/internal/text/words.txt"));
      j.write(data);
    }
    // the platform loader as parent: the classes come from the jar, not from this test's class path
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> resources = loader.loadClass("dev.entente.parse.internal.text.Resources");
      Method open = resources.getMethod("open", Class.class, String.class);
      assertArrayEquals(data, bytes((InputStream) open.invoke(null, resources, "words.txt")));
      assertArrayEquals(data, bytes((InputStream) open.invoke(null, resources, "/dev/entente/parse/internal/text/words.txt")));
      assertNull(open.invoke(null, resources, "missing.txt"));
      Field file = loader.loadClass("dev.entente.parse.internal.text.Resources$Jar").getDeclaredField("FILE");
      file.setAccessible(true);
      assertNotNull(file.get(null), "the jar is found, so the class loaders are not asked");
    }
  }

  private static byte[] bytes(InputStream in) throws IOException {
    assertNotNull(in);
    try (in) {
      return in.readAllBytes();
    }
  }
}
