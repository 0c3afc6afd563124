package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The period of trade figures told without one, read by the whole parser from generated reports
 * with random states, sums and months: the period a statistics lead of the paragraph names with no
 * figure of its own ("[A]'s trade with [B] fell sharply in [month]. Exports to [B] were worth ..."),
 * and the period of the figures before for a figure told "in the same period". Swapping the states
 * swaps reporter and partner and keeps the period; a lead in another paragraph lends none.
 */
class TradePeriodLeadPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 13);

  private record Case(State a, State b, int exports, int imports, int year, int month, int lead) {
    Case swapped() {
      return new Case(b, a, exports, imports, year, month, lead);
    }

    String period() {
      return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
    }

    EdtfDate date() {
      return EdtfDate.ofMonth(year, month);
    }
  }

  /** Statistics leads with no figure: {A} and {B} the states, {P} the period. */
  private static final List<String> LEADS = List.of(
      "Figures released by the statistics office show that {A}'s trade with {B} fell sharply in {P}.",
      "{B} was {A}'s largest trading partner in {P}, customs data show.",
      "Trade between {A} and {B} recovered in {P}, according to official data.");

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(11, 499).flatMap(x ->
      Gens.ints(501, 999).flatMap(m -> Gens.ints(1995, 2022).flatMap(y -> Gens.ints(1, 12).flatMap(mo ->
          Gens.ints(0, LEADS.size() - 1).map(l -> new Case(p[0], p[1], x, m, y, mo, l)))))));

  private static String sums(Case c) {
    return c.a().name() + "'s exports to " + c.b().name() + " were worth $" + c.exports() / 10.0 + " billion, while "
        + c.a().name() + "'s imports from " + c.b().name() + " came to $" + c.imports() / 10.0 + " billion.";
  }

  private static String lead(Case c) {
    return LEADS.get(c.lead()).replace("{A}", c.a().name()).replace("{B}", c.b().name()).replace("{P}", c.period());
  }

  /** The figure of {@code flow} read from {@code text}, checked to run from state a to state b. */
  private static TradeFigure figure(Case c, String text, Flow flow) {
    List<TradeFigure> got = PARSER.parse("generated", text, PUBLISHED).tradeFigures().stream()
        .filter(f -> f.flow() == flow).toList();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    TradeFigure f = got.get(0);
    assertEquals(Country.of(c.a().code()), f.reporter(), text);
    assertEquals(Country.of(c.b().code()), f.partner(), text);
    return f;
  }

  private static @Nullable EdtfDate period(Case c, String text, Flow flow) {
    return figure(c, text, flow).period();
  }

  @Test
  void theLeadOfAStatisticsParagraphGivesItsFiguresTheirPeriod() {
    Prop.check("statistics lead", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        String text = "Trade report\n\n" + lead(k) + " " + sums(k);
        assertEquals(k.date(), period(k, text, Flow.EXPORT), text);
        assertEquals(k.date(), period(k, text, Flow.IMPORT), text);
        String apart = "Trade report\n\n" + lead(k) + "\n\n" + sums(k);
        assertNotEquals(k.date(), period(k, apart, Flow.EXPORT), apart);
      }
    });
  }

  @Test
  void aFigureToldInTheSamePeriodTakesThePeriodOfTheFiguresBefore() {
    Prop.check("the same period", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        String first = "Trade report\n\n" + k.a().name() + "'s exports to " + k.b().name() + " rose to $"
            + k.exports() / 10.0 + " billion in " + k.period() + ".\n\nThe ministers also discussed a new port.\n\n";
        String imports = k.a().name() + "'s imports from " + k.b().name() + " rose 3 percent to $" + k.imports() / 10.0
            + " billion";
        for (String same : List.of(" in the same period.", " over the same period.", " during the period.")) {
          String text = first + imports + same;
          assertEquals(k.date(), period(k, text, Flow.IMPORT), text);
        }
        String none = first + imports + ".";
        assertNotEquals(k.date(), period(k, none, Flow.IMPORT), none);
      }
    });
  }
}
