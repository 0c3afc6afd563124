package dev.entente.io;

import java.util.Objects;

/**
 * One article-sized piece of an input, not read yet: a file, a line of JSON Lines, a WARC record.
 * {@link #origin()} says where it is ({@code "news/a/x.txt"}, {@code "dump.jsonl:12"}, a record's
 * URI) for error messages; {@link #read()} does the work (decoding, HTML extraction) and may run on
 * any thread, once.
 */
public interface InputItem {

  /**
   * Where the item is, for a person: a path, {@code file:line}, or a URI.
   *
   * @return the path, {@code file:line} or URI
   */
  String origin();

  /**
   * The bytes the item takes in its input (an estimate where the input does not say), for throughput.
   *
   * @return the size in bytes, 0 or more
   */
  long size();

  /**
   * The article, or why there is none.
   *
   * @return the article
   * @throws InputException naming the cause when the item holds no readable article
   */
  Document read() throws InputException;

  /**
   * An item that could not be read; {@link #read()} throws with {@code cause}.
   *
   * @param origin where the item is
   * @param size the bytes it takes in its input
   * @param cause one line saying why it could not be read
   * @return the item
   */
  static InputItem failed(String origin, long size, String cause) {
    Objects.requireNonNull(cause, "InputItem cause");
    return of(origin, size, () -> {
      throw new InputException(cause);
    });
  }

  /**
   * An item whose reading is {@code reader}.
   *
   * @param origin where the item is
   * @param size the bytes it takes in its input
   * @param reader the work that reads it, run once by {@link #read()}
   * @return the item
   */
  static InputItem of(String origin, long size, Reader reader) {
    Objects.requireNonNull(origin, "InputItem origin");
    Objects.requireNonNull(reader, "InputItem reader");
    return new InputItem() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public long size() {
        return size;
      }

      @Override
      public Document read() throws InputException {
        return reader.read();
      }

      @Override
      public String toString() {
        return origin;
      }
    };
  }

  /** The reading of one item. */
  @FunctionalInterface
  interface Reader {
    /**
     * Reads the item.
     *
     * @return the article
     * @throws InputException naming the cause when there is no readable article
     */
    Document read() throws InputException;
  }
}
