package dev.entente.model;

/**
 * Where a fact was read: a half-open range {@code [start, end)} of UTF-16 offsets (Java
 * {@code String} indices) into the article text exactly as it was given.
 *
 * <pre>{@code Span s = Span.of(10, 16); s.text("Putin met Maduro")}</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the offsets.
   *
   * @param start the offset of the first character, 0 or more
   * @param end the offset just past the last character, above {@code start}
   * @throws IllegalArgumentException naming the offsets when {@code start < 0} or {@code end <= start}
   */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("Span start must be >= 0: " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException("Span end must be > start: [" + start + ", " + end + ")");
    }
  }

  /**
   * Builds a span, checking {@code 0 <= start < end}.
   *
   * @param start the offset of the first character, inclusive
   * @param end the offset just past the last character, exclusive
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * The number of UTF-16 code units the span covers.
   *
   * @return {@code end - start}, at least 1
   */
  public int length() {
    return end - start;
  }

  /**
   * The characters of {@code text} this span covers.
   *
   * @param text the article text the span was read from
   * @return the covered substring
   * @throws IndexOutOfBoundsException when the span reaches past the end of {@code text}
   */
  public String text(String text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "Span " + this + " lies beyond the text's length " + text.length());
    }
    return text.substring(start, end);
  }

  /**
   * Whether {@code other} lies wholly within this span.
   *
   * @param other the span to test
   * @return true when every offset of {@code other} is in this span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether this span and {@code other} share at least one offset.
   *
   * @param other the span to test
   * @return true when they share an offset; spans that only touch do not
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The smallest span covering both.
   *
   * @param other the other span
   * @return the span from the earlier start to the later end
   */
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
