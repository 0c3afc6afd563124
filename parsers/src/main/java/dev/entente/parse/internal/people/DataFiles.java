package dev.entente.parse.internal.people;

import dev.entente.parse.internal.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon files on the class path: one entry a line, {@code #} lines are comments. */
public final class DataFiles {
  private DataFiles() {}

  /** The non-blank, non-comment lines of the resource {@code name} next to {@code owner}, stripped. */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = Resources.open(owner, name);
    if (in == null) {
      throw new IllegalStateException("Missing lexicon " + name + " beside " + owner.getName());
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + name, e);
    }
    return out;
  }
}
