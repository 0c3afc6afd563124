package dev.entente.parse.text;

import dev.entente.model.Span;

/**
 * A sentence (or a line that stands alone: a headline, a bullet) as a range of tokens
 * {@code [firstToken, endToken)} and of original-text offsets {@code [start, end)}.
 * {@code boilerplate} lines (navigation, share buttons, captions...) take no part in fact
 * extraction.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean boilerplate) {

  public Span span() {
    return new Span(start, end);
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
