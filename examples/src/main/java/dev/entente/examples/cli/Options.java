package dev.entente.examples.cli;

import dev.entente.model.Country;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parsed arguments of {@code extract}, {@code merge} or {@code dossier}: the command, the
 * publication date if given, whether invalid UTF-8 is replaced, the files in the order given
 * ({@code -} is standard input), and for {@code dossier} the pair of states and the format.
 */
record Options(boolean help, String command, @Nullable LocalDate published, boolean lenient, List<String> files,
    List<Country> pair, String format) {

  /** The formats of {@code dossier}. */
  static final List<String> FORMATS = List.of("json", "md", "html");

  Options {
    files = List.copyOf(files);
    pair = List.copyOf(pair);
  }

  boolean merge() {
    return command.equals("merge");
  }

  boolean dossier() {
    return command.equals("dossier");
  }

  /** Thrown for arguments the program cannot run with; its message says which and why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads {@code args} (the command word included); {@code --help} anywhere before {@code --} wins. */
  static Options parse(List<String> args) throws UsageException {
    if (args.isEmpty()) {
      throw new UsageException("no command given");
    }
    String command = args.get(0);
    if (isHelp(command)) {
      return new Options(true, "", null, false, List.of(), List.of(), "json");
    }
    if (!List.of("extract", "merge", "dossier").contains(command)) {
      throw new UsageException("unknown command '" + command + "' (the commands are 'extract', 'merge' and 'dossier')");
    }
    List<String> rest = args.subList(1, args.size());
    for (String arg : rest) {
      if (arg.equals("--")) {
        break;
      }
      if (isHelp(arg)) {
        return new Options(true, "", null, false, List.of(), List.of(), "json");
      }
    }
    LocalDate published = null;
    boolean lenient = false;
    List<Country> pair = List.of();
    String format = null;
    List<String> files = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        files.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.equals("--lenient")) {
        lenient = true;
      } else if (command.equals("dossier") && (arg.equals("--pair") || arg.startsWith("--pair="))) {
        if (!pair.isEmpty()) {
          throw new UsageException("--pair given more than once");
        }
        pair = pair(value(arg, "--pair", rest, i, "two state codes, A,B"));
        i += arg.contains("=") ? 0 : 1;
      } else if (command.equals("dossier") && (arg.equals("--format") || arg.startsWith("--format="))) {
        if (format != null) {
          throw new UsageException("--format given more than once");
        }
        format = value(arg, "--format", rest, i, "json, md or html");
        i += arg.contains("=") ? 0 : 1;
        if (!FORMATS.contains(format)) {
          throw new UsageException("--format wants json, md or html, not '" + format + "'");
        }
      } else if (arg.equals("--published") || arg.startsWith("--published=")) {
        if (published != null) {
          throw new UsageException("--published given more than once");
        }
        String value;
        if (arg.length() > "--published".length()) {
          value = arg.substring("--published=".length());
        } else if (i + 1 < rest.size()) {
          value = rest.get(++i);
        } else {
          throw new UsageException("--published needs a date, YYYY-MM-DD");
        }
        published = date(value);
      } else {
        throw new UsageException("unknown option '" + arg + "'");
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("no FILE given (use - to read standard input)");
    }
    return new Options(false, command, published, lenient, files, pair, format == null ? "json" : format);
  }

  /** The value of {@code --name=value} or of {@code --name value}. */
  private static String value(String arg, String name, List<String> rest, int i, String wanted) throws UsageException {
    if (arg.length() > name.length()) {
      return arg.substring(name.length() + 1);
    }
    if (i + 1 < rest.size()) {
      return rest.get(i + 1);
    }
    throw new UsageException(name + " needs " + wanted);
  }

  private static List<Country> pair(String value) throws UsageException {
    String[] codes = value.split(",", -1);
    if (codes.length != 2) {
      throw new UsageException("--pair wants two state codes as A,B (e.g. RUS,VEN), not '" + value + "'");
    }
    List<Country> pair = new ArrayList<>();
    for (String code : codes) {
      String c = code.strip().toUpperCase(java.util.Locale.ROOT);
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

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h");
  }

  private static LocalDate date(String value) throws UsageException {
    // LocalDate.parse alone would also take signed years beyond 9999.
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UsageException("--published wants a date as YYYY-MM-DD, not '" + value + "'");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new UsageException("--published: no such date '" + value + "'");
    }
  }
}
