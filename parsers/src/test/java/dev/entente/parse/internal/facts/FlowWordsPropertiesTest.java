package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flow words as the trade figures read them: a flow word naming a kind of instrument or body ("a free
 * trade agreement") tells no flow; "buy" is an import of its subject; "development cooperation" is aid, and
 * so is "[sum] in [State's] funding for [State]".
 */
class FlowWordsPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State a, State b, Sum sum, int year) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      FactGens.years().map(y -> new Case(p[0], p[1], s, y))));

  private static List<TradeFigure> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, STAGE).tradeFigures;
  }

  @Test
  void aFlowWordNamingAnInstrumentTellsNoFlow() {
    Prop.check("trade agreement", Gens.pair(CASES, Gens.elements("free trade agreement", "trade pact",
        "investment treaty", "supply deal", "trade talks", "trade forum")), p -> {
      Case c = p.first();
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed a " + p.second() + " and opened a")
          .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("port.");
      assertEquals(List.of(), read(text), text::text);
    });
  }

  @Test
  void theSizeOfAPlantOrOfLandIsNoAmountOfGoods() {
    Prop.check("size", Gens.pair(CASES, Gens.elements("MW", "GW", "acres", "ha")), p -> {
      Case c = p.first();
      BigDecimal n = c.sum().money().amount().movePointLeft(6).max(BigDecimal.ONE).stripTrailingZeros();
      for (State[] s : new State[][] {{c.a(), c.b()}, {c.b(), c.a()}}) {
        Tagged text = name(new Tagged(), s[0]).w("will lend");
        name(text, s[1]).w("money for a").quantity(n.toPlainString() + " " + p.second(), Quantity.of(n, p.second()),
            Qualifier.EXACT).w("power plant.");
        assertEquals(List.of(), read(text), text::text);
        Tagged loan = name(new Tagged(), s[0]).w("granted");
        name(loan, s[1]).w("a").money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("loan for a")
            .quantity(n.toPlainString() + " " + p.second(), Quantity.of(n, p.second()), Qualifier.EXACT).w("plant.");
        TradeFigure f = onlyFlow(loan, Flow.LOAN, s[0], s[1]);
        assertEquals(c.sum().money(), f.value(), loan::text);
        assertEquals(null, f.quantity(), loan::text);
      }
    });
  }

  @Test
  void anAmountRightBeforeTheFlowWordIsOfTheFlow() {
    Prop.check("loan agreement", CASES, c -> {
      Tagged text = name(new Tagged(), c.a()).w("signed a").money(c.sum().surface(), c.sum().money(), Qualifier.EXACT)
          .w("loan agreement with");
      name(text, c.b()).w(".");
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(Flow.LOAN, got.get(0).flow(), text::text);
      assertEquals(c.sum().money(), got.get(0).value(), text::text);
    });
  }

  private static Tagged purchase(State buyer, State seller, Case c) {
    BigDecimal tonnes = c.sum().money().amount().movePointLeft(3);
    Tagged t = name(new Tagged(), buyer).w("undertakes to buy")
        .quantity(tonnes.toPlainString() + " tonnes", Quantity.of(tonnes, "t"), Qualifier.EXACT).w("of")
        .country(seller.adjective(), seller.code(), CountryForm.ADJECTIVE).w("wheat in");
    return t.date(String.valueOf(c.year()), dev.entente.model.EdtfDate.ofYear(c.year())).w(".");
  }

  /** The one figure the text gives, checked to be of {@code flow} from {@code reporter} to {@code partner}. */
  private static TradeFigure onlyFlow(Tagged text, Flow flow, State reporter, State partner) {
    List<TradeFigure> got = read(text);
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    TradeFigure f = got.get(0);
    assertEquals(flow, f.flow(), text::text);
    assertEquals(Country.of(reporter.code()), f.reporter(), text::text);
    assertEquals(Country.of(partner.code()), f.partner(), text::text);
    return f;
  }

  @Test
  void theBuyerOfGoodsImportsThemAndSwapsWithTheSeller() {
    Prop.check("buy", CASES, c -> {
      for (State[] s : new State[][] {{c.a(), c.b()}, {c.b(), c.a()}}) {
        Tagged text = purchase(s[0], s[1], c);
        TradeFigure f = onlyFlow(text, Flow.IMPORT, s[0], s[1]);
        assertEquals("wheat", f.commodity(), text::text);
      }
    });
  }

  @Test
  void developmentCooperationIsAid() {
    Prop.check("development cooperation", CASES, c -> {
      for (State[] s : new State[][] {{c.a(), c.b()}, {c.b(), c.a()}}) {
        Tagged text = name(new Tagged(), s[0]).w("provided").money(c.sum().surface(), c.sum().money(),
            Qualifier.EXACT).w("in development cooperation to");
        name(text, s[1]).w(".");
        List<TradeFigure> got = read(text);
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        assertEquals(Flow.AID, got.get(0).flow(), text::text);
        assertEquals(Country.of(s[0].code()), got.get(0).reporter(), text::text);
        assertEquals(Country.of(s[1].code()), got.get(0).partner(), text::text);
      }
    });
  }

  @Test
  void fundingAnnouncedForAStateIsAidOfTheStateItIsNamedFor() {
    Prop.check("[sum] in [A-adjective] funding for [B]", Gens.pair(CASES, Gens.elements("new ", "further ", "")),
        p -> {
          Case c = p.first();
          for (State[] s : new State[][] {{c.a(), c.b()}, {c.b(), c.a()}}) {
            Tagged text = new Tagged().w("The Prime Minister announced").money(c.sum().surface(), c.sum().money(),
                Qualifier.EXACT).w("in " + p.second()).country(s[0].adjective(), s[0].code(), CountryForm.ADJECTIVE)
                .w("funding for");
            name(text, s[1]).w("schools and roads.");
            TradeFigure f = onlyFlow(text, Flow.AID, s[0], s[1]);
            assertEquals(c.sum().money(), f.value(), text::text);
          }
        });
  }

  /** "[A] will provide [B] with [sum] for ..." and "[A] provided [sum] for ... in [B]": money given. */
  private static Tagged provided(State giver, State receiver, Case c, boolean with, boolean worth) {
    Tagged t = name(new Tagged(), giver).w(c.year() % 2 == 0 ? "will provide" : "provided");
    if (worth) {
      // goods priced: "provided [B] with machinery worth [sum]"
      return name(t, receiver).w("with machinery worth").money(c.sum().surface(), c.sum().money(), Qualifier.EXACT)
          .w(".");
    }
    if (with) {
      return name(t, receiver).w("with").money(c.sum().surface(), c.sum().money(), Qualifier.EXACT)
          .w("for development projects.");
    }
    t.money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("for a coastal project in");
    return name(t, receiver).w(".");
  }

  @Test
  void moneyProvidedIsAidAndSwapsWithTheStates() {
    Prop.check("provide money", Gens.pair(CASES, Gens.booleans()), p -> {
      Case c = p.first();
      for (State[] s : new State[][] {{c.a(), c.b()}, {c.b(), c.a()}}) {
        Tagged text = provided(s[0], s[1], c, p.second(), false);
        TradeFigure f = onlyFlow(text, Flow.AID, s[0], s[1]);
        assertEquals(c.sum().money(), f.value(), text::text);
      }
    });
  }

  @Test
  void goodsProvidedAtAPriceStayExports() {
    Prop.check("provide goods worth", CASES, c -> {
      Tagged text = provided(c.a(), c.b(), c, true, true);
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(Flow.EXPORT, got.get(0).flow(), text::text);
    });
  }
}
