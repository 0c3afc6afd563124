package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.Deal;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The systems an arms report names that are not what the deal sells, in generated reports with
 * random states, systems, sums and dates: the buyer's fleet, the system retired, a rival's or a
 * compared one yield nothing, as does a system only shortlisted; a deal told by its sum and then by its systems is one contract; a
 * system named again by its maker's name alone ("the Sukhoi jets") is the same contract; and
 * swapping the two states swaps the parties.
 */
class ArmsOtherSystemsPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** A deal, and a second system (with its count and head) named beside it. */
  private record Case(Deal deal, String other, String otherHead, int otherCount) {}

  private static final Gen<Case> CASES = FactGens.deals(1).flatMap(d -> FactGens.designations().flatMap(o ->
      FactGens.heads().flatMap(h -> Gens.ints(2, 90).map(n -> new Case(d, o, h, n)))));

  /** The ways a report names a system that is not the one bought, after the deal's own words. */
  private static final List<String> AFTER = List.of("to replace its ageing", "to join its existing",
      "alongside", "which are cheaper than", "beating the rival", "over the competing");

  private static Tagged count(Tagged t, int n, String system, String head) {
    return t.number(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT).w(system + " " + head);
  }

  private static Deal swapped(Deal d) {
    return new Deal(d.buyer(), d.supplier(), d.system(), d.head(), d.count(), d.published());
  }

  private static Tagged deal(Deal d) {
    Tagged t = FactGens.name(new Tagged(), d.buyer()).w("signed a contract with");
    return count(FactGens.name(t, d.supplier()).w("for"), d.count(), d.system(), d.head());
  }

  private static void onlyTheDeal(Tagged text, Deal d) {
    List<ArmsContract> got = FactGens.read(text, d.published(), STAGE).armsContracts;
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    ArmsContract a = got.get(0);
    assertTrue(a.items().get(0).contains(d.system()), () -> text.text() + " -> " + a);
    assertEquals(d.supplier().code(), a.supplier().code(), text::text);
    assertEquals(d.buyer().code(), a.recipient().code(), text::text);
  }

  @Test
  void aSystemTheBuyerHasRetiresOrComparesIsNoContract() {
    Prop.check("other systems", CASES, c -> {
      Prop.assume(FactGens.unknown(c.deal().system()) && FactGens.unknown(c.other())
          && !c.other().equals(c.deal().system()));
      String words = AFTER.get(c.otherCount() % AFTER.size());
      for (Deal d : List.of(c.deal(), swapped(c.deal()))) {
        Tagged after = count(deal(d).w(words), c.otherCount(), c.other(), c.otherHead()).w(".");
        onlyTheDeal(after, d);
        // "[buyer], which already operates [n] [system]s, signed ...": the fleet told before the deal
        Tagged fleet = FactGens.name(new Tagged(), d.buyer()).w(", which already operates");
        fleet = count(fleet, c.otherCount(), c.other(), c.otherHead()).w(", signed a contract with");
        fleet = count(FactGens.name(fleet, d.supplier()).w("for"), d.count(), d.system(), d.head()).w(".");
        onlyTheDeal(fleet, d);
      }
    });
  }

  @Test
  void aSystemOnlyShortlistedIsNoContract() {
    Prop.check("shortlist", CASES, c -> {
      Prop.assume(FactGens.unknown(c.deal().system()));
      for (Deal d : List.of(c.deal(), swapped(c.deal()))) {
        // "[buyer] has shortlisted [n] [system]s from [supplier]"
        String verb = c.otherCount() % 2 == 0 ? "has shortlisted" : "shortlisted";
        Tagged asked = count(FactGens.name(new Tagged(), d.buyer()).w(verb), d.count(), d.system(), d.head());
        Tagged r = FactGens.name(asked.w("from"), d.supplier()).w(".");
        List<ArmsContract> none = FactGens.read(r, d.published(), STAGE).armsContracts;
        assertTrue(none.isEmpty(), () -> r.text() + " -> " + none);
      }
    });
  }

  @Test
  void aHedgedCountAfterACompareWordIsStillTheDeal() {
    Prop.check("hedged count", CASES, c -> {
      Prop.assume(FactGens.unknown(c.deal().system()));
      String hedge = List.of("over", "more than", "fewer than").get(c.otherCount() % 3);
      Deal d = c.deal();
      Tagged t = FactGens.name(new Tagged(), d.buyer()).w("signed a contract with");
      t = FactGens.name(t, d.supplier()).w("for " + hedge);
      Tagged text = count(t, d.count(), d.system(), d.head()).w(".");
      onlyTheDeal(text, d);
    });
  }

  private record Valued(Deal deal, Sum sum, int back) {}

  @Test
  void aDealToldBySumThenBySystemIsOneContract() {
    Gen<Valued> cases = FactGens.deals(1).flatMap(d -> FactGens.sums().flatMap(s -> Gens.ints(1, 6).map(b ->
        new Valued(d, s, b))));
    Prop.check("sum then systems", cases, c -> {
      Prop.assume(FactGens.unknown(c.deal().system()));
      for (Deal d : List.of(c.deal(), swapped(c.deal()))) {
        java.time.LocalDate day = d.published().minusDays(c.back());
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        Tagged t = FactGens.name(new Tagged(), d.buyer()).w("signed a")
            .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("arms deal with");
        t = FactGens.name(t, d.supplier()).w("on").date(weekday, EdtfDate.of(day), DateForm.RELATIVE).w(".");
        Tagged text = count(t.w("The deal covers"), d.count(), d.system(), d.head()).w(".");
        List<ArmsContract> got = FactGens.read(text, d.published(), STAGE).armsContracts;
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        ArmsContract a = got.get(0);
        assertTrue(a.items().get(0).contains(d.system()), () -> text.text() + " -> " + a);
        assertEquals(c.sum().money(), a.value(), text::text);
        assertEquals(EdtfDate.of(day), a.signed(), text::text);
        assertEquals(d.supplier().code(), a.supplier().code(), text::text);
        assertEquals(d.buyer().code(), a.recipient().code(), text::text);
      }
    });
  }

  /**
   * A register system with a designation "[Family] [name]" whose first word the vocabulary lists as
   * a family and the register names no system by ("Sukhoi", not "Osprey").
   */
  private record Kin(WeaponSystem system, String family, State buyer, State other, int count) {}

  @Test
  void aSystemNamedAgainByItsFamilyIsTheSameContract() {
    Lexicon weapons = Lexicon.load("weapons.txt");
    List<WeaponSystem> kin = new ArrayList<>();
    List<String> families = new ArrayList<>();
    WeaponRegister register = WeaponRegister.builtIn();
    for (WeaponSystem s : register.systems()) {
      for (String d : s.designations()) {
        int sp = d.indexOf(' ');
        String first = sp > 0 ? d.substring(0, sp) : "";
        if (sp > 2 && Character.isUpperCase(first.charAt(0)) && Character.isUpperCase(s.name().charAt(0)) && weapons.has(first.toLowerCase(Locale.ROOT), "FAMILY") && register.named(first).isEmpty()) {
          kin.add(s);
          families.add(first);
          break;
        }
      }
    }
    assertTrue(kin.size() >= 10, () -> "systems named with a family word: " + kin);
    Gen<Kin> cases = Gens.ints(0, kin.size() - 1).flatMap(k -> FactGens.pairs().flatMap(p -> Gens.ints(2, 90).map(n ->
        new Kin(kin.get(k), families.get(k), p[0], p[1], n))));
    Prop.check("family again", cases, c -> {
      WeaponSystem s = c.system();
      Prop.assume(!s.makers().contains(Country.of(c.buyer().code())) && !s.makers().contains(Country.of(c.other().code())));
      for (State buyer : List.of(c.buyer(), c.other())) {
        // "[buyer] bought [n] Su-35 aircraft. The Sukhoi aircraft will be delivered to [buyer].": one transfer
        Tagged t = count(FactGens.name(new Tagged(), buyer).w("bought"), c.count(), s.name(), "aircraft").w(".");
        Tagged text = FactGens.name(t.w("The " + c.family() + " aircraft will be delivered to"), buyer).w(".");
        List<ArmsContract> got = FactGens.read(text, java.time.LocalDate.of(2031, 3, 1), STAGE).armsContracts;
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        assertEquals(buyer.code(), got.get(0).recipient().code(), text::text);
        assertEquals(s.maker(), got.get(0).supplier(), text::text);
      }
    });
  }
}
