package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * States joined by hyphens in one word ("the [A]-[B]-[C] gas pipeline", "the [A]-[B]-[C]-[D]
 * railway") are each named: an instrument signed on the project in their sentence has them all as
 * parties, not only the first of the word. Read by the whole parser from generated reports with
 * three or four random states, projects and days.
 */
class CompoundStatesPartiesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static final List<String> PROJECTS = List.of("gas pipeline", "railway", "power line", "highway",
      "transit corridor", "fibre-optic cable");

  private static final List<String> OPENINGS = List.of("The leaders signed", "Officials of the states signed",
      "The ministers on Saturday signed");

  private record Case(List<State> states, String project, String opening, int year, int month, int day) {}

  /** Three or four different states, in random order. */
  private static final Gen<List<State>> STATES = Gens.ints(3, 4).flatMap(n -> Gens.ints(0, 1_000_000).map(seed -> {
    List<State> all = new ArrayList<>(FactGens.STATES);
    Collections.shuffle(all, new Random(seed));
    return List.copyOf(all.subList(0, n));
  }));

  private static final Gen<Case> CASES = STATES.flatMap(st -> Gens.elements(PROJECTS).flatMap(p ->
      Gens.elements(OPENINGS).flatMap(o -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m ->
          Gens.ints(1, 28).map(d -> new Case(st, p, o, y, m, d)))))));

  @Test
  void everyStateOfAHyphenedCompoundIsAParty() {
    Prop.check("[Opening] an intergovernmental agreement on the [A]-[B]-[C] [project] on [day]", CASES, c -> {
      String compound = c.states().stream().map(State::name).collect(Collectors.joining("-"));
      String day = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + c.day() + ", " + c.year();
      String text = c.opening() + " an intergovernmental agreement on the " + compound + " " + c.project() + " on "
          + day + ".";
      List<Agreement> got = PARSER.parse("generated", text, LocalDate.of(c.year(), c.month(), c.day()).plusDays(1))
          .agreements();
      Set<Country> want = c.states().stream().map(s -> Country.of(s.code())).collect(Collectors.toSet());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(want, Set.copyOf(got.get(0).parties()), () -> text + " -> " + got);
    });
  }
}
