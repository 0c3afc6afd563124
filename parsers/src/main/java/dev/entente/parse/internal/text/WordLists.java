package dev.entente.parse.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists shipped as data files beside the classes that use them. A file is UTF-8,
 * one entry a line; lines starting with {@code #} are comments (the first says where the words come
 * from), blank lines are skipped, and {@code [name]} lines open named sections.
 */
public final class WordLists {
  private WordLists() {}

  /** The entries of resource {@code name} next to class {@code owner}, trimmed, in file order. */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    sections(owner, name).values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /**
   * The entries of resource {@code name} by section: entries before the first {@code [section]}
   * line are under the empty name.
   *
   * @throws IllegalStateException if the resource is missing (a packaging error)
   */
  public static Map<String, List<String>> sections(Class<?> owner, String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String section = "";
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + name + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("[") && t.endsWith("]")) {
          section = t.substring(1, t.length() - 1).strip();
          out.computeIfAbsent(section, k -> new ArrayList<>());
          continue;
        }
        out.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
