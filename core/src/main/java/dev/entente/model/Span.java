package dev.entente.model;

/**
 * Where a fact was read: a half-open range {@code [start, end)} of UTF-16 offsets (Java
 * {@code String} indices) into the article text exactly as it was given.
 *
 * <pre>{@code Span s = Span.of(10, 16); s.text("Putin met Maduro")}</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("Span start must be >= 0: " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException("Span end must be > start: [" + start + ", " + end + ")");
    }
  }

  /** Builds a span, checking {@code 0 <= start < end}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  /** The characters of {@code text} this span covers. */
  public String text(String text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "Span " + this + " lies beyond the text's length " + text.length());
    }
    return text.substring(start, end);
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
