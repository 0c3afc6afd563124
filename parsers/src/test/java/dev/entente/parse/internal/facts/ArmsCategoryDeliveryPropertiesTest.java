package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * A delivery schedule told of a category ("Deliveries of the aircraft ...") after a contract for
 * several systems and a sentence adding systems of another category: the schedule is the period of
 * the systems of its category only, the others keep none.
 */
class ArmsCategoryDeliveryPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2041, 3, 1);

  /** Registered aircraft with the noun a report ends them with. */
  private static final List<String[]> AIRCRAFT = List.of(new String[] {"Su-35", "fighters"},
      new String[] {"Rafale", "jets"}, new String[] {"Yak-130", "trainers"}, new String[] {"MiG-29", "fighters"},
      new String[] {"F-16", "fighters"}, new String[] {"Gripen", "jets"}, new String[] {"Mi-17", "helicopters"});

  /** Registered armoured vehicles. */
  private static final List<String> TANKS = List.of("T-90S", "K2", "T-72B3", "Leopard 2A7", "M1A2 Abrams");

  private record Case(int shape, State supplier, State buyer, int a, int b, String tank, int n, int first, int last) {}

  private static Tagged year(Tagged t, int y) {
    return t.date(String.valueOf(y), EdtfDate.ofYear(y));
  }

  /** The schedule sentences, each of the aircraft by a category noun. */
  private static final List<Function<Case, Tagged>> SCHEDULES = List.of(
      c -> year(year(new Tagged().w("Deliveries of the aircraft will begin in"), c.first())
          .w("and are to be completed by"), c.last()).w("."),
      c -> year(year(new Tagged().w("The first aircraft are due in"), c.first())
          .w(", with the remainder to be handed over by"), c.last()).w("."),
      c -> year(year(new Tagged().w("Delivery of the jets is to start in"), c.first()).w("and end in"), c.last()).w("."),
      c -> year(year(new Tagged().w("The planes will be delivered in"), c.first()).w("and the last of them by"),
          c.last()).w("."),
      c -> year(year(new Tagged().w("An official said the first of the aircraft would arrive in"), c.first())
          .w("and the rest by"), c.last()).w("."),
      c -> year(year(new Tagged().w("Shipments of the aircraft are scheduled to begin in"), c.first())
          .w("and finish in"), c.last()).w("."));

  private static final Gen<Case> CASES = Gens.ints(0, SCHEDULES.size() - 1).flatMap(shape ->
      FactGens.pairs().flatMap(p -> Gens.ints(0, AIRCRAFT.size() - 1).flatMap(a -> Gens.ints(1, AIRCRAFT.size() - 1)
          .flatMap(b -> Gens.elements(TANKS).flatMap(tank -> Gens.ints(2, 90).flatMap(n -> Gens.ints(2000, 2035)
              .flatMap(y -> Gens.ints(1, 6).map(span ->
                  new Case(shape, p[0], p[1], a, (a + b) % AIRCRAFT.size(), tank, n, y, y + span)))))))));

  private static Tagged item(Tagged t, int n, String system, String head) {
    return t.number(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT).w(system + " " + head);
  }

  @Test
  void aScheduleOfACategoryIsThePeriodOfItsSystemsOnly() {
    Prop.check("schedule of a category", CASES, c -> {
      String[] a = AIRCRAFT.get(c.a());
      String[] b = AIRCRAFT.get(c.b());
      Tagged text = new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
          .w("signed contracts with").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w("for");
      item(item(text, c.n(), a[0], a[1]).w("and"), c.n() + 1, b[0], b[1]).w(".");
      item(text.w("The package also includes"), c.n() + 2, c.tank(), "tanks").w(".")
          .then(SCHEDULES.get(c.shape()).apply(c));
      Document doc = text.document(PUBLISHED);
      STAGE.apply(doc);
      List<ArmsContract> got = doc.armsContracts;
      assertEquals(3, got.size(), () -> text.text() + " -> " + got);
      EdtfDate period = EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.last()));
      for (ArmsContract k : got) {
        if (k.items().get(0).startsWith(c.tank())) {
          assertNull(k.delivered(), () -> text.text() + " -> " + k);
        } else {
          assertEquals(period, k.delivered(), () -> text.text() + " -> " + k);
        }
      }
    });
  }
}
