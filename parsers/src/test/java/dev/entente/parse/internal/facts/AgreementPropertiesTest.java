package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
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
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Agreements read from generated sentences: each yields the agreement it states, and only that. */
class AgreementPropertiesTest {

  private static final AgreementExtractor STAGE = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(int shape, State a, State b, int count, int year, int month, String sector) {}

  /** What a shape states: kind, whether it has a count, whether a signing month, and the title. */
  private record Shape(AgreementKind kind, boolean counted, boolean dated, Qualifier qualifier, boolean titled,
      Function<Case, Tagged> write) {}

  private static Tagged t() {
    return new Tagged();
  }

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged adj(Tagged t, State s) {
    return t.country(s.adjective(), s.code(), CountryForm.ADJECTIVE);
  }

  private static Tagged month(Tagged t, Case c) {
    String m = java.time.Month.of(c.month()).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    return t.date(m + " " + c.year(), EdtfDate.ofMonth(c.year(), c.month()));
  }

  private static Tagged count(Tagged t, Case c) {
    return t.number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT);
  }

  /** A sentence naming both states, so that "the two countries" has states in play. */
  private static Tagged intro(Case c) {
    return name(name(t().w("Talks between"), c.a()).w("and"), c.b()).w("went on for hours.");
  }

  static final List<Shape> SHAPES = List.of(
      new Shape(AgreementKind.AGREEMENT, true, true, Qualifier.EXACT, false, c ->
          month(count(name(name(t(), c.a()).w("and"), c.b()).w("signed"), c).w("agreements in"), c).w(".")),
      new Shape(AgreementKind.AGREEMENT, true, true, Qualifier.EXACT, false, c ->
          count(month(intro(c).w("In"), c).w(", the two countries signed"), c).w("cooperation agreements.")),
      new Shape(AgreementKind.MEMORANDUM, false, true, Qualifier.EXACT, false, c ->
          month(name(name(t(), c.a()).w("and"), c.b()).w("signed a memorandum of understanding on " + c.sector()
              + " cooperation in"), c).w(".")),
      new Shape(AgreementKind.TREATY, false, true, Qualifier.EXACT, true, c ->
          month(name(name(t().w("The Treaty on Friendship and Good Neighbourliness between"), c.a()).w("and"), c.b())
              .w("was signed in"), c).w(".")),
      new Shape(AgreementKind.AGREEMENT, true, false, Qualifier.MORE_THAN, false, c ->
          count(name(name(t(), c.a()).w("and"), c.b()).w("have signed more than"), c).w("agreements on " + c.sector()
              + ", culture and sports.")),
      new Shape(AgreementKind.PROTOCOL, false, true, Qualifier.EXACT, false, c ->
          month(name(adj(t().w("The"), c.a()).w("minister signed a protocol on " + c.sector() + " with"), c.b())
              .w("in"), c).w(".")),
      new Shape(AgreementKind.DECLARATION, false, true, Qualifier.EXACT, false, c ->
          month(name(name(t(), c.a()).w("and"), c.b()).w("adopted a joint declaration in"), c).w(".")),
      new Shape(AgreementKind.AGREEMENT, true, true, Qualifier.EXACT, false, c ->
          name(count(name(month(t().w("During the visit in"), c).w(","), c.a()).w("signed"), c).w("accords with"), c.b())
              .w(".")),
      new Shape(AgreementKind.MEMORANDUM, true, false, Qualifier.ABOUT, false, c ->
          count(intro(c).w("The two sides signed about"), c).w("memoranda of understanding on " + c.sector() + ".")),
      new Shape(AgreementKind.AGREEMENT, false, true, Qualifier.EXACT, false, c ->
          month(name(name(t().w("Cooperation between"), c.a()).w("and"), c.b())
              .w("rests on an intergovernmental agreement signed in"), c).w(".")),
      new Shape(AgreementKind.OTHER, false, true, Qualifier.EXACT, false, c ->
          month(name(name(t(), c.a()).w("and"), c.b()).w("signed an action plan on " + c.sector() + " in"), c).w(".")),
      new Shape(AgreementKind.AGREEMENT, true, false, Qualifier.EXACT, false, c ->
          count(intro(c).w("Both sides expect to sign"), c).w("new agreements on " + c.sector() + " and trade.")));

  private static final Gen<Case> CASES = Gens.ints(0, SHAPES.size() - 1).flatMap(shape ->
      FactGens.pairs().flatMap(p -> Gens.ints(2, 400).flatMap(n -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
          .flatMap(m -> Gens.elements("energy", "agriculture", "education", "tourism", "nuclear energy", "health")
              .map(sector -> new Case(shape, p[0], p[1], n, y, m, sector)))))));

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    STAGE.apply(doc);
    return doc.agreements;
  }

  @Test
  void eachShapeYieldsExactlyTheAgreementItStates() {
    Prop.check("agreement sentence yields its agreement", CASES, c -> {
      Shape shape = SHAPES.get(c.shape());
      Tagged text = shape.write().apply(c);
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      Agreement a = got.get(0);
      assertEquals(shape.kind(), a.kind(), text::text);
      assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), text::text);
      assertEquals(shape.counted() ? Integer.valueOf(c.count()) : null, a.count(), text::text);
      assertEquals(shape.dated() ? EdtfDate.ofMonth(c.year(), c.month()) : null, a.signed(), text::text);
      assertEquals(shape.qualifier(), a.qualifier(), text::text);
      assertEquals(shape.titled(), a.title() != null, () -> text.text() + " -> " + a.title());
      if (shape.titled()) {
        assertEquals("Treaty on Friendship and Good Neighbourliness", a.title());
      }
      if (text.text().contains(c.sector() + ",")) {
        assertTrue(a.sectors().contains(c.sector()), () -> text.text() + " -> " + a.sectors());
      }
    });
  }

  @Test
  void anAgreementToldTwiceIsOne() {
    Prop.check("one agreement told twice", CASES, c -> {
      Tagged text = SHAPES.get(c.shape()).write().apply(c);
      Tagged twice = SHAPES.get(c.shape()).write().apply(c).then(SHAPES.get(c.shape()).write().apply(c));
      assertEquals(read(text).size(), read(twice).size(), twice::text);
    });
  }

  @Test
  void instrumentsNamedInPassingAreNoAgreements() {
    List<String> passing = List.of(
        "All these works go on a firm schedule in accordance with our agreements.",
        "The president called for a national agreement with the opposition.",
        "Officials said an agreement was possible.",
        "The deal was widely criticised by the press.");
    Prop.check("passing mentions", Gens.pair(Gens.elements(passing), FactGens.pairs()), v -> {
      Tagged text = name(name(t().w("Leaders of"), v.second()[0]).w("and"), v.second()[1]).w("met.").w(v.first());
      assertEquals(List.of(), read(text), text::text);
    });
  }
}
