package dev.entente.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes an article's bytes as UTF-8 text. Strictly, the first invalid byte fails the item with
 * its offset; leniently, invalid bytes become U+FFFD and the offset of the first is still told. A
 * file that is empty, only white space, or binary (a NUL byte, which no article text holds) fails
 * either way.
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

  /** A decoded text, and the byte offset of the first invalid byte (-1 when there was none). */
  public record Decoded(String text, long firstBadByte) {

    /**
     * The warning a lenient decoding owes its reader; none when every byte was valid.
     *
     * @return one warning naming the first bad byte's offset, or none
     */
    public List<String> warnings() {
      return firstBadByte < 0 ? List.of()
          : List.of("invalid UTF-8 from byte offset " + firstBadByte + " replaced with U+FFFD (--lenient)");
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
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary file (a NUL byte at offset " + i + "), not text");
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
}
