package dev.entente.parse.internal.knowledge;

import dev.entente.parse.internal.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The line format the knowledge files share: TAB-separated columns, lines starting with {@code #}
 * and blank lines skipped, trailing empty columns optional, errors naming the source and line.
 */
final class DataLines {
  private DataLines() {}

  /**
   * Reads {@code reader} line by line, cuts each into {@code columns} stripped columns (missing
   * trailing ones empty, at least {@code required} present) and adds what {@code row} makes of them.
   * The array handed to {@code row} is reused.
   */
  static <T> List<T> read(Reader reader, String source, int columns, int required, Function<String[], T> row) {
    List<T> out = new ArrayList<>(1024);
    BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
    String[] cols = new String[columns];
    int number = 0;
    try {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        try {
          cut(line, cols, required);
          out.add(row.apply(cols));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage() + " in \"" + line + "\"", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
    return out;
  }

  private static void cut(String line, String[] cols, int required) {
    int max = cols.length;
    int n = 0;
    int from = 0;
    while (n < max) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        cols[n++] = line.substring(from).strip();
        break;
      }
      if (n == max - 1) {
        throw new IllegalArgumentException("more than " + max + " columns");
      }
      cols[n++] = line.substring(from, tab).strip();
      from = tab + 1;
    }
    if (n < required) {
      throw new IllegalArgumentException("want at least " + required + " of the " + max + " columns, found " + n);
    }
    for (int i = n; i < max; i++) {
      cols[i] = "";
    }
  }

  /** Reads the resource {@code file} beside this package with {@code parse}. */
  static <T> T resource(String file, BiFunction<Reader, String, T> parse) {
    try (InputStream in = Resources.open(DataLines.class, file)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + file);
      }
      return parse.apply(new InputStreamReader(in, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** The flags of a comma-separated column, each written as its constant's name in lower case. */
  static <E extends Enum<E>> Set<E> flags(String column, Class<E> type) {
    if (column.isEmpty()) {
      return Set.of(); // most lines have none
    }
    Set<E> out = EnumSet.noneOf(type);
    for (String f : split(column, ',')) {
      E found;
      try {
        found = Enum.valueOf(type, f.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        found = null;
      }
      if (found == null || !found.name().toLowerCase(Locale.ROOT).equals(f)) {
        throw new IllegalArgumentException("unknown flag \"" + f + "\"");
      }
      out.add(found);
    }
    return out;
  }

  /** The non-empty stripped parts of {@code s} between {@code sep}s; empty for an empty column. */
  static List<String> split(String s, char sep) {
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(4);
    int from = 0;
    while (true) {
      int at = s.indexOf(sep, from);
      String part = (at < 0 ? s.substring(from) : s.substring(from, at)).strip();
      if (!part.isEmpty()) {
        out.add(part);
      }
      if (at < 0) {
        return out;
      }
      from = at + 1;
    }
  }
}
