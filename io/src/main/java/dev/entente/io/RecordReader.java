package dev.entente.io;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Reads a file that holds many articles (JSON Lines, WARC) as a stream of items in file order,
 * holding no more than the item at hand. A damaged file (truncated gzip, a broken record) ends its
 * stream with one failed item saying where and why. JSON Lines needs a JSON library, so its reader
 * is given by the caller ({@link ArchiveReader.Builder#reader}).
 */
@FunctionalInterface
public interface RecordReader {

  /** The items of {@code file}; the stream is closed by its user. */
  ItemStream open(InputFile file) throws InputException;

  /** Items read one by one from an open input. */
  interface ItemStream extends Iterator<InputItem>, Closeable {}
}
