package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Checks of a delivery schedule read both ways round: the two states of a report swapped. */
final class ArmsScheduleChecks {
  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2041, 3, 1);

  private ArmsScheduleChecks() {}

  /**
   * Writes the report with {@code write(buyer, supplier)}, then with the states swapped; each time
   * the contract {@code pick} chooses has the delivery {@code period} and the parties as written.
   */
  static void bothWays(State supplier0, State buyer0, EdtfDate period, BiFunction<State, State, Tagged> write,
      BiFunction<List<ArmsContract>, String, ArmsContract> pick) {
    for (boolean swapped : new boolean[] {false, true}) {
      State buyer = swapped ? supplier0 : buyer0;
      State supplier = swapped ? buyer0 : supplier0;
      Tagged text = write.apply(buyer, supplier);
      Document doc = text.document(PUBLISHED);
      STAGE.apply(doc);
      ArmsContract k = pick.apply(doc.armsContracts, text.text());
      assertEquals(period, k.delivered(), () -> text.text() + " -> " + doc.armsContracts);
      assertEquals(Country.of(supplier.code()), k.supplier(), () -> text.text() + " -> " + k);
      assertEquals(Country.of(buyer.code()), k.recipient(), () -> text.text() + " -> " + k);
    }
  }
}
