package dev.entente.parse.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Lookup keys: lower case, accents folded, typographic apostrophes and dashes made plain, letters
 * without a decomposition folded to their usual Latin spelling (ø, ł, đ, ß, æ, œ, ı). Lexicon
 * entries and tokens are compared by key, so "Nicolás", "NICOLAS" and "Nicolas" meet.
 */
public final class Keys {
  private Keys() {}

  /** The lookup form of {@code s}: "Nicolás" gives "nicolas", "Côte d’Ivoire" gives "cote d'ivoire". */
  public static String of(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 128 || c == '`') {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    String latin = latin(s);
    return latin != null ? latin : decomposed(s);
  }

  /**
   * The key of a string whose characters beyond ASCII are all accented Latin letters of the tables
   * below, currency signs or typographic apostrophes, read without decomposing the string; null when
   * another character is present. Creating a parser keys thousands of names, and Unicode's
   * decomposition tables would otherwise be loaded for the first accented one.
   */
  static @Nullable String latin(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k;
      if (c < 128) {
        k = c == '`' ? 0 : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (c >= 0xC0 && c < 0xC0 + LATIN_KEYS.length()) {
        k = LATIN_KEYS.charAt(c - 0xC0);
      } else if (c >= 0x1E00 && c < 0x1E00 + LATIN_ADDITIONAL_KEYS.length()) {
        k = LATIN_ADDITIONAL_KEYS.charAt(c - 0x1E00);
      } else if (c >= 0xA2 && c <= 0xA5 || c >= 0x20A0 && c <= 0x20C0) {
        k = c; // currency signs are their own keys
      } else if (c == '\u2018' || c == '\u2019' || c == '\u02BB' || c == '\u02BC') {
        k = '\'';
      } else {
        k = 0;
      }
      if (k == 0) {
        return null;
      }
      out[i] = k;
    }
    return new String(out);
  }

  /**
   * The key of each letter from U+00C0 to U+024F that decomposes to one ASCII letter and combining
   * marks, or folds to one by {@link #fold}: exactly what {@link #decomposed} gives for it alone
   * (checked for every letter by a test); {@code \0} where the letter takes the long way.
   */
  private static final String LATIN_KEYS =
      "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yaaaaaaccccccccddddeeeeeeeeeeg"
          + "ggggggghh\0hiiiiiiiiii\0\0jjkk\0llllll\0\0llnnnnnn\0\0\0oooooo\0\0rrrrrrsssssssstttt\0\0uuuuuuuuuuuu"
          + "wwyyyzzzzzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0"
          + "\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoo"
          + "oo\0\0j\0\0\0gg\0\0nnaa\0\0ooaaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0"
          + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

  /** The same for Latin Extended Additional, U+1E00 to U+1EFF (the letters of Vietnamese among them). */
  private static final String LATIN_ADDITIONAL_KEYS =
      "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssss"
          + "ssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeee"
          + "eeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

  /**
   * The key of a letter of Latin Extended Additional (U+1E00 to U+1EFF, the letters of Vietnamese
   * among them) that decomposes to one ASCII letter and combining marks, as {@link #decomposed}
   * gives it; {@code \0} for any other char.
   */
  public static char latinAdditional(char c) {
    return c >= 0x1E00 && c < 0x1E00 + LATIN_ADDITIONAL_KEYS.length() ? LATIN_ADDITIONAL_KEYS.charAt(c - 0x1E00) : 0;
  }

  /** The key by canonical decomposition: marks dropped, look-alikes folded, then lower case. */
  static String decomposed(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\u2026') {
        sb.append("...");
        continue;
      }
      if (Chars.isIgnorable(c)) {
        continue;
      }
      String folded = fold(c);
      if (folded != null) {
        sb.append(folded);
      } else {
        sb.append(Chars.plain(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  // Latin letters that NFD does not decompose, spelled as English-language news writes them.
  private static @Nullable String fold(char c) {
    switch (c) {
      case 'ø': return "o";
      case 'Ø': return "O";
      case 'ł': return "l";
      case 'Ł': return "L";
      case 'đ': return "d";
      case 'Đ': return "D";
      case 'ð': return "d";
      case 'Ð': return "D";
      case 'ß': return "ss";
      case 'æ': return "ae";
      case 'Æ': return "AE";
      case 'œ': return "oe";
      case 'Œ': return "OE";
      case 'ı': return "i";
      case 'þ': return "th";
      case 'Þ': return "TH";
      case 'ħ': return "h";
      default: return null;
    }
  }
}
