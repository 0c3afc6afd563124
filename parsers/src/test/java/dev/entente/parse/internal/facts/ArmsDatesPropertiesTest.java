package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Signing and delivery dates of arms transfers in generated reports with random publication dates:
 * a month the text gives without its year is the next one when a word of the future points to it,
 * the last one when the delivery is told as done; two years joined are the delivery period; a
 * signing told as witnessed happened on the occasion's day, else the report's.
 */
class ArmsDatesPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** Two states, a generated system, a count, a publication date and a month before it in its year. */
  private record Case(State supplier, State buyer, String system, String head, int count, LocalDate published,
      int month) {}

  private static final Gen<Case> CASES = FactGens.deals(2).flatMap(d -> Gens.ints(1, d.published().getMonthValue() - 1)
      .map(before -> new Case(d.supplier(), d.buyer(), d.system(), d.head(), d.count(), d.published(), before)));

  private static Tagged ordered(Case c) {
    return new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME).w("ordered")
        .number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
        .w(c.system() + " " + c.head() + " from").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME)
        .w(".");
  }

  /** The month as the date stage reads it alone: the last such month up to the publication date. */
  private static Tagged month(Tagged t, Case c) {
    String name = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(name, EdtfDate.ofMonth(c.published().getYear(), c.month()), DateForm.RELATIVE);
  }

  private static ArmsContract one(Tagged text, LocalDate published) {
    return FactGens.only(text, FactGens.read(text, published, STAGE).armsContracts);
  }

  @Test
  void aMonthAheadIsResolvedForwardAndAMonthPastStaysPast() {
    Prop.check("delivery month forward", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      String verb = List.of("will be delivered by", "are to arrive in", "are expected to reach the army in",
          "will deliver the " + c.head() + " in").get(c.count() % 4);
      Tagged ahead = ordered(c).then(month(new Tagged().w("The first " + c.head() + " " + verb), c).w("."));
      assertEquals(EdtfDate.ofMonth(c.published().getYear() + 1, c.month()), one(ahead, c.published()).delivered(),
          ahead::text);
      Tagged past = ordered(c).then(month(new Tagged().w("The first " + c.head() + " were delivered in"), c).w("."));
      assertEquals(EdtfDate.ofMonth(c.published().getYear(), c.month()), one(past, c.published()).delivered(),
          past::text);
    });
  }

  @Test
  void twoYearsJoinedAreTheDeliveryPeriod() {
    Prop.check("delivery years joined", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      int first = c.published().getYear() + c.count() % 5;
      int last = first + 1 + c.month() % 4;
      String joiner = List.of("and", "and in", "to", "or").get(c.count() % 4);
      Tagged text = ordered(c).then(new Tagged().w("The " + c.head() + " are to arrive in")
          .date(String.valueOf(first), EdtfDate.ofYear(first)).w(joiner)
          .date(String.valueOf(last), EdtfDate.ofYear(last)).w("."));
      assertEquals(EdtfDate.interval(EdtfDate.ofYear(first), EdtfDate.ofYear(last)), one(text, c.published()).delivered(),
          text::text);
    });
  }

  @Test
  void aSigningWitnessedIsOnTheReportsDayAndADayNamedWins() {
    Prop.check("signing witnessed", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      String witness = List.of("witnessed", "attended", "oversaw").get(c.count() % 3);
      Tagged text = new Tagged().w("The two presidents " + witness + " the signing of a contract under which")
          .country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w("will supply")
          .number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
          .w(c.system() + " " + c.head() + " to").country(c.buyer().name(), c.buyer().code(), CountryForm.NAME).w(".");
      ArmsContract a = one(text, c.published());
      assertEquals(EdtfDate.of(c.published()), a.signed(), text::text);
      assertEquals(c.supplier().code(), a.supplier().code(), text::text);
      assertEquals(c.buyer().code(), a.recipient().code(), text::text);
      // the day the text names wins over the report's
      LocalDate day = c.published().minusDays(1 + c.count() % 6);
      Tagged dated = new Tagged().w("The two presidents " + witness + " the signing of a contract on")
          .date(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), EdtfDate.of(day), DateForm.RELATIVE)
          .w("under which").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w("will supply")
          .number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
          .w(c.system() + " " + c.head() + " to").country(c.buyer().name(), c.buyer().code(), CountryForm.NAME).w(".");
      assertEquals(EdtfDate.of(day), one(dated, c.published()).signed(), dated::text);
    });
  }
}
