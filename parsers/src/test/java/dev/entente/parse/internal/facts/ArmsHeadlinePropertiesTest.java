package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A headline that tells an arms deal ("[Buyer] buys 12 [system] jets in $3 billion deal") above
 * the report that tells it in full: the whole parser reads one arms contract and no import or
 * export of the headline's systems or sum, whatever the states, system, count, sum and wording.
 */
class ArmsHeadlinePropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  /** The head nouns a headline puts after a system of each category ("Rafale jets", "Holland-class frigates"). */
  private static final Map<WeaponSystem.Category, List<String>> HEADS = Map.of(
      WeaponSystem.Category.AIRCRAFT, List.of("fighters", "helicopters", "jets", "drones"),
      WeaponSystem.Category.AIR_DEFENCE_SYSTEMS, List.of("air defense systems", "missile systems"),
      WeaponSystem.Category.ARMOURED_VEHICLES, List.of("tanks", "armored vehicles"),
      WeaponSystem.Category.ARTILLERY, List.of("howitzers"),
      WeaponSystem.Category.MISSILES, List.of("missile systems", "missiles"),
      WeaponSystem.Category.SHIPS, List.of("frigates", "submarines", "ships"));
  /** Systems with one maker, written with a capital, of a category a head noun above names: "Rafale", "Caesar", "Patriot". */
  private static final List<WeaponSystem> SYSTEMS = WeaponRegister.builtIn().systems().stream()
      .filter(s -> s.makers().size() == 1 && Character.isUpperCase(s.designations().get(0).codePointAt(0))
          && HEADS.containsKey(s.category())).toList();

  private record Case(int shape, State supplier, State buyer, String system, String head, int count, int billions,
      LocalDate published) {}

  /** Headlines as desks write them over an arms deal. */
  private static final List<Function<Case, String>> HEADLINES = List.of(
      c -> c.buyer().name() + " buys " + c.count() + " " + c.system() + " " + c.head() + " in $" + c.billions()
          + " billion deal",
      c -> c.buyer().name() + " to buy " + c.count() + " " + c.supplier().adjective() + " " + c.system() + " " + c.head() + " for $" + c.billions()
          + " billion",
      c -> c.buyer().name() + " orders " + c.count() + " " + c.system() + " " + c.head() + " worth $" + c.billions()
          + " billion from " + c.supplier().name(),
      c -> c.supplier().name() + " to sell " + c.count() + " " + c.system() + " " + c.head() + " to "
          + c.buyer().name() + " in $" + c.billions() + " billion deal",
      c -> c.buyer().name() + " purchases " + c.count() + " " + c.system() + " " + c.head() + " in $"
          + c.billions() + " billion contract",
      c -> c.supplier().name() + " clinches deal to export " + c.count() + " " + c.system() + " " + c.head()
          + " to " + c.buyer().name());

  private static final Gen<Case> CASES = Gens.ints(0, HEADLINES.size() - 1).flatMap(shape -> FactGens.pairs()
      .flatMap(p -> Gens.elements(SYSTEMS).flatMap(w -> Gens.elements(HEADS.get(w.category())).flatMap(head -> Gens.ints(2, 90)
          .flatMap(n -> Gens.ints(1, 40).flatMap(b -> Gens.ints(1995, 2035).flatMap(y -> Gens.ints(1, 12)
              .flatMap(m -> Gens.ints(1, 28).map(d -> new Case(shape, p[0], p[1], w.designations().get(0), head, n,
                  b, LocalDate.of(y, m, d)))))))))));

  @Test
  void aHeadlineOverAnArmsDealTellsNoImportOrExport() {
    Prop.check("arms headline", CASES, c -> {
      String text = HEADLINES.get(c.shape()).apply(c) + "\n\n" + c.buyer().capital().toUpperCase(java.util.Locale.ROOT)
          + " (AP) - " + FactGens.armsDeal(c.buyer(), c.count(), c.system(), c.head(), c.supplier(), "") + " The deal is worth "
          + c.billions() + " billion dollars.\n";
      ArticleExtraction e = PARSER.parse("generated", text, c.published());
      assertTrue(!e.armsContracts().isEmpty(), () -> text + " -> " + e.armsContracts());
      for (TradeFigure t : e.tradeFigures()) {
        assertTrue(t.flow() != Flow.IMPORT && t.flow() != Flow.EXPORT,
            () -> text + " -> " + e.tradeFigures());
      }
    });
  }
}
