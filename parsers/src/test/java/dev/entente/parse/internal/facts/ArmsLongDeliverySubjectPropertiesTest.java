package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence opening with a word of delivery whose subject is long ("Deliveries of the 20
 * single-seat [system] and six two-seat [system] jets are to run from [year] to [year].") tells
 * the schedule of the transfer just told, however far its dates are from that word.
 */
class ArmsLongDeliverySubjectPropertiesTest {

  /** Registered aircraft. */
  private static final List<String> SYSTEMS = List.of("Su-35", "Rafale", "F-16", "Gripen", "MiG-29", "Yak-130");

  /** Words a report puts between a count and a system. */
  private static final List<String[]> MODIFIERS = List.of(new String[] {"single-seat", "two-seat"},
      new String[] {"newly built", "refurbished"}, new String[] {"combat-ready", "training-configured"});

  private record Case(State supplier, State buyer, String system, String[] modifiers, int a, int b, int first,
      int span) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SYSTEMS)
      .flatMap(sys -> Gens.elements(MODIFIERS).flatMap(m -> Gens.ints(2, 40).flatMap(a -> Gens.ints(2, 40)
          .flatMap(b -> Gens.ints(2000, 2035).flatMap(y -> Gens.ints(1, 6)
              .map(span -> new Case(p[0], p[1], sys, m, a, b, y, span))))))));

  private static Tagged text(Case c, State buyer, State supplier) {
    Tagged t = new Tagged().country(buyer.name(), buyer.code(), CountryForm.NAME).w("signed a contract with")
        .country(supplier.name(), supplier.code(), CountryForm.NAME).w("for")
        .number(String.valueOf(c.a() + c.b()), BigDecimal.valueOf(c.a() + c.b()), Qualifier.EXACT)
        .w(c.system() + " fighter jets").w(".").w("Deliveries of the")
        .number(String.valueOf(c.a()), BigDecimal.valueOf(c.a()), Qualifier.EXACT)
        .w(c.modifiers()[0] + " " + c.system() + " and")
        .number(String.valueOf(c.b()), BigDecimal.valueOf(c.b()), Qualifier.EXACT)
        .w(c.modifiers()[1] + " " + c.system() + " jets are to run from")
        .date(String.valueOf(c.first()), EdtfDate.ofYear(c.first())).w("to")
        .date(String.valueOf(c.first() + c.span()), EdtfDate.ofYear(c.first() + c.span())).w(".");
    return t;
  }

  @Test
  void aLongDeliverySubjectStillTellsTheSchedule() {
    Prop.check("long delivery subject", CASES, c -> {
      EdtfDate period = EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.first() + c.span()));
      ArmsScheduleChecks.bothWays(c.supplier(), c.buyer(), period, (buyer, supplier) -> text(c, buyer, supplier),
          (got, text) -> {
            assertEquals(1, got.size(), () -> text + " -> " + got);
            return got.get(0);
          });
    });
  }
}
