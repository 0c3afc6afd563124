package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences for the chairs of legislatures and for envoys named with their post, with
 * random states and people: the chair, president or speaker "of the" a body that is a legislature
 * ("[Office] of the National Assembly", "... of the Standing Committee of the [body] Congress") is
 * a legislator of the state the text binds to it, and so is the chair written after the body
 * ("National Assembly Chairwoman"), a presidium's chair is not; a speaker of a
 * legislature only one state has ("Duma speaker") is that state's; an envoy's post ("Ambassador to
 * [state]", "in [capital]") names the host, never the envoy's own state, and "to [state]" is part
 * of the title; a High Commissioner, the envoy Commonwealth states exchange, is one of the state the text
 * binds, and the United Nations' high commissioners are no state's. Each sentence is read with the two states exchanged too.
 */
class LegislatorsAndEnvoysPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

  record Case(Name a, Name b, State x, State y, String chair, String body, String front, Name h) {}

  /** The chairs of a legislature written before the name with the body first ("National Assembly Chairwoman"). */
  private static final List<String> FRONTS = List.of("National Assembly Chairman", "National Assembly Chairwoman",
      "National Assembly Chairperson", "National Assembly President", "Parliament Chairman", "Senate President", "Senate Chairman");

  /** The chairs of a body ("Speaker" after a state's adjective reads as a speaker of a language, "French speaker"). */
  private static final List<String> CHAIRS = List.of("Chairman", "Chairwoman", "President", "Chair");
  /** States whose names are also given names ("India Anil ..."): not a state before another capitalised name. */
  private static final java.util.Set<String> GIVEN_NAME_STATES = java.util.Set.of("India", "Kenya");
  private static final List<String> BODIES = List.of("National Assembly", "Parliament", "Senate", "Chamber of Deputies",
      "House of Representatives", "Legislative Assembly", "Standing Committee of the National People's Congress",
      "Federal Assembly", "Supreme Assembly", "Congress");

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    Name h;
    do {
      h = World.twoNames(r)[0]; // a third person, of A's side
    } while (h.last().equals(n[0].last()) || h.last().equals(n[1].last()));
    return new Case(n[0], n[1], s[0], s[1], World.pick(r, CHAIRS), World.pick(r, BODIES), World.pick(r, FRONTS), h);
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.h().full()).isEmpty();
  }

  private static @Nullable Leader leader(List<Leader> leaders, String name) {
    return NameAndTitleFormsPropertiesTest.leader(leaders, name);
  }

  /** Reads the sentence {@code text} gives for x and y, then for y and x: A holds {@code title} of the first state. */
  private static void check(String name, Role role, Function<Case, String> title, TriFunction text) {
    Prop.check(name, World.gen(LegislatorsAndEnvoysPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      Prop.assume(!GIVEN_NAME_STATES.contains(c.x().name()) && !GIVEN_NAME_STATES.contains(c.y().name()));
      for (boolean swap : new boolean[] {false, true}) {
        State first = swap ? c.y() : c.x();
        State second = swap ? c.x() : c.y();
        String t = text.apply(c, first, second);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = leader(got, c.a().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(List.of(String.valueOf(first.country()), title.apply(c).replace("{host}", second.name()), role.toString()),
            List.of(String.valueOf(a.country()), String.valueOf(a.title()), String.valueOf(a.role())), () -> t + " -> " + got);
        Leader b = leader(got, c.b().full());
        assertEquals(second.country(), b == null ? null : b.country(), () -> t + " -> " + got);
      }
    });
  }

  /** A sentence from the two people and the two states, first and second. */
  interface TriFunction {
    String apply(Case c, State first, State second);
  }

  private static String legislature(Case c) {
    return c.chair() + " of the " + c.body();
  }

  @Test
  void theChairOfALegislatureIsALegislatorOfTheStateTheTextBinds() {
    check("[adjective] [chair] of the [legislature] A", Role.LEGISLATOR, LegislatorsAndEnvoysPropertiesTest::legislature,
        (c, x, y) -> x.adjective() + " " + legislature(c) + " " + c.a().full() + " met " + y.adjective() + " Foreign Minister "
            + c.b().full() + " in " + y.capital() + " on Tuesday.");
    check("[state]'s [chair] of the [legislature], A,", Role.LEGISLATOR, LegislatorsAndEnvoysPropertiesTest::legislature,
        (c, x, y) -> x.name() + "'s " + legislature(c) + ", " + c.a().full() + ", held talks with " + y.adjective()
            + " President " + c.b().full() + " on Monday.");
    check("A, [chair] of the [legislature] of [state],", Role.LEGISLATOR, LegislatorsAndEnvoysPropertiesTest::legislature,
        (c, x, y) -> y.adjective() + " Prime Minister " + c.b().full() + " received " + c.a().full() + ", "
            + legislature(c) + " of " + x.name() + ", in " + y.capital() + ".");
    check("the [adjective] [chair] of the [legislature], A,", Role.LEGISLATOR, LegislatorsAndEnvoysPropertiesTest::legislature,
        (c, x, y) -> "The " + x.adjective() + " " + legislature(c) + ", " + c.a().full() + ", arrived in " + y.capital()
            + " for talks with " + y.adjective() + " Prime Minister " + c.b().full() + ".");
    check("[state]'s [chair] of the [legislature] A and [adjective] [office] B", Role.LEGISLATOR,
        LegislatorsAndEnvoysPropertiesTest::legislature,
        (c, x, y) -> x.name() + "'s " + legislature(c) + " " + c.a().full() + " and " + y.adjective() + " Trade Minister "
            + c.b().full() + " signed the accord.");
    check("[adjective] [legislature] [chair] A met", Role.LEGISLATOR, c -> c.front(),
        (c, x, y) -> x.adjective() + " " + c.front() + " " + c.a().full() + " met " + y.adjective() + " Foreign Minister "
            + c.b().full() + " in " + y.capital() + " on Tuesday.");
    check("A met [adjective] [office] B and [legislature] [chair] A", Role.LEGISLATOR, c -> c.front(),
        (c, x, y) -> y.adjective() + " Foreign Minister " + c.b().full() + " met " + x.adjective() + " President " + c.h().full() + " and "
            + c.front() + " " + c.a().full() + " in " + x.capital() + " on Tuesday.");
    Prop.check("a presidium's chair is no legislator", World.gen(LegislatorsAndEnvoysPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = c.x().adjective() + " President of the Presidium of the Supreme People's Assembly " + c.a().full()
          + " met " + c.y().adjective() + " Foreign Minister " + c.b().full() + " on Tuesday.";
      List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
      Leader a = leader(got, c.a().full());
      assertNotNull(a, () -> t + " -> " + got);
      assertEquals(List.of(String.valueOf(c.x().country()), "President of the Presidium of the Supreme People's Assembly", "false"),
          List.of(String.valueOf(a.country()), String.valueOf(a.title()), String.valueOf(a.role() == Role.LEGISLATOR)),
          () -> t + " -> " + got);
    });
  }

  @Test
  void aLegislatureOnlyOneStateHasGivesItsSpeakerThatState() {
    for (String[] s : new String[][] {{"Duma speaker", "RUS"}, {"Knesset Speaker", "ISR"}, {"Sejm Speaker", "POL"},
        {"Speaker of the Verkhovna Rada", "UKR"}, {"Lok Sabha Speaker", "IND"}, {"Bundestag President", "DEU"},
        {"Majlis Speaker", "IRN"}}) {
      Prop.check(s[0], World.gen(LegislatorsAndEnvoysPropertiesTest::random), c -> {
        Prop.assume(unknown(c));
        String t = s[0] + " " + c.a().full() + ", who attended the ceremony in " + c.y().capital() + ", said the "
            + c.y().adjective() + " delegation was welcome.";
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = leader(got, c.a().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(List.of(s[1], s[0], "LEGISLATOR"), List.of(String.valueOf(a.country()), String.valueOf(a.title()),
            String.valueOf(a.role())), () -> t + " -> " + got);
      });
    }
  }

  @Test
  void anEnvoysPostNamesTheHostNotTheEnvoysState() {
    check("[adjective] Ambassador to [state], A,", Role.DIPLOMAT, c -> "Ambassador to {host}",
        (c, x, y) -> "The " + x.adjective() + " Ambassador to " + y.name() + ", " + c.a().full() + ", met "
            + y.adjective() + " Foreign Minister " + c.b().full() + " on Tuesday.");
    check("[adjective] Ambassador to [state] A", Role.DIPLOMAT, c -> "Ambassador to {host}",
        (c, x, y) -> x.adjective() + " Ambassador to " + y.name() + " " + c.a().full() + " and " + y.adjective()
            + " Trade Minister " + c.b().full() + " signed the accord.");
    check("[state]'s ambassador to [state] A", Role.DIPLOMAT, c -> "ambassador to {host}",
        (c, x, y) -> y.adjective() + " Foreign Minister " + c.b().full() + " received " + x.name() + "'s ambassador to "
            + y.name() + " " + c.a().full() + " on Monday.");
    check("[adjective] Ambassador in [capital] A", Role.DIPLOMAT, c -> "Ambassador",
        (c, x, y) -> x.adjective() + " Ambassador in " + y.capital() + " " + c.a().full() + " and " + y.adjective()
            + " Finance Minister " + c.b().full() + " signed the notes.");
    check("the [adjective] ambassador in [state], A,", Role.DIPLOMAT, c -> "ambassador",
        (c, x, y) -> "The " + x.adjective() + " ambassador in " + y.name() + ", " + c.a().full() + ", met "
            + y.adjective() + " Defense Minister " + c.b().full() + ".");
    check("[adjective] Ambassador to [state] A said", Role.DIPLOMAT, c -> "Ambassador to {host}",
        (c, x, y) -> y.adjective() + " Foreign Minister " + c.b().full() + " spoke first. " + x.adjective()
            + " Ambassador to " + y.name() + " " + c.a().full() + " said trade would grow.");
  }

  @Test
  void aHighCommissionerIsAnEnvoyOfTheStateTheTextBinds() {
    check("[adjective] High Commissioner A said", Role.DIPLOMAT, c -> "High Commissioner",
        (c, x, y) -> y.adjective() + " Trade Minister " + c.b().full() + " spoke first. " + x.adjective()
            + " High Commissioner " + c.a().full() + " said the two governments were negotiating a trade agreement.");
    check("the [adjective] High Commissioner in [capital], A,", Role.DIPLOMAT, c -> "High Commissioner",
        (c, x, y) -> "The " + x.adjective() + " High Commissioner in " + y.capital() + ", " + c.a().full() + ", met "
            + y.adjective() + " Foreign Minister " + c.b().full() + " on Tuesday.");
    check("[state]'s high commissioner to [state] A", Role.DIPLOMAT, c -> "high commissioner to {host}",
        (c, x, y) -> y.adjective() + " Foreign Minister " + c.b().full() + " received " + x.name() + "'s high commissioner to "
            + y.name() + " " + c.a().full() + " on Monday.");
    check("A, the [adjective] High Commissioner,", Role.DIPLOMAT, c -> "High Commissioner",
        (c, x, y) -> c.a().full() + ", the " + x.adjective() + " High Commissioner, met " + y.adjective() + " President "
            + c.b().full() + " in " + y.capital() + ".");
    Prop.check("a high commissioner of the United Nations is no state's envoy",
        World.gen(LegislatorsAndEnvoysPropertiesTest::random), c -> {
          Prop.assume(unknown(c));
          for (String un : List.of("UN High Commissioner for Refugees", "United Nations High Commissioner for Human Rights",
              "OSCE High Commissioner on National Minorities")) {
            String t = un + " " + c.a().full() + " met " + c.y().adjective() + " President " + c.b().full() + " in "
                + c.y().capital() + " on Tuesday.";
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            assertEquals(null, leader(got, c.a().full()), () -> t + " -> " + got);
          }
        });
  }
}
