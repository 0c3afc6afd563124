package dev.entente.parse.internal.pipeline;

import dev.entente.parse.internal.text.SentenceSplitter;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.Unwrapper;

/** The first stage: the breaks of hard-wrapped paragraphs read as spaces, then tokens and sentences. */
public final class TextReaderStage implements Stage {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Unwrapper unwrapper = new Unwrapper();

  @Override
  public void apply(Document doc) {
    doc.text = unwrapper.unwrap(doc.text);
    Tokenizer.Numbered numbered = tokenizer.tokenizeNumbered(doc.text);
    doc.tokens = numbered.tokens;
    doc.wordIds(numbered);
    doc.sentences = splitter.split(doc.text, doc.tokens);
  }
}
