package dev.entente.parse.internal.pipeline;

import dev.entente.parse.internal.text.SentenceSplitter;
import dev.entente.parse.internal.text.Tokenizer;

/** The first stage: tokens and sentences. */
public final class TextReaderStage implements Stage {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public void apply(Document doc) {
    doc.tokens = tokenizer.tokenize(doc.text);
    doc.sentences = splitter.split(doc.text, doc.tokens);
  }
}
