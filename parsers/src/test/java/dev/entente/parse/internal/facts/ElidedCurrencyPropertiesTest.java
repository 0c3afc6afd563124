package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
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
 * A sum written after another in its sentence with a scale and no currency ("[sum] last year,
 * against 190 million in [year]", "fell to [sum] from 520 million in [year]") is money in the
 * currency told before, read as that sum is (a shared name such as "kroner" the reporter's own), with
 * the year told after it. A number with a name of its own before it (a currency the lexicon lacks) is
 * no such sum. Read by the whole parser from generated reports with random states, sums and years;
 * swapping the states swaps reporter and partner.
 */
class ElidedCurrencyPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

  private record Case(State a, State b, int now, int before, int year, String link) {}

  private static final List<String> LINKS = List.of("against", "up from", "down from", "compared with");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 99).flatMap(x ->
      Gens.ints(1, 9).flatMap(m -> Gens.ints(1975, 2015).flatMap(y -> Gens.elements(LINKS).map(l ->
          new Case(p[0], p[1], x, x + m * 10, y, l))))));

  private static List<TradeFigure> turnover(String text) {
    return PARSER.parse("generated", text, PUBLISHED).tradeFigures().stream()
        .filter(f -> f.flow() == Flow.TURNOVER).toList();
  }

  /** The one turnover figure of {@code amount}, checked to run from state a to state b. */
  private static TradeFigure figure(State a, State b, String text, long amount) {
    List<TradeFigure> got = turnover(text);
    List<TradeFigure> match = got.stream()
        .filter(f -> f.value() != null && f.value().amount().compareTo(BigDecimal.valueOf(amount)) == 0).toList();
    assertEquals(1, match.size(), () -> text + " -> " + got);
    TradeFigure f = match.get(0);
    assertEquals(Country.of(a.code()), f.reporter(), text);
    assertEquals(Country.of(b.code()), f.partner(), text);
    return f;
  }

  @Test
  void aSumWithoutCurrencyTakesTheCurrencyToldBeforeAndItsOwnYear() {
    Prop.check("[sum] in [year], against [n] million in [year]", CASES, c -> {
      for (Case k : List.of(c, new Case(c.b(), c.a(), c.now(), c.before(), c.year(), c.link()))) {
        String text = "Trade report\n\nTrade between " + k.a().name() + " and " + k.b().name() + " came to "
            + k.now() + " million dollars last year, " + k.link() + " " + k.before() + " million in " + k.year()
            + ", the figures show.";
        TradeFigure now = figure(k.a(), k.b(), text, k.now() * 1_000_000L);
        TradeFigure before = figure(k.a(), k.b(), text, k.before() * 1_000_000L);
        assertEquals("USD", before.value().currencyCode(), text);
        assertEquals(now.value().currencyCode(), before.value().currencyCode(), text);
        assertEquals(EdtfDate.ofYear(k.year()), before.period(), text);
        assertEquals(EdtfDate.ofYear(PUBLISHED.getYear() - 1), now.period(), text);
      }
    });
  }

  @Test
  void aSharedNameCarriesToTheSumWithoutCurrency() {
    // the shared names written after the sum ("kroner", "dinars"), not the symbols glued before it
    Gen<LocalCurrencyPropertiesTest.Case> names = LocalCurrencyPropertiesTest.CASES.filter(l -> l.form().length() > 2);
    Prop.check("[n] million kroner, against [n] million", Gens.pair(names, CASES), p -> {
      LocalCurrencyPropertiesTest.Local l = p.first().a();
      Case c = p.second();
      if (c.b().code().equals(l.state().code())) {
        return;
      }
      String text = "Trade report\n\n" + l.state().name() + "'s trade with " + c.b().name() + " reached "
          + c.now() + " million " + p.first().form() + " last year, " + c.link() + " " + c.before() + " million in "
          + c.year() + ".";
      TradeFigure before = figure(l.state(), c.b(), text, c.before() * 1_000_000L);
      assertEquals(l.code(), before.value().currencyCode(), text);
      assertEquals(l.code(), figure(l.state(), c.b(), text, c.now() * 1_000_000L).value().currencyCode(), text);
    });
  }

  @Test
  void aNumberAfterANameOfItsOwnIsNoSumOfTheCurrencyBefore() {
    Gen<String> names = Gens.elements(List.of("Zorba", "Kelt", "Marra"));
    Prop.check("[sum], about [Name] [n] billion", Gens.pair(names, CASES), p -> {
      String name = p.first();
      Case c = p.second();
      String text = "Trade report\n\nTrade between " + c.a().name() + " and " + c.b().name() + " came to "
          + c.now() + " million dollars last year, about " + name + " " + c.before() + " billion.";
      List<TradeFigure> got = turnover(text);
      long other = c.before() * 1_000_000_000L;
      assertTrue(got.stream().noneMatch(f -> f.value() != null
          && f.value().amount().compareTo(BigDecimal.valueOf(other)) == 0), () -> text + " -> " + got);
      figure(c.a(), c.b(), text, c.now() * 1_000_000L);
    });
  }
}
