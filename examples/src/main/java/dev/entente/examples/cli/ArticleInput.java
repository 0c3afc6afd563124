package dev.entente.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one article's bytes and decodes them as UTF-8, strictly or with replacement. */
final class ArticleInput {

  private ArticleInput() {}

  /** Why one input could not be read; the message is one line for standard error. */
  static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** A decoded text, and the byte offset of the first invalid byte (-1 when there was none). */
  record Decoded(String text, long firstBadByte) {}

  /** The id of an article read from {@code name}: the file name without its extension. */
  static String id(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    Path fileName = Path.of(name).getFileName();
    String base = fileName == null ? name : fileName.toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /** Reads the file at {@code name}, refusing more than {@code maxBytes}. */
  static byte[] readFile(String name, long maxBytes) throws InputException {
    Path path;
    try {
      path = Path.of(name);
    } catch (RuntimeException e) {
      throw new InputException("not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw new InputException("is a directory");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, maxBytes);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read: " + oneLine(e));
    }
  }

  /** Reads a stream to its end, refusing more than {@code maxBytes}. */
  static byte[] read(InputStream in, long maxBytes) throws IOException, InputException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw new InputException("longer than the limit of " + cap + " bytes");
    }
    return bytes;
  }

  /**
   * Decodes UTF-8. Strictly, the first invalid byte fails with its offset; leniently, invalid bytes
   * become U+FFFD and the offset of the first is still reported.
   */
  static Decoded decode(byte[] bytes, boolean lenient) throws InputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    long firstBad = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (!result.isError()) {
        throw new IllegalStateException("UTF-8 output overflowed its buffer: " + result);
      }
      if (firstBad < 0) {
        firstBad = in.position();
      }
      if (!lenient) {
        throw new InputException(String.format(
            "invalid UTF-8 at byte offset %d (0x%02X); file skipped (--lenient replaces invalid bytes)",
            firstBad, bytes[(int) firstBad] & 0xFF));
      }
      in.position(in.position() + result.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), firstBad);
  }

  /** An exception's message on one line, or its type when it has none. */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().replaceAll("[\\r\\n]+", " ");
  }
}
