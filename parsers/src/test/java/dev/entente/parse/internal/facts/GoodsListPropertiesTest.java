package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of goods in generated trade sentences: the goods after a cue word ("mainly", "led by", "made
 * up mainly of", "most of it") and what a loan or grant pays for ("for", "to finance") are
 * the figure's commodity, wherever the list stands in the clause, and the states' roles follow the
 * grammar when the two states swap.
 */
class GoodsListPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> GOODS = List.of("machinery", "spare parts", "cut flowers", "crude oil", "tea",
      "coffee", "electronics", "building materials", "fresh produce", "steel pipes", "textiles", "copper");
  private static final List<String> CUES = List.of("mainly", "mostly", "chiefly", "largely", "led by", "driven by",
      "made up mainly of", "consisting largely of", "almost all of them", "most of it", "much of it");

  private record Case(State a, State b, Sum sum, String cue, List<String> goods, boolean before) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.elements(CUES).flatMap(cue -> Gens.ints(1, 4).flatMap(n -> Gens.ints(0, GOODS.size() - 1).flatMap(first ->
          Gens.booleans().map(before -> {
            List<String> goods = new ArrayList<>();
            for (int k = 0; k < n; k++) {
              goods.add(GOODS.get((first + k) % GOODS.size()));
            }
            return new Case(p[0], p[1], s, cue, goods, before);
          }))))));

  /** "machinery, tea and cut flowers" */
  private static String list(List<String> goods) {
    if (goods.size() == 1) {
      return goods.get(0);
    }
    return String.join(", ", goods.subList(0, goods.size() - 1)) + " and " + goods.get(goods.size() - 1);
  }

  private static Tagged sentence(Case c) {
    Tagged t = name(new Tagged(), c.a()).w("'s exports to");
    name(t, c.b());
    if (c.before()) {
      // "Kenya's exports to Peru, mainly tea and coffee, exceeded $600 million."
      t.w(",").w(c.cue()).w(list(c.goods())).w(", exceeded");
    } else {
      // "Kenya's exports to Peru reached $600 million, mainly tea and coffee."
      t.w("reached");
    }
    t.money(c.sum().surface(), c.sum().money(), Qualifier.EXACT);
    if (!c.before()) {
      t.w(",").w(c.cue()).w(list(c.goods()));
    }
    return t.w(".");
  }

  @Test
  void theGoodsAfterACueAreTheCommodity() {
    Prop.check("a list of goods", CASES, c -> {
      Tagged text = sentence(c);
      List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      TradeFigure f = got.get(0);
      assertEquals(Flow.EXPORT, f.flow(), text::text);
      assertEquals(list(c.goods()), f.commodity(), text::text);
      assertEquals(c.sum().money(), f.value(), text::text);
    });
  }

  @Test
  void swappingTheStatesSwapsTheRolesAndKeepsTheGoods() {
    Prop.check("swap the states of a list of goods", CASES, c -> {
      Case s = new Case(c.b(), c.a(), c.sum(), c.cue(), c.goods(), c.before());
      Tagged text = sentence(s);
      List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(Country.of(c.b().code()), got.get(0).reporter(), text::text);
      assertEquals(Country.of(c.a().code()), got.get(0).partner(), text::text);
      assertEquals(list(c.goods()), got.get(0).commodity(), text::text);
    });
  }

  private static final List<String> PURPOSES = List.of("for", "to finance", "for the construction of", "to fund",
      "for the import of");

  @Test
  void whatALoanOrGrantPaysForIsTheCommodity() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements(PURPOSES).flatMap(p -> Gens.booleans().map(loan ->
        new Object[] {c, p, loan})));
    Prop.check("what a loan pays for", gen, v -> {
      Case c = (Case) v[0];
      boolean loan = (Boolean) v[2];
      // "Kenya will provide a $600 million loan to Peru for roads and ports." / "... $600 million in aid to Peru to fund ..."
      Tagged text = name(new Tagged(), c.a()).w("will provide");
      if (loan) {
        text.w("a").money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("loan to");
      } else {
        text.money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("in aid to");
      }
      name(text, c.b()).w((String) v[1]).w(list(c.goods())).w(".");
      List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      TradeFigure f = got.get(0);
      assertEquals(loan ? Flow.LOAN : Flow.AID, f.flow(), text::text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text::text);
      assertEquals(Country.of(c.b().code()), f.partner(), text::text);
      assertEquals(list(c.goods()), f.commodity(), text::text);
    });
  }

  @Test
  void aTimeAfterForIsNoPurpose() {
    Prop.check("a loan for a time", CASES, c -> {
      for (String time : List.of("for the first time", "for five years", "for the next decade")) {
        Tagged text = name(new Tagged(), c.a()).w("will provide a").money(c.sum().surface(), c.sum().money(),
            Qualifier.EXACT).w("loan to");
        name(text, c.b()).w(time).w(".");
        List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        String commodity = got.get(0).commodity();
        assertTrue(commodity == null || !time.contains(commodity), text::text);
      }
    });
  }

  @Test
  void aTotalToTheWorldIsNotBilateral() {
    Gen<Object[]> gen = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
        Gens.elements("globally", "to the world", "overseas", "abroad").map(w -> new Object[] {p, s, w})));
    Prop.check("exports to the world", gen, v -> {
      State[] p = (State[]) v[0];
      Sum sum = (Sum) v[1];
      Tagged text = new Tagged().country(p[0].adjective(), p[0].code(), CountryForm.ADJECTIVE)
          .w("exports " + v[2] + " reached").money(sum.surface(), sum.money(), Qualifier.EXACT).w(".");
      text.w("Officials from");
      name(text, p[1]).w("attended the fair .");
      List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
      assertEquals(List.of(), got, text::text);
    });
  }
}
