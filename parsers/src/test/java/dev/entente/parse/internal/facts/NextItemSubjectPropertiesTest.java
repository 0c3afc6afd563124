package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
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
 * A list whose next item is told with "and a" or ", a" and modifiers before its instrument
 * ("an agreement on [A] and a framework agreement on [B]"): the first subject ends before it,
 * whatever the states, the subjects, the modifiers or the instruments.
 */
class NextItemSubjectPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2033, 5, 9);

  private static final List<String> FIRST = List.of("an agreement", "a memorandum", "a protocol",
      "a memorandum of understanding", "a convention");
  private static final List<String> MODIFIERS = List.of("framework", "new", "separate", "bilateral",
      "long-term", "trade");
  private static final List<String> SECOND = List.of("agreement", "memorandum", "protocol", "treaty");
  private static final List<String> JOINS = List.of(" and a ", ", a ", ", and a ");

  private record Case(State a, State b, String first, String modifier, String second, String join, String s1,
      String s2) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, FIRST.size() - 1)
      .flatMap(f -> Gens.ints(0, MODIFIERS.size() - 1).flatMap(m -> Gens.ints(0, SECOND.size() - 1)
          .flatMap(k -> Gens.ints(0, JOINS.size() - 1).flatMap(j -> Gens.ints(0,
              InstrumentListPropertiesTest.SUBJECTS.size() - 1).flatMap(s -> Gens.ints(1,
                  InstrumentListPropertiesTest.SUBJECTS.size() - 1).map(d -> new Case(p[0], p[1], FIRST.get(f),
                      MODIFIERS.get(m), SECOND.get(k), JOINS.get(j), InstrumentListPropertiesTest.SUBJECTS.get(s),
                      InstrumentListPropertiesTest.SUBJECTS.get(
                          (s + d) % InstrumentListPropertiesTest.SUBJECTS.size())))))))));

  private static List<Agreement> read(Case c, State x, State y) {
    Tagged t = new Tagged().country(x.name(), x.code(), CountryForm.NAME).w("and")
        .country(y.name(), y.code(), CountryForm.NAME)
        .w("signed " + c.first() + " on " + c.s1() + c.join() + c.modifier() + " " + c.second() + " on " + c.s2()
            + ".");
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  @Test
  void theFirstSubjectEndsWhereTheNextItemBegins() {
    Prop.check("[instrument] on [A] and a [modifier] [instrument] on [B]", CASES, c -> {
      List<Agreement> got = read(c, c.a(), c.b());
      assertTrue(!got.isEmpty(), () -> c + " -> " + got);
      for (Agreement a : got) {
        for (String subject : a.sectors()) {
          assertTrue(!subject.contains(c.modifier()) || c.s1().contains(c.modifier())
              || c.s2().contains(c.modifier()), () -> c + " -> " + got);
        }
      }
      assertEquals(List.of(c.s1()), got.get(0).sectors(), () -> c + " -> " + got);
    });
  }

  @Test
  void swappingTheStatesSwapsTheParties() {
    Prop.check("the states swapped", CASES, c -> {
      List<Agreement> one = read(c, c.a(), c.b());
      List<Agreement> other = read(c, c.b(), c.a());
      assertEquals(one.size(), other.size(), () -> c + " -> " + one + " / " + other);
      for (int i = 0; i < one.size(); i++) {
        assertEquals(one.get(i).sectors(), other.get(i).sectors(), c::toString);
        assertEquals(java.util.Set.copyOf(one.get(i).parties()), java.util.Set.<Country>copyOf(other.get(i).parties()),
            c::toString);
      }
    });
  }
}
