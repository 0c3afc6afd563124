package dev.entente.examples.cli;

import dev.entente.examples.cli.Options.UsageException;
import dev.entente.io.InputFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The options that say what to read, shared by every command that reads articles: the arguments
 * (files, directories, {@code @LIST}, {@code -}), {@code --input-format}, {@code --include} and
 * {@code --exclude} globs, {@code --lenient}, {@code --published} and {@code --dates}.
 * {@link ArticleSource#open} reads them.
 */
record InputOptions(
    List<String> args,
    @Nullable InputFormat format,
    List<String> includes,
    List<String> excludes,
    boolean lenient,
    @Nullable LocalDate published,
    @Nullable Path dates) {

  InputOptions {
    args = List.copyOf(args);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** The usage lines of these options, for a command's help. */
  static final String HELP = """
        FILE                    an article as UTF-8 text, or a file of articles (by its
                                extension, or --input-format): .html/.htm pages, .jsonl
                                (JSON Lines), .warc archives, each maybe .gz; the id is the
                                file name without its extension; - reads standard input
                                (id "stdin")
        DIR                     every file below DIR, recursively (hidden ones aside); the
                                id is the path below DIR without its extension ("a/x")
        @LIST                   the arguments listed in the file LIST, one per line
        --input-format F        read every file as F: text, html, jsonl or warc
        --include GLOB          in directories, only files matching GLOB ("*.html" matches
                                names, "2019/**" paths below DIR); may be repeated
        --exclude GLOB          in directories, leave out files matching GLOB; may be repeated
        --published YYYY-MM-DD  the publication date for articles whose input gives none;
                                relative dates ("on Wednesday") resolve against it
        --dates FILE            publication dates by id, CSV lines id,published; they come
                                after the input's own date and before --published; without
                                any, the date the article states is used
        --lenient               decode invalid UTF-8 as U+FFFD instead of skipping the file
      """;

  /** Collects input options while a command line is read. */
  static final class Builder {
    private final List<String> args = new ArrayList<>();
    private @Nullable InputFormat format;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private boolean lenient;
    private @Nullable LocalDate published;
    private @Nullable Path dates;

    /** Whether {@code option} takes a value and is one of these. */
    static boolean takesValue(String option) {
      return List.of("--input-format", "--include", "--exclude", "--published", "--dates").contains(option);
    }

    /** Takes {@code option} (with its value, or null for a flag); false when it is not an input option. */
    boolean accept(String option, @Nullable String value) throws UsageException {
      switch (option) {
        case "--lenient" -> lenient = true;
        case "--input-format" -> {
          try {
            format = InputFormat.named(value);
          } catch (IllegalArgumentException e) {
            throw new UsageException("--input-format wants text, html, jsonl or warc, not '" + value + "'");
          }
        }
        case "--include", "--exclude" -> {
          try {
            java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + value);
          } catch (RuntimeException e) {
            throw new UsageException(option + ": not a valid glob '" + value + "'");
          }
          (option.equals("--include") ? includes : excludes).add(value);
        }
        case "--published" -> {
          if (published != null) {
            throw new UsageException("--published given more than once");
          }
          published = date(value);
        }
        case "--dates" -> {
          if (dates != null) {
            throw new UsageException("--dates given more than once");
          }
          try {
            dates = Path.of(value);
          } catch (InvalidPathException e) {
            throw new UsageException("--dates: not a valid file name '" + value + "'");
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    void arg(String arg) throws UsageException {
      if (arg.equals("-") && args.contains("-")) {
        throw new UsageException("- (standard input) given more than once; it can be read once");
      }
      args.add(arg);
    }

    boolean hasArgs() {
      return !args.isEmpty();
    }

    InputOptions build() {
      return new InputOptions(args, format, includes, excludes, lenient, published, dates);
    }
  }

  private static LocalDate date(@Nullable String value) throws UsageException {
    // LocalDate.parse alone would also take signed years beyond 9999.
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UsageException("--published wants a date as YYYY-MM-DD, not '" + value + "'");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new UsageException("--published: no such date '" + value + "'");
    }
  }
}
