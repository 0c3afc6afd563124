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
 * subjects; none when the name goes on past its list ("... of [A] and [B] in [Region]"). A comma after
 * the list closes the name ("the Treaty of [A] and [B], the first of its kind ..."), and the fields the sentence
 * tells besides are read after the name's ("..., under which both sides will invest in [field]").
 */
class NamedSubjectsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2032, 5, 14);

  private static final List<String> SUBJECTS = List.of("Friendship", "Peace", "Amity", "Good-Neighbourliness",
      "Mutual Assistance", "Cooperation", "Partnership", "Solidarity", "Friendly Relations", "Mutual Understanding");
  private static final List<String> NAMES = List.of("Treaty", "Declaration", "Pact", "Charter", "Accord");
  private static final List<String> REGIONS = List.of("Central Asia", "Southern Africa", "the Baltic Region",
      "South America");

  /** Fields of the sector lexicon, told in the sentence after the name. */
  private static final List<String> FIELDS = List.of("energy", "mining", "agriculture", "fisheries", "infrastructure",
      "tourism");
  /** Clauses that go on after a comma closing the name, with no field of their own. */
  private static final List<String> GOING_ON = List.of("the first of its kind between them",
      "which was hailed by both sides", "in the presence of their ministers", "ending years of dispute");

  private record Case(State a, State b, String name, List<String> subjects, boolean serialComma, String region,
      String field, String goingOn) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(NAMES).flatMap(n ->
      Gens.ints(2, 4).flatMap(k -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(first -> Gens.booleans().flatMap(comma ->
          Gens.elements(REGIONS).flatMap(r -> Gens.elements(FIELDS).flatMap(f -> Gens.elements(GOING_ON).map(g -> {
            List<String> subjects = new ArrayList<>();
            for (int j = 0; j < k; j++) {
              subjects.add(SUBJECTS.get((first + j) % SUBJECTS.size()));
            }
            return new Case(p[0], p[1], n, subjects, comma, r, f, g);
          }))))))));

  /** "of [A], [B] and [C]", with or without a comma before "and". */
  private static String list(Case c) {
    List<String> s = c.subjects();
    String head = String.join(", ", s.subList(0, s.size() - 1));
    return head + (c.serialComma() && s.size() > 2 ? ", and " : " and ") + s.get(s.size() - 1);
  }

  /** The subjects the name lists, as read. */
  private static List<String> subjects(Case c) {
    return c.subjects().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
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
      assertEquals(subjects(c), got.sectors(), got::toString);
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

  @Test
  void aCommaAfterTheListClosesTheName() {
    Prop.check("the [Name] of [A] and [B], [clause]", CASES, c -> {
      Agreement got = only(c, c.a(), c.b(), ", " + c.goingOn());
      assertEquals(subjects(c), got.sectors(), got::toString);
      Agreement swapped = only(c, c.b(), c.a(), ", " + c.goingOn());
      assertEquals(got.sectors(), swapped.sectors(), swapped::toString);
    });
  }

  @Test
  void theFieldsOfTheSentenceFollowTheNamesSubjects() {
    Prop.check("the [Name] of [A] and [B], under which both sides will invest in [field]", CASES, c -> {
      Agreement got = only(c, c.a(), c.b(), ", under which both sides will invest in " + c.field());
      List<String> want = new ArrayList<>(subjects(c));
      want.add(c.field());
      assertEquals(want, got.sectors(), got::toString);
    });
  }
}
