package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
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
 * Subjects told as an act done to them ("an agreement on the avoidance of [A]"): the subject is
 * [A], whatever the act, the instrument, the states or the subject; and subjects told with a long
 * phrase saying whom they serve ("on [A] for holders of diplomatic and official passports"): the
 * subject is [A].
 */
class SubjectActsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> ACTS = List.of("avoidance", "prevention", "elimination", "development",
      "promotion", "opening", "construction", "establishment", "expansion", "strengthening");
  /** Phrases after a subject saying whom or what it serves, long enough to make the item too long for a subject. */
  private static final List<String> QUALIFIERS = List.of("for holders of diplomatic and official passports",
      "for the benefit of the peoples of both countries", "for students and teachers of the two countries",
      "for citizens travelling on ordinary passports for short stays");
  private static final List<String> INSTRUMENTS = List.of("an agreement", "a memorandum of understanding",
      "a protocol", "a memorandum", "a treaty", "an accord", "a declaration", "a contract");

  private record Case(State a, State b, String instrument, String act, String subject, boolean article) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, INSTRUMENTS.size() - 1)
      .flatMap(i -> Gens.ints(0, ACTS.size() - 1).flatMap(k -> Gens.ints(0,
          InstrumentListPropertiesTest.SUBJECTS.size() - 1).flatMap(s -> Gens.ints(0, 1).map(t ->
              new Case(p[0], p[1], INSTRUMENTS.get(i), ACTS.get(k), InstrumentListPropertiesTest.SUBJECTS.get(s),
                  t == 1))))));

  @Test
  void theSubjectOfAnActIsWhatTheActIsDoneTo() {
    Prop.check("an instrument on the [act] of [subject]", CASES, c -> {
      Tagged t = new Tagged().country(c.a().name(), c.a().code(), CountryForm.NAME).w("and")
          .country(c.b().name(), c.b().code(), CountryForm.NAME)
          .w("signed " + c.instrument() + " on the " + c.act() + " of " + (c.article() ? "the " : "") + c.subject() + ".");
      Document doc = t.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      List<Agreement> got = doc.agreements;
      assertEquals(1, got.size(), () -> t.text() + " -> " + got);
      assertEquals(List.of(c.subject()), got.get(0).sectors(), t::text);
    });
  }

  @Test
  void theSubjectIsTheHeadBeforeAPhraseSayingWhomItServes() {
    Prop.check("an instrument on [subject] for [whom]", CASES, c -> {
      String whom = QUALIFIERS.get(Math.floorMod(c.act().hashCode(), QUALIFIERS.size()));
      Tagged t = new Tagged().country(c.a().name(), c.a().code(), CountryForm.NAME).w("and")
          .country(c.b().name(), c.b().code(), CountryForm.NAME)
          .w("signed " + c.instrument() + " on " + (c.article() ? "the " : "") + c.subject() + " " + whom + ".");
      Document doc = t.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      List<Agreement> got = doc.agreements;
      assertEquals(1, got.size(), () -> t.text() + " -> " + got);
      assertEquals(List.of(c.subject()), got.get(0).sectors(), t::text);
    });
  }
}
