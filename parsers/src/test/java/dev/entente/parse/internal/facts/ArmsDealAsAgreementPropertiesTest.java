package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An arms contract told again as "the deal" or "the agreement" ("[Buyer] signed a contract with
 * [Supplier] for [n] [system] [head]. The deal was signed in the capital on [day] ...") is that
 * contract, no agreement between the states; an agreement with a subject of its own told after the
 * contract is still read. Each with the states swapped.
 */
class ArmsDealAsAgreementPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private record Case(FactGens.Deal deal, String word, String subject) {
    LocalDate signed() {
      return deal.published().minusDays(1);
    }

    Case swapped() {
      FactGens.Deal d = deal;
      return new Case(new FactGens.Deal(d.buyer(), d.supplier(), d.system(), d.head(), d.count(), d.published()),
          word, subject);
    }
  }

  private static final Gen<Case> CASES = FactGens.deals(1).flatMap(d -> Gens.elements("deal", "agreement")
      .flatMap(w -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS).map(s -> new Case(d, w, s))));

  /** "[Buyer] signed a contract with [Supplier] for [n] [system] [head]." */
  private static Tagged contract(Case c) {
    FactGens.Deal d = c.deal();
    return name(name(new Tagged(), d.buyer()).w("signed a contract with"), d.supplier())
        .w("for " + d.count() + " " + d.system() + " " + d.head() + ".");
  }

  /** "The [deal] was signed in the capital on [Month] [day], [year] by the two ministers." */
  private static Tagged retold(Case c, String word) {
    LocalDate day = c.signed();
    String surface = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()
        + ", " + day.getYear();
    return new Tagged().w("The " + word + " was signed in the capital on").date(surface, EdtfDate.of(day))
        .w("by the two ministers.");
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.deal().published(), AGREEMENTS).agreements;
  }

  private static Set<Country> parties(Case c) {
    return Set.of(Country.of(c.deal().buyer().code()), Country.of(c.deal().supplier().code()));
  }

  @Test
  void anArmsContractToldAgainIsNoAgreement() {
    Prop.check("arms contract told again", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged text = contract(k).then(retold(k, k.word()));
        List<Agreement> got = read(text, k);
        assertTrue(got.isEmpty(), () -> text.text() + " -> " + got);
      }
    });
  }

  @Test
  void anAgreementWithASubjectAfterTheContractIsRead() {
    Prop.check("agreement after the contract", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        FactGens.Deal d = k.deal();
        Tagged text = contract(k).then(name(name(new Tagged(), d.buyer()).w("and"), d.supplier())
            .w("also signed an agreement on " + k.subject() + "."));
        Agreement a = FactGens.only(text, read(text, k));
        assertEquals(parties(k), Set.copyOf(a.parties()), text::text);
        assertEquals(List.of(k.subject()), a.sectors(), text::text);
      }
    });
  }
}
