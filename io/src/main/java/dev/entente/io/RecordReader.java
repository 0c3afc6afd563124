package dev.entente.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file that holds many articles (JSON Lines, WARC) as a stream of items in file order,
 * holding no more than the item at hand. A damaged file (truncated gzip, a broken record) ends its
 * stream with one failed item saying where and why. JSON Lines needs a JSON library, so its reader
 * is given by the caller ({@link ArchiveReader.Builder#reader}).
 */
@FunctionalInterface
public interface RecordReader {

  /**
   * The items of {@code file}; the stream is closed by its user.
   *
   * @param file the input to read
   * @return the items, in the order the input holds them
   * @throws InputException when the input cannot be opened at all
   */
  ItemStream open(InputFile file) throws InputException;

  /** Items read one by one from an open input. */
  interface ItemStream extends Iterator<InputItem>, Closeable {}

  /**
   * An item stream that reads ahead one step at a time: {@link #advance()} gives the next item, or
   * null for a step with no item (a skipped record, a blank line), and calls {@link #end()} at the end.
   */
  abstract class Advancing implements ItemStream {
    private @Nullable InputItem next;
    private boolean ended;

    /**
     * The next item, or null for a step that gives none.
     *
     * @return the item, or null
     */
    protected abstract @Nullable InputItem advance();

    /** Says that no step is left after this one. */
    protected final void end() {
      ended = true;
    }

    @Override
    public final boolean hasNext() {
      while (next == null && !ended) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public final InputItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      InputItem item = Objects.requireNonNull(next);
      next = null;
      return item;
    }
  }
}
