package dev.entente.model;

import java.util.List;

/** A fact read from an article, with the spans of the text it was read from. */
public sealed interface Fact permits Leader, Agreement, TradeFigure, ArmsContract, DiplomaticEvent {

  /**
   * Where in the article's text the fact was read; never empty for a fact a parser produced.
   *
   * @return the spans, unmodifiable; empty for a fact made by hand without evidence
   */
  List<Span> evidence();
}
