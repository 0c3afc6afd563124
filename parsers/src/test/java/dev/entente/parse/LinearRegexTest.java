package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No string in the main code of any module is a regular expression with a repeated group that
 * itself repeats without bound ({@code (a+)+}, {@code (\s*x)*}): such patterns backtrack
 * exponentially on hostile text.
 */
class LinearRegexTest {

  private static final List<Path> MAIN_SOURCES = List.of(
      Path.of("../core/src/main/java"), Path.of("../parsers/src/main/java"), Path.of("../examples/src/main/java"));

  @Test
  void noMainSourceHoldsANestedUnboundedQuantifier() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path root : MAIN_SOURCES) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          String source = Files.readString(file, StandardCharsets.UTF_8);
          for (String literal : stringLiterals(source)) {
            if (hasNestedUnboundedQuantifier(literal)) {
              found.add(file + ": \"" + literal + "\"");
            }
          }
        }
      }
    }
    assertTrue(files > 0, "no main sources found from " + Path.of("").toAbsolutePath());
    assertEquals(List.of(), found);
  }

  @Test
  void theCheckSeesNestedQuantifiersAndPassesSafePatterns() {
    assertTrue(hasNestedUnboundedQuantifier("(a+)+"));
    assertTrue(hasNestedUnboundedQuantifier("^(\\s*\\w+)*$"));
    assertTrue(hasNestedUnboundedQuantifier("(?:x|y*){2,}"));
    assertTrue(hasNestedUnboundedQuantifier("((ab)+c)*"));
    assertFalse(hasNestedUnboundedQuantifier("\\d{4}-\\d{2}-\\d{2}"));
    assertFalse(hasNestedUnboundedQuantifier("(a+)?"));
    assertFalse(hasNestedUnboundedQuantifier("(a+){1,2}"));
    assertFalse(hasNestedUnboundedQuantifier("[(a+)]+"));
    assertFalse(hasNestedUnboundedQuantifier("\\(a+\\)+"));
    assertFalse(hasNestedUnboundedQuantifier("[\\r\\n]+"));
  }

  /** The contents of the string literals in Java source (text blocks and chars aside), unescaped. */
  static List<String> stringLiterals(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        i = source.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        i = source.indexOf("*/", i + 2);
        i = i < 0 ? n : i + 2;
      } else if (c == '\'') {
        i = skipQuoted(source, i, '\'');
      } else if (c == '"') {
        int end = skipQuoted(source, i, '"');
        out.add(unescape(source.substring(i + 1, Math.max(i + 1, end - 1))));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int skipQuoted(String s, int open, char quote) {
    int i = open + 1;
    while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static String unescape(String literal) {
    StringBuilder sb = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < literal.length()) {
        char e = literal.charAt(++i);
        sb.append(e == '\\' || e == '"' || e == '\'' ? e : e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether a group holding an unbounded quantifier is itself quantified without bound. */
  static boolean hasNestedUnboundedQuantifier(String regex) {
    Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: holds an unbounded quantifier
    boolean[] top = {false};
    int i = 0;
    int n = regex.length();
    while (i < n) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        i = skipQuantifier(regex, i, top);
        continue;
      }
      if (c == '[') {
        i = skipClass(regex, i);
        i = skipQuantifier(regex, i, top);
        continue;
      }
      if (c == '(') {
        groups.push(top);
        top = new boolean[] {false};
        i++;
        continue;
      }
      if (c == ')') {
        boolean innerUnbounded = top[0];
        top = groups.isEmpty() ? new boolean[] {false} : groups.pop();
        int after = i + 1;
        if (innerUnbounded && unboundedQuantifierAt(regex, after)) {
          return true;
        }
        top[0] |= innerUnbounded;
        i = skipQuantifier(regex, after, top);
        continue;
      }
      i = skipQuantifier(regex, i + 1, top);
    }
    return false;
  }

  private static int skipClass(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** Skips a quantifier at {@code i}, if any, noting in {@code group} when it is unbounded. */
  private static int skipQuantifier(String regex, int i, boolean[] group) {
    if (i >= regex.length()) {
      return i;
    }
    if (unboundedQuantifierAt(regex, i)) {
      group[0] = true;
    }
    char c = regex.charAt(i);
    if (c == '+' || c == '*' || c == '?') {
      return i + 1;
    }
    if (c == '{') {
      int close = regex.indexOf('}', i);
      return close < 0 ? i + 1 : close + 1;
    }
    return i;
  }

  private static boolean unboundedQuantifierAt(String regex, int i) {
    if (i >= regex.length()) {
      return false;
    }
    char c = regex.charAt(i);
    if (c == '+' || c == '*') {
      return true;
    }
    if (c == '{') {
      int close = regex.indexOf('}', i);
      return close > 0 && regex.substring(i, close).matches("\\{\\d+,");
    }
    return false;
  }
}
