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
 * A "to" just before a verb of signing marks a signing still to come only as an infinitive ("are to
 * sign", "to be signed"): in a span of years an instrument covers ("an agreement for [year] to
 * [year] was signed") or before a state ("loans to [State] were signed") it is a preposition, and
 * the signing is done, on the day the report tells. An instrument set beside the ones signed
 * ("Besides the treaty, a protocol ... was signed") is the one told before, its subjects its own.
 */
class ToBeforeSigningPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final List<String> SUBJECTS = InstrumentListPropertiesTest.SUBJECTS;

  /** How a span of years is told after the instrument. */
  private static final List<String> SPANS = List.of("for", "for the years", "for the period", "covering");

  /** How the instrument told before is set beside the others. */
  private static final List<String> BESIDES = List.of("Besides", "In addition to", "Apart from");

  private record Case(State a, State b, LocalDate published, int s1, int s2, int span, int besides, int years) {
    String first() {
      return SUBJECTS.get(s1);
    }

    /** A subject other than the first. */
    String second() {
      return SUBJECTS.get(s2 >= s1 ? s2 + 1 : s2);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y -> Gens.ints(1, 12)
      .flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(s1 -> Gens.ints(0,
          SUBJECTS.size() - 2).flatMap(s2 -> Gens.ints(0, SPANS.size() - 1).flatMap(sp -> Gens.ints(0, BESIDES.size() - 1)
              .flatMap(b -> Gens.ints(1, 5).map(n -> new Case(p[0], p[1], LocalDate.of(y, m, d), s1, s2, sp, b,
                  n))))))))));

  /** "[A] and [B] signed a treaty on [first] today. [Besides] the treaty, a protocol on [second] for [y] to [y'] was signed." */
  private static Tagged report(Case c, State x, State y, boolean second) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), x).w("and"), y).w("signed a treaty on " + c.first())
        .date("today", EdtfDate.of(c.published())).w(".");
    if (second) {
      int from = c.published().getYear() + 1;
      int to = from + c.years();
      t.w(BESIDES.get(c.besides()) + " the treaty, a protocol on " + c.second() + " " + SPANS.get(c.span()))
          .date(from + " to " + to, EdtfDate.interval(EdtfDate.ofYear(from), EdtfDate.ofYear(to))).w("was signed.");
    }
    return t;
  }

  @Test
  void aSpanOfYearsBeforeTheVerbLeavesTheSigningDone() {
    Prop.check("a protocol for [year] to [year] was signed", CASES, c -> {
      Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
      List<Agreement> alone = FactGens.read(report(c, c.a(), c.b(), false), c.published(), AGREEMENTS).agreements;
      for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        Tagged t = report(c, s[0], s[1], true);
        List<Agreement> got = FactGens.read(t, c.published(), AGREEMENTS).agreements;
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        Agreement treaty = got.get(0);
        Agreement protocol = got.get(1);
        assertEquals(AgreementKind.PROTOCOL, protocol.kind(), () -> t.text() + " -> " + got);
        // the span is what the protocol covers, not its signing: signed on the report's day, by both states
        assertEquals(EdtfDate.of(c.published()), protocol.signed(), () -> t.text() + " -> " + got);
        assertEquals(pair, Set.copyOf(protocol.parties()), () -> t.text() + " -> " + got);
        assertTrue(String.join(" ", protocol.sectors()).contains(c.second()), () -> t.text() + " -> " + got);
        // the treaty set beside it keeps what it was read with alone
        assertEquals(alone.get(0).sectors(), treaty.sectors(), () -> t.text() + " -> " + got);
        assertEquals(alone.get(0).signed(), treaty.signed(), () -> t.text() + " -> " + got);
      }
    });
  }

  @Test
  void toBeforeAStateLeavesTheSigningDoneAndAnInfinitiveLeavesItToCome() {
    Prop.check("loans to [State] were signed", CASES, c -> {
      Tagged done = FactGens.name(new Tagged().w("An agreement on " + c.first() + " granting loans to"), c.b())
          .w("was signed by").apply(t -> FactGens.name(t, c.a())).w("today.");
      Agreement a = FactGens.only(done, FactGens.read(done, c.published(), AGREEMENTS).agreements);
      assertEquals(EdtfDate.of(c.published()), a.signed(), done::text);
      Tagged planned = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
          .w(List.of("are to sign", "plan to sign", "hope to sign").get(c.besides()) + " an agreement on " + c.first() + ".");
      List<Agreement> none = FactGens.read(planned, c.published(), AGREEMENTS).agreements;
      assertTrue(none.isEmpty(), () -> planned.text() + " -> " + none);
    });
  }
}
