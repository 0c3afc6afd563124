package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Span;
import dev.entente.parse.ArticleParser;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The fact stages never throw on word soup made of their own trigger words, and keep evidence inside the text. */
class FactStagesRobustnessTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void wordSoupNeverThrowsAndEvidenceStaysInside() {
    var pieces = Gens.elements("Russia", "Venezuelan", "Moscow", "India's", "signed", "11", "about", "agreements",
        "Treaty", "on", "Friendship", "between", "and", "exports", "to", "from", "imports", "$4 billion", "in 2018",
        "May 2005", "the following year", "AK-103", "Su-family", "fighters", "plant", "to produce", "rifles",
        "maintenance", "center", "contract", "worth", "up to", "5 million doses", "of", "flu vaccines", "rose",
        "10%", ",", ".", "while", "the two countries", "delivered", "opened", "in 2020-2021", "The", "G-20",
        "Army-2019", "invested", "loan", "aid", "revenue", "budget", "(", ")", "'", "-", "\n");
    Prop.check("word soup", Gens.strings(pieces.map(p -> p + " "), 0, 60), 200, text -> {
      ArticleExtraction x = PARSER.parse("soup", text, LocalDate.of(2019, 9, 25));
      for (var f : x.agreements()) {
        inside(f.evidence(), text);
      }
      for (var f : x.tradeFigures()) {
        inside(f.evidence(), text);
      }
      for (var f : x.armsContracts()) {
        inside(f.evidence(), text);
      }
    });
  }

  private static void inside(java.util.List<Span> spans, String text) {
    assertTrue(!spans.isEmpty());
    for (Span s : spans) {
      assertTrue(s.end() <= text.length(), () -> s + " beyond " + text.length());
    }
  }
}
