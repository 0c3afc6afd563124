package dev.entente.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The few facts a page's schema.org JSON-LD gives of its article (headline, datePublished, author,
 * publisher), read by a small JSON reader of its own: this module carries no JSON library.
 */
final class JsonLd {

  private final String s;
  private int i;

  private JsonLd(String s) {
    this.s = s;
  }

  /** What the article objects ({@code NewsArticle}, {@code Article}...) of one script block say. */
  record Facts(@Nullable String headline, @Nullable String datePublished, @Nullable String author, @Nullable String publisher) {}

  private static final List<String> ARTICLE_TYPES = List.of(
      "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage");

  /** The facts of the first article object in {@code json}, or null when it holds none (or is not JSON). */
  static @Nullable Facts read(String json) {
    Object value;
    try {
      JsonLd reader = new JsonLd(json);
      reader.space();
      value = reader.value(0);
    } catch (RuntimeException e) {
      return null;
    }
    Map<?, ?> best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Map<?, ?> object : objects(value, new ArrayList<>())) {
      int rank = rank(object.get("@type"));
      if (rank < bestRank) {
        best = object;
        bestRank = rank;
      }
    }
    if (best == null) {
      return null;
    }
    return new Facts(string(best.get("headline")), string(best.get("datePublished")),
        name(best.get("author")), name(best.get("publisher")));
  }

  private static int rank(@Nullable Object type) {
    if (type instanceof List<?> types) {
      int r = Integer.MAX_VALUE;
      for (Object t : types) {
        r = Math.min(r, rank(t));
      }
      return r;
    }
    int r = type instanceof String t ? ARTICLE_TYPES.indexOf(t) : -1;
    return r < 0 ? Integer.MAX_VALUE : r;
  }

  private static List<Map<?, ?>> objects(@Nullable Object value, List<Map<?, ?>> out) {
    if (value instanceof Map<?, ?> map) {
      out.add(map);
      objects(map.get("@graph"), out);
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        objects(v, out);
      }
    }
    return out;
  }

  private static @Nullable String string(@Nullable Object v) {
    return v instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** A name: a string, an object's {@code name}, or the names of a list joined with commas. */
  private static @Nullable String name(@Nullable Object v) {
    if (v instanceof Map<?, ?> map) {
      return string(map.get("name"));
    }
    if (v instanceof List<?> list) {
      List<String> names = new ArrayList<>();
      for (Object o : list) {
        String n = name(o);
        if (n != null) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return string(v);
  }

  // ------------------------------------------------------------------ a small JSON reader

  private @Nullable Object value(int depth) {
    if (depth > 64) {
      throw new IllegalArgumentException("nested too deep");
    }
    char c = peek();
    Object v;
    if (c == '{') {
      i++;
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      space();
      if (peek() == '}') {
        i++;
        return map;
      }
      while (true) {
        space();
        String key = string();
        space();
        expect(':');
        space();
        map.put(key, value(depth + 1));
        space();
        if (peek() == ',') {
          i++;
        } else {
          expect('}');
          return map;
        }
      }
    } else if (c == '[') {
      i++;
      List<@Nullable Object> list = new ArrayList<>();
      space();
      if (peek() == ']') {
        i++;
        return list;
      }
      while (true) {
        space();
        list.add(value(depth + 1));
        space();
        if (peek() == ',') {
          i++;
        } else {
          expect(']');
          return list;
        }
      }
    } else if (c == '"') {
      v = string();
    } else {
      int start = i;
      while (i < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      if (word.isEmpty()) {
        throw new IllegalArgumentException("a value expected at " + start);
      }
      v = word.equals("null") ? null : word;
    }
    return v;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return s.charAt(i);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("'" + c + "' expected at " + i);
    }
    i++;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}
