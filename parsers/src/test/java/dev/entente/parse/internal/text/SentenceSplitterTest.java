package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String s) {
    return splitter.split(s, tokenizer.tokenize(s)).stream().map(x -> s.substring(x.start(), x.end())).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("Mr. Okafor met Dr. Lim in St. Louis on Feb. 3 and signed accord No. 7 there.",
            "It was brief."),
        sentences("Mr. Okafor met Dr. Lim in St. Louis on Feb. 3 and signed accord No. 7 there. It was brief."));
    assertEquals(List.of("Gov. Abe and Sen. Diaz spoke."), sentences("Gov. Abe and Sen. Diaz spoke."));
    assertEquals(List.of("The answer was no.", "Then they left."), sentences("The answer was no. Then they left."));
    assertEquals(List.of("They sold works of art.", "Prices rose."), sentences("They sold works of art. Prices rose."));
    assertEquals(List.of("Under Art. 5 allies act."), sentences("Under Art. 5 allies act."));
  }

  @Test
  void initialsAndInitialisms() {
    assertEquals(List.of("John F. Kennedy visited the U.N. headquarters."),
        sentences("John F. Kennedy visited the U.N. headquarters."));
    assertEquals(List.of("Troops left the U.S.", "The base closed."), sentences("Troops left the U.S. The base closed."));
    assertEquals(List.of("U.S. President Biden spoke."), sentences("U.S. President Biden spoke."));
    assertEquals(List.of("It opened in Jan.", "The talks failed."), sentences("It opened in Jan. The talks failed."));
  }

  @Test
  void numbersDoNotSplit() {
    assertEquals(List.of("Exports reached $12.6 million, or 48,300 tonnes, in 2018.", "Imports fell."),
        sentences("Exports reached $12.6 million, or 48,300 tonnes, in 2018. Imports fell."));
  }

  @Test
  void quotesThatEndSentences() {
    assertEquals(List.of("\"We agree.\"", "Then she left."), sentences("\"We agree.\" Then she left."));
    assertEquals(List.of("He said: “It is over.”", "“Good,” she replied."),
        sentences("He said: “It is over.” “Good,” she replied."));
    assertEquals(List.of("\"Why?\" he asked."), sentences("\"Why?\" he asked."));
  }

  @Test
  void missingSpaceAndEllipsis() {
    assertEquals(List.of("They met.", "Talks went well."), sentences("They met.Talks went well."));
    assertEquals(List.of("We waited...", "Nothing came."), sentences("We waited... Nothing came."));
    assertEquals(List.of("We waited... and waited."), sentences("We waited... and waited."));
  }

  @Test
  void linesStandAlone() {
    assertEquals(List.of("Peru and Chile Sign Trade Pact", "• share", "• print", "LIMA - The two states signed."),
        sentences("Peru and Chile Sign Trade Pact\n• share\n• print\nLIMA - The two states signed."));
    assertEquals(List.of("1. Intro text here."), sentences("1. Intro text here."));
  }

  @Test
  void hardWrappedParagraphsJoin() {
    assertEquals(List.of("The minister of\nforeign affairs arrived on\nMonday.", "She left."),
        sentences("The minister of\nforeign affairs arrived on\nMonday. She left."));
    assertEquals(List.of("Officials from Ghana,\nTogo and Benin met."), sentences("Officials from Ghana,\nTogo and Benin met."));
    assertEquals(List.of("First paragraph", "second one."), sentences("First paragraph\n\nsecond one."));
  }

  @Test
  void crlfLines() {
    assertEquals(List.of("Headline Here", "Body text."), sentences("Headline Here\r\nBody text."));
  }

  @Test
  void longRunsAreCut() {
    String s = "word ".repeat(SentenceSplitter.MAX_TOKENS * 2 + 5);
    List<Sentence> ss = splitter.split(s, tokenizer.tokenize(s));
    assertEquals(3, ss.size());
  }
}
