package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.knowledge.WeaponSystem;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The signing dates of arms deals in the forms reports write them, read by the whole parser from
 * generated reports with random states, systems of the register and publication dates: the day
 * of the paragraph's lead, a day of the month, a weekday with its date, the occasion told in the
 * sentence, a month or year of a background deal, a headline's signing, the agreement or credit a
 * transfer is told to be under, a date marked as the signing told after an undated signing, and a
 * system retold without its seller. Swapping supplier and
 * buyer keeps the date.
 */
class ArmsSigningDatesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  /** Systems with one maker, written with a capital: "Rafale", "Caesar", "Patriot". */
  private static final List<WeaponSystem> SYSTEMS = WeaponRegister.builtIn().systems().stream()
      .filter(s -> s.makers().size() == 1 && Character.isUpperCase(s.designations().get(0).codePointAt(0))).toList();

  private record Case(State supplier, State buyer, String system, String head, int count, LocalDate published,
      int back, int day) {
    Case swapped() {
      return new Case(buyer, supplier, system, head, count, published, back, day);
    }

    LocalDate before() {
      return published.minusDays(back);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SYSTEMS).flatMap(w ->
      FactGens.heads().flatMap(head -> Gens.ints(2, 90).flatMap(n -> Gens.ints(1995, 2035).flatMap(y ->
          Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 6).flatMap(back ->
              Gens.ints(1, 28).map(day -> {
                boolean maker = w.makers().contains(Country.of(p[0].code())) || w.makers().contains(Country.of(p[1].code()));
                return maker ? null : new Case(p[0], p[1], w.designations().get(0), head, n, LocalDate.of(y, m, d),
                    back, day);
              }))))))))).filter(c -> c != null);

  /** Cases with a generated designation the register does not know ("KT-41"), which names no state. */
  private static final Gen<Case> GENERATED = CASES.flatMap(c -> FactGens.designations().map(sys -> new Case(
      c.supplier(), c.buyer(), sys, c.head(), c.count(), c.published(), c.back(), c.day())))
      .filter(c -> FactGens.unknown(c.system()));

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String deal(Case c, String after) {
    return FactGens.armsDeal(c.buyer(), c.count(), c.system(), c.head(), c.supplier(), after);
  }

  private static @Nullable EdtfDate signed(Case c, String text) {
    return FactGens.onlyArmsDeal(PARSER, text, c.published(), c.supplier(), c.buyer()).signed();
  }

  /** Each text of the case and of its swapped parties has the expected signing date. */
  private static void check(Case c, EdtfDate expected, java.util.function.Function<Case, List<String>> texts) {
    for (Case k : List.of(c, c.swapped())) {
      for (String text : texts.apply(k)) {
        assertEquals(expected, signed(k, text), text);
      }
    }
  }

  @Test
  void transfersUnderAnAgreementToldBeforeAreSignedWithIt() {
    Prop.check("under the agreement", CASES, c -> {
      for (String under : List.of("Under the agreement,", "Under the deal,", "Under the terms of the accord,",
          "Under this agreement,", "Under the new agreement,", "Under the accord,")) {
        check(c, EdtfDate.of(c.before()), k -> List.of(k.supplier().name() + " and " + k.buyer().name()
            + " signed a military-technical cooperation agreement on " + month(k.before()) + " "
            + k.before().getDayOfMonth() + ", " + k.before().getYear() + ". " + under + " " + k.supplier().name()
            + " will supply " + k.count() + " " + k.system() + " " + k.head() + " to " + k.buyer().name() + "."));
      }
    });
  }

  @Test
  void aSigningDateToldAfterAnUndatedSigningReplacesTheReportsDay() {
    Prop.check("dated after", CASES, c -> {
      LocalDate d = c.before();
      String date = month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
      check(c, EdtfDate.of(d), k -> List.of(
          deal(k, "") + " The contract was signed in " + k.buyer().capital() + " on " + date + ".",
          deal(k, "") + " The deal was signed on " + date + " by the two defence ministers.",
          deal(k, "") + " " + k.buyer().name() + " signed the contract for the " + k.system() + " " + k.head()
              + " on " + date + "."));
    });
  }

  @Test
  void aSystemRetoldWithoutItsSellerIsTheDealToldBefore() {
    // the register's maker of each system is neither party: the seller the text named must win
    Prop.check("retold system", CASES, c -> {
      LocalDate d = c.before();
      check(c, EdtfDate.ofMonth(d.getYear(), d.getMonthValue()), k -> List.of(
          k.buyer().name() + " bought " + k.count() + " " + k.system() + " " + k.head() + " from "
              + k.supplier().name() + ". " + k.buyer().name() + " signed the contract for the " + k.system() + " "
              + k.head() + " in " + month(d) + " " + d.getYear() + ".",
          deal(k, "") + " " + k.buyer().name() + " signed the contract for the " + k.system() + " " + k.head()
              + " in " + month(d) + " " + d.getYear() + "."));
    });
  }

  @Test
  void purchasesUnderACreditToldBeforeAreSignedWithItsAgreement() {
    Prop.check("under the credit", CASES, c -> {
      for (String under : List.of("Under the credit,", "Under the defence credit,", "Under the loan,",
          "Under the new credit line,")) {
        check(c, EdtfDate.of(c.before()), k -> List.of(k.supplier().name() + " and " + k.buyer().name()
            + " signed an agreement on a state credit for the purchase of military equipment on " + month(k.before())
            + " " + k.before().getDayOfMonth() + ", " + k.before().getYear() + ". " + under + " " + k.buyer().name()
            + " will buy " + k.count() + " " + k.system() + " " + k.head() + " from " + k.supplier().name() + "."));
      }
    });
  }

  @Test
  void theDayOfTheParagraphsLeadDatesTheDealItTells() {
    Prop.check("lead day", CASES, c -> check(c, EdtfDate.of(c.before()), k -> List.of(
        "On " + weekday(k.before()) + ", the two defence ministers met in " + k.buyer().capital() + ". " + deal(k, ""),
        deal(k, " on " + weekday(k.before())))));
  }

  @Test
  void aDayOfTheMonthFallsInThePublicationMonthElseTheOneBefore() {
    Prop.check("day of the month", CASES, c -> {
      LocalDate p = c.published();
      LocalDate d = c.day() <= p.getDayOfMonth() ? p.withDayOfMonth(c.day()) : p.minusMonths(1).withDayOfMonth(c.day());
      int last = c.day() / 10 == 1 ? 0 : c.day() % 10;
      String nth = c.day() + (last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th");
      check(c, EdtfDate.of(d), k -> List.of(deal(k, " on the " + nth)));
      if (c.day() <= p.getDayOfMonth()) {
        check(c, EdtfDate.of(d), k -> List.of(deal(k, " on the " + nth + " of this month")));
      }
    });
  }

  @Test
  void aMonthOrWeekCountedFromPublicationIsThatPeriod() {
    Prop.check("last month or week", CASES, c -> {
      LocalDate p = c.published();
      check(c, EdtfDate.ofMonth(p.minusMonths(1).getYear(), p.minusMonths(1).getMonthValue()),
          k -> List.of(deal(k, " last month")));
      check(c, EdtfDate.ofMonth(p.getYear(), p.getMonthValue()), k -> List.of(deal(k, " earlier this month")));
      LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
      check(c, EdtfDate.interval(EdtfDate.of(monday), EdtfDate.of(monday.plusDays(6))),
          k -> List.of(deal(k, " last week")));
    });
  }

  @Test
  void aWeekdayWithItsDateIsThatDate() {
    // a date without its year takes the year of a number like one in the sentence ("PzH 2000"): not read here
    Prop.check("weekday with date", CASES.filter(c -> !c.system().matches(".*\\b(1[89]|20)\\d\\d\\b.*")), c -> check(c, EdtfDate.of(c.before()), k -> List.of(
        deal(k, " on " + weekday(k.before()) + ", " + month(k.before()) + " " + k.before().getDayOfMonth()),
        "On " + weekday(k.before()) + ", " + month(k.before()) + " " + k.before().getDayOfMonth() + ", "
            + deal(k, ""))));
  }

  @Test
  void theOccasionOfTheSigningDatesIt() {
    Prop.check("occasion", CASES, c -> {
      LocalDate d = c.before();
      String date = d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
      check(c, EdtfDate.of(d), k -> List.of(
          deal(k, " at the Eurosatory defence exhibition on " + date),
          deal(k, " on the sidelines of the summit on " + date),
          deal(k, " during the president's visit to " + k.supplier().name() + " on " + date),
          "The two defence ministers met at the Eurosatory defence exhibition on " + date + ". " + deal(k, ""),
          "On " + date + ", the two presidents met in " + k.buyer().capital() + ". " + deal(k, "")));
    });
  }

  @Test
  void aBackgroundDealTakesItsMonthOrYear() {
    Prop.check("background month or year", CASES, c -> {
      LocalDate d = c.published().minusMonths(c.day() + 12);
      check(c, EdtfDate.ofMonth(d.getYear(), d.getMonthValue()), k -> List.of(
          deal(k, " in " + month(d) + " " + d.getYear()),
          k.buyer().name() + " bought " + k.count() + " " + k.system() + " " + k.head() + " from " + k.supplier().name()
              + " in a deal signed in " + month(d) + " " + d.getYear() + "."));
      check(c, EdtfDate.ofYear(d.getYear()), k -> List.of(deal(k, " in " + d.getYear())));
    });
  }

  @Test
  void aHeadlineSigningUndatedBelowIsOnThePublicationDay() {
    Prop.check("headline signs", CASES.flatMap(c -> FactGens.designations().map(sys -> new Case(c.supplier(),
        c.buyer(), sys, c.head(), c.count(), c.published(), c.back(), c.day()))), c -> {
          Prop.assume(FactGens.unknown(c.system()));
          check(c, EdtfDate.of(c.published()), k -> List.of(
              k.buyer().name() + " signs deal for " + k.system() + " " + k.head() + "\n\n" + deal(k, "")));
        });
  }

  @Test
  void aDealNamedByItsYearWasSignedThen() {
    Prop.check("under a year's contract", CASES, c -> {
      int y = c.published().getYear() - 1 - c.back();
      check(c, EdtfDate.ofYear(y), k -> List.of(
          k.buyer().name() + " bought " + k.count() + " " + k.system() + " " + k.head() + " from " + k.supplier().name()
              + " under a " + y + " contract.",
          k.supplier().name() + " delivered " + k.count() + " " + k.system() + " " + k.head() + " to "
              + k.buyer().name() + " last month under the " + y + " deal."));
    });
  }

  @Test
  void aPurchaseDatedByItsVerbWasSignedThen() {
    Prop.check("bought in", CASES, c -> {
      LocalDate d = c.published().minusMonths(c.day() + 12);
      check(c, EdtfDate.ofMonth(d.getYear(), d.getMonthValue()), k -> List.of(
          "In " + month(d) + " " + d.getYear() + " " + k.buyer().name() + " bought " + k.count() + " " + k.system()
              + " " + k.head() + " from " + k.supplier().name() + ".",
          k.buyer().name() + " purchased " + k.count() + " " + k.system() + " " + k.head() + " from "
              + k.supplier().name() + " in " + month(d) + " " + d.getYear() + "."));
      check(c, EdtfDate.ofYear(d.getYear()), k -> List.of(k.buyer().name() + " acquired " + k.count() + " "
          + k.system() + " " + k.head() + " from " + k.supplier().name() + " in " + d.getYear() + "."));
    });
  }

  @Test
  void transfersOfAParagraphLedByUnderTheDealAreSignedWithIt() {
    Prop.check("paragraph under the deal", CASES, c -> {
      LocalDate d = c.before();
      String date = month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
      check(c, EdtfDate.of(d), k -> List.of(k.supplier().name() + " and " + k.buyer().name()
          + " signed a military-technical cooperation agreement on " + date + ".\n\nUnder the agreement, "
          + k.supplier().name() + " will train officers of " + k.buyer().name() + ". " + k.supplier().name()
          + " will also supply " + k.count() + " " + k.system() + " " + k.head() + " to " + k.buyer().name() + "."));
    });
  }

  @Test
  void aFrameworkDateGivesWayToTheContractsOwn() {
    Prop.check("framework, then contract", GENERATED, c -> {
      LocalDate d = c.before().minusMonths(3);
      LocalDate later = c.before();
      java.util.function.Function<Case, String> framework = k -> k.buyer().name()
          + " signed a framework agreement on " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear() + " for "
          + k.count() + " " + k.system() + " " + k.head() + " from " + k.supplier().name() + ".";
      check(c, EdtfDate.of(d), k -> List.of(framework.apply(k)));
      check(c, EdtfDate.ofMonth(later.getYear(), later.getMonthValue()), k -> List.of(framework.apply(k)
          + " The contract for the " + k.count() + " " + k.system() + " " + k.head() + " was signed in "
          + month(later) + " " + later.getYear() + "."));
    });
  }

  @Test
  void aDateOfUnloadingIsADeliveryNotASigning() {
    Prop.check("unloaded", GENERATED, c -> {
      LocalDate d = c.before();
      String date = month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
      for (Case k : List.of(c, c.swapped())) {
        String text = "The first " + k.count() + " " + k.system() + " " + k.head() + " from " + k.supplier().name()
            + " were unloaded at the port of " + k.buyer().capital() + " on " + date + ", four months after "
            + k.buyer().name() + " signed a contract for them.";
        ArmsContract a = FactGens.onlyArmsDeal(PARSER, text, k.published(), k.supplier(), k.buyer());
        assertEquals(EdtfDate.of(d), a.delivered(), text);
        assertNotEquals(EdtfDate.of(d), a.signed(), text);
      }
    });
  }

  @Test
  void aDealSealedOrFinalisedIsSignedOnItsDay() {
    Prop.check("sealed, finalised", CASES, c -> {
      LocalDate d = c.before();
      String date = d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
      check(c, EdtfDate.of(d), k -> List.of(
          k.buyer().name() + " sealed a deal with " + k.supplier().name() + " for " + k.count() + " " + k.system()
              + " " + k.head() + " on " + date + ".",
          k.buyer().name() + " finalised a contract with " + k.supplier().name() + " for " + k.count() + " "
              + k.system() + " " + k.head() + " on " + date + "."));
    });
  }
}
