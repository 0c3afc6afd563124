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
