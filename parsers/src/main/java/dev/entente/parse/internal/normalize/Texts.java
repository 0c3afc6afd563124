package dev.entente.parse.internal.normalize;

import dev.entente.model.Span;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.SentenceSplitter;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.util.List;
import java.util.Objects;

/** A plain string made into tokens and sentences, for the normalizers' string API. */
public record Texts(String text, List<Token> tokens, List<Sentence> sentences) {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  public static Texts of(String text) {
    Objects.requireNonNull(text, "text must not be null");
    List<Token> tokens = TOKENIZER.tokenize(text);
    return new Texts(text, tokens, SPLITTER.split(text, tokens));
  }

  public static Span span(List<Token> tokens, int first, int end) {
    return new Span(tokens.get(first).start(), tokens.get(end - 1).end());
  }
}
