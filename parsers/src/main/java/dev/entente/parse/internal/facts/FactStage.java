package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Stage;

/**
 * The fact stages in their order (agreements, trade figures, arms contracts) over one {@link Scope}
 * per article, so the article's mentions are indexed by token once and a lexicon shared by the
 * stages is looked up once per token. Each stage also runs on its own, with a scope of its own.
 */
public final class FactStage implements Stage {

  private final AgreementExtractor agreements = new AgreementExtractor();
  private final TradeFigureExtractor trade = new TradeFigureExtractor();
  private final ArmsContractExtractor arms = new ArmsContractExtractor();

  @Override
  public void apply(Document doc) {
    Scope sc = new Scope(doc);
    agreements.apply(sc);
    trade.apply(sc);
    arms.apply(sc);
  }
}
