package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.parse.internal.text.Keys;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * One generated property per rule of the state of an office (the package's documentation, {@link
 * StateRule}), with random people (names no dictionary knows) and random states, and the names
 * rules: honorifics, particles, family-name-first names, a name word that is also a pronoun, a
 * line break inside a name. Words that are not people never become leaders.
 */
class StateRulesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final OfficeLexicon OFFICES = OfficeLexicon.load();
  private static final PeopleStage STAGE = new PeopleStage();
  private static final java.util.Set<String> NAME_STOPS = STAGE.stops;
  private static final LocalDate DAY = LocalDate.of(2021, 6, 16);

  record Case(Name a, Name b, State x, State y) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], s[0], s[1]);
  }

  /**
   * Whether neither person is in the office-holder dictionary on any day (World's names include real
   * ones, and a whole name the dictionary holds on another day gives its state).
   */
  private static boolean unknown(Case c) {
    OfficeHolders holders = OfficeHolders.standard();
    return holders.holders(c.a().full()).isEmpty() && holders.holders(c.b().full()).isEmpty();
  }

  private static List<Leader> leaders(String text) {
    return PARSER.parse("generated", text, DAY).leaders();
  }

  private static @Nullable Country stateOf(List<Leader> leaders, String name) {
    for (Leader l : leaders) {
      if (l.name().equals(name)) {
        return l.country();
      }
    }
    return null;
  }

  private static void check(String name, java.util.function.Function<Case, String> text, java.util.function.BiConsumer<Case, List<Leader>> expect) {
    Prop.check(name, World.gen(StateRulesTest::random), c -> {
      Prop.assume(unknown(c));
      String t = text.apply(c);
      List<Leader> got = leaders(t);
      try {
        expect.accept(c, got);
      } catch (AssertionError e) {
        throw new AssertionError(t + " -> " + got, e);
      }
    });
  }

  /** Checks the two people's states in the text and in its swapped form (the two states' words exchanged). */
  private static void swapped(java.util.function.Function<Boolean, String> text, String a, String b, List<Country> plain,
      List<Country> swapped) {
    List<Leader> ab = leaders(text.apply(false));
    List<Leader> ba = leaders(text.apply(true));
    assertEquals(plain, java.util.Arrays.asList(stateOf(ab, a), stateOf(ab, b)), () -> text.apply(false) + " -> " + ab);
    assertEquals(swapped, java.util.Arrays.asList(stateOf(ba, a), stateOf(ba, b)), () -> text.apply(true) + " -> " + ba);
  }

  @Test
  void textAdjectivePossessiveOfAndAppositionBindTheirOffice() {
    check("text", c -> c.x().adjective() + " Foreign Minister " + c.a().full() + " arrived in Geneva. " + c.b().full() + ", the "
        + c.y().adjective() + " defence minister, met him there.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().full()));
          assertEquals(c.y().country(), stateOf(l, c.b().full()));
        });
  }

  @Test
  void aStateWordBindsOnlyTheOfficeBesideIt() {
    check("coordination", c -> c.x().name() + "'s Foreign Minister " + c.a().full() + " and Defense Minister "
        + c.b().full() + " arrived in Geneva.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().full()));
          assertEquals(null, stateOf(l, c.b().full()), "no state word at B's office, and B is in no dictionary");
        });
  }

  @Test
  void anAdjectiveCounterpartIsOfThatState() {
    check("counterpart with a state word", c -> c.x().adjective() + " Prime Minister " + c.a().full() + " met his "
        + c.y().adjective() + " counterpart " + c.b().full() + " in Geneva.", (c, l) -> {
          assertEquals(c.y().country(), stateOf(l, c.b().full()));
          Leader b = l.stream().filter(x -> x.name().equals(c.b().full())).findFirst().orElseThrow();
          assertEquals("Prime Minister", b.title(), "the office of the person faced, as written there");
          assertEquals(dev.entente.model.Role.HEAD_OF_GOVERNMENT, b.role(), "the office of the person faced");
        });
  }

  @Test
  void aBareCounterpartIsTheOtherParty() {
    check("counterpart alone", c -> c.x().adjective() + " Foreign Minister " + c.a().full() + " met his counterpart "
        + c.b().full() + " in Geneva. Trade between " + c.y().name() + " and " + c.x().name() + " grew, and "
        + c.y().name() + " wants more.", (c, l) -> assertEquals(c.y().country(), stateOf(l, c.b().full())));
  }

  @Test
  void theVisitingHolderIsTheGuest() {
    check("visiting", c -> c.y().capital().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - The visiting prime minister, "
        + c.a().full() + ", discussed " + c.x().adjective() + " investment with officials on Monday.",
        (c, l) -> assertEquals(c.x().country(), stateOf(l, c.a().full())));
  }

  @Test
  void acrossAMeetingTheOfficeIsOfTheOtherState() {
    check("encounter", c -> c.x().adjective() + " President " + c.a().full() + " met Foreign Minister " + c.b().full()
        + " in " + c.y().capital() + ".", (c, l) -> assertEquals(c.y().country(), stateOf(l, c.b().full())));
  }

  @Test
  void aListAfterSomeoneOfAKnownStateIsOfTheSameSide() {
    check("same side", c -> "Members of " + c.a().last() + "'s government came too. " + c.x().adjective() + " President "
        + c.a().full() + " brought his team, with trade minister " + c.b().full() + " among them.",
        (c, l) -> assertEquals(c.x().country(), stateOf(l, c.b().full())));
  }

  @Test
  void aListDoesNotInheritTheDictionarysStateOfItsFirstMember() {
    List<dev.entente.parse.internal.knowledge.Tenure> ministers = OfficeHolders.standard().tenures().stream()
        .filter(t -> t.role() == dev.entente.model.Role.FOREIGN_MINISTER && t.end() != null
            && t.name().matches("\\p{Lu}\\p{Ll}{2,} \\p{Lu}\\p{Ll}{2,}")
            && World.STATES.stream().anyMatch(s -> s.country().equals(t.country())))
        .toList();
    record Listed(dev.entente.parse.internal.knowledge.Tenure t, Name b, State y, State z) {}
    Prop.check("list after a dictionary holder", World.gen(r -> {
      State[] yz = World.twoStates(r);
      return new Listed(World.pick(r, ministers), World.twoNames(r)[1], yz[0], yz[1]);
    }), c -> {
      LocalDate on = c.t().start().plusDays(java.time.temporal.ChronoUnit.DAYS.between(c.t().start(), c.t().end()) / 2);
      State x = World.STATES.stream().filter(s -> s.country().equals(c.t().country())).findFirst().orElseThrow();
      Prop.assume(!x.equals(c.y()) && !x.equals(c.z()) && OfficeHolders.standard().holders(c.b().full()).isEmpty()
          && OfficeHolders.standard().holders(c.t().name(), on).stream().map(h -> h.country()).distinct().count() == 1);
      java.util.function.Function<State, String> text = host -> host.capital().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - "
          + "Foreign Minister " + c.t().name() + " and Trade Minister " + c.b().full() + " signed an agreement on Monday, "
          + "the first between " + x.name() + " and " + host.name() + " in years.";
      for (State host : List.of(c.y(), c.z())) {
        List<Leader> l = PARSER.parse("generated", text.apply(host), on).leaders();
        assertEquals(x.country(), stateOf(l, c.t().name()), () -> text.apply(host) + " -> " + l);
        // the dateline's state as of the day: Moscow in 1955 is the Soviet Union's
        assertEquals(STAGE.capitalStateOn(host.country(), on), stateOf(l, c.b().full()), () -> text.apply(host) + " -> " + l);
      }
    });
  }

  @Test
  void anUnqualifiedOfficeInAReportDatelinedInAStateIsOfThatState() {
    check("dateline", c -> c.y().capital().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - Defense Minister "
        + c.b().full() + " signed a deal with " + c.x().name() + " on Monday.",
        (c, l) -> assertEquals(c.y().country(), stateOf(l, c.b().full())));
  }

  /** How a report names a visiting head of state with the state bound to the office. */
  private static final List<java.util.function.BiFunction<State, String, String>> GUESTS = List.of(
      (s, a) -> "President " + a + " of " + s.name(),
      (s, a) -> s.name() + "'s President " + a,
      (s, a) -> s.adjective() + " President " + a);

  record GuestCase(Case c, java.util.function.BiFunction<State, String, String> guest) {}

  @Test
  void aDatelineGivesItsStateWhenTheOtherStateIsNamedOnlyAtAPersonsOffice() {
    // "President A of X" and "X's President A" name X as a party as much as "a deal with X" does
    Prop.check("dateline, other state at an office", World.gen(r -> new GuestCase(random(r), World.pick(r, GUESTS))), g -> {
      Case c = g.c();
      Prop.assume(unknown(c));
      for (boolean swap : List.of(false, true)) {
        State home = swap ? c.x() : c.y();
        State away = swap ? c.y() : c.x();
        String t = home.capital().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - " + g.guest().apply(away, c.a().full())
            + " began a two-day visit on Monday. Interior Minister " + c.b().full() + " also attended the talks.";
        List<Leader> l = leaders(t);
        assertEquals(java.util.Arrays.asList(away.country(), home.country()),
            java.util.Arrays.asList(stateOf(l, c.a().full()), stateOf(l, c.b().full())), () -> t + " -> " + l);
      }
    });
  }

  /** A national news agency of one of {@link World#STATES}, as its credit is written and as the source is named. */
  private record Agency(String credit, String name, State state) {}

  /**
   * The national agencies of {@code national-agencies.txt} whose state is one of World's and whose
   * credit in a dateline the article reader reads as that agency (an abbreviation two agencies share
   * names one of them only).
   */
  private static final List<Agency> AGENCIES = agencies();

  private static List<Agency> agencies() {
    List<Agency> out = new java.util.ArrayList<>();
    String resource = "/dev/entente/parse/internal/article/national-agencies.txt";
    try (java.io.InputStream in = StateRulesTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\\|");
        if (line.startsWith("#") || f.length != 3) {
          continue;
        }
        String credit = f[0].strip().equals("-") ? f[1].strip() : f[0].strip();
        for (State st : World.STATES) {
          if (st.country().equals(Country.of(f[2].strip()))) {
            String probe = "GENEVA, June 14 (" + credit + ") - Talks went on.";
            String source = PARSER.parse("probe", probe, DAY).article().source();
            if (f[1].strip().equals(source) || credit.equals(source)) { // an initialism is reported as written
              out.add(new Agency(credit, source, st));
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(out.stream().map(a -> a.state()).distinct().count() >= 10, () -> "agencies of World's states: " + out);
    return List.copyOf(out);
  }

  @Test
  void anUnqualifiedOfficeInAReportFromAStatesNationalAgencyAboutItIsOfThatState() {
    record Filed(Case c, Agency one, Agency other, State third) {}
    Prop.check("outlet", World.gen(r -> {
      Agency one = World.pick(r, AGENCIES);
      Agency other;
      do {
        other = World.pick(r, AGENCIES);
      } while (other.state().equals(one.state()));
      State third;
      do {
        third = World.pick(r, World.STATES);
      } while (third.equals(one.state()) || third.equals(other.state()));
      return new Filed(random(r), one, other, third);
    }), f -> {
      Case c = f.c();
      Prop.assume(unknown(c));
      State x = f.one().state();
      State y = f.other().state();
      // the agency of X files from Y's capital about X and Y: X's; swapped, the agency of Y from X's capital: Y's
      java.util.function.Function<Boolean, String> text = swap -> (swap ? x : y).capital().toUpperCase(Locale.ROOT) + ", June 14 ("
          + (swap ? f.other() : f.one()).credit() + ") - Defense Minister " + c.b().full() + " signed a deal with "
          + (swap ? x : y).name() + " on Monday, the first between " + (swap ? y : x).name() + " and " + (swap ? x : y).name()
          + " in years.";
      for (boolean swap : List.of(false, true)) {
        List<Leader> got = leaders(text.apply(swap));
        assertEquals((swap ? y : x).country(), stateOf(got, c.b().full()), () -> text.apply(swap) + " -> " + got);
      }
      // a report that does not name the agency's state is not about it: the dateline's state
      String away = y.capital().toUpperCase(Locale.ROOT) + ", June 14 (" + f.one().credit() + ") - Defense Minister "
          + c.b().full() + " signed a deal with " + f.third().name() + " on Monday.";
      List<Leader> l = leaders(away);
      assertEquals(y.country(), stateOf(l, c.b().full()), () -> away + " -> " + l);
      // the agency's state's office held by someone the text gives that state: the other stays open to the dateline
      String held = y.capital().toUpperCase(Locale.ROOT) + ", June 14 (" + f.one().credit() + ") - " + x.adjective()
          + " Defense Minister " + c.a().full() + " and Defense Minister " + c.b().full() + " signed a deal on Monday, the first between "
          + x.name() + " and " + y.name() + ".";
      List<Leader> h = leaders(held);
      assertEquals(java.util.Arrays.asList(x.country(), y.country()),
          java.util.Arrays.asList(stateOf(h, c.a().full()), stateOf(h, c.b().full())), () -> held + " -> " + h);
    });
  }

  @Test
  void aDatelineInAnotherCityOfAStateTheReportNamesIsOfThatState() {
    // cities of World's states that are no seat of government, one state to a name, whose name is one word
    dev.entente.parse.internal.knowledge.Places places = dev.entente.parse.internal.knowledge.Places.builtIn();
    List<dev.entente.parse.internal.knowledge.City> cities = places.cities().stream()
        .filter(city -> !city.isSeatOfGovernment() && city.name().matches("\\p{Lu}\\p{Ll}+")
            && World.STATES.stream().anyMatch(st -> st.country().equals(city.country()))
            && places.named(city.name()).stream().allMatch(o -> o.country().equals(city.country())))
        .toList();
    assertTrue(cities.size() >= 20, () -> "cities: " + cities);
    record Dated(Case c, dev.entente.parse.internal.knowledge.City city) {}
    Prop.check("city dateline", World.gen(r -> new Dated(random(r), World.pick(r, cities))), d -> {
      Case c = d.c();
      State y = World.STATES.stream().filter(st -> st.country().equals(d.city().country())).findFirst().orElseThrow();
      Prop.assume(unknown(c) && !c.x().equals(y));
      String dateline = d.city().name().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - ";
      String about = dateline + "Defense Minister " + c.b().full() + " signed a deal with " + c.x().name()
          + " on Monday, the first between " + y.name() + " and " + c.x().name() + " in years.";
      List<Leader> l = leaders(about);
      assertEquals(STAGE.capitalStateOn(y.country(), DAY), stateOf(l, c.b().full()), () -> about + " -> " + l);
      // a report that does not name the city's state is not about it
      String away = dateline + "Defense Minister " + c.b().full() + " spoke about " + c.x().name() + " on Monday.";
      List<Leader> w = leaders(away);
      assertEquals(null, stateOf(w, c.b().full()), () -> away + " -> " + w);
    });
  }

  @Test
  void anUnclaimedHeadsOfficeIsOfTheStateNamedBefore() {
    check("unclaimed", c -> c.x().name() + " and " + c.y().name() + " signed a treaty on Monday. " + c.x().adjective()
        + " President " + c.a().full() + " and President " + c.b().full() + " attended.",
        (c, l) -> assertEquals(c.y().country(), stateOf(l, c.b().full())));
  }

  @Test
  void theNearestStateAloneGivesNoState() {
    check("never the nearest alone", c -> "Foreign Minister " + c.b().full() + " spoke about " + c.x().name()
        + " at a university on Monday.", (c, l) -> assertEquals(null, stateOf(l, c.b().full())));
  }

  @Test
  void swappingTheStatesOfAMeetingSwapsThePeoplesStates() {
    java.util.function.BiFunction<Case, Boolean, String> text = (c, swap) -> (swap ? c.y() : c.x()).adjective()
        + " President " + c.a().full() + " met Foreign Minister " + c.b().full() + " in " + (swap ? c.x() : c.y()).capital() + ".";
    Prop.check("swap", World.gen(StateRulesTest::random), c -> {
      Prop.assume(unknown(c));
      List<Leader> ab = leaders(text.apply(c, false));
      List<Leader> ba = leaders(text.apply(c, true));
      assertEquals(List.of(c.x().country(), c.y().country()), List.of(stateOf(ab, c.a().full()), stateOf(ab, c.b().full())), ab::toString);
      assertEquals(List.of(c.y().country(), c.x().country()), List.of(stateOf(ba, c.a().full()), stateOf(ba, c.b().full())), ba::toString);
    });
  }

  @Test
  void ofTheStatesFormalNameOfSeveralWordsBindsTheOfficeAndSwapsWithIt() {
    record Formal(Case c, State f, State g, String office) {}
    Prop.check("of the formal name", World.gen(r -> {
      State f = World.pick(r, World.FORMAL);
      State g;
      do {
        g = World.pick(r, World.FORMAL);
      } while (g.equals(f));
      return new Formal(random(r), f, g, World.pick(r, List.of("Minister of Foreign Affairs", "President", "Prime Minister",
          "Minister of Defence", "Ambassador")));
    }), fm -> {
      Case c = fm.c();
      Prop.assume(unknown(c));
      java.util.function.Function<Boolean, String> text = swap -> fm.office() + " of the " + (swap ? fm.g() : fm.f()).name()
          + " " + c.a().full() + " and Minister of Trade of the " + (swap ? fm.f() : fm.g()).name() + " " + c.b().full()
          + " took part in the talks.";
      swapped(text, c.a().full(), c.b().full(), List.of(fm.f().country(), fm.g().country()), List.of(fm.g().country(), fm.f().country()));
    });
  }

  @Test
  void twoHoldersJoinedByAndAreNotOfOneSideUnlessTheyAreTheObjectOfAMeeting() {
    // "A and B took part in the talks": A's state word is A's alone, B's state stays open
    check("joined", c -> "Talks were held in Geneva with " + c.x().adjective() + " Foreign Minister " + c.a().full()
        + " and Trade Minister " + c.b().full() + " taking part.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().full()));
          assertEquals(null, stateOf(l, c.b().full()));
        });
  }

  /** Capitals that were a former state's until a day ({@code former-states.txt}), with that state and day. */
  private record Capital(String city, Country now, Country then, LocalDate until) {}

  private static final List<Capital> CAPITALS = List.of(
      new Capital("Moscow", Country.of("RUS"), Country.of("SUN"), LocalDate.of(1991, 12, 26)),
      new Capital("Kyiv", Country.of("UKR"), Country.of("SUN"), LocalDate.of(1991, 8, 24)),
      new Capital("Minsk", Country.of("BLR"), Country.of("SUN"), LocalDate.of(1991, 8, 25)),
      new Capital("Zagreb", Country.of("HRV"), Country.of("YUG"), LocalDate.of(1991, 6, 25)),
      new Capital("Prague", Country.of("CZE"), Country.of("CSK"), LocalDate.of(1993, 1, 1)),
      new Capital("Bratislava", Country.of("SVK"), Country.of("CSK"), LocalDate.of(1993, 1, 1)));

  @Test
  void aDatelineInAFormerStatesCapitalIsOfTheStateOfTheReportsDate() {
    record Dated(Case c, Capital cap, int daysBefore, int daysAfter) {}
    Prop.check("former state", World.gen(r -> new Dated(random(r), World.pick(r, CAPITALS), 1 + r.nextInt(9000), r.nextInt(9000))), d -> {
      Case c = d.c();
      Prop.assume(!c.x().country().equals(d.cap().now()));
      String text = d.cap().city().toUpperCase(Locale.ROOT) + ", June 14 (Reuters) - Defense Minister " + c.b().full()
          + " signed a deal with " + c.x().name() + " on Monday.";
      LocalDate before = d.cap().until().minusDays(d.daysBefore());
      LocalDate after = d.cap().until().plusDays(d.daysAfter());
      OfficeHolders holders = OfficeHolders.standard();
      Prop.assume(holders.holders(c.b().full()).isEmpty());
      List<Leader> then = PARSER.parse("generated", text, before).leaders();
      List<Leader> now = PARSER.parse("generated", text, after).leaders();
      assertEquals(d.cap().then(), stateOf(then, c.b().full()), () -> before + " " + text + " -> " + then);
      assertEquals(d.cap().now(), stateOf(now, c.b().full()), () -> after + " " + text + " -> " + now);
    });
  }

  @Test
  void aFederalOfficeIsOneTitle() {
    check("federal", c -> c.x().adjective() + " Federal Minister of the Interior " + c.a().full() + " met " + c.y().adjective()
        + " Federal Chancellor " + c.b().full() + " in Geneva.", (c, l) -> {
          Leader a = l.stream().filter(x -> x.name().equals(c.a().full())).findFirst().orElseThrow(() -> new AssertionError(l.toString()));
          assertEquals("Federal Minister of the Interior", a.title());
          assertEquals(c.x().country(), a.country());
          assertEquals(c.y().country(), stateOf(l, c.b().full()));
        });
  }

  @Test
  void aHolderTheDictionaryKnowsOnTheDayIsAPersonWithoutAnOfficeOrAKnownGivenName() {
    List<dev.entente.parse.internal.knowledge.Tenure> plain = OfficeHolders.standard().tenures().stream()
        .filter(t -> t.name().matches("\\p{Lu}\\p{Ll}{2,} \\p{Lu}\\p{Ll}{2,}") && t.end() != null
            && !OFFICES.isHeadWord(t.name().substring(0, t.name().indexOf(' ')).toLowerCase(Locale.ROOT)) // not "Amir A", an office
            && t.start().isAfter(LocalDate.of(1946, 1, 1)))
        .toList();
    // names that open with a state's adjective or a stop word ("German A", "Said A") are among them
    assertTrue(plain.stream().anyMatch(t -> NAME_STOPS.contains(Keys.of(t.name().substring(0, t.name().indexOf(' '))))));
    record Held(dev.entente.parse.internal.knowledge.Tenure t, int day, State elsewhere) {}
    Prop.check("dictionary person", World.gen(r -> new Held(World.pick(r, plain), r.nextInt(1000), World.pick(r, World.STATES))), h -> {
      LocalDate on = h.t().start().plusDays(Math.min(h.day(), java.time.temporal.ChronoUnit.DAYS.between(h.t().start(), h.t().end())));
      Prop.assume(!h.elsewhere().country().equals(h.t().country()));
      Prop.assume(OfficeHolders.standard().holders(h.t().name(), on).stream().map(x -> x.country()).distinct().count() == 1);
      String text = h.t().name() + ", leading a business delegation, arrived in " + h.elsewhere().capital() + " on Monday.";
      List<Leader> l = PARSER.parse("generated", text, on).leaders();
      assertEquals(h.t().country(), stateOf(l, h.t().name()), () -> on + " " + text + " -> " + l);
    });
  }

  @Test
  void aStatesAdjectiveRightAfterAnOfficeOpensAName() {
    record Named(Case c, State given, World.Office office) {}
    Prop.check("adjective name", World.gen(r -> new Named(random(r), World.pick(r, World.STATES), World.pick(r, World.OFFICES))), n -> {
      Case c = n.c();
      Prop.assume(unknown(c) && Character.isUpperCase(n.office().title().charAt(0)) && !n.given().adjective().contains(" "));
      String a = n.given().adjective() + " " + c.a().last();
      java.util.function.Function<Boolean, String> text = swap -> (swap ? c.y() : c.x()).adjective() + " " + n.office().title()
          + " " + a + " met " + (swap ? c.x() : c.y()).adjective() + " Foreign Minister " + c.b().full() + " in Geneva.";
      swapped(text, a, c.b().full(), List.of(c.x().country(), c.y().country()), List.of(c.y().country(), c.x().country()));
      Leader l = leaders(text.apply(false)).stream().filter(x -> x.name().equals(a)).findFirst().orElseThrow();
      assertEquals(n.office().role(), l.role());
    });
  }

  /** The name of a collective body, from the words such names are made of: "Supreme Military Council of State". */
  private static String body(SplittableRandom r) {
    List<String> adjectives = List.of("Supreme", "National", "Transitional", "Military", "Revolutionary", "Presidential", "State");
    List<String> nouns = List.of("Council", "Commission", "Committee", "Presidium", "Assembly", "Government");
    List<String> tails = List.of("", " of State", " for National Security", " for the Salvation of the People", " of Ministers",
        " of National Accord", " of National Unity", " of National Consensus", " of National Concord");
    String a = World.pick(r, adjectives);
    String b = World.pick(r, adjectives);
    return (a.equals(b) ? a : a + " " + b) + " " + World.pick(r, nouns) + World.pick(r, tails);
  }

  @Test
  void aBodysChairIsOneOfficeAndAStateWordAtItsHeadBindsIt() {
    record Chair(Case c, String body, String office) {}
    Prop.check("body", World.gen(r -> new Chair(random(r), body(r), World.pick(r, List.of("Chairman", "President", "Head")))), ch -> {
      Case c = ch.c();
      Prop.assume(unknown(c));
      java.util.function.Function<Boolean, String> text = swap -> ch.office() + " of the " + (swap ? c.y() : c.x()).adjective()
          + " " + ch.body() + " " + c.a().full() + " met " + (swap ? c.x() : c.y()).adjective() + " President " + c.b().full()
          + " in Geneva.";
      swapped(text, c.a().full(), c.b().full(), List.of(c.x().country(), c.y().country()), List.of(c.y().country(), c.x().country()));
      List<Leader> ab = leaders(text.apply(false));
      Leader a = ab.stream().filter(x -> x.name().equals(c.a().full())).findFirst().orElseThrow();
      assertEquals(ch.office() + " of the " + c.x().adjective() + " " + ch.body(), a.title(), "the office as written");
      String bare = ch.office() + " of the " + ch.body() + " " + c.a().full() + " spoke in Geneva.";
      assertEquals(null, stateOf(leaders(bare), c.a().full()), () -> bare + ": no state word, no dictionary");
    });
  }

  // ---------------------------------------------------------------- names

  @Test
  void namesAsNewsWritesThem() {
    String[][] cases = {
        {"Qatari Emir Sheikh Tamim bin Hamad Al Thani met Indian Prime Minister Anil Sharma.", "Sheikh Tamim bin Hamad Al Thani"},
        {"Egyptian President Abdel Fattah el-Sisi spoke on Monday.", "Abdel Fattah el-Sisi"},
        {"South Korean President Lee Myung-bak arrived on Monday.", "Lee Myung-bak"},
        {"Chinese Vice Premier Liu He said the talks went well.", "Liu He"},
        {"Dutch Prime Minister Ruud van der Berg spoke on Monday.", "Ruud van der Berg"},
        {"Kyrgyz President Rosa Otunbayeva arrived on Monday.", "Rosa Otunbayeva"},
        {"Jordan's King Abdullah II met Iraqi President Farah Aziz.", "Abdullah II"},
        {"Saudi Energy Minister Prince Abdulaziz bin Salman spoke on Monday.", "Abdulaziz bin Salman"},
    };
    for (String[] c : cases) {
      List<String> names = leaders(c[0]).stream().map(Leader::name).toList();
      assertTrue(names.contains(c[1]), () -> c[0] + " -> " + names);
    }
  }

  @Test
  void initialsFamilyNamesThatAreStopWordsAndGenerationalSuffixesBelongToTheName() {
    check("initials and a family name He", c -> c.x().adjective() + " Foreign Minister " + c.a().first().charAt(0) + ".M. "
        + c.a().last() + " met " + c.y().adjective() + " Vice Premier He " + c.b().last() + " in Geneva.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().first().charAt(0) + ".M. " + c.a().last()));
          assertEquals(c.y().country(), stateOf(l, "He " + c.b().last()));
        });
    check("Jr.", c -> c.y().adjective() + " President " + c.b().full() + " Jr. met " + c.x().adjective() + " Foreign Minister "
        + c.a().full() + " in Geneva.", (c, l) -> {
          assertEquals(c.y().country(), stateOf(l, c.b().full() + " Jr."));
          assertEquals(c.x().country(), stateOf(l, c.a().full()));
        });
  }

  @Test
  void aFamilyNameWrittenFirstInCapitalsOpensTheName() {
    // "[State]'s Minister for Foreign Affairs [FAMILY] [Given]", as Japanese and Korean official texts write names
    check("shouted family name", c -> {
      Prop.assume(!c.a().first().equals("Sofia") && !c.b().first().equals("Sofia")); // a given name that is also a capital
      String a = c.a().last().toUpperCase(Locale.ROOT) + " " + c.a().first();
      return c.x().name() + "'s Minister for Foreign Affairs " + a + " and " + c.y().adjective() + " Defense Minister "
          + c.b().last().toUpperCase(Locale.ROOT) + " " + c.b().first() + "-" + c.b().first().toLowerCase(Locale.ROOT)
          + " met in Geneva.";
    }, (c, l) -> {
      assertEquals(c.x().country(), stateOf(l, c.a().last().toUpperCase(Locale.ROOT) + " " + c.a().first()));
      assertEquals(c.y().country(), stateOf(l, c.b().last().toUpperCase(Locale.ROOT) + " " + c.b().first() + "-"
          + c.b().first().toLowerCase(Locale.ROOT)));
    });
    // a shouted word before an office or a state is no family name: "[ACRONYM] Secretary General A", "[ACRONYM] [State] talks"
    check("shouted word before an office", c -> "NATO Secretary General " + c.a().full() + " met " + c.x().adjective()
        + " President " + c.b().full() + " in Geneva.", (c, l) -> {
          assertTrue(l.stream().noneMatch(x -> x.name().startsWith("NATO")), l::toString);
          assertEquals(c.x().country(), stateOf(l, c.b().full()));
        });
  }

  @Test
  void aNameWrappedAfterItsMiddleInitialIsWhole() {
    // hard-wrapped copy: "[Given] P." ends a line, the surname opens the next
    check("wrapped initial", c -> "The talks went on for hours; " + c.x().adjective() + " Foreign Minister " + c.a().first() + " "
        + c.b().first().charAt(0) + ".\n" + c.a().last() + " did not attend, and " + c.y().adjective() + " President "
        + c.b().full() + " left early.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().first() + " " + c.b().first().charAt(0) + ". " + c.a().last()));
          assertEquals(c.y().country(), stateOf(l, c.b().full()));
        });
  }

  @Test
  void twoLetterInitialsParticlesAndAStopWordBeforeAParticleBelongToTheName() {
    check("Th. and F. W. de", c -> c.x().adjective() + " President " + c.a().first() + " Th. " + c.a().last() + " met "
        + c.y().adjective() + " Prime Minister " + c.b().first().charAt(0) + ". W. de " + c.b().last() + " in Geneva.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().first() + " Th. " + c.a().last()));
          assertEquals(c.y().country(), stateOf(l, c.b().first().charAt(0) + ". W. de " + c.b().last()));
        });
    check("do, Ben, Said Bin", c -> c.x().adjective() + " Prime Minister " + c.a().first() + " do " + c.a().last() + " met "
        + c.y().adjective() + " President " + c.b().first() + " Said Bin " + c.b().last() + " in Geneva.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().first() + " do " + c.a().last()));
          assertEquals(c.y().country(), stateOf(l, c.b().first() + " Said Bin " + c.b().last()));
        });
  }

  @Test
  void aPluralOfficeGivesItsOfficeAndStateWordToEachName() {
    check("plural office", c -> c.x().adjective() + " Presidents " + c.a().full() + " and " + c.b().full()
        + " opened the summit.", (c, l) -> {
          assertEquals(c.x().country(), stateOf(l, c.a().full()));
          assertEquals(c.x().country(), stateOf(l, c.b().full()));
          assertTrue(l.stream().allMatch(x -> "President".equals(x.title())), l::toString);
        });
  }

  @Test
  void aPluralOfficeWithAStateAfterEachNameGivesEachItsOwn() {
    record Three(Case c, Name h, State z, String office) {}
    Prop.check("Presidents A of X, B of Y and H of Z", World.gen(r -> {
      Case c = random(r);
      State[] s = World.threeStates(r);
      Name h;
      do {
        h = World.twoNames(r)[0];
      } while (h.last().equals(c.a().last()) || h.last().equals(c.b().last()));
      return new Three(new Case(c.a(), c.b(), s[0], s[1]), h, s[2], World.pick(r, List.of("President", "Foreign Minister",
          "Prime Minister", "Defence Minister")));
    }), t -> {
      Case c = t.c();
      Prop.assume(unknown(c) && OfficeHolders.standard().holders(t.h().full()).isEmpty());
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? c.y() : c.x();
        State y = swap ? c.x() : c.y();
        for (boolean three : new boolean[] {false, true}) {
          String text = "The accord was signed by " + t.office() + "s " + c.a().full() + " of " + x.name() + (three ? ", " : " and ") + c.b().full()
              + " of " + y.name() + (three ? " and " + t.h().full() + " of " + t.z().name() : "") + " on Monday.";
          List<Leader> l = leaders(text);
          assertEquals(three ? List.of(x.country(), y.country(), t.z().country()) : Arrays.asList(x.country(), y.country(), null),
              Arrays.asList(stateOf(l, c.a().full()), stateOf(l, c.b().full()), stateOf(l, t.h().full())), () -> text + " -> " + l);
          assertTrue(l.stream().allMatch(p -> t.office().equals(p.title())), () -> text + " -> " + l);
        }
      }
    });
  }

  @Test
  void anOfficeOnlyOneStateHasGivesThatState() {
    check("pinned", c -> "Taoiseach " + c.a().full() + " met " + c.x().adjective() + " President " + c.b().full()
        + " in Geneva.", (c, l) -> {
          assertEquals(Country.of("IRL"), stateOf(l, c.a().full()));
          assertEquals(c.x().country(), stateOf(l, c.b().full()));
        });
  }

  @Test
  void aNameBeforeAVerbOfSayingIsAPersonWhateverTheGivenName() {
    check("said", c -> c.x().adjective() + " officials met on Monday. Zorbek Qaltanov told reporters the talks went well.",
        (c, l) -> assertEquals(List.of(), l, "a person, not a leader: no office"));
  }

  @Test
  void officeWordsMinistriesRanksAndPlacesAreNeverLeaders() {
    String[] notNames = {"Ministry", "Foreign Ministry", "Defence Ministry", "Armed Forces", "Supreme Commander", "Cabinet",
        "Council", "Parliament", "Presidency", "Government", "Head", "People", "Lieutenant", "Colonel", "Marshal",
        "Prime Ministers", "Ministers", "Office", "Kremlin", "White House", "Moscow", "Hold Official"};
    for (String w : notNames) {
      for (State s : World.STATES) {
        String text = s.adjective() + " President " + w + " said on Monday. The " + s.adjective() + " Defence Minister "
            + w + " also spoke.";
        for (Leader l : leaders(text)) {
          assertTrue(!l.name().equals(w) && !l.name().startsWith(w + " "), () -> text + " -> " + l);
        }
      }
    }
  }
}
