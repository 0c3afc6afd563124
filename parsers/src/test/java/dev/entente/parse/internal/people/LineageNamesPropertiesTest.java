package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated reports, with random states, people and offices, about a person whose name is written
 * as a lineage with an honorific that belongs to it ("Sheikh [Given] bin [Father] Al [House]"): a
 * later "Sheikh [Given]" is that person (the one accompanied is of that person's side), and a
 * shorter form "[Given] bin [Father]" is that person too, not a second leader; two of one house with
 * the same given name and different fathers ("[Given] Al-[Father] Al-[Grandfather] Al-[House]" and
 * "[Given] [Uncle] Al-[Grandfather] Al-[House]") are two leaders. All hold with the states swapped.
 */
class LineageNamesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 9);

  /** Given names the given-names list holds, so the later form is no surname of anyone. */
  private static final List<String> GIVEN = List.of("Mohammed", "Mohamed", "Abdullah", "Hamad", "Tamim", "Nasser", "Faisal",
      "Ahmed", "Omar", "Salman");

  private static final List<String> HONORIFICS = List.of("Sheikh", "Sheikha", "Sayyid", "Tengku");

  /** Offices of the one named with the lineage, of the one met, and of the one going along. */
  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> Set.of("President", "Prime Minister", "Foreign Minister", "Defense Minister").contains(o.title()))
      .toList();

  private static final List<String> ALONG = List.of("Trade Minister", "Minister of State for Investment", "Finance Minister");

  record Case(String honorific, String given, String father, String house, Name b, Name c, State x, State y, Office oa,
      Office ob, String oc) {
    String full() {
      return honorific + " " + given + " bin " + father + " Al " + house;
    }
  }

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    String house;
    do {
      house = World.pick(r, World.LAST);
    } while (house.equals(n[0].last()) || house.equals(n[1].last()));
    return new Case(World.pick(r, HONORIFICS), World.pick(r, GIVEN), World.pick(r, World.FIRST), house, n[0], n[1], s[0], s[1],
        World.pick(r, OFFICES), World.pick(r, OFFICES), World.pick(r, ALONG));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.b().full()).isEmpty() && holders.holders(c.c().full()).isEmpty()
        && holders.holders(c.b().last(), DAY).isEmpty() && holders.holders(c.c().last(), DAY).isEmpty()
        && holders.holders(c.given() + " bin " + c.father(), DAY).isEmpty() && holders.holders(c.given(), DAY).isEmpty();
  }

  private static String meeting(Case c, State y, State x) {
    return y.adjective() + " " + c.oa().title() + " " + c.full() + " held talks with " + x.adjective() + " " + c.ob().title()
        + " " + c.b().full() + " in " + x.capital() + " on Monday.";
  }

  @Test
  void anHonorificAndTheGivenNameAloneAreThePersonWrittenWithThem() {
    Prop.check("[Honorific] [Given] was accompanied by [office] C", World.gen(LineageNamesPropertiesTest::random), c -> {
      Prop.assume(unknown(c));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String t = x.capital().toUpperCase(java.util.Locale.ROOT) + ", March 9 -\n\n" + meeting(c, y, x) + "\n\n"
            + World.FILLER.get(0) + "\n\n" + c.honorific() + " " + c.given() + " was accompanied by " + c.oc() + " "
            + c.c().full() + ". The talks covered trade.\n";
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.full());
        Leader along = NameAndTitleFormsPropertiesTest.leader(got, c.c().full());
        assertNotNull(a, () -> t + " -> " + got);
        assertEquals(2, a.evidence().size(), () -> t + " -> " + got);
        assertNotNull(along, () -> t + " -> " + got);
        assertEquals(y.country(), along.country(), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void theGivenNameAndTheFathersNameAreTheFullerNamesPerson() {
    Prop.check("[office] [Given] bin [Father] ... [Honorific] [Given] bin [Father] Al [House]",
        World.gen(LineageNamesPropertiesTest::random), c -> {
          Prop.assume(unknown(c));
          for (boolean swap : new boolean[] {false, true}) {
            State x = swap ? c.y() : c.x();
            State y = swap ? c.x() : c.y();
            String t = y.adjective() + " " + c.oa().title() + " " + c.given() + " bin " + c.father() + " visits " + x.name()
                + "\n\n" + meeting(c, y, x) + "\n\n" + World.FILLER.get(0) + "\n";
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            assertTrue(got.stream().allMatch(l -> l.name().equals(c.full()) || l.name().equals(c.b().full())),
                () -> t + " -> " + got);
            Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.full());
            assertNotNull(a, () -> t + " -> " + got);
            assertEquals(y.country(), a.country(), () -> t + " -> " + got);
          }
        });
  }

  @Test
  void twoOfOneHouseWithOneGivenNameAndOtherFathersAreTwoPeople() {
    Prop.check("[office] [Honorific] [Given] Al-[Father] ... [Honorific] [Given] [Uncle] Al-[Father] Al-[House]",
        World.gen(LineageNamesPropertiesTest::random), c -> {
          Prop.assume(unknown(c));
          String uncle = c.father().equals("Rafael") ? "Jorge" : "Rafael";
          String bin = c.given().length() % 2 == 0 ? " bin " : " ";
          String head = c.honorific() + " " + c.given() + bin + c.father() + " Al-" + c.c().last() + " Al-" + c.house();
          String other = c.honorific() + " " + c.given() + bin + uncle + " Al-" + c.c().last() + " Al-" + c.house();
          Prop.assume(!c.oa().title().equals(c.ob().title()));
          for (boolean swap : new boolean[] {false, true}) {
            State x = swap ? c.y() : c.x();
            State y = swap ? c.x() : c.y();
            String t = x.capital().toUpperCase(java.util.Locale.ROOT) + ", March 9 -\n\n" + y.adjective() + " "
                + c.oa().title() + " " + head + " held talks with " + x.adjective() + " " + c.ob().title() + " "
                + c.b().full() + " in " + x.capital() + " on Monday.\n\n" + World.FILLER.get(0) + "\n\n" + y.adjective()
                + " " + c.oc() + " " + other + " also met " + c.b().last() + ".\n";
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            Leader a = NameAndTitleFormsPropertiesTest.leader(got, head);
            Leader o = NameAndTitleFormsPropertiesTest.leader(got, other);
            assertNotNull(a, () -> t + " -> " + got);
            assertNotNull(o, () -> t + " -> " + got);
            assertEquals(c.oa().title(), a.title(), () -> t + " -> " + got);
            assertEquals(c.oc(), o.title(), () -> t + " -> " + got);
            assertEquals(y.country(), o.country(), () -> t + " -> " + got);
          }
        });
  }
}
