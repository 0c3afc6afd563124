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

  /**
   * {@code s.split("\\s+")} without a regular expression: the parts of {@code s} between runs of
   * whitespace (space, tab, line breaks, form feed), a leading empty part where {@code s} starts
   * with whitespace, no trailing empty parts. Data files are read with it while a parser is made,
   * where compiling the same pattern for every line was a large share of the cost.
   */
  public static String[] words(String s) {
    return split(s, true);
  }

  /** {@code s.split(" +")} without a regular expression: as {@link #words}, at runs of spaces only. */
  public static String[] spaced(String s) {
    return split(s, false);
  }

  private static String[] split(String s, boolean anyWhitespace) {
    int n = s.length();
    int i = 0;
    while (i < n && !separates(s.charAt(i), anyWhitespace)) {
      i++;
    }
    if (i == n) {
      return new String[] {s};
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (i < n) {
      if (separates(s.charAt(i), anyWhitespace)) {
        out.add(s.substring(start, i));
        i++;
        while (i < n && separates(s.charAt(i), anyWhitespace)) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    out.add(s.substring(start));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  // what the regular expression \s matches
  private static boolean separates(char c, boolean anyWhitespace) {
    return c == ' ' || anyWhitespace && (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }

  /** The entries of resource {@code name} next to class {@code owner}, trimmed, in file order. */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (List<String> section : sections(owner, name).values()) {
      out.addAll(section);
    }
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
    try (InputStream in = Resources.open(owner, name)) {
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
          entries(out, section);
          continue;
        }
        entries(out, section).add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : out.entrySet()) {
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static List<String> entries(Map<String, List<String>> sections, String section) {
    List<String> entries = sections.get(section);
    if (entries == null) {
      entries = new ArrayList<>();
      sections.put(section, entries);
    }
    return entries;
  }
}
