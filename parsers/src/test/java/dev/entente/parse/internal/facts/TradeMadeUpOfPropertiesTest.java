package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.Flow;
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
 * A flow word after ", with" tells what a figure is made of ("trade reached [sum] last year, with
 * [A's] exports of steel making up the bulk"), not the figure's flow: the sum stays the flow word's
 * before it. Read by the whole parser from generated reports with random states, sums, goods and
 * flow words; swapping the states keeps the flow.
 */
class TradeMadeUpOfPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

  private record Case(State a, State b, int tenths, String goods, String share, String part, String aside) {}

  /** What may stand between the flow word and its sum: nothing, or a clause set off by commas. */
  private static final Gen<String> ASIDES = Gens.elements("", ", carried on so far through private channels,",
      ", which has grown steadily over the past decade,", ", still modest by the standards of both economies,");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 999).flatMap(x ->
      Gens.elements("steel", "machinery", "cotton and textiles", "oil and gas").flatMap(g ->
          Gens.elements("making up the bulk", "accounting for most of it", "leading the list").flatMap(s ->
              Gens.elements("exports", "imports", "sales").flatMap(w -> ASIDES.map(a ->
                  new Case(p[0], p[1], x, g, s, w, a)))))));

  @Test
  void aFlowWordAfterWithTellsWhatTheSumIsMadeOf() {
    Prop.check("[trade] reached [sum], with [A's] exports of [goods] ...", CASES, c -> {
      for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        String text = "Trade report\n\nTrade between " + s[0].name() + " and " + s[1].name() + c.aside() + " reached "
            + c.tenths() / 10.0 + " billion dollars last year, with " + s[0].adjective() + " " + c.part() + " of "
            + c.goods() + " " + c.share() + ".";
        List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures();
        BigDecimal amount = BigDecimal.valueOf(c.tenths() * 100_000_000L);
        List<TradeFigure> match = got.stream()
            .filter(f -> f.value() != null && f.value().amount().compareTo(amount) == 0).toList();
        assertEquals(1, match.size(), () -> text + " -> " + got);
        assertEquals(Flow.TURNOVER, match.get(0).flow(), text);
        List<Country> states = List.of(Country.of(s[0].code()), Country.of(s[1].code()));
        assertEquals(true, states.contains(match.get(0).reporter()) && states.contains(match.get(0).partner()), text);
      }
    });
  }
}
