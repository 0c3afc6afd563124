package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sums read by the whole parser from generated reports with random states and amounts: a currency
 * symbol written with a stop ("Shs. 64 million", "Nu. 30 million", "Tk. 5 billion") is the money of
 * the symbol, and its stop ends no sentence; a sum in another currency set off by commas or dashes
 * with a hedge ("[n] million euros, about $[m] million, from ...") is the first sum's equivalent, no
 * figure of its own. Swapping the states swaps reporter and partner.
 */
class MoneyStopsAndEquivalentsPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 13);

  /** A state whose money a symbol with a stop writes. */
  private record Symbol(State state, String symbol, String code) {}

  private static final List<Symbol> SYMBOLS = List.of(
      new Symbol(new State("TZA", "Tanzania", "Tanzanian", "Dodoma"), "Shs.", "TZS"),
      new Symbol(new State("TZA", "Tanzania", "Tanzanian", "Dodoma"), "TShs.", "TZS"),
      new Symbol(new State("KEN", "Kenya", "Kenyan", "Nairobi"), "KShs.", "KES"),
      new Symbol(new State("KEN", "Kenya", "Kenyan", "Nairobi"), "Sh.", "KES"),
      new Symbol(new State("UGA", "Uganda", "Ugandan", "Kampala"), "UShs.", "UGX"),
      new Symbol(new State("BTN", "Bhutan", "Bhutanese", "Thimphu"), "Nu.", "BTN"),
      new Symbol(new State("BGD", "Bangladesh", "Bangladeshi", "Dhaka"), "Tk.", "BDT"));

  private record Case(Symbol symbol, State other, int millions, int equivalent, boolean export) {}

  private static final Gen<Case> CASES = Gens.elements(SYMBOLS).flatMap(s -> Gens.elements(FactGens.STATES)
      .flatMap(o -> Gens.ints(2, 999).flatMap(m -> Gens.ints(2, 999).flatMap(e -> Gens.ints(0, 1).map(x ->
          new Case(s, o, m, e, x == 1))))));

  private static BigDecimal millions(int m) {
    return BigDecimal.valueOf(m * 1_000_000L);
  }

  @Test
  void aSymbolWithAStopIsItsStatesMoney() {
    Prop.check("symbol with a stop", CASES, c -> {
      State own = c.symbol().state();
      Prop.assume(!own.code().equals(c.other().code()));
      String flow = c.export() ? "exports to " : "imports from ";
      String text = "Trade report\n\n" + own.name() + "'s " + flow + c.other().name() + " were worth "
          + c.symbol().symbol() + " " + c.millions() + " million in 2018, the ministry said.";
      List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures();
      assertEquals(1, got.size(), () -> text + " -> " + got);
      TradeFigure f = got.get(0);
      assertEquals(c.symbol().code(), f.value().currencyCode(), text);
      assertEquals(0, millions(c.millions()).compareTo(f.value().amount()), text);
      assertEquals(Country.of(own.code()), f.reporter(), text);
      assertEquals(Country.of(c.other().code()), f.partner(), text);
    });
  }

  @Test
  void aHedgedSumInAnotherCurrencySetOffByCommasOrDashesIsAnEquivalent() {
    Prop.check("equivalent sums", CASES, c -> {
      State[] pair = {c.symbol().state(), c.other()};
      Prop.assume(!pair[0].code().equals(pair[1].code()));
      for (State[] p : List.of(pair, new State[] {pair[1], pair[0]})) {
        for (String[] marks : List.of(new String[] {", ", ", "}, new String[] {" -- ", " -- "},
            new String[] {"--", "--"})) {
          String text = "Loan report\n\n" + p[1].name() + " will receive a loan of " + c.millions() + " million euros"
              + marks[0] + "about $" + c.equivalent() + " million" + marks[1] + "from " + p[0].name()
              + " for a new port, officials said.";
          List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures();
          assertEquals(1, got.size(), () -> text + " -> " + got);
          TradeFigure f = got.get(0);
          assertEquals("EUR", f.value().currencyCode(), text);
          assertEquals(0, millions(c.millions()).compareTo(f.value().amount()), text);
          assertEquals(Country.of(p[0].code()), f.reporter(), text);
          assertEquals(Country.of(p[1].code()), f.partner(), text);
        }
      }
      // "[n] million euros, $[m] million and ...": two sums in a list, no hedge, each its own
      String list = "Trade report\n\n" + pair[0].name() + "'s exports to " + pair[1].name() + " were worth "
          + c.millions() + " million euros in 2017, and $" + c.equivalent() + " million in 2018.";
      assertEquals(2, PARSER.parse("generated", list, PUBLISHED).tradeFigures().size(), list);
    });
  }
}
