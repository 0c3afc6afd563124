package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Keys and normal forms read without Unicode's tables give what the tables give. */
class KeysTest {
  private static final String LATIN;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = 0x20; c < 0x7F; c++) {
      b.append(c);
    }
    for (char c = 0xC0; c < 0x250; c++) {
      b.append(c);
    }
    LATIN = b.toString();
  }

  // names in Latin letters with and without accents, now and then a character beyond them
  private static final Gen<String> NAMES = Gens.strings(Gens.frequency(
      Gens.weighted(8, Gens.charsOf(LATIN)),
      Gens.weighted(1, Gens.elements("\u0301", "\u0308", "\u1EC7", "\u1EBF", "\u2019", "\u02BB", "\u20AC", "\u00A3", "\u00AD", "\u0130",
          "`", "\u00E6", "\u2026", "\u2000", "\u0627", "\uAC00", "\u1100", "\u1161"))), 0, 16);

  @Test
  void everyCharacterTheTablesKnowKeysAsItsDecomposition() {
    int known = 0;
    for (char c = 0x80; c < 0x3000; c++) {
      String s = String.valueOf(c);
      String table = Keys.latin(s);
      if (table != null) {
        assertEquals(Keys.decomposed(s), table, () -> "U+" + Integer.toHexString(s.charAt(0)));
        int type = Character.getType(c);
        assertTrue(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
            && type != Character.ENCLOSING_MARK, () -> "a mark: U+" + Integer.toHexString(s.charAt(0)));
        known++;
      }
    }
    assertTrue(known > 500, "the tables key most accented Latin letters, got " + known);
  }

  @Test
  void keysOfAnyNameEqualTheDecomposition() {
    Prop.check("of(s) == decomposed(s)", NAMES, 5000, s -> assertEquals(Keys.decomposed(s), Keys.of(s), s));
  }

  @Test
  void charactersThatCannotComposeAreNfcAloneAndInPairs() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      if (!Chars.mayCompose(c)) {
        b.append(c);
      }
    }
    char[] fixed = b.toString().toCharArray();
    assertTrue(fixed.length > 1000, "most Latin-script characters cannot compose");
    for (char a : fixed) {
      assertTrue(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC), () -> "U+" + Integer.toHexString(a));
      for (char c : fixed) {
        if (!Normalizer.isNormalized(new String(new char[] {a, c}), Normalizer.Form.NFC)) {
          throw new AssertionError("U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(c) + " compose");
        }
      }
    }
  }

  @Test
  void normalizedTextIsNfc() {
    Prop.check("normalize(s) is NFC", NAMES, 5000, s -> {
      String n = Chars.normalize(s);
      assertTrue(Normalizer.isNormalized(n, Normalizer.Form.NFC), s);
    });
  }
}
