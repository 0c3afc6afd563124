package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An exchange of letters is an instrument of two states, as an exchange of notes is: signed on the day told, of both states whichever comes first, with the subject after
 * "on" or "for", alone or as an item of a list after another instrument.
 */
class ExchangeOfLettersPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final List<String> SUBJECTS = InstrumentListPropertiesTest.SUBJECTS;
  private static final List<String> INSTRUMENTS = List.of("an exchange of letters", "the exchange of letters");

  private record Case(State a, State b, LocalDate day, String instrument, String subject, boolean listed) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
      .flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.elements(INSTRUMENTS).flatMap(i -> Gens.elements(SUBJECTS)
          .flatMap(s -> Gens.ints(0, 1).map(l -> new Case(p[0], p[1], LocalDate.of(y, m, d), i, s, l == 1))))))));

  @Test
  void anExchangeOfLettersIsAnInstrumentOfBothStates() {
    Prop.check("[A] and [B] signed an exchange of letters on [subject]", CASES, c -> {
      Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
      for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        Tagged t = FactGens.name(FactGens.name(new Tagged(), s[0]).w("and"), s[1]).w("signed")
            .w(c.listed() ? "a memorandum on trade and" : "").w(c.instrument() + " on " + c.subject() + ".");
        List<Agreement> got = FactGens.read(t, c.day(), AGREEMENTS).agreements;
        Agreement a = got.get(got.size() - 1);
        assertEquals(c.listed() ? 2 : 1, got.size(), () -> t.text() + " -> " + got);
        assertEquals(AgreementKind.OTHER, a.kind(), () -> t.text() + " -> " + got);
        assertEquals(EdtfDate.of(c.day()), a.signed(), () -> t.text() + " -> " + got);
        assertEquals(pair, Set.copyOf(a.parties()), () -> t.text() + " -> " + got);
        assertTrue(a.sectors().contains(c.subject()), () -> t.text() + " -> " + got);
      }
    });
  }
}
