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
 * Sums in Deutsche Mark written with the abbreviation "DM", before or after the number, read by the
 * whole parser from generated reports with random states and sums: the figure is in DEM, of the
 * amount told, and swapping the states swaps reporter and partner.
 */
class TradeMarkAbbreviationPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(1988, 6, 13);

  private record Case(State a, State b, int millions) {
    Case swapped() {
      return new Case(b, a, millions);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 999).map(m ->
      new Case(p[0], p[1], m)));

  @Test
  void dmBeforeOrAfterTheNumberIsTheDeutscheMark() {
    Prop.check("DM sums", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        for (String sum : List.of(k.millions() + " million DM", "DM " + k.millions() + " million")) {
          String text = "Trade report\n\nTrade between " + k.a().name() + " and " + k.b().name() + " reached " + sum
              + " in 1987.";
          List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures();
          assertEquals(1, got.size(), () -> text + " -> " + got);
          TradeFigure f = got.get(0);
          assertEquals("DEM", f.value().currencyCode(), text);
          assertEquals(0, BigDecimal.valueOf(k.millions() * 1_000_000L).compareTo(f.value().amount()), text);
          assertEquals(Country.of(k.a().code()), f.reporter(), text);
          assertEquals(Country.of(k.b().code()), f.partner(), text);
        }
      }
    });
  }
}
