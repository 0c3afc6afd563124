package dev.entente.parse.internal.text;

import dev.entente.model.Span;

/**
 * A sentence (or a line that stands alone: a headline, a bullet) as a range of tokens
 * {@code [firstToken, endToken)} and of original-text offsets {@code [start, end)}.
 * {@code boilerplate} lines (navigation, share buttons, captions...) take no part in fact
 * extraction.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean boilerplate) {

  /** Checks that the offsets and the token range are non-empty and ordered. */
  public Sentence {
    if (index < 0 || start < 0 || end <= start || firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("Sentence needs 0 <= start < end and 0 <= firstToken < endToken: index "
          + index + ", [" + start + ", " + end + "), tokens [" + firstToken + ", " + endToken + ")");
    }
  }

  /** This sentence marked as page furniture (or not). */
  public Sentence withBoilerplate(boolean value) {
    return value == boilerplate ? this : new Sentence(index, start, end, firstToken, endToken, value);
  }

  /** The sentence's original-text span. */
  public Span span() {
    return new Span(start, end);
  }

  /** How many tokens the sentence holds. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
