package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states, people and offices, where a state is written by the
 * initials news gives it ("PNG", "UAE", "DRC", "KSA", "ROK") before an office, as a possessive or
 * before "counterpart": the office's holder is of that state, and the other person of the other
 * state, whichever of the two is written by its initials.
 */
class StateAbbreviationsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2022, 3, 9);

  /** A state written by its initials, and the state. */
  record Initials(String written, Country country) {}

  private static final List<Initials> INITIALS = List.of(
      new Initials("PNG", Country.of("PNG")),
      new Initials("UAE", Country.of("ARE")),
      new Initials("DRC", Country.of("COD")),
      new Initials("KSA", Country.of("SAU")),
      new Initials("ROK", Country.of("KOR")),
      new Initials("DPRK", Country.of("PRK")),
      new Initials("PRC", Country.of("CHN")),
      new Initials("UK", Country.of("GBR")));

  private static final List<Office> OFFICES = World.OFFICES.stream()
      .filter(o -> List.of("Prime Minister", "Foreign Minister", "Defense Minister", "Trade Minister").contains(o.title()))
      .toList();

  record Case(Name a, Name b, State x, Initials i, Office oa, Office ob, int form) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    Initials i = World.pick(r, INITIALS);
    State x;
    do {
      x = World.pick(r, World.STATES);
    } while (x.country().equals(i.country()));
    return new Case(n[0], n[1], x, i, World.pick(r, OFFICES), World.pick(r, OFFICES), r.nextInt(3));
  }

  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty()
        && holders.holders(c.a().last(), DAY).isEmpty() && holders.holders(c.b().last(), DAY).isEmpty();
  }

  /** "[office] A ... [initials] [office] B", "[initials]'s [office] B" or "his [initials] counterpart, [office] B". */
  private static String initialsSecond(Case c) {
    String b = switch (c.form()) {
      case 0 -> c.i().written() + " " + c.ob().title() + " " + c.b().full();
      case 1 -> c.i().written() + "'s " + c.ob().title() + " " + c.b().full();
      default -> "his " + c.i().written() + " counterpart, " + c.ob().title() + " " + c.b().full() + ",";
    };
    return c.x().adjective() + " " + c.oa().title() + " " + c.a().full() + " and " + b + " signed the accord in "
        + c.x().capital() + " on Monday.";
  }

  /** The same with the initials first: "[initials] [office] A ... his [adjective] counterpart, [office] B". */
  private static String initialsFirst(Case c) {
    String a = c.form() == 1 ? c.i().written() + "'s " + c.oa().title() : c.i().written() + " " + c.oa().title();
    return a + " " + c.a().full() + " and his " + c.x().adjective() + " counterpart, " + c.ob().title() + " " + c.b().full()
        + ", signed the accord in " + c.x().capital() + " on Monday.";
  }

  @Test
  void aStateWrittenByItsInitialsBindsTheOfficeAfterIt() {
    Prop.check("[initials] [office] B, [initials]'s [office] B, his [initials] counterpart B",
        World.gen(StateAbbreviationsPropertiesTest::random), c -> {
          Prop.assume(unknown(c));
          for (boolean swap : new boolean[] {false, true}) {
            String t = (swap ? initialsFirst(c) : initialsSecond(c)) + "\n\n" + World.FILLER.get(0) + "\n";
            List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
            Leader a = NameAndTitleFormsPropertiesTest.leader(got, c.a().full());
            Leader b = NameAndTitleFormsPropertiesTest.leader(got, c.b().full());
            assertNotNull(a, () -> t + " -> " + got);
            assertNotNull(b, () -> t + " -> " + got);
            assertEquals(swap ? c.i().country() : c.x().country(), a.country(), () -> t + " -> " + got);
            assertEquals(swap ? c.x().country() : c.i().country(), b.country(), () -> t + " -> " + got);
          }
        });
  }
}
