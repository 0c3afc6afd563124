package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Signings of arms deals as news reports tell them, in generated reports with random states,
 * systems and publication dates: the verbs of a deal done ("clinched", "finalised", "placed an
 * order") date it by the day the sentence names however far from the verb, else by the report's
 * day; a headline that reports a signing dates the deal told undated below it; a purchase only
 * weighed, sought or offered is no contract; and swapping the two states swaps the parties.
 */
class ArmsSigningPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** Two states, a generated system, a count, a publication date and a day before it. */
  private record Case(State supplier, State buyer, String system, String head, int count, LocalDate published,
      LocalDate day) {}

  private static final Gen<Case> CASES = FactGens.deals(1).flatMap(d -> Gens.ints(1, 6).map(back ->
      new Case(d.supplier(), d.buyer(), d.system(), d.head(), d.count(), d.published(), d.published().minusDays(back))));

  private static final List<String> DONE = List.of("signed", "inked", "sealed", "clinched", "finalised",
      "finalized", "concluded");

  private static Tagged count(Tagged t, Case c) {
    return t.number(String.valueOf(c.count()), BigDecimal.valueOf(c.count()), Qualifier.EXACT)
        .w(c.system() + " " + c.head());
  }

  /** "[buyer] clinched a contract with [supplier] for [n] [system] during the visit ... on [day]", the day optional. */
  private static Tagged deal(Case c, String verb, boolean dated) {
    Tagged t = new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME).w(verb)
        .w(verb.startsWith("placed") ? "with" : "a contract with")
        .country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w("for");
    t = count(t, c).w("during the visit of the defence minister and the chief of staff");
    if (dated) {
      String weekday = c.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      t.w("on").date(weekday, EdtfDate.of(c.day()), DateForm.RELATIVE);
    }
    return t.w(".");
  }

  private static ArmsContract one(Tagged text, LocalDate published) {
    List<ArmsContract> got = FactGens.read(text, published, STAGE).armsContracts;
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    return got.get(0);
  }

  private static Case swapped(Case c) {
    return new Case(c.buyer(), c.supplier(), c.system(), c.head(), c.count(), c.published(), c.day());
  }

  @Test
  void aDealToldDoneTakesTheDayItsSentenceNamesElseTheReportsDay() {
    Prop.check("deal done dated", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      List<String> verbs = new java.util.ArrayList<>(DONE);
      verbs.add("placed an order");
      String verb = verbs.get(c.count() % verbs.size());
      for (Case k : List.of(c, swapped(c))) {
        Tagged dated = deal(k, verb, true);
        ArmsContract a = one(dated, k.published());
        assertEquals(EdtfDate.of(k.day()), a.signed(), dated::text);
        assertEquals(k.supplier().code(), a.supplier().code(), dated::text);
        assertEquals(k.buyer().code(), a.recipient().code(), dated::text);
        Tagged undated = deal(k, verb, false);
        assertEquals(EdtfDate.of(k.published()), one(undated, k.published()).signed(), undated::text);
      }
    });
  }

  @Test
  void aHeadlineReportingASigningDatesTheDealToldBelowIt() {
    Prop.check("headline signing", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      String verb = List.of("Signs", "Inks", "Seals", "Clinches").get(c.count() % 4);
      for (Case k : List.of(c, swapped(c))) {
        Tagged text = new Tagged().country(k.buyer().name(), k.buyer().code(), CountryForm.NAME)
            .w(verb + " Deal for " + k.system() + " " + k.head()).w("\n\n").w("Under the contract,")
            .country(k.supplier().name(), k.supplier().code(), CountryForm.NAME).w("will supply");
        text = count(text, k).w("to").country(k.buyer().name(), k.buyer().code(), CountryForm.NAME).w(".");
        ArmsContract a = one(text, k.published());
        assertEquals(EdtfDate.of(k.published()), a.signed(), text::text);
        assertEquals(k.supplier().code(), a.supplier().code(), text::text);
        assertEquals(k.buyer().code(), a.recipient().code(), text::text);
      }
    });
  }

  @Test
  void aPurchaseOnlyWeighedOrOfferedIsNoContractAndOneAgreedIs() {
    Prop.check("purchase weighed", CASES, c -> {
      Prop.assume(FactGens.unknown(c.system()));
      String weighed = List.of("is considering buying", "wants to buy", "plans to buy", "is in talks to buy",
          "is interested in buying", "is negotiating to buy").get(c.count() % 6);
      Tagged unreal = count(new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME).w(weighed), c)
          .w("from").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w(".");
      List<ArmsContract> none = FactGens.read(unreal, c.published(), STAGE).armsContracts;
      assertTrue(none.isEmpty(), () -> unreal.text() + " -> " + none);
      Tagged offered = count(new Tagged().country(c.supplier().name(), c.supplier().code(), CountryForm.NAME)
          .w("offered").country(c.buyer().name(), c.buyer().code(), CountryForm.NAME), c).w(".");
      List<ArmsContract> noOffer = FactGens.read(offered, c.published(), STAGE).armsContracts;
      assertTrue(noOffer.isEmpty(), () -> offered.text() + " -> " + noOffer);
      // the same words with the purchase agreed: a contract, the parties as told
      Tagged agreed = count(new Tagged().country(c.buyer().name(), c.buyer().code(), CountryForm.NAME)
          .w("agreed to buy"), c).w("from").country(c.supplier().name(), c.supplier().code(), CountryForm.NAME).w(".");
      ArmsContract a = one(agreed, c.published());
      assertEquals(c.supplier().code(), a.supplier().code(), agreed::text);
      assertEquals(c.buyer().code(), a.recipient().code(), agreed::text);
    });
  }
}
