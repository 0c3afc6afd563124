package dev.entente.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parsed arguments of {@code extract} or {@code merge}: the command, the publication date if
 * given, whether invalid UTF-8 is replaced, and the files in the order given ({@code -} is standard
 * input).
 */
record Options(boolean help, boolean merge, @Nullable LocalDate published, boolean lenient, List<String> files) {

  Options {
    files = List.copyOf(files);
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
      return new Options(true, false, null, false, List.of());
    }
    if (!command.equals("extract") && !command.equals("merge")) {
      throw new UsageException("unknown command '" + command + "' (the commands are 'extract' and 'merge')");
    }
    List<String> rest = args.subList(1, args.size());
    for (String arg : rest) {
      if (arg.equals("--")) {
        break;
      }
      if (isHelp(arg)) {
        return new Options(true, false, null, false, List.of());
      }
    }
    LocalDate published = null;
    boolean lenient = false;
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
    return new Options(false, command.equals("merge"), published, lenient, files);
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
