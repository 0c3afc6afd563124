package dev.entente.parse.internal.facts;

import java.util.Locale;

/**
 * Recognises weapon-system designations by their shape: a short letter family, a hyphen and a
 * model with digits ({@code AK-103}, {@code S-300PMU}, {@code Su-35}, {@code Tor-M1}), a family
 * form ({@code Mi-family}, {@code Su-series}), or letters run into digits ({@code TB2},
 * {@code J20}). Whether a shape is a weapon is decided with the family data and the words around
 * it, by the arms stage.
 */
final class Designations {
  private Designations() {}

  /** How a token looks, as a designation. */
  enum Shape {
    /** Not a designation. */
    NONE,
    /** Family, hyphen, model with digits: "Su-35", "AK-103", "Tor-M1". */
    MODEL,
    /** A family form: "Mi-family", "Su-series", "Kilo-class". */
    FAMILY_FORM,
    /** Letters run into digits: "TB2", "J20". */
    COMPACT
  }

  /** The designation shape of a token's text. */
  static Shape shape(String text) {
    int n = text.length();
    // every shape starts with an upper-case letter: most words are passed over here
    if (n < 2 || n > 16 && !text.endsWith("-class") || !Character.isUpperCase(text.charAt(0))) {
      return Shape.NONE;
    }
    int hyphen = text.indexOf('-');
    if (hyphen > 0) {
      String family = text.substring(0, hyphen);
      String rest = text.substring(hyphen + 1);
      String r = rest.toLowerCase(Locale.ROOT);
      // a ship class is named after its first ship, a word of any length: "Guardian-class"
      if (family.length() > (r.equals("class") ? 12 : 6) || !allLetters(family) || rest.isEmpty()) {
        return Shape.NONE;
      }
      if (r.equals("family") || r.equals("series") || r.equals("class") || r.equals("type")) {
        return Character.isUpperCase(text.charAt(0)) ? Shape.FAMILY_FORM : Shape.NONE;
      }
      if (!hasDigit(rest) || !Character.isUpperCase(text.charAt(0))) {
        return Shape.NONE;
      }
      if (rest.length() == 4 && allDigits(rest) && (rest.startsWith("19") || rest.startsWith("20"))) {
        return Shape.NONE; // a year, as in an event's name ("Army-2019")
      }
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '-') {
          return Shape.NONE;
        }
      }
      return Shape.MODEL;
    }
    // compact: 1-4 upper-case letters then 1-4 digits, then at most one letter
    int i = 0;
    while (i < n && Character.isUpperCase(text.charAt(i))) {
      i++;
    }
    int letters = i;
    while (i < n && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int digits = i - letters;
    if (letters >= 1 && letters <= 4 && digits >= 1 && digits <= 4 && (i == n || (i == n - 1 && Character.isUpperCase(text.charAt(i))))) {
      return Shape.COMPACT;
    }
    return Shape.NONE;
  }

  /** The family part of a designation ("su" for "Su-35", "tb" for "TB2"), lower case. */
  static String family(String text) {
    int hyphen = text.indexOf('-');
    if (hyphen > 0) {
      return text.substring(0, hyphen).toLowerCase(Locale.ROOT);
    }
    int i = 0;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(0, i).toLowerCase(Locale.ROOT);
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
