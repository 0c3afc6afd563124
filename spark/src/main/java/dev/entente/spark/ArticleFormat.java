package dev.entente.spark;

import dev.entente.io.InputFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How input files hold articles: the formats {@link EntenteSpark#read} takes. */
public enum ArticleFormat {
  /** One JSON object a line: {@code {"id", "text", "published"?, "title"?, "source"?, "author"?}}. */
  JSONL(InputFormat.JSONL),
  /** Parquet files with the columns {@code id}, {@code text} and optionally {@code published}, {@code title}, {@code source}, {@code author}. */
  PARQUET(null),
  /** One article a file, UTF-8 text; its id is the file's name without extension. */
  TEXT(InputFormat.TEXT),
  /** One article a file, an HTML page; its id is the file's name without extension. */
  HTML(InputFormat.HTML),
  /** WARC archives (plain or gzip members): one article per HTML response record. */
  WARC(InputFormat.WARC);

  private final @Nullable InputFormat input;

  ArticleFormat(@Nullable InputFormat input) {
    this.input = input;
  }

  /** The format of entente-io that reads these files, null for Parquet (Spark reads it). */
  @Nullable InputFormat inputFormat() {
    return input;
  }

  /**
   * The format named {@code name}, in any case ({@code "warc"}, {@code "JSONL"}).
   *
   * @param name the format's name
   * @return the format
   * @throws IllegalArgumentException naming the name and the formats when none has it
   */
  public static ArticleFormat named(String name) {
    for (ArticleFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("No input format \"" + name + "\"; the formats are jsonl, parquet, text, html, warc");
  }

  /**
   * The format a file's name says: {@code .jsonl}, {@code .parquet}, {@code .html}, {@code .warc} (each maybe {@code .gz}), else text.
   *
   * @param fileName a file or folder name
   * @return the format
   */
  public static ArticleFormat ofFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".parquet") || n.endsWith(".parquet/")) {
      return PARQUET;
    }
    return switch (InputFormat.ofFileName(fileName)) {
      case JSONL -> JSONL;
      case HTML -> HTML;
      case WARC -> WARC;
      case TEXT -> TEXT;
    };
  }
}
