package dev.entente.io;

import java.util.Locale;

/**
 * How a file holds articles: one article as plain text or as an HTML page, or many in JSON Lines
 * or a WARC archive. A {@code .gz} ending is read through gzip whatever the format.
 */
public enum InputFormat {
  /** One article as UTF-8 text. */
  TEXT,
  /** One article as an HTML page. */
  HTML,
  /** One article per line: {@code {"id", "text", "published"?, "url"?, "title"?, "source"?}}. */
  JSONL,
  /** One article per HTML response record. */
  WARC;

  /**
   * The format a file's name says: {@code .html}, {@code .jsonl}, {@code .warc} (each maybe {@code .gz}), else text.
   *
   * @param name the file name, or a path ending in it; case ignored
   * @return the format, {@link #TEXT} for any other ending
   */
  public static InputFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".warc")) {
      return WARC;
    }
    return TEXT;
  }

  /**
   * The format named on a command line ({@code text}, {@code html}, {@code jsonl}, {@code warc}).
   *
   * @param name the format's name, case ignored
   * @return the format
   * @throws IllegalArgumentException naming the name when no format has it
   */
  public static InputFormat named(String name) {
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("Unknown input format \"" + name + "\" (text, html, jsonl or warc)");
  }

  /**
   * Whether one file holds many articles.
   *
   * @return true for {@link #JSONL} and {@link #WARC}
   */
  public boolean holdsMany() {
    return this == JSONL || this == WARC;
  }
}
