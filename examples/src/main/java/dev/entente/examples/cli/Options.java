package dev.entente.examples.cli;

import dev.entente.model.Country;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parsed arguments of {@code extract}, {@code merge} or {@code dossier}: the command, what to
 * read ({@link InputOptions}), the output's format and place, whether texts are written beside it,
 * the number of worker threads, whether progress is shown, and for {@code dossier} the pair of
 * states asked for (empty: all).
 */
record Options(
    boolean help,
    boolean merge,
    InputOptions input,
    Format format,
    @Nullable Path output,
    boolean emitText,
    int threads,
    boolean quiet,
    boolean dossier,
    List<Country> pair) {

  Options {
    pair = List.copyOf(pair);
  }

  /**
   * The output's form: JSON Lines, or one CSV file per fact table, for {@code extract}; the
   * dossier's JSON, Markdown or HTML page for {@code dossier}.
   */
  enum Format { JSONL, CSV, JSON, MD, HTML }

  /** Thrown for arguments the program cannot run with; its message says which and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private static final InputOptions NO_INPUT = new InputOptions.Builder().build();

  private static Options helpOnly() {
    return new Options(true, false, NO_INPUT, Format.JSONL, null, false, 1, true, false, List.of());
  }

  /** Reads {@code args} (the command word included); {@code --help} anywhere before {@code --} wins. */
  static Options parse(List<String> args) throws UsageException {
    if (args.isEmpty()) {
      throw new UsageException("no command given");
    }
    String command = args.get(0);
    if (isHelp(command)) {
      return helpOnly();
    }
    if (!List.of("extract", "merge", "dossier").contains(command)) {
      throw new UsageException("unknown command '" + command + "' (the commands are 'extract', 'merge' and 'dossier')");
    }
    boolean dossier = command.equals("dossier");
    List<Country> pair = List.of();
    List<String> rest = args.subList(1, args.size());
    for (String arg : rest) {
      if (arg.equals("--")) {
        break;
      }
      if (isHelp(arg)) {
        return helpOnly();
      }
    }
    InputOptions.Builder input = new InputOptions.Builder();
    Format format = null;
    Path output = null;
    boolean emitText = false;
    Integer threads = null;
    boolean quiet = false;
    boolean optionsEnded = false;
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        input.arg(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      String value = null;
      if (takesValue(name)) {
        if (eq > 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < rest.size()) {
          value = rest.get(++i);
        } else {
          throw new UsageException(name + " needs a value");
        }
      } else if (eq > 0) {
        throw new UsageException(name + " takes no value");
      }
      if (input.accept(name, value)) {
        continue;
      }
      switch (name) {
        case "--format" -> {
          if (format != null) {
            throw new UsageException("--format given more than once");
          }
          if (dossier) {
            format = switch (String.valueOf(value)) {
              case "json" -> Format.JSON;
              case "md" -> Format.MD;
              case "html" -> Format.HTML;
              default -> throw new UsageException("dossier --format wants json, md or html, not '" + value + "'");
            };
          } else {
            format = switch (String.valueOf(value)) {
              case "jsonl" -> Format.JSONL;
              case "csv" -> Format.CSV;
              default -> throw new UsageException("--format wants jsonl or csv, not '" + value + "'");
            };
          }
        }
        case "--pair" -> {
          if (!dossier) {
            throw new UsageException("--pair is for dossier");
          }
          if (!pair.isEmpty()) {
            throw new UsageException("--pair given more than once");
          }
          pair = pair(String.valueOf(value));
        }
        case "--output", "-o" -> {
          if (output != null) {
            throw new UsageException("--output given more than once");
          }
          try {
            output = Path.of(String.valueOf(value));
          } catch (InvalidPathException e) {
            throw new UsageException("--output: not a valid file name '" + value + "'");
          }
        }
        case "--threads" -> threads = threads(value);
        case "--emit-text" -> emitText = true;
        case "--quiet", "-q" -> quiet = true;
        default -> throw new UsageException("unknown option '" + arg + "'");
      }
    }
    if (!input.hasArgs()) {
      throw new UsageException("no FILE given (use - to read standard input)");
    }
    boolean merge = command.equals("merge");
    if (format == null) {
      format = dossier ? Format.JSON : Format.JSONL;
    }
    if (dossier && emitText) {
      throw new UsageException("--emit-text is for extract");
    }
    if (format == Format.CSV && merge) {
      throw new UsageException("merge prints JSON only; --format csv is for extract");
    }
    if (format == Format.CSV && output == null) {
      throw new UsageException("--format csv needs --output DIR, the folder of the CSV files");
    }
    if (emitText && merge) {
      throw new UsageException("--emit-text is for extract");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new Options(false, merge, input.build(), format, output, emitText, n, quiet, dossier, pair);
  }

  private static List<Country> pair(String value) throws UsageException {
    String[] codes = value.split(",", -1);
    if (codes.length != 2) {
      throw new UsageException("--pair wants two state codes as A,B (e.g. RUS,VEN), not '" + value + "'");
    }
    List<Country> pair = new ArrayList<>();
    for (String code : codes) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (!Country.isKnown(c)) {
        throw new UsageException("--pair: unknown state code '" + code + "' (ISO 3166 alpha-3, e.g. RUS)");
      }
      pair.add(Country.of(c));
    }
    if (pair.get(0).equals(pair.get(1))) {
      throw new UsageException("--pair wants two different states, not '" + value + "'");
    }
    return pair;
  }

  private static boolean takesValue(String name) {
    return InputOptions.Builder.takesValue(name)
        || name.equals("--format") || name.equals("--output") || name.equals("-o") || name.equals("--threads")
        || name.equals("--pair");
  }

  private static int threads(@Nullable String value) throws UsageException {
    try {
      int n = Integer.parseInt(String.valueOf(value));
      if (n >= 1 && n <= 1024) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Told below.
    }
    throw new UsageException("--threads wants a number from 1 to 1024, not '" + value + "'");
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h");
  }
}
