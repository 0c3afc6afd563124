package dev.entente.spark.internal;

import dev.entente.io.ArchiveReader;
import dev.entente.io.Document;
import dev.entente.io.InputException;
import dev.entente.io.InputFile;
import dev.entente.io.InputFormat;
import dev.entente.io.InputItem;
import dev.entente.io.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The articles of one input file (a text file, an HTML page or a WARC archive) as input rows,
 * read lazily through entente-io's archive reader: a WARC archive of any size streams through one
 * task. A record that cannot be read is a row with its error.
 */
public final class BinaryArticles implements Iterator<Row> {

  private final String path;
  private final InputFormat format;
  private final PortableDataStream data;
  private final boolean lenient;
  private @Nullable ArchiveReader reader;
  private @Nullable InputStream stream;
  private boolean opened;
  private @Nullable Row failure;

  /**
   * The articles of one file.
   *
   * @param path the file's path, as Spark names it
   * @param data its bytes
   * @param format how it holds articles
   * @param lenient true to replace invalid UTF-8 instead of failing the article
   */
  public BinaryArticles(String path, PortableDataStream data, InputFormat format, boolean lenient) {
    this.path = path;
    this.data = data;
    this.format = format;
    this.lenient = lenient;
  }

  @Override
  public boolean hasNext() {
    if (!opened) {
      opened = true;
      try {
        InputStream in = data.open();
        stream = in;
        if (!format.holdsMany() && path.toLowerCase(Locale.ROOT).endsWith(".gz")) {
          in = new GZIPInputStream(in, 1 << 16);
        }
        reader = ArchiveReader.builder().decoder(TextDecoder.of(lenient))
            .maxBytes(SharedParser.get().maxLength()).build(List.of(InputFile.stdin(in, format)));
      } catch (IOException | RuntimeException e) {
        close();
        failure = RowFactory.create(null, null, null, null, null, null, path, "cannot read: " + InputException.oneLine(e));
      }
    }
    if (failure != null) {
      return true;
    }
    if (reader != null && reader.hasNext()) {
      return true;
    }
    close();
    return false;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (failure != null) {
      Row f = failure;
      failure = null;
      reader = null;
      return f;
    }
    InputItem item = java.util.Objects.requireNonNull(reader).next();
    String where = format.holdsMany() ? path + " " + item.origin() : path;
    try {
      Document d = item.read();
      String id = format.holdsMany() ? d.id() : idOf(path);
      return RowFactory.create(id, d.text(), d.published() == null ? null : d.published().toString(),
          d.title(), d.source(), d.author(), where, null);
    } catch (InputException | RuntimeException e) {
      return RowFactory.create(format.holdsMany() ? null : idOf(path), null, null, null, null, null, where,
          InputException.oneLine(e));
    }
  }

  /** A file's article id: its name without directories and extension ({@code .gz} too), as the command line gives it. */
  static String idOf(String path) {
    String n = path;
    int slash = n.lastIndexOf('/');
    n = n.substring(slash + 1);
    if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (stream != null) {
        stream.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      reader = null;
      stream = null;
    }
  }
}
