package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The delivery dates and periods of arms deals in the forms reports write them, read by the whole
 * parser from generated reports with random states, systems of the register and publication dates:
 * the year deliveries begin, the first and the last units, a time counted from the signing, a time
 * counted from publication ("by the end of next year", "by [month]": forward), a delivery taken
 * ("took delivery of ... last month"), and the schedule told in the next sentence of the paragraph.
 * Swapping supplier and buyer keeps the dates.
 */
class ArmsDeliveryDatesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  /**
   * Systems with one maker, written with a capital, without a year-like number and in at most two
   * words: "Rafale", "Caesar" (a delivery word is read within twelve words of its date).
   */
  private static final List<WeaponSystem> SYSTEMS = WeaponRegister.builtIn().systems().stream()
      .filter(s -> s.makers().size() == 1 && Character.isUpperCase(s.designations().get(0).codePointAt(0))
          && !s.designations().get(0).matches(".*\\b(1[89]|20)\\d\\d\\b.*")
          && s.designations().get(0).split("[ -]").length <= 2)
      .toList();

  private record Case(State supplier, State buyer, String system, String head, int count, LocalDate published,
      int ahead, int span) {
    Case swapped() {
      return new Case(buyer, supplier, system, head, count, published, ahead, span);
    }

    int first() {
      return published.getYear() + ahead;
    }

    int last() {
      return first() + span;
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SYSTEMS).flatMap(w ->
      FactGens.heads().flatMap(head -> Gens.ints(2, 90).flatMap(n -> Gens.ints(1995, 2035).flatMap(y ->
          Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 4).flatMap(ahead ->
              Gens.ints(1, 5).map(span -> {
                boolean maker = w.makers().contains(Country.of(p[0].code())) || w.makers().contains(Country.of(p[1].code()));
                return maker ? null : new Case(p[0], p[1], w.designations().get(0), head, n, LocalDate.of(y, m, d),
                    ahead, span);
              }))))))))).filter(c -> c != null);

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String deal(Case c, String after) {
    return FactGens.armsDeal(c.buyer(), c.count(), c.system(), c.head(), c.supplier(), after);
  }

  private static @Nullable EdtfDate delivered(Case c, String text) {
    return FactGens.onlyArmsDeal(PARSER, text, c.published(), c.supplier(), c.buyer()).delivered();
  }

  /** Each text of the case and of its swapped parties has the expected delivery date. */
  private static void check(Case c, EdtfDate expected, Function<Case, List<String>> texts) {
    for (Case k : List.of(c, c.swapped())) {
      for (String text : texts.apply(k)) {
        assertEquals(expected, delivered(k, text), text);
      }
    }
  }

  private static EdtfDate years(int a, int b) {
    return EdtfDate.interval(EdtfDate.ofYear(a), EdtfDate.ofYear(b));
  }

  @Test
  void theYearDeliveriesBeginIsTheDeliveryYear() {
    Prop.check("deliveries begin", CASES, c -> check(c, EdtfDate.ofYear(c.first()), k -> List.of(
        deal(k, "") + " Deliveries will begin in " + k.first() + ".",
        deal(k, ", with deliveries to begin in " + k.first()),
        deal(k, "") + " The " + k.head() + " will be delivered from " + k.first() + ".")));
  }

  @Test
  void theFirstAndTheLastUnitsAreThePeriod() {
    Prop.check("first and last", CASES, c -> check(c, years(c.first(), c.last()), k -> List.of(
        deal(k, "") + " The first units arrive in " + k.first() + " and the last in " + k.last() + ".",
        deal(k, "") + " Deliveries are to begin in " + k.first() + " and be completed by " + k.last() + ".",
        deal(k, "") + " Deliveries will run from " + k.first() + " to " + k.last() + ".")));
  }

  @Test
  void aTimeCountedFromTheSigningEndsThePeriod() {
    Prop.check("within months of signing", CASES, c -> {
      LocalDate signed = c.published().minusDays(c.span());
      int months = 12 * c.ahead();
      EdtfDate expected = years(signed.getYear(), signed.plusMonths(months).getYear());
      String date = signed.getDayOfMonth() + " " + month(signed) + " " + signed.getYear();
      check(c, expected, k -> List.of(
          deal(k, " on " + date) + " The " + k.head() + " are to be delivered within " + months
              + " months of signing.",
          deal(k, " on " + date + ", with deliveries within " + months + " months")));
    });
  }

  @Test
  void aTimeCountedFromPublicationPointsForward() {
    Prop.check("next year, by month", CASES, c -> {
      int next = c.published().getYear() + 1;
      check(c, EdtfDate.ofYear(next), k -> List.of(
          deal(k, "") + " The " + k.head() + " will be delivered by the end of next year.",
          deal(k, "") + " The first " + k.head() + " are due to arrive next year."));
      LocalDate target = c.published().plusMonths(c.span());
      if (target.getMonthValue() != c.published().getMonthValue()) {
        check(c, EdtfDate.ofMonth(target.getYear(), target.getMonthValue()), k -> List.of(
            deal(k, "") + " The first " + k.head() + " will be delivered by " + month(target) + "."));
      }
    });
  }

  @Test
  void aDeliveryTakenIsDatedByItsSentence() {
    Prop.check("took delivery", CASES, c -> {
      LocalDate lastMonth = c.published().minusMonths(1);
      EdtfDate expected = EdtfDate.ofMonth(lastMonth.getYear(), lastMonth.getMonthValue());
      check(c, expected, k -> List.of(
          k.buyer().name() + " took delivery of " + k.count() + " " + k.system() + " " + k.head() + " from "
              + k.supplier().name() + " last month.",
          k.supplier().name() + " handed over " + k.count() + " " + k.system() + " " + k.head() + " to "
              + k.buyer().name() + " last month.",
          deal(k, " in " + (k.published().getYear() - 3)) + " The " + k.head() + " were delivered last month."));
    });
  }

  @Test
  void aScheduleInTheNextSentenceOfTheParagraphIsTheDealsPeriod() {
    Prop.check("schedule next sentence", CASES, c -> check(c, years(c.first(), c.last()), k -> List.of(
        deal(k, "") + " The defence minister said the first batch would be delivered in " + k.first()
            + " and the remainder by " + k.last() + ".",
        deal(k, "") + " " + k.buyer().name() + " is due to receive the first " + k.head() + " in " + k.first()
            + ", and the last in " + k.last() + ".")));
  }

  @Test
  void aPartOfAYearIsThatYear() {
    Prop.check("mid-year, end of year, season", CASES, c -> check(c, EdtfDate.ofYear(c.first()), k -> List.of(
        deal(k, "") + " The first " + k.head() + " will be delivered by mid-" + k.first() + ".",
        deal(k, "") + " " + k.buyer().name() + " will receive its first " + k.head() + " in early " + k.first() + ".",
        deal(k, "") + " The " + k.head() + " are to be delivered by the end of " + k.first() + ".",
        deal(k, "") + " The first " + k.head() + " will arrive in the autumn of " + k.first() + ".")));
  }

  @Test
  void aLeaderArrivingIsNoDelivery() {
    Prop.check("leader arrives", CASES, c -> check(c, null, k -> List.of(
        deal(k, "") + " President Lars Okonkwo arrived in " + k.buyer().capital() + " on Thursday evening for a "
            + "two-day visit and was received by Foreign Minister Maria Santos.",
        deal(k, "") + " Prime Minister Anna Kowalczyk has arrived in " + k.supplier().capital() + ".")));
  }
}
