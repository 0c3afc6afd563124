package dev.entente.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  /** Valid Unicode text: ASCII, Latin, Cyrillic, CJK, emoji, a byte-order mark, line breaks. */
  private static final Gen<String> TEXT = Gens.strings(Gens.frequency(
      Gens.weighted(6, Gens.codePoints(' ', '~')),
      Gens.weighted(2, Gens.charsOf("éßЖ中€\n\r\t\uFEFF")),
      Gens.weighted(2, Gens.codePoints(0x80, 0xD7FF)),
      Gens.weighted(1, Gens.codePoints(0x10000, 0x10FFFF))), 0, 40);

  private static final Gen<byte[]> BYTES = Gens.listOf(Gens.ints(0, 255), 0, 40).map(TextDecoderTest::bytes);

  /** Bytes that never occur in UTF-8 at a character boundary. */
  private static final Gen<Integer> NEVER_FIRST = Gens.elements(0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xF8, 0xFE, 0xFF);

  @Test
  void idIsTheNameWithoutItsExtension() {
    assertEquals("000_abc", InputFiles.withoutExtension("000_abc.txt"));
    assertEquals("a.b", InputFiles.withoutExtension("a.b.json"));
    assertEquals("a/x", InputFiles.withoutExtension("a/x.warc.gz"));
    assertEquals("a.d/x", InputFiles.withoutExtension("a.d/x"));
    assertEquals(".hidden", InputFiles.withoutExtension(".hidden"));
    assertEquals("plain", InputFiles.withoutExtension("plain"));
  }

  @Test
  void validUtf8DecodesToTheTextItEncodes() {
    Prop.check("valid UTF-8 decodes exactly", TEXT, text -> {
      TextDecoder.Decoded d = TextDecoder.strict().decode(text.getBytes(UTF_8));
      assertEquals(text, d.text());
      assertEquals(-1, d.firstBadByte());
    });
  }

  @Test
  void aBadByteAtACharBoundaryIsReportedAtItsOffset() {
    Gen<Gens.Triple<String, Integer, Integer>> cases = Gens.triple(TEXT, Gens.ints(0, 40), NEVER_FIRST);
    Prop.check("bad byte offset", cases, c -> {
      String text = c.first();
      int points = text.codePointCount(0, text.length());
      int cut = text.offsetByCodePoints(0, Math.min(c.second(), points));
      byte[] head = text.substring(0, cut).getBytes(UTF_8);
      byte[] tail = text.substring(cut).getBytes(UTF_8);
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) c.third().intValue();
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      InputException e = assertThrows(InputException.class, () -> TextDecoder.strict().decode(bytes));
      assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset " + head.length + " "), e.getMessage());
    });
  }

  @Test
  void lenientDecodingOfAnyBytesMatchesTheJdksReplacement() {
    Prop.check("lenient = JDK replacement", BYTES, bytes -> {
      TextDecoder.Decoded d = TextDecoder.lenient().decode(bytes);
      assertEquals(new String(bytes, UTF_8), d.text());
      assertEquals(!isValid(bytes), d.firstBadByte() >= 0);
    });
  }

  @Test
  void strictDecodingOfAnyBytesSucceedsExactlyOrNamesTheFirstBadByte() {
    Prop.check("strict names the first bad byte", BYTES, bytes -> {
      long firstBad = TextDecoder.lenient().decode(bytes).firstBadByte();
      if (firstBad < 0) {
        assertEquals(new String(bytes, UTF_8), TextDecoder.strict().decode(bytes).text());
        return;
      }
      InputException e = assertThrows(InputException.class, () -> TextDecoder.strict().decode(bytes));
      assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset " + firstBad + " "), e.getMessage());
      assertTrue(isValid(Arrays.copyOf(bytes, (int) firstBad)), "the bytes before the reported one are valid");
    });
  }

  @Test
  void truncatedAndOverlongSequencesAreInvalid() {
    for (byte[] bad : List.of(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, new byte[] {'a', (byte) 0xC0, (byte) 0x80},
        new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      InputException e = assertThrows(InputException.class, () -> TextDecoder.strict().decode(bad));
      assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset 1 "), e.getMessage());
    }
  }

  @Test
  void aUtf16OrUtf32ByteOrderMarkDecodesInThatEncodingAndSaysSo() {
    Prop.check("a byte order mark names the encoding", TEXT.filter(t -> !t.isBlank()), text -> {
      for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(name);
        byte[] bytes = ("\uFEFF" + text).getBytes(cs);
        for (TextDecoder decoder : List.of(TextDecoder.strict(), TextDecoder.lenient())) {
          TextDecoder.Decoded d = decoder.decodeArticle(bytes);
          assertEquals(text, d.text(), name);
          assertEquals(List.of("decoded as " + name + " (its byte order mark says so)"), d.warnings());
        }
      }
    });
  }

  @Test
  void utf16WithoutAMarkIsNamedInTheMessage() {
    InputException e = assertThrows(InputException.class,
        () -> TextDecoder.strict().decodeArticle("Russia and Venezuela".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
    assertTrue(e.getMessage().endsWith("it looks like UTF-16 without a byte order mark"), e.getMessage());
    InputException plain = assertThrows(InputException.class,
        () -> TextDecoder.strict().decodeArticle("Russia\0and Venezuela".getBytes(UTF_8)));
    assertFalse(plain.getMessage().contains("UTF-16"), plain.getMessage());
  }

  @Test
  void aBadUnitAfterAUtf16MarkNamesTheEncoding() throws InputException {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC, 'b', 0};
    InputException e = assertThrows(InputException.class, () -> TextDecoder.strict().decodeArticle(bytes));
    assertTrue(e.getMessage().startsWith("invalid UTF-16LE at byte offset 4 "), e.getMessage());
    TextDecoder.Decoded d = TextDecoder.lenient().decodeArticle(bytes);
    assertEquals("a\uFFFDb", d.text());
    assertEquals(2, d.warnings().size());
  }

  /** Whether the JDK's own strict decoder accepts the bytes. */
  private static boolean isValid(byte[] bytes) {
    try {
      UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) values.get(i).intValue();
    }
    return out;
  }
}
