package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.examples.cli.ArticleInput.InputException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleInputTest {

  private static final int TRIES = 500;

  @Test
  void idIsTheFileNameWithoutItsExtension() {
    assertEquals("000_abc", ArticleInput.id("seeds/000_abc.txt"));
    assertEquals("a.b", ArticleInput.id("/tmp/x/a.b.json"));
    assertEquals(".hidden", ArticleInput.id(".hidden"));
    assertEquals("plain", ArticleInput.id("plain"));
    assertEquals("stdin", ArticleInput.id("-"));
  }

  @Test
  void validUtf8DecodesAsTheJdkDoes() throws InputException {
    Random random = new Random(20261123L);
    for (int i = 0; i < TRIES; i++) {
      String text = randomText(random);
      byte[] bytes = text.getBytes(UTF_8);
      ArticleInput.Decoded d = ArticleInput.decode(bytes, false);
      assertEquals(text, d.text());
      assertEquals(-1, d.firstBadByte());
    }
  }

  @Test
  void aBadByteAtACharBoundaryIsReportedAtItsOffset() {
    Random random = new Random(11L);
    byte[] never = {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xF8};
    for (int i = 0; i < TRIES; i++) {
      String text = randomText(random);
      int cut = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
      byte[] head = text.substring(0, cut).getBytes(UTF_8);
      byte[] tail = text.substring(cut).getBytes(UTF_8);
      byte bad = never[random.nextInt(never.length)];
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = bad;
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      InputException e = assertThrows(InputException.class, () -> ArticleInput.decode(bytes, false),
          () -> "accepted " + text);
      assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset " + head.length + " "), e.getMessage());
    }
  }

  @Test
  void lenientDecodingOfAnyBytesMatchesTheJdksReplacement() throws InputException {
    Random random = new Random(7L);
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      ArticleInput.Decoded d = ArticleInput.decode(bytes, true);
      assertEquals(new String(bytes, UTF_8), d.text());
      assertEquals(d.text().indexOf('\uFFFD') >= 0, d.firstBadByte() >= 0);
    }
  }

  @Test
  void strictDecodingOfAnyBytesSucceedsExactlyOrNamesTheFirstBadByte() throws InputException {
    Random random = new Random(8L);
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      long firstBad = ArticleInput.decode(bytes, true).firstBadByte();
      try {
        assertEquals(new String(bytes, UTF_8), ArticleInput.decode(bytes, false).text());
        assertEquals(-1, firstBad);
      } catch (InputException e) {
        assertTrue(e.getMessage().startsWith("invalid UTF-8 at byte offset " + firstBad + " "), e.getMessage());
        String before = new String(Arrays.copyOf(bytes, (int) firstBad), UTF_8);
        assertFalse(before.contains("\uFFFD"), "bytes before the reported one are valid: " + before);
      }
    }
  }

  private static String randomText(Random random) {
    int[] pool = {'a', 'Z', ' ', '\n', 'é', 'ß', 'Ж', '中', 0x1F600, 0x10348, '€', '\uFEFF'};
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(pool[random.nextInt(pool.length)]);
    }
    return sb.toString();
  }
}
