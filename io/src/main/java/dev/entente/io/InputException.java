package dev.entente.io;

import org.jspecify.annotations.Nullable;

/**
 * Why one input item (a file, a line, a WARC record) could not be read as an article; the message
 * is one line naming the cause ({@code "empty file"}, {@code "invalid UTF-8 at byte offset 12"}).
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with its cause told in {@code message}.
   *
   * @param message one line naming the cause
   */
  public InputException(String message) {
    super(message);
  }

  /**
   * An exception with its cause told in {@code message} and kept as {@code cause}.
   *
   * @param message one line naming the cause
   * @param cause the exception that stopped the reading
   */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception's message on one line, or its type when it has none.
   *
   * @param e the exception
   * @return the message with line breaks made spaces, stripped; the simple class name when the message is empty
   */
  public static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().replaceAll("[\\r\\n]+", " ");
  }

  /**
   * The one wording of an input over a size limit, whichever check finds it: {@code "over the size
   * limit of 31,457,280 bytes"} for a file, {@code "over the size limit of 10,485,760 chars"} for a
   * text.
   *
   * @param limit the most the check allows
   * @param unit what it counts, {@code "bytes"} or {@code "chars"}
   * @return the cause, for an {@link InputException}'s message
   */
  public static String overSizeLimit(long limit, String unit) {
    return String.format(java.util.Locale.ROOT, "over the size limit of %,d %s", limit, unit);
  }

  /**
   * {@code text} with every control character (and the Unicode line and paragraph separators) shown
   * as an escape, {@code \n}, {@code \t}, {@code \r}, else {@code \}{@code uXXXX}, so a file name
   * put into a message cannot break or forge its line.
   *
   * @param text a file name, a path or an id
   * @return the text on one line, readable
   */
  public static String escaped(String text) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (!control && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (control) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
