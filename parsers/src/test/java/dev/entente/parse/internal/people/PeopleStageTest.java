package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** People with offices, read by the whole pipeline from generated and hand-written sentences. */
class PeopleStageTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 16);

  /** One person with an office of a state, and the sentence shapes that introduce them. */
  record Intro(Name name, State state, Office office, int shape) {
    String text() {
      String t = office.title();
      String lower = t.toLowerCase(Locale.ROOT);
      return switch (shape) {
        case 0 -> state.adjective() + " " + t + " " + name.full() + " said the talks had been useful.";
        case 1 -> name.full() + ", the " + state.adjective() + " " + lower + ", told reporters the talks had been useful.";
        case 2 -> state.name() + "'s " + lower + " " + name.full() + " told reporters the visit went well.";
        case 3 -> "The " + lower + " of " + state.name() + ", " + name.full() + ", welcomed the agreement.";
        default -> name.full() + ", " + state.adjective() + " " + lower + ", welcomed the agreement.";
      };
    }
  }

  static final int SHAPES = 5;

  private static Intro intro(SplittableRandom r) {
    return new Intro(new Name(World.pick(r, World.FIRST), World.pick(r, World.LAST)),
        World.pick(r, World.STATES), World.pick(r, World.OFFICES), r.nextInt(SHAPES));
  }

  private static ArticleExtraction parse(String text) {
    return PARSER.parse("generated", text, PUBLISHED);
  }

  private static List<String> summary(List<Leader> leaders) {
    List<String> out = new ArrayList<>();
    for (Leader l : leaders) {
      out.add(l.name() + "|" + l.country() + "|" + l.title() + "|" + l.role());
    }
    return out;
  }

  @Test
  void eachShapeGivesExactlyItsLeader() {
    Prop.check("one leader per introduction", World.gen(PeopleStageTest::intro), in -> {
      List<Leader> leaders = parse(in.text()).leaders();
      assertEquals(1, leaders.size(), () -> in.text() + " -> " + leaders);
      Leader l = leaders.get(0);
      assertEquals(in.name().full(), l.name(), in.text());
      assertEquals(in.state().country(), l.country(), in.text());
      assertEquals(in.office().role(), l.role(), in.text());
      // the title as written: with "of [state]" after the office when the text writes it so
      String title = in.office().title() + (in.shape() == 3 ? " of " + in.state().name() : "");
      assertEquals(title.toLowerCase(Locale.ROOT), l.title().toLowerCase(Locale.ROOT), in.text());
    });
  }

  @Test
  void aLaterSurnameIsTheSameLeader() {
    Prop.check("surname keeps one leader", World.gen(PeopleStageTest::intro), in -> {
      String text = in.text() + " Later " + in.name().last() + " left for the airport.";
      List<Leader> leaders = parse(text).leaders();
      assertEquals(1, leaders.size(), () -> text + " -> " + leaders);
      assertEquals(2, leaders.get(0).evidence().size(), text);
      Span later = leaders.get(0).evidence().get(1);
      assertEquals(in.name().last(), later.text(text), text);
    });
  }

  @Test
  void unrelatedSentencesAndFurnitureChangeNothing() {
    Prop.check("filler changes no leader", World.gen(r -> {
      Intro a = intro(r);
      Intro b = intro(r);
      return new Object[] {a, b, World.pick(r, World.FILLER), World.pick(r, World.FILLER)};
    }), v -> {
      Intro a = (Intro) v[0];
      Intro b = (Intro) v[1];
      Prop.assume(!a.name().last().equals(b.name().last()));
      String plain = a.text() + "\n" + b.text();
      String padded = v[2] + "\n" + a.text() + "\n" + v[3] + "\n" + b.text() + "\n" + v[2];
      assertEquals(summary(parse(plain).leaders()), summary(parse(padded).leaders()), padded);
    });
  }

  @Test
  void swappingTwoStatesSwapsThemInTheLeaders() {
    BiFunction<State, State, String> text = (x, y) -> x.adjective() + " Foreign Minister Lukas Okafor met "
        + y.adjective() + " Defense Minister Petra Lindqvist.";
    Prop.check("swap states", World.gen(World::twoStates), s -> {
      List<Leader> ab = parse(text.apply(s[0], s[1])).leaders();
      List<Leader> ba = parse(text.apply(s[1], s[0])).leaders();
      assertEquals(2, ab.size(), () -> text.apply(s[0], s[1]) + " -> " + ab);
      assertEquals(List.of(s[0].country(), s[1].country()), List.of(ab.get(0).country(), ab.get(1).country()));
      assertEquals(List.of(s[1].country(), s[0].country()), List.of(ba.get(0).country(), ba.get(1).country()));
    });
  }

  @Test
  void officeReferencesAndPronounsPointBackToThePerson() {
    String text = "Egyptian President Amara Haddad arrived in Nairobi on Monday. The Egyptian president said "
        + "his country wanted closer ties. Haddad later met Kenyan Foreign Minister Tomasz Mensah.";
    ArticleExtraction x = parse(text);
    assertEquals(List.of("Amara Haddad|EGY|President|HEAD_OF_STATE", "Tomasz Mensah|KEN|Foreign Minister|FOREIGN_MINISTER"),
        summary(x.leaders()));
    assertEquals(3, x.leaders().get(0).evidence().size(), () -> x.leaders().get(0).evidence().toString());
  }

  @Test
  void counterpartsTakeTheOfficeOfThePersonTheyFace() {
    String text = "Polish Prime Minister Ivana Novak and her Canadian counterpart, Emre Castillo, met in Warsaw.";
    assertEquals(List.of("Ivana Novak|POL|Prime Minister|HEAD_OF_GOVERNMENT", "Emre Castillo|CAN|Prime Minister|HEAD_OF_GOVERNMENT"),
        summary(parse(text).leaders()));
  }

  @Test
  void peopleWithoutAStateOfficeAreNotLeaders() {
    String text = "By Sofia Ramos\nAnalyst Kwame Mensah said the deal mattered. Rafael Silva, chief executive of "
        + "Petrobras, welcomed it. A statue of Thiago Moreau stands in the square.";
    ArticleExtraction x = parse(text);
    assertEquals(List.of(), x.leaders());
  }

  @Test
  void longOfficesAndCoordinatedTitles() {
    String text = "Ghana's minister of trade and industry Kwame Mensah and oil minister Farah Aziz travelled with "
        + "the opposition leader and self-declared president, Anil Sharma.";
    List<String> got = summary(parse(text).leaders());
    // Ghana's binds the first office only: the others have no state word, and no rule gives one
    assertEquals(List.of("Kwame Mensah|GHA|minister of trade and industry|MINISTER"), got);
    String bound = "Ghana's minister of trade and industry Kwame Mensah and Ghanaian oil minister Farah Aziz travelled with "
        + "the Ghanaian opposition leader and self-declared president, Anil Sharma.";
    List<String> all = summary(parse(bound).leaders());
    assertEquals(3, all.size(), all::toString);
    assertTrue(all.get(1).startsWith("Farah Aziz|GHA|oil minister|MINISTER"), all::toString);
    assertTrue(all.get(2).startsWith("Anil Sharma|GHA|opposition leader|OPPOSITION"), all::toString);
  }

  @Test
  void pinnedOfficesNameTheirState() {
    List<Leader> leaders = parse("State Duma speaker Ines Petrov opened the session.").leaders();
    assertEquals(List.of(Leader.of("Ines Petrov", Country.of("RUS"), "State Duma speaker", Role.LEGISLATOR)),
        leaders.stream().map(l -> Leader.of(l.name(), l.country(), l.title(), l.role())).toList());
  }

  @Test
  void monarchsOfAStateAndPrefixedSurnames() {
    String text = "King Rafael II of Sweden spoke with Egyptian President Kwame el-Haddad. "
        + "UN Secretary-General Ivana Novak and NATO Secretary General Lukas Richter attended.";
    assertEquals(List.of("Rafael II|SWE|King|HEAD_OF_STATE", "Kwame el-Haddad|EGY|President|HEAD_OF_STATE"),
        summary(parse(text).leaders()));
  }
}
