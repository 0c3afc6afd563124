package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deal told again: what a sentence pointing back to it adds ("The package includes ...") has the
 * deal's parties and signing, whoever makes the goods; a signing told after an undated line about
 * the same deal dates that line's goods too.
 */
class ArmsDealRetoldPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);
  /** Systems with one maker, written with a capital: "Meteor", "Exocet", "Patriot". */
  private static final List<WeaponSystem> SYSTEMS = WeaponRegister.builtIn().systems().stream()
      .filter(s -> s.makers().size() == 1 && Character.isUpperCase(s.designations().get(0).codePointAt(0))).toList();

  private record Case(State supplier, State buyer, String system, String head, int count, int year, WeaponSystem added) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(sys ->
      FactGens.heads().flatMap(head -> Gens.ints(2, 90).flatMap(n -> FactGens.years().flatMap(y ->
          Gens.elements(SYSTEMS).map(w -> new Case(p[0], p[1], sys, head, n, y, w)))))));


  private static List<ArmsContract> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, STAGE).armsContracts;
  }

  @Test
  void whatThePackageIncludesHasTheDealsPartiesAndSigning() {
    Prop.check("the package includes", CASES, c -> {
      Prop.assume(!c.added().makers().contains(Country.of(c.supplier().code()))
          && !c.added().makers().contains(Country.of(c.buyer().code())));
      Prop.assume(FactGens.unknown(c.system()));
      Tagged text = name(name(new Tagged(), c.buyer()).w("signed a contract with"), c.supplier())
          .w("for").number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
          .w(c.system() + " " + c.head() + " in").date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(".")
          .then(new Tagged().w("The package includes " + c.added().designations().get(0) + " missiles."));
      List<ArmsContract> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      ArmsContract added = got.get(1);
      assertEquals(Country.of(c.supplier().code()), added.supplier(), text::text);
      assertEquals(Country.of(c.buyer().code()), added.recipient(), text::text);
      assertEquals(EdtfDate.ofYear(c.year()), added.signed(), text::text);
    });
  }

  @Test
  void aSigningToldAfterAnUndatedLineDatesItsGoods() {
    Prop.check("signing told after", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      Tagged text = name(name(new Tagged(), c.supplier()).w("will supply " + c.system() + " " + c.head() + " to"),
          c.buyer()).w(".")
          .then(name(name(new Tagged(), c.buyer()).w("signed a contract with"), c.supplier()).w("in")
              .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w("for")
              .number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
              .w(c.added().designations().get(0) + " missiles."));
      List<ArmsContract> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.ofYear(c.year()), got.get(0).signed(), text::text);
    });
  }
}
