package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Agreement;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year that labels an instrument for the report's own year ("signed the [year] cooperation
 * agreement and an agreement on [A]") is no signing date: the instruments are signed on the day
 * the report tells. A year before the report's stays the instrument's date.
 */
class YearLabelPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private static final List<String> LABELLED = List.of("cooperation agreement", "executive programme",
      "cooperation plan", "trade protocol", "agreement", "economic cooperation agreement");

  private static final List<String> AGREEMENT_LABELS = List.of("cooperation agreement", "trade protocol", "agreement",
      "economic cooperation agreement");

  private record Case(State a, State b, LocalDate published, String labelled, String subject) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
      .flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(0, LABELLED.size() - 1).flatMap(l -> Gens.ints(0,
          InstrumentListPropertiesTest.SUBJECTS.size() - 1).map(s -> new Case(p[0], p[1], LocalDate.of(y, m, d),
              LABELLED.get(l), InstrumentListPropertiesTest.SUBJECTS.get(s))))))));

  private static List<Agreement> read(Case c, int year) {
    Tagged t = new Tagged().country(c.a().name(), c.a().code(), CountryForm.NAME).w("and")
        .country(c.b().name(), c.b().code(), CountryForm.NAME)
        .w("signed the").date(String.valueOf(year), EdtfDate.ofYear(year))
        .w(c.labelled() + " and an agreement on " + c.subject() + ".");
    Document doc = t.document(c.published());
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  @Test
  void aLabelOfTheReportsYearIsNoSigningDate() {
    Prop.check("signed the [this year] [instrument] and an agreement on [A]", CASES, c -> {
      List<Agreement> got = read(c, c.published().getYear());
      assertFalse(got.isEmpty(), () -> c + " -> " + got);
      for (Agreement a : got) {
        assertEquals(EdtfDate.of(c.published()), a.signed(), () -> c + " -> " + got);
      }
    });
  }

  @Test
  void aLabelOfAnEarlierYearStaysTheDate() {
    // a plan or programme before a year reads as one for that year; an agreement's year is its own
    Prop.check("signed the [earlier year] [instrument] and an agreement on [A]", CASES.filter(c -> AGREEMENT_LABELS
        .contains(c.labelled())), c -> {
      int year = c.published().getYear() - 3;
      List<Agreement> got = read(c, year);
      assertFalse(got.isEmpty(), () -> c + " -> " + got);
      for (Agreement a : got) {
        assertEquals(EdtfDate.ofYear(year), a.signed(), () -> c + " -> " + got);
      }
    });
  }
}
