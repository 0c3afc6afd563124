package dev.entente.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Person-name and free-text comparison that ignores case, accents and punctuation. */
final class Names {
  private Names() {}

  /** "Nicolás  Maduro" gives [nicolas, maduro]. */
  static List<String> words(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  static String folded(String s) {
    return String.join(" ", words(s));
  }

  /** The last word of a name: its surname for most names. */
  static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /**
   * Whether two spellings name one person: same first and last word ("Nicolas Maduro" and "Nicolás
   * Maduro Moros" are not; "Nicolas Maduro" and "Nicolás Maduro" are), or one is the other's surname.
   */
  static boolean samePerson(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return x.size() == 1 || y.size() == 1 || x.get(0).equals(y.get(0));
    }
    return false;
  }

  /** The fuller of two spellings of one name: more words, then more non-ASCII letters (accents kept). */
  static String fuller(String a, String b) {
    int wa = words(a).size();
    int wb = words(b).size();
    if (wa != wb) {
      return wa > wb ? a : b;
    }
    return nonAscii(b) > nonAscii(a) ? b : a;
  }

  private static int nonAscii(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        n++;
      }
    }
    return n;
  }
}
