package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Trade figures read from generated sentences: each yields the figure it states, and only that. */
class TradeFigurePropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** One generated case: sentence shape, states, sum, year; whose figure has this flow and reporter first. */
  private record Case(int shape, State a, State b, Sum sum, int year) {}

  /** A sentence shape: writes the text; says the flow; reporter is state a, partner b. */
  private record Shape(Flow flow, Function<Case, Tagged> write) {}

  private static Tagged t() {
    return new Tagged();
  }

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged adj(Tagged t, State s) {
    return t.country(s.adjective(), s.code(), CountryForm.ADJECTIVE);
  }

  private static Tagged money(Tagged t, Sum s) {
    return t.money(s.surface(), s.money(), Qualifier.EXACT);
  }

  private static Tagged year(Tagged t, int y) {
    return t.date(String.valueOf(y), EdtfDate.ofYear(y));
  }

  static final List<Shape> SHAPES = List.of(
      new Shape(Flow.EXPORT, c -> year(money(name(adj(t(), c.a()).w("exports to"), c.b()).w("amounted to"), c.sum())
          .w("in"), c.year()).w(".")),
      new Shape(Flow.EXPORT, c -> year(name(money(name(t(), c.a()).w("exported"), c.sum()).w("worth of goods to"), c.b())
          .w("in"), c.year()).w(".")),
      new Shape(Flow.IMPORT, c -> year(t().w("In"), c.year()).w(",").w("").apply(x -> money(name(adj(x, c.a())
          .w("imports from"), c.b()).w("totaled"), c.sum())).w(".")),
      new Shape(Flow.IMPORT, c -> year(name(money(name(t(), c.a()).w("imported"), c.sum()).w("worth of machinery from"),
          c.b()).w("in"), c.year()).w(".")),
      new Shape(Flow.TURNOVER, c -> year(money(name(name(t().w("Trade between"), c.a()).w("and"), c.b())
          .w("reached"), c.sum()).w("in"), c.year()).w(".")),
      new Shape(Flow.TURNOVER, c -> money(year(name(name(t(), c.a()).w("'s trade with"), c.b()).w("in"), c.year())
          .w("totaled"), c.sum()).w(".")),
      new Shape(Flow.INVESTMENT, c -> year(name(money(name(t(), c.a()).w("invested"), c.sum()).w("in"), c.b())
          .w("'s energy sector in"), c.year()).w(".")),
      new Shape(Flow.INVESTMENT, c -> year(money(adj(name(t(), c.b()).w("expects"), c.a()).w("investments of"), c.sum())
          .w("in mining projects in"), c.year()).w(".")),
      new Shape(Flow.LOAN, c -> year(name(money(name(t(), c.a()).w("extended a"), c.sum()).w("loan to"), c.b())
          .w("in"), c.year()).w(".")),
      new Shape(Flow.LOAN, c -> year(name(money(name(t(), c.a()).w("granted a credit line of"), c.sum()).w("to"), c.b())
          .w("in"), c.year()).w(".")),
      new Shape(Flow.AID, c -> year(name(money(name(t(), c.a()).w("donated"), c.sum()).w("in humanitarian aid to"),
          c.b()).w("in"), c.year()).w(".")),
      new Shape(Flow.EXPORT, c -> year(money(name(adj(t().w("Sales of"), c.a()).w("wheat to"), c.b()).w("rose to"),
          c.sum()).w("in"), c.year()).w(".")));

  private static List<TradeFigure> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    STAGE.apply(doc);
    return doc.tradeFigures;
  }

  private static final dev.entente.proptest.Gen<Case> CASES = Gens.ints(0, SHAPES.size() - 1).flatMap(shape ->
      FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(sum -> FactGens.years().map(y ->
          new Case(shape, p[0], p[1], sum, y)))));

  @Test
  void eachShapeYieldsExactlyTheFigureItStates() {
    Prop.check("trade sentence yields its figure", CASES, c -> {
      Tagged text = SHAPES.get(c.shape()).write().apply(c);
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      TradeFigure f = got.get(0);
      assertEquals(SHAPES.get(c.shape()).flow(), f.flow(), text::text);
      assertEquals(Country.of(c.a().code()), f.reporter(), text::text);
      assertEquals(Country.of(c.b().code()), f.partner(), text::text);
      assertEquals(c.sum().money(), f.value(), text::text);
      assertEquals(EdtfDate.ofYear(c.year()), f.period(), text::text);
      assertTrue(f.evidence().stream().allMatch(s -> s.end() <= text.text().length()));
    });
  }

  @Test
  void swappingTheStatesSwapsReporterAndPartner() {
    Prop.check("swap exporter and importer", CASES, c -> {
      TradeFigure f = read(SHAPES.get(c.shape()).write().apply(c)).get(0);
      TradeFigure g = read(SHAPES.get(c.shape()).write().apply(new Case(c.shape(), c.b(), c.a(), c.sum(), c.year()))).get(0);
      assertEquals(f.reporter(), g.partner());
      assertEquals(f.partner(), g.reporter());
      assertEquals(f.flow(), g.flow());
    });
  }

  @Test
  void figuresForTwoPeriodsAreNeverMerged() {
    Prop.check("one figure per period", CASES, c -> {
      int other = c.year() == 2030 ? 1999 : c.year() + 1;
      Tagged text = SHAPES.get(c.shape()).write().apply(c);
      Case next = new Case(c.shape(), c.a(), c.b(), c.sum(), other);
      List<TradeFigure> one = read(text);
      Tagged two = twoSentences(c, next);
      List<TradeFigure> got = read(two);
      assertEquals(2, got.size(), () -> two.text() + " -> " + got);
      assertNotEquals(got.get(0).period(), got.get(1).period());
      assertEquals(one.get(0).value(), got.get(1).value());
    });
  }

  /** The same figure told for two years in two sentences. */
  private static Tagged twoSentences(Case c, Case next) {
    return year(money(name(adj(year(money(name(adj(t(), c.a()).w("exports to"), c.b()).w("amounted to"), c.sum())
        .w("in"), c.year()).w("."), next.a()).w("exports to"), next.b()).w("amounted to"), next.sum())
        .w("in"), next.year()).w(".");
  }

  @Test
  void aChangeAndItsValueInOneSentenceAreOneFigure() {
    Prop.check("value and change are one figure", Gens.pair(FactGens.pairs(), Gens.pair(FactGens.sums(),
        Gens.pair(Gens.ints(1, 90), Gens.booleans()))), v -> {
      State[] p = v.first();
      Sum sum = v.second().first();
      int pct = v.second().second().first();
      boolean fall = v.second().second().second();
      Tagged text = money(name(name(t(), p[0]).w("'s trade with"), p[1]).w(fall ? "fell" : "rose")
          .percent(pct + "%", BigDecimal.valueOf(fall ? -pct : pct), true).w("to"), sum).w(".");
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(BigDecimal.valueOf(fall ? -pct : pct), got.get(0).changePercent());
      assertEquals(sum.money(), got.get(0).value());
      assertEquals(Flow.TURNOVER, got.get(0).flow());
    });
  }

  @Test
  void figuresOfOneStateAloneAreNoTradeFigures() {
    List<Function<Case, Tagged>> solo = List.of(
        c -> year(money(t().w("Rosneft's revenue rose to"), c.sum()).w("in"), c.year()).w("."),
        c -> money(year(name(t(), c.a()).w("'s national budget for"), c.year()).w("is"), c.sum()).w("."),
        c -> name(adj(t().w("The"), c.a()).w("company's market share in"), c.b()).w("reached")
            .percent("12%", BigDecimal.valueOf(12), false).w("."),
        c -> year(name(t(), c.a()).w("'s GDP grew").percent("3%", BigDecimal.valueOf(3), true).w("in"), c.year()).w("."),
        c -> year(money(adj(t().w("The"), c.a()).w("defense budget reached"), c.sum()).w("in"), c.year()).w("."),
        c -> money(adj(t().w("The"), c.a()).w("company's profit was"), c.sum()).w("."));
    Prop.check("one-state figures yield nothing", Gens.pair(Gens.ints(0, solo.size() - 1), CASES), v -> {
      Tagged text = solo.get(v.first()).apply(v.second());
      assertEquals(List.of(), read(text), text::text);
    });
  }

  @Test
  void aidInDosesCarriesItsQuantityAndGoods() {
    Prop.check("aid in doses", Gens.pair(FactGens.pairs(), Gens.ints(1, 50)), v -> {
      State[] p = v.first();
      Tagged text = name(t().w("Before that,"), p[0]).w("said it would send")
          .quantity("about " + v.second() + " million doses", Quantity.of(BigDecimal.valueOf(v.second() * 1_000_000L), "doses"),
              Qualifier.ABOUT).w("of flu vaccines to").country(p[1].name(), p[1].code(), CountryForm.NAME).w(".");
      List<TradeFigure> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(Flow.AID, got.get(0).flow());
      assertEquals(Qualifier.ABOUT, got.get(0).qualifier());
      assertEquals("flu vaccines", got.get(0).commodity());
      assertEquals(Country.of(p[0].code()), got.get(0).reporter());
    });
  }

  @Test
  void importsAfterExportsAreTheSameStatesFlowBack() {
    Prop.check("exports then imports", Gens.pair(FactGens.pairs(), Gens.pair(FactGens.sums(), FactGens.sums())), v -> {
      State[] p = v.first();
      Tagged text = money(money(name(adj(t(), p[0]).w("exports to"), p[1]).w("amounted to"), v.second().first())
          .w(", while imports totaled"), v.second().second()).w(".");
      List<TradeFigure> got = read(text);
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      assertEquals(Flow.IMPORT, got.get(1).flow());
      assertEquals(Country.of(p[0].code()), got.get(1).reporter());
      assertEquals(Country.of(p[1].code()), got.get(1).partner());
    });
  }

  @Test
  void countsOfShipmentsAndSourcesAreNoFiguresOrDirections() {
    Prop.check("shipment counts", FactGens.pairs(), p -> {
      Tagged batches = name(adj(name(t(), p[0]).w("sent").quantity("two large batches", Quantity.of(2, "large batches"),
          Qualifier.EXACT).w("of medication to"), p[1]).w("clinics"), p[0]).w(".");
      assertEquals(List.of(), read(batches), batches::text);
      Tagged source = money(name(adj(t(), p[0]).w("investments in"), p[1]).w("reached"), FactGens.sums().sample(
          new java.util.SplittableRandom(p[0].code().hashCode()), 10)).w(", according to").apply(x -> adj(x, p[1]))
          .w("officials.");
      List<TradeFigure> got = read(source);
      assertEquals(1, got.size(), source::text);
      assertEquals(Country.of(p[0].code()), got.get(0).reporter(), source::text);
    });
  }
}
