package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
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

/** Arms transfers read from generated sentences with generated weapon designations. */
class ArmsContractPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(int shape, State a, State b, String system, String head, int count, int year, Sum sum) {
    String item() {
      return system + " " + head;
    }
  }

  /** What a shape states besides supplier a, recipient b and the item: quantity, signing year, delivery year. */
  private record Shape(boolean counted, boolean signed, boolean delivered, boolean valued, Function<Case, Tagged> write) {}

  private static Tagged t() {
    return new Tagged();
  }

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged adj(Tagged t, State s) {
    return t.country(s.adjective(), s.code(), CountryForm.ADJECTIVE);
  }

  private static Tagged year(Tagged t, int y) {
    return t.date(String.valueOf(y), EdtfDate.ofYear(y));
  }

  private static Tagged count(Tagged t, Case c) {
    return t.number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT);
  }

  static final List<Shape> SHAPES = List.of(
      new Shape(true, false, true, false, c ->
          year(name(count(name(t(), c.a()).w("delivered"), c).w(c.item() + " to"), c.b()).w("in"), c.year()).w(".")),
      new Shape(true, false, false, false, c ->
          name(count(name(t(), c.b()).w("bought"), c).w(c.item() + " from"), c.a()).w(".")),
      new Shape(false, false, false, false, c ->
          name(adj(t(), c.a()).w(c.item() + " were supplied to the army of"), c.b()).w(".")),
      new Shape(false, true, false, false, c ->
          year(name(adj(t().w("A contract to supply"), c.a()).w(c.item() + " to"), c.b()).w("was signed in"), c.year())
              .w(".")),
      new Shape(false, false, true, false, c ->
          year(name(name(t(), c.b()).w("received its first " + c.item() + " from"), c.a()).w("in"), c.year()).w(".")),
      new Shape(true, false, false, true, c ->
          count(name(name(t(), c.a()).w("will sell"), c.b()).w("a").money(c.sum().surface(), c.sum().money(),
              Qualifier.EXACT).w("package of"), c).w(c.item() + ".")),
      new Shape(true, false, true, false, c ->
          year(name(count(name(t(), c.b()).w("ordered"), c).w(c.item() + " from"), c.a()).w(", with deliveries from"),
              c.year()).w(".")),
      new Shape(false, false, false, true, c ->
          name(t().money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w("worth of " + c.item()
              + " were sold to"), c.b()).w("by").apply(x -> name(x, c.a())).w(".")),
      new Shape(false, true, true, false, c ->
          year(t().w("In"), c.year() - 1).w(",").apply(x -> name(x, c.b())).w("signed a contract with")
              .apply(x -> name(x, c.a())).w("for " + c.item() + ", which were delivered in")
              .apply(x -> year(x, c.year())).w(".")),
      new Shape(false, false, false, false, c ->
          name(adj(name(t(), c.b()).w("is buying"), c.a()).w(c.item() + " for its air force and navy"), c.b()).w(".")),
      new Shape(true, false, false, false, c ->
          name(count(adj(t().w("The"), c.a()).w("government sent"), c).w(c.item() + " to"), c.b()).w(".")));

  private static final Gen<Case> CASES = Gens.ints(0, SHAPES.size() - 1).flatMap(shape ->
      FactGens.pairs().flatMap(p -> FactGens.designations().flatMap(sys -> FactGens.heads().flatMap(head ->
          Gens.ints(2, 90).flatMap(n -> FactGens.years().flatMap(y -> FactGens.sums().map(sum ->
              new Case(shape, p[0], p[1], sys, head, n, y, sum))))))));

  private static List<ArmsContract> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    STAGE.apply(doc);
    return doc.armsContracts;
  }

  @Test
  void eachShapeYieldsExactlyTheTransferItStates() {
    Prop.check("arms sentence yields its transfer", CASES, c -> {
      Shape shape = SHAPES.get(c.shape());
      Tagged text = shape.write().apply(c);
      List<ArmsContract> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      ArmsContract a = got.get(0);
      assertEquals(List.of(c.item()), a.items(), text::text);
      assertEquals(Country.of(c.a().code()), a.supplier(), text::text);
      assertEquals(Country.of(c.b().code()), a.recipient(), text::text);
      if (shape.counted()) {
        assertTrue(a.quantity() != null && a.quantity().amount().intValue() == c.count(), () -> text.text() + " -> " + a);
      }
      assertEquals(shape.signed() ? EdtfDate.ofYear(c.year() - (shape.delivered() ? 1 : 0)) : null, a.signed(),
          text::text);
      assertEquals(shape.delivered() ? EdtfDate.ofYear(c.year()) : null, a.delivered(), text::text);
      assertEquals(shape.valued() ? c.sum().money() : null, a.value(), text::text);
    });
  }

  @Test
  void swappingSupplierAndRecipientSwapsThem() {
    Prop.check("swap supplier and recipient", CASES, c -> {
      ArmsContract f = read(SHAPES.get(c.shape()).write().apply(c)).get(0);
      Case swapped = new Case(c.shape(), c.b(), c.a(), c.system(), c.head(), c.count(), c.year(), c.sum());
      ArmsContract g = read(SHAPES.get(c.shape()).write().apply(swapped)).get(0);
      assertEquals(f.supplier(), g.recipient());
      assertEquals(f.recipient(), g.supplier());
    });
  }

  @Test
  void designationShapesThatAreNoWeaponsYieldNothing() {
    List<String> notArms = List.of("The COVID-19 pandemic hit trade hard.", "Leaders met at the G-20 summit.",
        "Soldiers took part in the Army-2019 games.", "The MH17 report was published.");
    Prop.check("no weapons", Gens.pair(Gens.elements(notArms), FactGens.pairs()), v -> {
      Tagged text = name(name(t().w("Officials of"), v.second()[0]).w("and"), v.second()[1]).w("met.").w(v.first());
      assertEquals(List.of(), read(text), text::text);
    });
  }

  @Test
  void anAggregateHasItsValueAndNoItems() {
    Prop.check("aggregate", Gens.pair(FactGens.pairs(), FactGens.sums()), v -> {
      Tagged text = name(name(t().w("Military contracts between"), v.first()[0]).w("and"), v.first()[1])
          .w("are worth around").money(v.second().surface(), v.second().money(), Qualifier.ABOUT).w(".");
      List<ArmsContract> got = read(text);
      assertEquals(1, got.size(), text::text);
      assertEquals(v.second().money(), got.get(0).value());
      assertEquals(Qualifier.ABOUT, got.get(0).qualifier());
      assertEquals(List.of(), got.get(0).items());
      assertEquals(Country.of(v.first()[0].code()), got.get(0).supplier());
    });
  }
}
