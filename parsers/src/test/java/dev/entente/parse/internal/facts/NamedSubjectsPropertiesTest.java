package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The subjects an instrument's name lists ("the Treaty of [A], [B] and [C]"), read when the
 * sentence tells no field: the name's list, whatever the states, the instrument word or the
 * subjects; none when the name goes on past its list ("... of [A] and [B] in [Region]").
 */
class NamedSubjectsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2032, 5, 14);

  private static final List<String> SUBJECTS = List.of("Friendship", "Peace", "Amity", "Good-Neighbourliness",
      "Mutual Assistance", "Cooperation", "Partnership", "Solidarity", "Friendly Relations", "Mutual Understanding");
  private static final List<String> NAMES = List.of("Treaty", "Declaration", "Pact", "Charter", "Accord");
  private static final List<String> REGIONS = List.of("Central Asia", "Southern Africa", "the Baltic Region",
      "South America");

  private record Case(State a, State b, String name, List<String> subjects, boolean serialComma, String region) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(NAMES).flatMap(n ->
      Gens.ints(2, 4).flatMap(k -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(first -> Gens.booleans().flatMap(comma ->
          Gens.elements(REGIONS).map(r -> {
            List<String> subjects = new ArrayList<>();
            for (int j = 0; j < k; j++) {
              subjects.add(SUBJECTS.get((first + j) % SUBJECTS.size()));
            }
            return new Case(p[0], p[1], n, subjects, comma, r);
          }))))));

  /** "of [A], [B] and [C]", with or without a comma before "and". */
  private static String list(Case c) {
    List<String> s = c.subjects();
    String head = String.join(", ", s.subList(0, s.size() - 1));
    return head + (c.serialComma() && s.size() > 2 ? ", and " : " and ") + s.get(s.size() - 1);
  }

  private static Agreement only(Case c, State x, State y, String after) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), x).w("and"), y)
        .w("signed the " + c.name() + " of " + list(c) + after + ".");
    return FactGens.only(t, FactGens.read(t, PUBLISHED, AGREEMENTS).agreements);
  }

  @Test
  void theSubjectsOfANameAreItsList() {
    Prop.check("the [Name] of [A], [B] and [C]", CASES, c -> {
      Agreement got = only(c, c.a(), c.b(), "");
      List<String> want = c.subjects().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
      assertEquals(want, got.sectors(), got::toString);
      assertTrue(got.parties().containsAll(List.of(Country.of(c.a().code()), Country.of(c.b().code()))),
          got::toString);
      // the states swapped: the same subjects, the same parties
      Agreement swapped = only(c, c.b(), c.a(), "");
      assertEquals(got.sectors(), swapped.sectors(), swapped::toString);
      assertEquals(java.util.Set.copyOf(got.parties()), java.util.Set.copyOf(swapped.parties()), swapped::toString);
    });
  }

  @Test
  void aNameThatGoesOnPastItsListListsNoSubjects() {
    Prop.check("the [Name] of [A] and [B] in [Region]", CASES, c -> {
      Agreement got = only(c, c.a(), c.b(), " in " + c.region());
      assertEquals(List.of(), got.sectors(), got::toString);
    });
  }
}
