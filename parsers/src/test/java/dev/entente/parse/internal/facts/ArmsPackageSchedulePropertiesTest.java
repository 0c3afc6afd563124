package dev.entente.parse.internal.facts;

import dev.entente.model.ArmsContract;
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
 * A schedule told after a sentence listing what a package includes ("The package includes [parts].
 * Deliveries are planned between [year] and [year].") is the schedule of the whole deal: the main
 * system takes it, not only the parts the sentence before named.
 */
class ArmsPackageSchedulePropertiesTest {

  /** Registered systems with the noun a report ends them with. */
  private static final List<String[]> MAIN = List.of(new String[] {"Su-35", "fighters"},
      new String[] {"Rafale", "jets"}, new String[] {"AH-64E", "helicopters"}, new String[] {"K9", "howitzers"},
      new String[] {"F-16", "fighters"}, new String[] {"Leopard 2A7", "tanks"}, new String[] {"Mi-17", "helicopters"});

  /** Registered missiles a package can include. */
  private static final List<String> PARTS = List.of("Hellfire", "Stinger", "Meteor", "Javelin", "Harpoon");

  private static final List<String> OPENINGS = List.of("The package includes", "The deal also includes",
      "The package also includes");

  private static final List<String> SCHEDULES = List.of("Deliveries are planned between", "Deliveries are scheduled between",
      "Deliveries are expected between");

  private record Case(State supplier, State buyer, int main, String part, String opening, String schedule, int n,
      int first, int last) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, MAIN.size() - 1)
      .flatMap(m -> Gens.elements(PARTS).flatMap(part -> Gens.elements(OPENINGS).flatMap(o -> Gens.elements(SCHEDULES)
          .flatMap(sch -> Gens.ints(2, 90).flatMap(n -> Gens.ints(2000, 2035).flatMap(y -> Gens.ints(1, 6)
              .map(span -> new Case(p[0], p[1], m, part, o, sch, n, y, y + span)))))))));

  private static Tagged text(Case c, State buyer, State supplier) {
    String[] m = MAIN.get(c.main());
    Tagged t = new Tagged().country(buyer.name(), buyer.code(), CountryForm.NAME)
        .w("signed a contract with").country(supplier.name(), supplier.code(), CountryForm.NAME).w("for")
        .number(String.valueOf(c.n()), BigDecimal.valueOf(c.n()), Qualifier.EXACT).w(m[0] + " " + m[1]).w(".");
    t.w(c.opening()).w("spare engines and").w(c.part() + " missiles").w(".").w(c.schedule())
        .date(String.valueOf(c.first()), EdtfDate.ofYear(c.first())).w("and")
        .date(String.valueOf(c.last()), EdtfDate.ofYear(c.last())).w(".");
    return t;
  }

  private static ArmsContract main(Case c, List<ArmsContract> got, String text) {
    String system = MAIN.get(c.main())[0];
    return got.stream().filter(k -> !k.items().isEmpty() && k.items().get(0).startsWith(system)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " -> " + got));
  }

  @Test
  void theScheduleAfterAPackagesPartsIsTheDealsToo() {
    Prop.check("schedule after a package's parts", CASES, c -> {
      EdtfDate period = EdtfDate.interval(EdtfDate.ofYear(c.first()), EdtfDate.ofYear(c.last()));
      ArmsScheduleChecks.bothWays(c.supplier(), c.buyer(), period, (buyer, supplier) -> text(c, buyer, supplier),
          (got, text) -> main(c, got, text));
    });
  }
}
