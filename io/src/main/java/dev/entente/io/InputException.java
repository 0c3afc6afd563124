package dev.entente.io;

/**
 * Why one input item (a file, a line, a WARC record) could not be read as an article; the message
 * is one line naming the cause ({@code "empty file"}, {@code "invalid UTF-8 at byte offset 12"}).
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An exception's message on one line, or its type when it has none. */
  public static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().replaceAll("[\\r\\n]+", " ");
  }
}
