package dev.entente.parse.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * Opens the data files shipped beside the parser's classes. {@code Class.getResourceAsStream}
 * asks the platform's class loaders first, and they look for the name in every module of the JDK
 * before the class path is searched: for the fifty-odd files a parser reads when it is made, that
 * search and a jar URL's connection per file took about a tenth of the time of a fresh JVM's first
 * parser. When the classes come from a jar, the files are read from that jar's entries instead
 * (the jar the JDK keeps open for its {@code jar:} URLs); otherwise, and whenever the jar does not
 * give a file, {@code Class.getResourceAsStream} reads it.
 */
public final class Resources {
  private Resources() {}

  /**
   * The resource {@code name} as {@code owner.getResourceAsStream(name)} finds it: a name without a
   * leading {@code /} is beside {@code owner}'s package.
   *
   * @return the open stream, or null if there is no such resource
   */
  public static @Nullable InputStream open(Class<?> owner, String name) {
    JarFile jar = Jar.FILE;
    if (jar != null) {
      try {
        ZipEntry entry = jar.getEntry(path(owner, name));
        if (entry != null) {
          return jar.getInputStream(entry);
        }
      } catch (IOException | RuntimeException e) {
        // the jar was closed or cannot be read: ask the class loader below
      }
    }
    return owner.getResourceAsStream(name);
  }

  /** The entry name of {@code name} beside {@code owner}, as {@code Class.getResourceAsStream} resolves it. */
  static String path(Class<?> owner, String name) {
    if (name.startsWith("/")) {
      return name.substring(1);
    }
    String pkg = owner.getPackageName();
    if (pkg.isEmpty()) {
      return name;
    }
    // no string concatenation: its first use in a JVM links a call site, a cost at a parser's creation
    return new StringBuilder(pkg.length() + 1 + name.length()).append(pkg.replace('.', '/')).append('/')
        .append(name).toString();
  }

  /** The jar these classes were loaded from, or null when they were not loaded from a jar. */
  private static final class Jar {
    static final @Nullable JarFile FILE = find();

    private static @Nullable JarFile find() {
      try {
        URL self = Resources.class.getResource("Resources.class");
        if (self == null || !"jar".equals(self.getProtocol())) {
          return null;
        }
        URLConnection c = self.openConnection();
        if (!(c instanceof JarURLConnection j)) {
          return null;
        }
        // the JDK's cached jar, shared with every jar: URL of it; it is never closed here
        j.setUseCaches(true);
        return j.getJarFile();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }
}
