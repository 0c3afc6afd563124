package dev.entente.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The items of many input files, in order, one file open at a time: a text or HTML file is one
 * item read lazily (decoding and HTML extraction run where the item is read), a JSON Lines or WARC
 * file is the items of its {@link RecordReader}. A file that cannot be opened is one failed item;
 * nothing here throws for bad input.
 *
 * <pre>{@code
 * try (ArchiveReader items = ArchiveReader.builder().build(files)) {
 *   while (items.hasNext()) {
 *     Document d = items.next().read();
 *   }
 * }
 * }</pre>
 */
public final class ArchiveReader implements Iterator<InputItem>, Closeable {

  private final Iterator<InputFile> files;
  private final Map<InputFormat, RecordReader> readers;
  private final TextDecoder decoder;
  private final long maxBytes;
  private RecordReader.@Nullable ItemStream current;
  private @Nullable InputItem next;

  private ArchiveReader(Builder b, List<InputFile> files) {
    this.files = List.copyOf(files).iterator();
    this.readers = new EnumMap<>(b.readers);
    this.decoder = b.decoder;
    this.maxBytes = b.maxBytes;
    readers.putIfAbsent(InputFormat.WARC, new WarcArticles(maxBytes));
  }

  /**
   * A builder with the built-in readers, the strict decoder and a limit of 30 MiB an article.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null) {
        if (current.hasNext()) {
          next = current.next();
          break;
        }
        closeCurrent();
      }
      if (!files.hasNext()) {
        return false;
      }
      next = open(files.next());
    }
    return true;
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem item = Objects.requireNonNull(next);
    next = null;
    return item;
  }

  /** The item of a one-article file, or null after opening a many-article file as {@link #current}. */
  private @Nullable InputItem open(InputFile file) {
    switch (file.format()) {
      case TEXT:
        return InputItem.of(file.name(), file.size(), () -> {
          TextDecoder.Decoded text = decoder.decodeArticle(file.readAll(maxBytes));
          return new Document(file.id(), text.text(), null, null, null, null, null, text.warnings());
        });
      case HTML:
        return InputItem.of(file.name(), file.size(), () -> HtmlPages.read(file.id(), file.readAll(maxBytes), null, null));
      default:
        RecordReader reader = readers.get(file.format());
        if (reader == null) {
          return InputItem.failed(file.name(), file.size(), "no reader for " + file.format() + " input here");
        }
        try {
          current = reader.open(file);
          return null;
        } catch (InputException e) {
          return InputItem.failed(file.name(), file.size(), e.getMessage());
        }
    }
  }

  private void closeCurrent() {
    RecordReader.ItemStream stream = current;
    current = null;
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // Everything the stream held has been read; a failing close loses nothing.
      }
    }
  }

  @Override
  public void close() {
    closeCurrent();
  }

  /** Builds an {@link ArchiveReader}: the readers of many-article formats, the decoding of text, the size limit. */
  public static final class Builder {
    private final Map<InputFormat, RecordReader> readers = new EnumMap<>(InputFormat.class);
    private TextDecoder decoder = TextDecoder.strict();
    private long maxBytes = 30L * 1024 * 1024;

    private Builder() {}

    /**
     * Reads files of {@code format} with {@code reader} (JSON Lines has no reader here; WARC has jwarc's).
     *
     * @param format a format whose files hold many articles
     * @param reader the reader of its records
     * @return this builder
     * @throws IllegalArgumentException naming the format when its files hold one article each
     */
    public Builder reader(InputFormat format, RecordReader reader) {
      if (!format.holdsMany()) {
        throw new IllegalArgumentException(format + " files hold one article each and need no reader");
      }
      readers.put(format, Objects.requireNonNull(reader, "reader"));
      return this;
    }

    /**
     * Sets how article bytes become text.
     *
     * @param v the decoder, not null; {@link TextDecoder#strict()} by default
     * @return this builder
     */
    public Builder decoder(TextDecoder v) {
      this.decoder = Objects.requireNonNull(v, "decoder");
      return this;
    }

    /**
     * The most bytes one article may take (a longer one fails).
     *
     * @param v the limit in bytes, at least 1; 30 MiB by default
     * @return this builder
     */
    public Builder maxBytes(long v) {
      if (v < 1) {
        throw new IllegalArgumentException("maxBytes must be >= 1: " + v);
      }
      this.maxBytes = v;
      return this;
    }

    /**
     * A reader of the articles of {@code files}.
     *
     * @param files the inputs, in the order they are read
     * @return the reader
     */
    public ArchiveReader build(List<InputFile> files) {
      return new ArchiveReader(this, files);
    }
  }
}
