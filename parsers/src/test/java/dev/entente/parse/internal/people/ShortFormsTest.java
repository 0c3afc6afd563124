package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.State;
import dev.entente.parse.internal.text.Keys;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A person introduced under a shorter form of a fuller name the article also writes is one leader
 * under the fuller name: its leading words ("Chairman [Family]" and "[Family] [Given] [Given]"), or
 * its last two words ("[Family] [Family]" and "[Given] [Given] [Family] [Family]", "[Particle]
 * [Family]" and "[Given] [Particle] [Family]"), or a given name alone under the same office
 * ("Prime Minister [Given]" and "Prime Minister [Given] [Family]"). Generated with
 * random states and names no dictionary knows; swapping the two states' adjectives swaps the
 * states.
 */
class ShortFormsTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final PeopleStage STAGE = new PeopleStage();
  private static final LocalDate DAY = LocalDate.of(2021, 6, 16);

  /** Four different surnames of World's, three different given names and two states. */
  record Case(String w1, String w2, String w3, String w4, String g1, String g2, String g3, State x, State y) {}

  private static Case random(SplittableRandom r) {
    List<String> last = new java.util.ArrayList<>(World.LAST);
    java.util.Collections.shuffle(last, new java.util.Random(r.nextLong()));
    List<String> first = new java.util.ArrayList<>(World.FIRST);
    java.util.Collections.shuffle(first, new java.util.Random(r.nextLong()));
    State[] s = World.twoStates(r);
    return new Case(last.get(0), last.get(1), last.get(2), last.get(3), first.get(0), first.get(1), first.get(2), s[0], s[1]);
  }

  private static List<Leader> leaders(String text) {
    return PARSER.parse("generated", text, DAY).leaders();
  }

  private static @Nullable Leader named(List<Leader> leaders, String name) {
    for (Leader l : leaders) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
  }

  /** Whether no word of the case is a known given name and no form of it is in the dictionary. */
  private static boolean plain(Case c, String... names) {
    for (String w : List.of(c.w1(), c.w2(), c.w3(), c.w4())) {
      if (STAGE.givenNames.contains(Keys.of(w))) {
        return false;
      }
    }
    for (String n : names) {
      if (!OfficeHolders.standard().holders(n, DAY).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The leader of {@code full} has the state, and no leader is named by the short form alone. */
  private static void oneLeader(String text, String full, String shortForm, Country state) {
    List<Leader> got = leaders(text);
    Leader l = named(got, full);
    assertTrue(l != null, () -> text + " -> " + got);
    assertEquals(state, l.country(), () -> text + " -> " + got);
    assertEquals(null, named(got, shortForm), () -> text + " -> " + got);
  }

  @Test
  void theLeadingWordsOfAFullerNameAreThatPerson() {
    Prop.check("leading words", World.gen(ShortFormsTest::random), c -> {
      String full = c.w1() + " " + c.w2() + " " + c.w3();
      String other = c.g1() + " " + c.w4();
      Prop.assume(plain(c, full, c.w1(), other));
      for (boolean swap : List.of(false, true)) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String text = x.adjective() + " President " + c.w1() + " met " + y.adjective() + " Foreign Minister " + other
            + " in Geneva on Monday. " + full + " said the talks had gone well.";
        oneLeader(text, full, c.w1(), x.country());
      }
    });
  }

  @Test
  void theLastWordsOfAFullerNameAreThatPerson() {
    Prop.check("last words", World.gen(ShortFormsTest::random), c -> {
      shortFormFirst(c, "President", c.w1() + " " + c.w2(), c.g1() + " " + c.g2() + " " + c.w1() + " " + c.w2());
    });
  }

  /**
   * "[adjective] [office] [short form] met [adjective] Prime Minister [other] ... [full] said": one
   * leader under the full name, of the first state, and the other of the second, the states either way round.
   */
  private static void shortFormFirst(Case c, String office, String shortForm, String full) {
    String other = c.g3() + " " + c.w4();
    Prop.assume(plain(c, full, shortForm, other));
    for (boolean swap : List.of(false, true)) {
      State x = swap ? c.y() : c.x();
      State y = swap ? c.x() : c.y();
      String text = x.adjective() + " " + office + " " + shortForm + " met " + y.adjective() + " Prime Minister " + other
          + " in Geneva on Monday. " + full + " said the talks had gone well.";
      oneLeader(text, full, shortForm, x.country());
      Leader o = named(leaders(text), other);
      assertTrue(o != null && y.country().equals(o.country()), () -> text + " -> " + leaders(text));
    }
  }

  @Test
  void aShortFormOfAnotherStateIsSomeoneElse() {
    Prop.check("short form of another state", World.gen(ShortFormsTest::random), c -> {
      String full = c.w1() + " " + c.w2() + " " + c.w3();
      Prop.assume(plain(c, full, c.w1()));
      String text = c.x().adjective() + " President " + c.w1() + " met " + c.y().adjective() + " Foreign Minister "
          + full + " in Geneva on Monday.";
      List<Leader> got = leaders(text);
      Leader s = named(got, c.w1());
      Leader l = named(got, full);
      assertTrue(s != null && l != null, () -> text + " -> " + got);
      assertEquals(c.x().country(), s.country(), () -> text + " -> " + got);
      assertEquals(c.y().country(), l.country(), () -> text + " -> " + got);
    });
  }

  /** Particles that open a surname of two words in several naming traditions. */
  private static final List<String> PARTICLES = List.of("Le", "Di", "De", "Van", "Dos", "Del", "Von", "Da");

  @Test
  void aSurnameOpenedByAParticleIsThePersonOfTheFullerName() {
    Prop.check("particle surname", World.gen(r -> new Object[] {random(r), World.pick(r, PARTICLES)}), o -> {
      Case c = (Case) o[0];
      String surname = o[1] + " " + c.w1();
      shortFormFirst(c, "Foreign Minister", surname, c.g1() + " " + surname);
    });
  }

  @Test
  void aGivenNameUnderTheSameOfficeIsThePersonOfTheFullerName() {
    Prop.check("given name under the same office", World.gen(ShortFormsTest::random), c -> {
      String full = c.g1() + " " + c.w1();
      String other = c.g2() + " " + c.w2();
      Prop.assume(STAGE.givenNames.contains(Keys.of(c.g1())) && plain(c, full, c.g1(), other));
      for (boolean swap : List.of(false, true)) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        String text = "Prime Minister " + full + " held talks with " + y.adjective() + " Foreign Minister " + other
            + " in " + x.capital() + " on Friday.\n\n" + c.w2() + " was welcomed at the airport by Prime Minister " + c.g1()
            + " and senior officials.";
        List<Leader> got = leaders(text);
        assertTrue(named(got, full) != null && named(got, c.g1()) == null, () -> text + " -> " + got);
        Leader o2 = named(got, other);
        assertTrue(o2 != null && y.country().equals(o2.country()), () -> text + " -> " + got);
      }
    });
  }
}
