package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * The office-holder dictionary's fold, written for a loader that runs interpreted (a char array,
 * tables before the Unicode normalizer), gives what the plain definition gives: every char, each
 * letter of the Latin tables between other letters, and random strings of letters, accented and
 * Vietnamese letters, letters of other scripts, marks and separators.
 */
class FoldPropertiesTest {

  /** Letters of both cases, accented Latin letters, Latin Extended Additional, the chars that fold to two, separators, marks, other scripts. */
  private static final String ALPHABET = "abzAZ'09 -.,\t\u00a0\u2010\u2011\u00c0\u00e9\u00f1\u00d8\u0141\u0107\u015f\u01b0\u0219"
      + "\u00df\u00e6\u00c6\u0153\u00fe\u2019\u02bb\u1e00\u1e9b\u1e9e\u1ea1\u1ec5\u1edd\u1ef9\u1efa\u1eff\u0301\u0323\u0430\u03ac\u4e2d";

  @Test
  void randomStringsFoldAsTheDefinitionSays() {
    Prop.check("fold", Gens.strings(ALPHABET, 0, 16), s -> assertEquals(definition(s), OfficeHolders.fold(s), s));
  }

  @Test
  void everyCharFoldsAsTheDefinitionSaysAloneAndBetweenLetters() {
    for (char c = 0; c < 0x3000; c++) {
      String alone = String.valueOf(c);
      assertEquals(definition(alone), OfficeHolders.fold(alone), Integer.toHexString(c));
      String between = "Ab" + c + "-C" + c;
      assertEquals(definition(between), OfficeHolders.fold(between), Integer.toHexString(c));
    }
  }

  /** The fold as first written: lower case, accents, dots and commas dropped, separators as one space, Unicode decomposition past the Latin-1 to Extended-B table. */
  private static String definition(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00a0' || c == '\t') {
        if (!space) {
          b.append(' ');
          space = true;
        }
        continue;
      }
      if (c == '.' || c == ',') {
        continue;
      }
      space = false;
      if (c < 128) {
        b.append(Character.toLowerCase(c));
        continue;
      }
      char folded = c >= 0xC0 && c < 0x250 ? OfficeHolders.LATIN_FOLDS.charAt(c - 0xC0) : 0;
      if (folded != 0) {
        b.append(folded);
      } else if (c == '\u00df') {
        b.append("ss");
      } else if (c == '\u00e6' || c == '\u00c6') {
        b.append("ae");
      } else if (c == '\u0153' || c == '\u0152') {
        b.append("oe");
      } else if (c == '\u00fe' || c == '\u00de') {
        b.append("th");
      } else if (c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u02bb') {
        b.append('\'');
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        space = b.length() == 0 || b.charAt(b.length() - 1) == ' ';
      } else {
        for (char x : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
          if (Character.getType(x) != Character.NON_SPACING_MARK) {
            b.append(Character.toLowerCase(x));
          }
        }
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return b.toString();
  }
}
