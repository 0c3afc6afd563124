package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.ArmsContract;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence whose subject is the delivery itself ("Delivery will take place in stages between
 * [year] and [year]", "Deliveries are scheduled between ...") gives the delivery period of the last
 * transfer told, however many sentences of other matters stand between them.
 */
class ArmsLateSchedulePropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State supplier, State buyer, String system, String head, int count, int between, int shape,
      int first, int last) {}

  /** Sentences of other matters, none of them about a transfer or a date. */
  private static final List<String> BETWEEN = List.of("The talks also covered regional security.",
      "Officials described the negotiations as long and difficult.", "The ministers then held a news conference.",
      "Both governments welcomed the outcome.", "Parliament is expected to debate the budget next week.");

  /** "[opening] [first] [joiner] [last]": the schedule sentence, with the words of its span as written. */
  private static final List<String[]> SCHEDULES = List.of(
      new String[] {"Delivery will take place in stages", "between", "and"},
      new String[] {"Deliveries are scheduled", "between", "and"},
      new String[] {"The deliveries are expected to run", "from", "to"},
      new String[] {"The first deliveries are planned", "between", "and"});

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(sys ->
      FactGens.heads().flatMap(head -> Gens.ints(2, 90).flatMap(n -> Gens.ints(0, BETWEEN.size()).flatMap(k ->
          Gens.ints(0, SCHEDULES.size() - 1).flatMap(shape -> Gens.ints(2000, 2040).flatMap(y -> Gens.ints(1, 6)
              .map(span -> new Case(p[0], p[1], sys, head, n, k, shape, y, y + span)))))))));

  private static Tagged deal(Case c) {
    Tagged t = new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
        .w("signed a contract with").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME)
        .w("for").number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
        .w(c.system() + " " + c.head() + ".");
    for (int k = 0; k < c.between(); k++) {
      t.w(BETWEEN.get(k));
    }
    return t;
  }

  private static List<ArmsContract> read(Tagged text) {
    return FactGens.read(text, PUBLISHED, STAGE).armsContracts;
  }

  @Test
  void aDeliverySentenceGivesTheLastTransferItsPeriodHoweverFarBack() {
    Prop.check("late delivery schedule", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      String[] shape = SCHEDULES.get(c.shape());
      String span = shape[1] + " " + c.first() + " " + shape[2] + " " + c.last();
      EdtfDate period = EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.last()));
      Tagged text = deal(c).w(shape[0]).date(span, period).w(".");
      List<ArmsContract> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(period, got.get(0).delivered(), text::text);
    });
  }

  @Test
  void aSentenceOfAnotherSubjectFarBackGivesNoDelivery() {
    // "The programme will run between [year] and [year]": no delivery is told, so none is taken
    Prop.check("no delivery subject", CASES.filter(c -> c.between() >= 3), c -> {
      Prop.assume(FactGens.unknown(c.system()));
      EdtfDate period = EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.last()));
      Tagged text = deal(c).w("The programme will run").date("between " + c.first() + " and " + c.last(), period)
          .w(".");
      List<ArmsContract> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertNull(got.get(0).delivered(), text::text);
    });
  }
}
