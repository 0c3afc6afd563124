package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
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
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two figures of one pair's trade in one sentence, the second flow word told without states of its
 * own ("[A]'s exports to [B] stood at [sum] and imports at [sum]"): each sum keeps its own flow and
 * both have the first figure's reporter and partner. And imports "of [adjective] goods", where the
 * adjective names the state the goods come from.
 */
class ElidedFlowPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private record Case(State a, State b, Sum first, Sum second, int form, boolean exportsFirst, int year) {}

  private static final int FORMS = 8;

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s1 ->
      FactGens.sums().flatMap(s2 -> Gens.ints(0, FORMS - 1).flatMap(f -> Gens.booleans().flatMap(e ->
          FactGens.years().map(y -> new Case(p[0], p[1], s1, s2, f, e, y)))))));

  private static Tagged money(Tagged t, Sum s) {
    return t.money(s.surface(), s.money(), Qualifier.EXACT);
  }

  private static Tagged adjective(Tagged t, State s) {
    return t.country(s.adjective(), s.code(), CountryForm.ADJECTIVE);
  }

  /** The first figure's flow word with its two states, as a writer may put it. */
  private static Tagged lead(Case c, String flow) {
    String toward = flow.equals("exports") ? "to" : "from";
    return switch (c.form() % 3) {
      case 0 -> name(adjective(new Tagged(), c.a()).w(flow).w(toward), c.b());
      case 1 -> name(name(new Tagged(), c.a()).w("'s " + flow).w(toward), c.b());
      default -> name(name(new Tagged().w(Character.toUpperCase(flow.charAt(0)) + flow.substring(1)).w("of"), c.a())
          .w(toward), c.b());
    };
  }

  /** The sentence of case {@code c}: its first flow, its sum, a conjunction, the other flow and its sum. */
  private static Tagged sentence(Case c) {
    String first = c.exportsFirst() ? "exports" : "imports";
    String second = c.exportsFirst() ? "imports" : "exports";
    Function<Tagged, Tagged> joined = switch (c.form()) {
      case 0 -> t -> money(money(t.w("stood at"), c.first()).w("and " + second + " at"), c.second());
      case 1 -> t -> money(money(t.w("were"), c.first()).w("in the same year, while its " + second + " came to"),
          c.second());
      case 2 -> t -> money(money(t.w("reached"), c.first()).w("and " + second), c.second());
      case 3 -> t -> money(money(t.w("amounted to"), c.first()).w(", whereas " + second + " amounted to"), c.second());
      case 4 -> t -> money(money(t.w("totalled"), c.first()).w(", and " + second + " totalled"), c.second());
      case 5 -> t -> money(money(t.w("rose to"), c.first()).w("but " + second + " fell to"), c.second());
      case 6 -> t -> money(money(t.w("were"), c.first()).w("in").date(String.valueOf(c.year()),
          EdtfDate.ofYear(c.year())).w("and " + second), c.second());
      default -> t -> money(money(t.w("were worth"), c.first()).w("and the " + second + " were worth"), c.second());
    };
    return joined.apply(lead(c, first)).w(".");
  }

  @Test
  void theSecondFlowWordOfASentenceKeepsItsOwnSumAndTheFirstFiguresStates() {
    Prop.check("elided flow", CASES, c -> {
      Tagged text = sentence(c);
      List<TradeFigure> got = FactGens.read(text, PUBLISHED, STAGE).tradeFigures;
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      Flow first = c.exportsFirst() ? Flow.EXPORT : Flow.IMPORT;
      Flow second = c.exportsFirst() ? Flow.IMPORT : Flow.EXPORT;
      for (TradeFigure f : got) {
        boolean isFirst = f.value().equals(c.first().money()) && !f.value().equals(c.second().money());
        if (isFirst) {
          assertEquals(first, f.flow(), () -> text.text() + " -> " + got);
        } else if (!f.value().equals(c.first().money())) {
          assertEquals(second, f.flow(), () -> text.text() + " -> " + got);
        }
        assertEquals(Country.of(c.a().code()), f.reporter(), () -> text.text() + " -> " + got);
        assertEquals(Country.of(c.b().code()), f.partner(), () -> text.text() + " -> " + got);
      }
    });
  }

  @Test
  void importsOfAnAdjectivesGoodsComeFromItsState() {
    Prop.check("imports of adjective goods", CASES, c -> {
      String goods = List.of("crude", "wheat", "coal", "machinery", "natural gas", "steel", "rice", "soybeans")
          .get(c.form());
      Tagged text = switch (c.form() % 3) {
        case 0 -> money(adjective(name(new Tagged(), c.a()).w("said imports of"), c.b()).w(goods).w("rose to"),
            c.first());
        case 1 -> money(adjective(name(new Tagged().w("In"), c.a()).w(", imports of"), c.b()).w(goods)
            .w("came to"), c.first());
        default -> money(adjective(name(new Tagged().w("Customs data from"), c.a()).w("show imports of"), c.b())
            .w(goods).w("worth"), c.first());
      };
      text.w(".");
      TradeFigure f = FactGens.only(text, FactGens.read(text, PUBLISHED, STAGE).tradeFigures);
      assertEquals(Flow.IMPORT, f.flow(), text::text);
      assertEquals(Country.of(c.a().code()), f.reporter(), () -> text.text() + " -> " + f);
      assertEquals(Country.of(c.b().code()), f.partner(), () -> text.text() + " -> " + f);
    });
  }
}
