package dev.entente.parse.score;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON values the way the scoring rules read them: Python's truthiness, {@code str()},
 * accent-folded word lists, country codes, decimals and EDTF strings.
 */
final class Values {
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9\\- ]+");
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  private Values() {}

  /** {@code obj.get(field)}: the value, or null when obj is no object, the field is absent or null. */
  static @Nullable JsonNode get(@Nullable JsonNode obj, String field) {
    if (obj == null || !obj.isObject()) {
      return null;
    }
    JsonNode v = obj.get(field);
    return v == null || v.isNull() || v.isMissingNode() ? null : v;
  }

  /** Python truthiness: null, false, 0, "", [] and {} are false. */
  static boolean truthy(@Nullable JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNumber()) {
      return n.decimalValue().signum() != 0;
    }
    if (n.isString()) {
      return !n.stringValue().isEmpty();
    }
    return n.size() > 0;
  }

  static boolean truthy(JsonNode obj, String field) {
    return truthy(get(obj, field));
  }

  /** The elements of an array; anything else reads as empty. */
  static List<JsonNode> list(@Nullable JsonNode n) {
    return n != null && n.isArray() ? new ArrayList<>(n.values()) : List.of();
  }

  /** Python's {@code str(x)} for the values JSON holds (containers approximately). */
  static String str(@Nullable JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "None";
    }
    if (n.isString()) {
      return n.stringValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "True" : "False";
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    return n.toString();
  }

  /** A string value, or null for anything else. */
  static @Nullable String string(@Nullable JsonNode n) {
    return n != null && n.isString() ? n.stringValue() : null;
  }

  /** {@code (x or "")} as text: "" for a false value, else {@code str(x)}. */
  static String orEmpty(@Nullable JsonNode n) {
    return truthy(n) ? str(n) : "";
  }

  /** Lower-case ASCII words with accents removed and other characters as separators. */
  static List<String> fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    d = MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    d = NOT_WORD.matcher(d).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String w : d.split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static List<String> fold(@Nullable JsonNode n) {
    return fold(str(n));
  }

  /** The upper-case code of a country (a string or an object with "code"), or null. */
  static @Nullable String code(@Nullable JsonNode c) {
    if (c != null && c.isObject()) {
      c = get(c, "code");
    }
    String s = string(c);
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  /** The non-empty codes of a list of countries. */
  static Set<String> codes(@Nullable JsonNode xs) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode x : list(xs)) {
      String c = code(x);
      if (c != null && !c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** A plain string list, such as a gold file's codes. */
  static Set<String> strings(@Nullable JsonNode xs) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode x : list(xs)) {
      out.add(str(x));
    }
    return out;
  }

  /** A number, or the decimal a string spells; null for anything else (and for NaN or infinity). */
  static @Nullable BigDecimal num(@Nullable JsonNode x) {
    if (x == null || x.isNull() || x.isMissingNode() || x.isBoolean()) {
      return null;
    }
    if (x.isNumber()) {
      return x.isIntegralNumber() ? new BigDecimal(x.bigIntegerValue()) : x.decimalValue();
    }
    if (x.isString()) {
      try {
        return new BigDecimal(strip(x.stringValue()).replace("_", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code a} is within {@code rel} of {@code b} (relative to b; 0 only equals 0). */
  static boolean close(@Nullable BigDecimal a, @Nullable BigDecimal b, BigDecimal rel) {
    if (a == null || b == null) {
      return false;
    }
    if (b.signum() == 0) {
      return a.signum() == 0;
    }
    return a.subtract(b).abs().compareTo(b.abs().multiply(rel)) <= 0;
  }

  static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a != null && b != null && a.compareTo(b) == 0;
  }

  /** An EDTF string with all white space removed, or null when blank or not a string. */
  static @Nullable String edtf(@Nullable JsonNode d) {
    String s = string(d);
    if (s == null || strip(s).isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isSpace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The folded name of a person given as a string or as an object with "name". */
  static List<String> person(@Nullable JsonNode p) {
    if (p != null && p.isObject()) {
      p = get(p, "name");
    }
    String s = string(p);
    return s == null ? List.of() : fold(s);
  }

  static String upper(@Nullable JsonNode n) {
    return orEmpty(n).toUpperCase(Locale.ROOT);
  }

  static @Nullable BigInteger integer(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? BigInteger.ONE : BigInteger.ZERO; // a bool is an int to the rules
    }
    return n.isIntegralNumber() ? n.bigIntegerValue() : null;
  }

  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  // Python's notion of white space, which takes in no-break spaces and the information separators.
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }
}
