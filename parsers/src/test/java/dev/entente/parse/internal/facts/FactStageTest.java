package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.article.ArticleMetadataReader;
import dev.entente.parse.internal.article.BoilerplateDetector;
import dev.entente.parse.internal.events.EventStage;
import dev.entente.parse.internal.gazetteer.CountryTagger;
import dev.entente.parse.internal.normalize.AmountStage;
import dev.entente.parse.internal.normalize.DateStage;
import dev.entente.parse.internal.people.PeopleStage;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fact stages sharing one scope find exactly what each finds with a scope of its own. */
class FactStageTest {

  private static final PeopleStage PEOPLE = new PeopleStage();
  private static final List<Stage> BEFORE = List.of(new TextReaderStage(), new BoilerplateDetector(),
      new ArticleMetadataReader(), new CountryTagger(), new AmountStage(), new DateStage(), PEOPLE,
      new EventStage(PEOPLE.offices()));

  private static Document read(String text) {
    Document doc = new Document("facts", text, LocalDate.of(2019, 9, 25));
    for (Stage s : BEFORE) {
      s.apply(doc);
    }
    return doc;
  }

  @Test
  void sharedScopeFindsWhatSeparateScopesFind() {
    FactStage together = new FactStage();
    List<Stage> apart = List.of(new AgreementExtractor(), new TradeFigureExtractor(), new ArmsContractExtractor());
    var pieces = Gens.elements("Russia", "Venezuelan", "India's", "signed", "11", "about", "agreements", "Treaty",
        "on", "between", "and", "exports", "to", "from", "imports", "$4 billion", "in 2018", "May 2005", "AK-103",
        "Su-35", "fighter jets", "plant", "to produce", "rifles", "contract", "worth", "up to", "more than", "of",
        "rose", "10%", ",", ".", "the two countries", "delivered", "invested", "trade", "deal", "\n");
    Prop.check("shared scope", Gens.strings(pieces.map(p -> p + " "), 0, 60), 150, text -> {
      Document one = read(text);
      together.apply(one);
      Document other = read(text);
      for (Stage s : apart) {
        s.apply(other);
      }
      assertEquals(other.agreements, one.agreements);
      assertEquals(other.tradeFigures, one.tradeFigures);
      assertEquals(other.armsContracts, one.armsContracts);
    });
  }
}
