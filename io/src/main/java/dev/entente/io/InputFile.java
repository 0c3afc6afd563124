package dev.entente.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One file to read, as {@link InputFiles} found it: its name for messages, the id its article
 * takes when it holds one, its format, and its path (or standard input, or why it cannot be read).
 * A name ending in {@code .gz} is read through gzip.
 */
public final class InputFile {

  private final String name;
  private final String id;
  private final InputFormat format;
  private final @Nullable Path path;
  private final @Nullable InputStream stream;
  private final @Nullable String problem;
  private final long size;

  private InputFile(String name, String id, InputFormat format, @Nullable Path path,
      @Nullable InputStream stream, @Nullable String problem, long size) {
    this.name = Objects.requireNonNull(name, "InputFile name");
    this.id = Objects.requireNonNull(id, "InputFile id");
    this.format = Objects.requireNonNull(format, "InputFile format");
    this.path = path;
    this.stream = stream;
    this.problem = problem;
    this.size = size;
  }

  /**
   * The file at {@code path}, shown as {@code name}, its article's id {@code id}.
   *
   * @param path where the file is
   * @param name how messages show it, such as the path as given
   * @param id the id of its article, for a file that holds one
   * @param format how the file holds articles
   * @return the input
   */
  public static InputFile of(Path path, String name, String id, InputFormat format) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = 0;
    }
    return new InputFile(name, id, format, path, null, null, size);
  }

  /**
   * Standard input ({@code -}), its article's id {@code stdin}.
   *
   * @param in the standard input stream
   * @param format how it holds articles
   * @return the input
   */
  public static InputFile stdin(InputStream in, InputFormat format) {
    return new InputFile("standard input", "stdin", format, null, in, null, 0);
  }

  /**
   * An argument that names nothing readable: opening it fails with {@code problem}.
   *
   * @param name the argument as given
   * @param problem one line saying why it cannot be read
   * @return the input
   */
  public static InputFile unreadable(String name, String problem) {
    return new InputFile(name, name, InputFormat.TEXT, null, null, problem, 0);
  }

  /**
   * How messages show the input.
   *
   * @return the name, such as the path as given or {@code -}
   */
  public String name() {
    return name;
  }

  /**
   * The id of the input's article, when it holds one.
   *
   * @return the id, such as the file name without extension
   */
  public String id() {
    return id;
  }

  /**
   * How the input holds articles.
   *
   * @return the format
   */
  public InputFormat format() {
    return format;
  }

  /**
   * The file's size in bytes as stored (0 when unknown).
   *
   * @return the size, or 0
   */
  public long size() {
    return size;
  }

  /**
   * Whether the file is read through gzip.
   *
   * @return true for a name ending in {@code .gz}
   */
  public boolean gzipped() {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Opens the file, through gzip for a {@code .gz} name; failures are messages for a person.
   *
   * @return the stream of the file's bytes, decompressed; its user closes it
   * @throws InputException saying why, for a person, when it cannot be opened
   */
  public InputStream open() throws InputException {
    if (problem != null) {
      throw new InputException(problem);
    }
    InputStream in;
    if (stream != null) {
      in = stream;
    } else {
      Path p = Objects.requireNonNull(path);
      if (Files.isDirectory(p)) {
        throw new InputException("is a directory");
      }
      try {
        in = Files.newInputStream(p);
      } catch (NoSuchFileException e) {
        throw new InputException("no such file");
      } catch (AccessDeniedException e) {
        throw new InputException("permission denied");
      } catch (IOException e) {
        throw new InputException("cannot read: " + InputException.oneLine(e));
      }
    }
    if (!gzipped()) {
      return in;
    }
    try {
      return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
    } catch (IOException e) {
      closeQuietly(in);
      throw new InputException("not gzip: " + InputException.oneLine(e));
    }
  }

  /**
   * Reads the whole file, refusing more than {@code maxBytes}.
   *
   * @param maxBytes the most bytes read, after decompression
   * @return the bytes
   * @throws InputException saying why when it cannot be read or is larger than {@code maxBytes}
   */
  public byte[] readAll(long maxBytes) throws InputException {
    try (InputStream in = open()) {
      int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
      byte[] bytes = in.readNBytes(cap + 1);
      if (bytes.length > cap) {
        throw new InputException(InputException.overSizeLimit(cap, "bytes"));
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException((gzipped() ? "truncated or corrupt gzip: " : "cannot read: ") + InputException.oneLine(e));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // The open failure is the one to report.
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
