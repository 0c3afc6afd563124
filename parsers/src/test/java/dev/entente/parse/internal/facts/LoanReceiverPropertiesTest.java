package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The receiver of a loan, credit, grant or financing as the subject of a taking verb, with the
 * lender after "from" (its name, its capital, or its adjective before "bank") or as an adjective
 * before the loan, also where a preposition stands before that adjective ("[sum] in [adjective]
 * loans") and the verb names no role of its own ("took"): the lender is the reporter, the
 * receiver the partner, whatever the verb, the noun, the states, the sum and the year.
 */
class LoanReceiverPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /**
   * A way of telling a loan taken: {T} the receiver's name, {t} its capital, {G} the lender's
   * name, {c} its capital, {g} its adjective, {S} the sum, {Y} the year.
   */
  private record Pattern(Flow flow, String template) {}

  private static final List<Pattern> PATTERNS = List.of(
      new Pattern(Flow.LOAN, "{T} obtained {S} in loans from {G} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} received {S} in credit from {c} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} secured {S} in financing from {G} in {Y} ."),
      new Pattern(Flow.LOAN, "{t} borrowed {S} in loans from {G} in {Y} ."),
      new Pattern(Flow.LOAN, "In {Y} , {T} took {S} in loans from {G} ."),
      new Pattern(Flow.LOAN, "{T} was granted {S} in credit from {G} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} obtained {S} in loans from {g} banks in {Y} ."),
      new Pattern(Flow.LOAN, "{T} received {S} in financing from a {g} state bank in {Y} ."),
      new Pattern(Flow.LOAN, "{T} took a {g} loan of {S} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} secured a {g} loan of {S} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} received a {g} credit of {S} in {Y} ."),
      new Pattern(Flow.LOAN, "In {Y} {T} took a {S} loan from {G} ."),
      new Pattern(Flow.LOAN, "{T} borrowed {S} from {c} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} obtained {G} 's loan of {S} in {Y} ."),
      new Pattern(Flow.AID, "{T} received {S} in grants from {G} in {Y} ."),
      new Pattern(Flow.AID, "{T} was granted {S} in grants from {c} in {Y} ."),
      new Pattern(Flow.LOAN, "{T} took {S} in {g} loans in {Y} ."),
      new Pattern(Flow.LOAN, "In {Y} , {T} took out {S} in {g} loans ."),
      new Pattern(Flow.LOAN, "{t} took {S} in {g} financing in {Y} ."),
      new Pattern(Flow.LOAN, "{T} took on {S} in {g} credit in {Y} ."),
      new Pattern(Flow.LOAN, "{T} secured {S} in {g} loans in {Y} ."),
      new Pattern(Flow.LOAN, "In {Y} , {T} had taken {S} in {g} loans ."),
      new Pattern(Flow.AID, "{T} took {S} in {g} grants in {Y} ."));

  /** The sentence of a pattern with lender g, receiver t, sum s and year y, with its mentions. */
  private static Tagged write(Pattern p, State g, State t, Sum s, int y) {
    Tagged out = new Tagged();
    for (String piece : p.template().split(" ")) {
      switch (piece) {
        case "{G}" -> out.country(g.name(), g.code(), CountryForm.NAME);
        case "{c}" -> out.country(g.capital(), g.code(), CountryForm.CAPITAL);
        case "{g}" -> out.country(g.adjective(), g.code(), CountryForm.ADJECTIVE);
        case "{T}" -> out.country(t.name(), t.code(), CountryForm.NAME);
        case "{t}" -> out.country(t.capital(), t.code(), CountryForm.CAPITAL);
        case "{S}" -> out.money(s.surface(), s.money(), Qualifier.EXACT);
        case "{Y}" -> out.date(String.valueOf(y), EdtfDate.ofYear(y));
        default -> out.w(piece);
      }
    }
    return out;
  }

  private static final Gen<Object[]> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      FactGens.years().map(y -> new Object[] {p[0], p[1], s, y})));

  @Test
  void theLenderReportsTheLoanItsReceiverTook() {
    for (Pattern p : PATTERNS) {
      Prop.check("loan taken in '" + p.template() + "'", CASES, 25, v -> {
        State g = (State) v[0];
        State t = (State) v[1];
        Sum s = (Sum) v[2];
        int y = (Integer) v[3];
        Tagged text = write(p, g, t, s, y);
        List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        TradeFigure f = got.get(0);
        assertEquals(p.flow(), f.flow(), text::text);
        assertEquals(Country.of(g.code()), f.reporter(), text::text);
        assertEquals(Country.of(t.code()), f.partner(), text::text);
        assertEquals(s.money(), f.value(), text::text);
        assertEquals(EdtfDate.ofYear(y), f.period(), text::text);
      });
    }
  }
}
