package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsContract;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.parse.ArticleParser;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two transfers told in one sentence, one per clause: each keeps its own parties, dates and sum. */
class ArmsClausesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static final List<String[]> STATES = List.of(
      new String[] {"India", "IND"}, new String[] {"France", "FRA"}, new String[] {"Egypt", "EGY"},
      new String[] {"Brazil", "BRA"}, new String[] {"Indonesia", "IDN"}, new String[] {"Greece", "GRC"});

  @Test
  void eachClauseOfACompoundSentenceIsItsOwnTransfer() {
    int n = STATES.size();
    Prop.check("clauses keep their parties", Gens.zip(Gens.ints(0, n - 1), Gens.ints(1, n - 1), Gens.ints(1, n - 1),
        Gens.ints(2005, 2015), (a, b, c, y) -> new int[] {a, (a + b) % n, (a + c) % n, y}), 60, i -> {
          int year = i[3];
          String[] buyer = STATES.get(i[0]);
          String[] seller1 = STATES.get(i[1]);
          String[] seller2 = STATES.get(i[2]);
          String text = "In " + year + ", " + buyer[0] + " signed a contract with " + seller1[0]
              + " for 24 Rafale-M fighter jets, and " + buyer[0] + " bought four S-400 air defence systems from "
              + seller2[0] + " in a $2.1 billion deal signed in " + (year + 2) + ", with deliveries starting in "
              + (year + 5) + ".\n";
          ArticleExtraction x = PARSER.parse("clauses", text, LocalDate.of(2020, 1, 1));
          List<ArmsContract> arms = x.armsContracts();
          assertEquals(2, arms.size(), text + "\n" + arms);
          ArmsContract first = arms.get(0);
          ArmsContract second = arms.get(1);
          assertTrue(first.items().get(0).contains("Rafale-M"), first.toString());
          assertEquals(Country.of(seller1[1]), first.supplier(), text);
          assertEquals(Country.of(buyer[1]), first.recipient(), text);
          assertEquals(EdtfDate.ofYear(year), first.signed(), text);
          assertEquals(null, first.value(), "the sum belongs to the other clause");
          assertEquals(Country.of(seller2[1]), second.supplier(), text);
          assertEquals(Country.of(buyer[1]), second.recipient(), text);
          assertEquals(EdtfDate.ofYear(year + 2), second.signed(), text);
          assertEquals(EdtfDate.ofYear(year + 5), second.delivered(), text);
          assertEquals(0, second.value().amount().compareTo(new java.math.BigDecimal("2100000000")), text);
          assertTrue(x.tradeFigures().stream().noneMatch(t -> t.flow() == Flow.IMPORT || t.flow() == Flow.EXPORT),
              "an arms transfer is not also a trade figure: " + x.tradeFigures());
          assertTrue(x.agreements().isEmpty(), "nor an untitled agreement: " + x.agreements());
        });
  }

  @Test
  void aMemorandumSignedBesideATransferStays() {
    ArticleExtraction x = PARSER.parse("mou", "The two sides signed a memorandum of understanding on defence"
        + " cooperation, and Kenya agreed to buy Bayraktar TB2 drones from Turkey.\n", LocalDate.of(2023, 1, 1));
    assertEquals(1, x.armsContracts().size(), x.armsContracts().toString());
    assertEquals(1, x.agreements().size(), x.agreements().toString());
    assertEquals(dev.entente.model.AgreementKind.MEMORANDUM, x.agreements().get(0).kind());
  }
}
