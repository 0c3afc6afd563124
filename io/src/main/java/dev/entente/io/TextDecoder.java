package dev.entente.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Decodes an article's bytes as UTF-8 text. Strictly, the first invalid byte fails the item with
 * its offset; leniently, invalid bytes become U+FFFD and the offset of the first is still told. A
 * file that is empty, only white space, or binary (a NUL byte, which no article text holds) fails
 * either way. A file that begins with a UTF-16 or UTF-32 byte order mark is decoded in that
 * encoding, and the decoding says so in a warning.
 */
public final class TextDecoder {

  private final boolean lenient;

  private TextDecoder(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * A decoder that fails on invalid UTF-8.
   *
   * @return the strict decoder
   */
  public static TextDecoder strict() {
    return new TextDecoder(false);
  }

  /**
   * A decoder that replaces invalid UTF-8 with U+FFFD.
   *
   * @return the lenient decoder
   */
  public static TextDecoder lenient() {
    return new TextDecoder(true);
  }

  /**
   * The lenient or the strict decoder.
   *
   * @param lenient true to replace invalid UTF-8, false to fail on it
   * @return the decoder
   */
  public static TextDecoder of(boolean lenient) {
    return new TextDecoder(lenient);
  }

  /**
   * Whether invalid UTF-8 is replaced rather than refused.
   *
   * @return true for the lenient decoder
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * A decoded text, the byte offset of the first invalid byte (-1 when there was none) and the
   * encoding it was read in.
   *
   * @param text the text
   * @param firstBadByte the offset of the first invalid byte, -1 when every byte was valid
   * @param encoding the encoding read: {@code UTF-8}, or the one a byte order mark named
   */
  public record Decoded(String text, long firstBadByte, String encoding) {

    /**
     * A UTF-8 decoding.
     *
     * @param text the text
     * @param firstBadByte the offset of the first invalid byte, -1 when every byte was valid
     */
    public Decoded(String text, long firstBadByte) {
      this(text, firstBadByte, "UTF-8");
    }

    /**
     * The warnings a decoding owes its reader: a text read in another encoding than UTF-8 (its byte
     * order mark said so), invalid bytes replaced; none for valid UTF-8.
     *
     * @return the warnings, in that order
     */
    public List<String> warnings() {
      @Nullable String bom = encoding.equals("UTF-8") ? null : "decoded as " + encoding + " (its byte order mark says so)";
      @Nullable String bad = firstBadByte < 0 ? null
          : "invalid " + encoding + " from byte offset " + firstBadByte + " replaced with U+FFFD (--lenient)";
      return Stream.of(bom, bad).filter(Objects::nonNull).toList();
    }
  }

  /**
   * Decodes {@code bytes}, failing for an empty, blank, binary or (strictly) invalid input.
   *
   * @param bytes the article's bytes
   * @return the text, and where invalid bytes began
   * @throws InputException saying why the bytes are not an article's text
   */
  public Decoded decodeArticle(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    Charset wide = byteOrderMark(bytes);
    if (wide != null) {
      Decoded decoded = decode(bytes, wide);
      if (decoded.text().indexOf('\0') >= 0) {
        throw new InputException("binary file (a NUL char in its " + wide.name() + " text), not text");
      }
      if (decoded.text().isBlank()) {
        throw new InputException("no text, only " + bytes.length + " bytes of white space in " + wide.name());
      }
      return decoded;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (a NUL byte at offset " + i + "), not text" + wideHint(bytes));
      }
    }
    Decoded decoded = decode(bytes);
    if (decoded.text().isBlank()) {
      throw new InputException("no text, only " + bytes.length + " bytes of white space");
    }
    return decoded;
  }

  /**
   * Decodes {@code bytes} as they are, an empty input to an empty text.
   *
   * @param bytes the bytes
   * @return the text, and where invalid bytes began
   * @throws InputException when the decoder is strict and a byte is invalid
   */
  public Decoded decode(byte[] bytes) throws InputException {
    return decode(bytes, StandardCharsets.UTF_8);
  }

  /** UTF-32 (checked first: its little-endian mark begins as UTF-16's does) or UTF-16 by a byte order mark; null for none. */
  private static @Nullable Charset byteOrderMark(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return Charset.forName("UTF-32BE");
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Decodes {@code bytes} in {@code charset}, a leading byte order mark left out. */
  private Decoded decode(byte[] bytes, Charset charset) throws InputException {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    // the JDK's UTF-32 decoders drop a leading mark themselves; its UTF-16BE and UTF-16LE keep it
    int mark = charset.name().startsWith("UTF-16") ? 2 : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, mark, bytes.length - mark);
    // UTF-8, UTF-16 and UTF-32 never decode to more chars than they have bytes.
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
            "invalid %s at byte offset %d (0x%02X); file skipped (--lenient replaces invalid bytes)",
            charset.name(), firstBad, bytes[(int) firstBad] & 0xFF) + (utf8 ? wideHint(bytes) : ""));
      }
      in.position(in.position() + result.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), firstBad, charset.name());
  }

  /** A hint when UTF-8 fails on what looks like UTF-16 without a byte order mark (every other byte NUL). */
  private static String wideHint(byte[] b) {
    int n = Math.min(b.length, 64);
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          evenNul++;
        } else {
          oddNul++;
        }
      }
    }
    // ASCII in UTF-16: one byte of every two is NUL, the other never
    return n >= 8 && Math.min(evenNul, oddNul) == 0 && Math.max(evenNul, oddNul) >= 3 * n / 8 ? "; it looks like UTF-16 without a byte order mark" : "";
  }
}
