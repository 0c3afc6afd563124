package dev.entente.io;

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
}
