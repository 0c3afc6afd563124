package dev.entente.parse;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.CountryMention;
import dev.entente.model.Fact;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.List;

/** What every extraction must satisfy, whatever the text: evidence inside the text, and facts with evidence. */
public final class ExtractionInvariants {
  private ExtractionInvariants() {}

  /** Throws an {@link AssertionError} naming the first span outside {@code text} or fact without evidence. */
  public static void assertWellFormed(String text, ArticleExtraction x) {
    for (CountryMention m : x.countries()) {
      if (m.evidence().isEmpty()) {
        throw new AssertionError("a country mention without evidence: " + m);
      }
      assertInside(text, m.evidence(), m);
    }
    for (Fact f : facts(x)) {
      if (f.evidence().isEmpty()) {
        throw new AssertionError("a fact without evidence: " + f);
      }
      assertInside(text, f.evidence(), f);
    }
  }

  /** Every fact of an extraction: leaders, agreements, trade figures, arms contracts and events. */
  public static List<Fact> facts(ArticleExtraction x) {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(x.leaders());
    facts.addAll(x.agreements());
    facts.addAll(x.tradeFigures());
    facts.addAll(x.armsContracts());
    facts.addAll(x.events());
    return facts;
  }

  private static void assertInside(String text, List<Span> spans, Object owner) {
    for (Span s : spans) {
      if (s.end() > text.length()) {
        throw new AssertionError("span " + s + " of " + owner + " lies beyond the text's length " + text.length());
      }
    }
  }
}
