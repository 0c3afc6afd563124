package dev.entente.parse.text;

import dev.entente.model.Span;

/**
 * One token of an article. {@code start}/{@code end} are UTF-16 offsets into the original text;
 * {@code text} is the token as matching sees it (NFC, typographic quotes and dashes made plain);
 * {@code key} is its lookup form (lower case, accents folded: "Nicolás" has key "nicolas").
 */
public record Token(int index, int start, int end, String text, String key, Kind kind, boolean lineStart) {

  /** What a token is made of. */
  public enum Kind {
    /** Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "Russian-made"). */
    WORD,
    /** Digits, possibly with separators and decimals ("257,200", "85.2", "2015-2018", "AK-103" is a WORD). */
    NUMBER,
    /** Punctuation and symbols, one character each ("$", "%", ",", "("). */
    PUNCT
  }

  public Span span() {
    return new Span(start, end);
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean is(String key) {
    return this.key.equals(key);
  }
}
