package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
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
 * An agreement first told with no day of its own ("[A] and [B] signed an agreement on [subject].")
 * and told again with "the" and the day of its signing ("The agreement was signed in the capital on
 * [day] by ...") is one agreement of that day; a ratification told later is no signing and does not
 * change the first one's day. Each with the states swapped.
 */
class AgreementRetoldWithItsDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private record Case(State a, State b, String kind, String subject, LocalDate published, int daysBefore) {
    LocalDate signed() {
      return published.minusDays(daysBefore);
    }

    Case swapped() {
      return new Case(b, a, kind, subject, published, daysBefore);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements("agreement", "treaty",
      "memorandum").flatMap(k -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s ->
          FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d ->
              Gens.ints(1, 5).map(e -> new Case(p[0], p[1], k, s, LocalDate.of(y, m, d), e))))))));

  /** "[A] and [B] signed a [kind] on [subject]." then "The [kind] was [verb] in the capital on [day] by the two ministers." */
  private static Tagged text(Case c, String verb) {
    LocalDate day = c.signed();
    String surface = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()
        + ", " + day.getYear();
    return name(name(new Tagged(), c.a()).w("and"), c.b())
        .w("signed " + article(c.kind()) + " " + c.kind() + " on " + c.subject() + ".")
        .then(new Tagged().w("The " + c.kind() + " was " + verb + " in the capital on")
            .date(surface, EdtfDate.of(day)).w("by the two ministers."));
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  @Test
  void anAgreementToldAgainWithItsDayIsOneOfThatDay() {
    Prop.check("told again with its day", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = text(k, "signed");
        Agreement a = FactGens.only(t, read(t, k));
        assertEquals(EdtfDate.of(k.signed()), a.signed(), t::text);
        assertEquals(Set.of(Country.of(k.a().code()), Country.of(k.b().code())), Set.copyOf(a.parties()), t::text);
        assertEquals(List.of(k.subject()), a.sectors(), t::text);
      }
    });
  }

  @Test
  void aRatificationToldLaterIsNoSigningDay() {
    Prop.check("ratified later", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = text(k, "ratified");
        List<Agreement> got = read(t, k);
        assertFalse(got.isEmpty(), t::text);
        assertEquals(EdtfDate.of(k.published()), got.get(0).signed(), t::text);
      }
    });
  }

  /** "an agreement", "a treaty". */
  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
