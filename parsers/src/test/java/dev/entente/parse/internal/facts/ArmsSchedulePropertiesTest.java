package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Delivery schedules told in steps after a transfer: the first units in one year and the last in
 * another, in the same sentence as the item or the next, give the period from the first to the last.
 */
class ArmsSchedulePropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(int shape, State supplier, State buyer, String system, String head, int count, int first,
      int last) {}

  private static Tagged year(Tagged t, int y) {
    return t.date(String.valueOf(y), EdtfDate.ofYear(y));
  }

  /** The schedule sentences; each follows "B signed a contract with A for N SYSTEM HEAD." */
  private static final List<Function<Case, Tagged>> SCHEDULES = List.of(
      c -> year(year(new Tagged().w("The first units will be delivered in"), c.first())
          .w(", in time for the navy's anniversary, with the remaining " + c.head() + " to follow by"), c.last()).w("."),
      c -> year(year(new Tagged().w("An official said the first batch of the " + c.head() + " would be delivered in"),
          c.first()).w("and the remainder by"), c.last()).w("."),
      c -> year(year(new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
          .w("will receive its first " + c.system() + " in"), c.first())
          .w(", and deliveries of all " + c.count() + " " + c.head() + " are to be completed by"), c.last()).w("."),
      c -> year(year(new Tagged().w("The first of the " + c.head() + " is to be delivered in"), c.first())
          .w("and the others by"), c.last()).w("."),
      c -> year(year(new Tagged().w("Two " + c.head() + " will be handed over in"), c.first())
          .w(", the other " + c.count() + " in"), c.last()).w("."));

  private static final Gen<Case> CASES = Gens.ints(0, SCHEDULES.size() - 1).flatMap(shape ->
      FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(sys -> FactGens.heads().flatMap(head ->
          Gens.ints(2, 90).flatMap(n -> Gens.ints(2000, 2040).flatMap(y -> Gens.ints(1, 6).map(span ->
              new Case(shape, p[0], p[1], sys, head, n, y, y + span))))))));

  @Test
  void aScheduleToldInStepsIsTheDeliveryPeriod() {
    Prop.check("delivery schedule in steps", CASES, c -> {
      // a system the register knows has a maker of its own, who would sell it when the text names no seller
      Prop.assume(FactGens.unknown(c.system()));
      Tagged text = new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
          .w("signed a contract with").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME)
          .w("for").number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
          .w(c.system() + " " + c.head() + ".").then(SCHEDULES.get(c.shape()).apply(c));
      Document doc = text.document(PUBLISHED);
      STAGE.apply(doc);
      List<ArmsContract> got = doc.armsContracts;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.last())), got.get(0).delivered(),
          text::text);
    });
  }

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  @Test
  void aFirstMonthAndALastYearHoldingItIsThatYear() {
    Prop.check("first month, last year", CASES.flatMap(c -> Gens.ints(1, 12).flatMap(m -> Gens.ints(0, 3).map(later ->
        new Object[] {c, m, later}))), o -> {
      Case c = (Case) o[0];
      int month = (Integer) o[1];
      int last = c.first() + (Integer) o[2];
      Prop.assume(FactGens.unknown(c.system()));
      EdtfDate firstMonth = EdtfDate.parse(String.format("%d-%02d", c.first(), month));
      Tagged text = new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
          .w("signed a contract with").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME)
          .w("for").number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
          .w(c.system() + " " + c.head() + ".")
          .then(year(new Tagged().w("The first units will be delivered in")
              .date(MONTHS.get(month - 1) + " " + c.first(), firstMonth).w(", with the remainder to follow by"), last)
              .w("."));
      Document doc = text.document(PUBLISHED);
      STAGE.apply(doc);
      List<ArmsContract> got = doc.armsContracts;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      // the year of the last units holds the first month when it is the same year
      EdtfDate want = last == c.first() ? EdtfDate.ofYear(last) : EdtfDate.interval(firstMonth, EdtfDate.ofYear(last));
      assertEquals(want, got.get(0).delivered(), text::text);
    });
  }
}
