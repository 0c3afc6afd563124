package dev.entente.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns fuzzer bytes into Java strings, the way untrusted text reaches the library. */
final class FuzzText {
  private FuzzText() {}

  /** The bytes read as UTF-8, malformed sequences replaced by U+FFFD (as a lenient reader would). */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not fail", e);
    }
  }

  /** The bytes read as raw UTF-16 code units: any char at all, lone surrogates included. */
  static String utf16Units(byte[] bytes) {
    char[] chars = new char[bytes.length / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | (bytes[2 * i + 1] & 0xFF));
    }
    return new String(chars);
  }
}
