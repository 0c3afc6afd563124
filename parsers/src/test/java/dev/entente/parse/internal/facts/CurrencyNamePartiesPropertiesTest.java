package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A currency's name in a sum ("1.5 billion US dollars", "US$300 million", "80 million Swiss
 * francs") names no state: it is no party of an instrument signed in its sentence, and sums written
 * in it do not make its state one of the two an article is about, whose parties "the two sides"
 * are. Read by the whole parser from generated reports with random states, sums, subjects and days.
 */
class CurrencyNamePartiesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** Sums as reports write them in a currency named after a state ([n] is the number). */
  private static final List<String> SUMS = List.of("[n] million US dollars", "[n] million U.S. dollars",
      "US$[n] million", "[n] billion Australian dollars", "[n] million Canadian dollars",
      "[n] million Singapore dollars", "[n] million Swiss francs", "A$[n] million", "[n] billion Hong Kong dollars");

  private static final List<String> LENDINGS = List.of("a credit of", "a loan of", "a grant of");

  private record Case(State a, State b, String sum, String lending, String field, int year, int month, int day) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SUMS).flatMap(s ->
      Gens.ints(2, 950).flatMap(n -> Gens.elements(LENDINGS).flatMap(l ->
          Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(f -> FactGens.years().flatMap(y ->
              Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d ->
                  new Case(p[0], p[1], s.replace("[n]", String.valueOf(n)), l, f, y, m, d)))))))));

  private static Set<Country> parties(State a, State b) {
    return Set.of(Country.of(a.code()), Country.of(b.code()));
  }

  private static String day(Case c) {
    return Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + c.day() + ", " + c.year();
  }

  @Test
  void aCurrencysNameIsNoPartyOfTheInstrumentInItsSentence() {
    Prop.check("[A] and [B] signed an agreement on a credit of [sum in a state's currency] for [field]", CASES, c -> {
      String text = c.a().name() + " and " + c.b().name() + " signed an agreement on " + c.lending() + " "
          + c.sum() + " for " + c.field() + " on " + day(c) + ".";
      List<Agreement> got = PARSER.parse("generated", text, LocalDate.of(c.year(), c.month(), c.day()).plusDays(2))
          .agreements();
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(parties(c.a(), c.b()), Set.copyOf(got.get(0).parties()), () -> text + " -> " + got);
    });
  }

  @Test
  void sumsInAStatesCurrencyDoNotPutItInPlay() {
    Prop.check("[A] and [B] held talks ... three sums in [a state's currency] ... The two sides signed a memorandum",
        CASES, c -> {
          String text = c.a().name() + " and " + c.b().name() + " held talks in " + c.a().capital() + " on "
              + day(c) + ".\n\nTrade reached " + c.sum() + " last year, and " + c.a().adjective() + " investment "
              + c.sum() + ", against " + c.sum() + " in " + (c.year() - 5) + ".\n\nThe two sides signed "
              + "a memorandum of understanding on " + c.field() + ".";
          List<Agreement> got = PARSER.parse("generated", text, LocalDate.of(c.year(), c.month(), c.day()).plusDays(1))
              .agreements();
          assertEquals(1, got.size(), () -> text + " -> " + got);
          assertEquals(parties(c.a(), c.b()), Set.copyOf(got.get(0).parties()), () -> text + " -> " + got);
        });
  }
}
