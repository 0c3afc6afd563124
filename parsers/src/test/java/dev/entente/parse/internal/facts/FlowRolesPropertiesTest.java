package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who gives and who takes, by the grammar of generated sentences: for each way a sentence names
 * the giver (subject, object, "from", "by", possessive, adjective, passive, the subject of a holder
 * noun whose owner takes: "[A] is [B]'s largest donor"), the giver is the
 * reporter (the taker for imports), and swapping the two states swaps reporter and partner.
 */
class FlowRolesPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /**
   * A way of telling a flow: {G} the giver's name, {g} its adjective, {T} the taker's name, {S}
   * the sum; the reporter is the giver, except for imports where it is the taker.
   */
  private record Pattern(Flow flow, String template) {}

  private static final List<Pattern> PATTERNS = List.of(
      new Pattern(Flow.LOAN, "{G} extended a {S} loan to {T} ."),
      new Pattern(Flow.LOAN, "{G} granted {T} a {S} loan ."),
      new Pattern(Flow.LOAN, "{T} obtained {S} in financing from {G} ."),
      new Pattern(Flow.LOAN, "{T} secured a {S} loan from {G} ."),
      new Pattern(Flow.LOAN, "{T} borrowed {S} from {G} ."),
      new Pattern(Flow.LOAN, "{T} was granted a {S} loan by {G} ."),
      new Pattern(Flow.LOAN, "A {S} loan granted by {G} to {T} will fund a railway ."),
      new Pattern(Flow.LOAN, "{G} 's soft loan of {S} to {T} will fund a port ."),
      new Pattern(Flow.LOAN, "{T} relies on {g} loans worth {S} ."),
      new Pattern(Flow.LOAN, "{G} extended a {S} credit facility to {T} ."),
      new Pattern(Flow.LOAN, "{T} obtained {S} in financial support from {G} ."),
      new Pattern(Flow.LOAN, "{T} received a {S} deposit from {G} to shore up its reserves ."),
      new Pattern(Flow.LOAN, "{G} provided a {S} currency swap to {T} ."),
      new Pattern(Flow.AID, "{T} received {S} in aid from {G} ."),
      new Pattern(Flow.AID, "Development aid to {T} from {G} reached {S} ."),
      new Pattern(Flow.AID, "{G} pledged {S} in grants to {T} ."),
      new Pattern(Flow.AID, "{G} provided {T} with {S} in humanitarian aid ."),
      new Pattern(Flow.INVESTMENT, "{T} secured {S} in investment from {G} ."),
      new Pattern(Flow.INVESTMENT, "{G} will provide {T} with {S} in deposits and direct investment ."),
      new Pattern(Flow.LOAN, "{G} will back {g} exports , and {S} of its loan to {T} may be repaid in kind ."),
      new Pattern(Flow.LOAN, "{T} will buy {g} exports , and {S} of the credit from {G} is still owed ."),
      new Pattern(Flow.IMPORT, "{T} bought {S} worth of wheat from {G} ."),
      new Pattern(Flow.INVESTMENT, "{G} 's state firm bought a steel plant in {T} for {S} ."),
      new Pattern(Flow.INVESTMENT, "The steel plant in {T} , bought by {G} 's state group for {S} , will grow ."),
      new Pattern(Flow.EXPORT, "{G} sold {S} worth of wheat to {T} ."),
      new Pattern(Flow.LOAN, "{G} will grant {T} a loan of {S} ."),
      new Pattern(Flow.LOAN, "{G} agreed to grant {T} credits of {S} for the purchase of machinery ."),
      new Pattern(Flow.LOAN, "{T} will be granted a {S} loan by {G} ."),
      new Pattern(Flow.LOAN, "{T} has been offered a {S} loan by {G} ."),
      new Pattern(Flow.LOAN, "{G} is offering {T} a {S} credit line ."),
      new Pattern(Flow.LOAN, "{T} is borrowing {S} from {G} to pay for fuel ."),
      new Pattern(Flow.LOAN, "{G} will deliver trucks and pumps to {T} under a credit of {S} ."),
      new Pattern(Flow.AID, "{G} donates {S} in aid to {T} every year ."),
      new Pattern(Flow.AID, "{T} , receiving {S} in aid from {G} , rebuilt its schools ."),
      new Pattern(Flow.AID, "{G} promises {T} {S} in aid ."),
      new Pattern(Flow.INVESTMENT, "{G} invests {S} in {T} ."),
      new Pattern(Flow.AID, "{G} is also {T} 's second largest aid donor , with {S} this financial year ."),
      new Pattern(Flow.AID, "{G} remains {T} 's largest donor , with about {S} in aid this year ."),
      new Pattern(Flow.AID, "{G} had been {T} 's largest donor since the war , providing more than {S} in grants ."),
      new Pattern(Flow.AID, "{G} has been among {T} 's largest bilateral donors since independence , having provided {S} in development aid ."),
      new Pattern(Flow.LOAN, "{G} is {T} 's biggest creditor , with {S} in loans ."),
      new Pattern(Flow.INVESTMENT, "{G} is the fourth foreign investor in {T} , with about {S} invested since independence ."));

  /** The sentence of a pattern with giver g, taker t and sum s, with its mentions. */
  private static Tagged write(Pattern p, State g, State t, Sum s) {
    Tagged out = new Tagged();
    for (String piece : p.template().split(" ")) {
      switch (piece) {
        case "{G}" -> out.country(g.name(), g.code(), CountryForm.NAME);
        case "{g}" -> out.country(g.adjective(), g.code(), CountryForm.ADJECTIVE);
        case "{T}" -> out.country(t.name(), t.code(), CountryForm.NAME);
        case "{S}" -> out.money(s.surface(), s.money(), Qualifier.EXACT);
        default -> out.w(piece);
      }
    }
    return out;
  }

  private static List<TradeFigure> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, STAGE).tradeFigures;
  }

  private static final dev.entente.proptest.Gen<Object[]> CASES =
      FactGens.pairs().flatMap(p -> FactGens.sums().map(s -> new Object[] {p[0], p[1], s}));

  @Test
  void theGiverIsTheReporterAndSwappingThemSwapsTheFigure() {
    for (Pattern p : PATTERNS) {
      Prop.check("giver and taker in '" + p.template() + "'", CASES, 25, v -> {
        State g = (State) v[0];
        State t = (State) v[1];
        Sum s = (Sum) v[2];
        Tagged text = write(p, g, t, s);
        List<TradeFigure> got = read(text);
        assertEquals(1, got.size(), () -> text.text() + " -> " + got);
        TradeFigure f = got.get(0);
        boolean takerReports = p.flow() == Flow.IMPORT;
        assertEquals(p.flow(), f.flow(), text::text);
        assertEquals(Country.of((takerReports ? t : g).code()), f.reporter(), text::text);
        assertEquals(Country.of((takerReports ? g : t).code()), f.partner(), text::text);
        assertEquals(s.money(), f.value(), text::text);
        Tagged swapped = write(p, t, g, s);
        TradeFigure h = read(swapped).get(0);
        assertEquals(f.reporter(), h.partner(), swapped::text);
        assertEquals(f.partner(), h.reporter(), swapped::text);
      });
    }
  }

  /** Ways of telling a state's total over all partners, {G} the state, {S} the sum, {T} another state. */
  private static final List<Pattern> WORLD_TOTALS = List.of(
      new Pattern(Flow.EXPORT, "{G} 's total exports to the world came to {S} , a third of it earned in {T} ."),
      new Pattern(Flow.EXPORT, "{G} exported goods worth {S} overseas , officials in {T} said ."),
      new Pattern(Flow.IMPORT, "Imports from abroad reached {S} in {G} , while {T} supplied most fuel ."),
      new Pattern(Flow.INVESTMENT, "{G} invested {S} globally , with {T} among the main destinations ."));

  /** Arms purchases told as a state's own defence spending, {G} and {T} the states, {S} the sum. */
  private static final List<Pattern> DEFENCE_SPENDING = List.of(
      new Pattern(Flow.INVESTMENT, "{G} signed a contract with {T} for jets , a {S} purchase called its biggest military investment ."),
      new Pattern(Flow.INVESTMENT, "The {S} order from {T} is the largest defence investment {G} has made ."));

  @Test
  void defenceSpendingIsNoTradeFigure() {
    for (Pattern p : DEFENCE_SPENDING) {
      Prop.check("defence spending in '" + p.template() + "'", CASES, 25, v -> {
        Tagged text = write(p, (State) v[0], (State) v[1], (Sum) v[2]);
        assertEquals(List.of(), read(text), text::text);
      });
    }
  }

  @Test
  void aTotalOverAllPartnersIsNoFigureBetweenTwoStates() {
    for (Pattern p : WORLD_TOTALS) {
      Prop.check("world total in '" + p.template() + "'", CASES, 25, v -> {
        Tagged text = write(p, (State) v[0], (State) v[1], (Sum) v[2]);
        List<TradeFigure> got = read(text);
        assertEquals(List.of(), got, text::text);
      });
    }
  }
}
