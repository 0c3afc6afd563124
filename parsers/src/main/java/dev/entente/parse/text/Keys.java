package dev.entente.parse.text;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys: lower case, accents folded, typographic apostrophes and dashes made plain. */
public final class Keys {
  private Keys() {}

  /** The lookup form of {@code s}: "Nicolás" gives "nicolas", "Côte d’Ivoire" gives "cote d'ivoire". */
  public static String of(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
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
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      sb.append(Chars.plain(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
