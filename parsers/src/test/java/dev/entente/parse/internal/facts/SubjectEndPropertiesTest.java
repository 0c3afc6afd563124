package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The subjects of an instrument end where another clause begins: a verb that goes on with the
 * signers ("and agreed to set up a commission"), a saying ("officials said"), or the circumstances of
 * the signing ("following talks", "before the visitor leaves", "in the presence of the leaders").
 */
class SubjectEndPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> INSTRUMENTS = List.of("an agreement", "a memorandum of understanding",
      "a protocol", "an accord");

  /** Clauses after a subject, and the words of theirs no subject may hold. */
  private static final List<String> TAILS = List.of("and agreed to set up a joint commission",
      "and decided to meet again", ", officials said", ", the agency says", "following talks at the palace",
      "before the visitor leaves", "after talks at the palace", ", in the presence of the two leaders");

  private record Case(State a, State b, String instrument, String first, String second, String tail, int year,
      int month, int day) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(INSTRUMENTS).flatMap(i ->
      Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(f -> Gens.elements(
          InstrumentListPropertiesTest.SUBJECTS).flatMap(g -> Gens.elements(TAILS).flatMap(t ->
              FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d ->
                  new Case(p[0], p[1], i, f, g, t, y, m, d)))))))));

  @Test
  void theSubjectsStopWhereAnotherClauseBegins() {
    Prop.check("[A] and [B] signed [instrument] on [F] and [G] on [day] [clause]", CASES, c -> {
      String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      Tagged text = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
          .w("signed " + c.instrument() + " on " + c.first() + " and " + c.second() + " " + c.tail() + " on")
          .date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day())).w(".");
      List<Agreement> got = FactGens.read(text, PUBLISHED, AGREEMENTS).agreements;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      Set<String> subjectWords = new HashSet<>();
      for (String s : got.get(0).sectors()) {
        subjectWords.addAll(List.of(s.split(" ")));
      }
      Set<String> fieldWords = new HashSet<>(List.of((c.first() + " and " + c.second()).split(" ")));
      assertFalse(subjectWords.isEmpty(), text::text);
      assertTrue(fieldWords.containsAll(subjectWords), () -> text.text() + " -> " + got.get(0).sectors());
    });
  }
}
