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
 * A date in a relative clause after the instrument ("signed an agreement on [A] under which [State]
 * will provide aid in [year]") is the clause's, not the signing's: the instrument is signed on the
 * day the report tells, whatever the states, the subject, the pronoun or the year.
 */
class RelativeClauseDatePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final List<String> CLAUSES = List.of("under which", "which", "that", "by which");

  private record Case(State a, State b, LocalDate published, String clause, String subject, int later) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
      .flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(0, CLAUSES.size() - 1).flatMap(k -> Gens.ints(0,
          InstrumentListPropertiesTest.SUBJECTS.size() - 1).flatMap(s -> Gens.ints(1, 3).map(l -> new Case(p[0], p[1],
              LocalDate.of(y, m, d), CLAUSES.get(k), InstrumentListPropertiesTest.SUBJECTS.get(s), l))))))));

  @Test
  void aRelativeClausesYearIsNoSigningDate() {
    Prop.check("signed an agreement on [A] [which] ... in [year]", CASES, c -> {
      int year = c.published().getYear() + c.later();
      Tagged t = new Tagged().country(c.a().name(), c.a().code(), CountryForm.NAME).w("and")
          .country(c.b().name(), c.b().code(), CountryForm.NAME)
          .w("signed an agreement on " + c.subject() + " " + c.clause() + " aid will be provided in")
          .date(String.valueOf(year), EdtfDate.ofYear(year)).w(".");
      Document doc = t.document(c.published());
      AGREEMENTS.apply(doc);
      List<Agreement> got = doc.agreements;
      assertFalse(got.isEmpty(), () -> t.text() + " -> " + got);
      assertEquals(EdtfDate.of(c.published()), got.get(0).signed(), () -> t.text() + " -> " + got);
    });
  }
}
