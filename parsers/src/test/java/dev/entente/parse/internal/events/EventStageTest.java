package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Diplomatic events read by the whole pipeline from generated and hand-written sentences. */
class EventStageTest {
  static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 16);

  /** A generated event sentence: two states, two people, a past date, and one of the shapes. */
  record Scene(State x, State y, Name a, Name b, LocalDate day, int shape) {
    String date() {
      return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()
          + ", " + day.getYear();
    }

    String text() {
      String d = date();
      return switch (shape) {
        case 0 -> x.adjective() + " President " + a.full() + " met " + y.adjective() + " Prime Minister " + b.full()
            + " in " + y.capital() + " on " + d + ".";
        case 1 -> x.adjective() + " Foreign Minister " + a.full() + " and his " + y.adjective() + " counterpart "
            + b.full() + " held talks in " + x.capital() + " on " + d + ".";
        case 2 -> "On " + d + ", " + x.adjective() + " President " + a.full() + " paid an official visit to "
            + y.name() + ".";
        case 3 -> x.adjective() + " President " + a.full() + " spoke by phone with " + y.adjective() + " President "
            + b.full() + " on " + d + ".";
        case 4 -> x.name() + " and " + y.name() + " established diplomatic relations on " + d + ".";
        case 5 -> "On " + d + ", " + x.name() + " severed diplomatic relations with " + y.name() + ".";
        case 6 -> x.name() + " and " + y.name() + " restored diplomatic relations on " + d + ".";
        case 7 -> "On " + d + ", " + x.name() + " recognized " + y.name() + " as an independent state.";
        case 8 -> "Troops from " + x.name() + " and " + y.name() + " took part in joint military exercises in "
            + x.name() + " on " + d + ".";
        case 9 -> y.adjective() + " Defense Minister " + b.full() + " was received by " + x.adjective()
            + " President " + a.full() + " in " + x.capital() + " on " + d + ".";
        default -> y.adjective() + " Vice President " + b.full() + " visited " + x.capital() + " on " + d + ".";
      };
    }

    EventType type() {
      return switch (shape) {
        case 0, 1, 9 -> EventType.MEETING;
        case 2, 10 -> EventType.VISIT;
        case 3 -> EventType.CALL;
        case 4 -> EventType.RELATIONS_ESTABLISHED;
        case 5 -> EventType.RELATIONS_SEVERED;
        case 6 -> EventType.RELATIONS_RESTORED;
        case 7 -> EventType.RECOGNITION;
        default -> EventType.MILITARY_EXERCISE;
      };
    }

    List<String> participants() {
      return switch (shape) {
        case 0, 1, 3, 9 -> List.of(a.full(), b.full());
        case 2 -> List.of(a.full());
        case 10 -> List.of(b.full());
        default -> List.of();
      };
    }
  }

  static final int SHAPES = 11;

  static Scene scene(SplittableRandom r) {
    State[] s = World.twoStates(r);
    Name[] n = World.twoNames(r);
    // past dates only, across two centuries, so none is read as an announcement
    LocalDate day = LocalDate.of(1900 + r.nextInt(120), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Scene(s[0], s[1], n[0], n[1], day, r.nextInt(SHAPES));
  }

  static List<DiplomaticEvent> events(String text) {
    return PARSER.parse("generated", text, PUBLISHED).events();
  }

  /**
   * {@code got} without the guests' visits told beside their talks in the host's city ({@code GuestVisits}: a
   * visit of that day read from the meeting's own words): the occasions the text tells in so many words.
   */
  static List<DiplomaticEvent> withoutGuestVisits(List<DiplomaticEvent> got) {
    return got.stream().filter(e -> e.type() != EventType.VISIT || got.stream().noneMatch(m -> m.type() == EventType.MEETING
        && e.date() != null && e.date().equals(m.date()) && e.evidence().equals(m.evidence()))).toList();
  }

  static List<DiplomaticEvent> occasions(String text) {
    return withoutGuestVisits(events(text));
  }

  static Set<Country> countries(DiplomaticEvent e) {
    return new TreeSet<>(e.countries());
  }

  /** What an event says, without where it was read. */
  static String summary(DiplomaticEvent e) {
    return e.type() + "|" + e.date() + "|" + e.location() + "|" + e.participants() + "|" + countries(e) + "|" + e.planned();
  }

  static List<String> summaries(List<DiplomaticEvent> events) {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(summary(e)));
    return out;
  }

  @Test
  void eachSentenceGivesExactlyItsEvent() {
    Prop.check("one event per sentence", World.gen(EventStageTest::scene), s -> {
      List<DiplomaticEvent> got = occasions(s.text());
      assertEquals(1, got.size(), () -> s.text() + " -> " + got);
      DiplomaticEvent e = got.get(0);
      assertEquals(s.type(), e.type(), s.text());
      assertEquals(EdtfDate.of(s.day()), e.date(), s.text());
      assertEquals(Set.of(s.x().country(), s.y().country()), countries(e), s.text());
      assertEquals(Set.copyOf(s.participants()), Set.copyOf(e.participants()), s.text());
      assertFalse(e.planned(), s.text());
    });
  }

  @Test
  void swappingTwoStatesSwapsThemInTheEvents() {
    Prop.check("swap states", World.gen(EventStageTest::scene), s -> {
      Scene t = new Scene(s.y(), s.x(), s.a(), s.b(), s.day(), s.shape());
      List<DiplomaticEvent> ab = occasions(s.text());
      List<DiplomaticEvent> ba = occasions(t.text());
      assertEquals(1, ab.size(), s.text());
      assertEquals(1, ba.size(), t.text());
      List<Country> swapped = new ArrayList<>();
      for (Country c : ab.get(0).countries()) {
        swapped.add(c.equals(s.x().country()) ? s.y().country() : c.equals(s.y().country()) ? s.x().country() : c);
      }
      assertEquals(swapped, ba.get(0).countries(), () -> s.text() + " / " + t.text());
    });
  }

  @Test
  void unrelatedSentencesAndFurnitureChangeNothing() {
    record Two(Scene s1, Scene s2, String f1, String f2) {}
    Prop.check("filler changes no event", World.gen(r -> new Two(scene(r), scene(r), World.pick(r, World.FILLER),
        World.pick(r, World.FILLER))), two -> {
      Scene s1 = two.s1();
      Scene s2 = two.s2();
      String f1 = two.f1();
      String f2 = two.f2();
      Prop.assume(!s1.day().equals(s2.day()));
      String plain = s1.text() + " " + s2.text();
      String padded = f1 + "\n" + s1.text() + "\n" + f2 + "\n" + f1 + "\n" + s2.text() + "\n" + f2;
      assertEquals(summaries(events(plain)), summaries(events(padded)), padded);
    });
  }

  @Test
  void theSameOccasionToldTwiceIsOneEvent() {
    String text = "Kenyan President Amara Okafor Meets Egyptian Leader in Cairo\n"
        + "Kenyan President Amara Okafor met Egyptian President Leila Haddad in Cairo on Tuesday. "
        + "Okafor said the meeting with Haddad had been warm.";
    List<DiplomaticEvent> got = occasions(text);
    assertEquals(1, got.size(), got::toString);
    DiplomaticEvent e = got.get(0);
    assertEquals(EdtfDate.parse("2021-06-15"), e.date());
    assertEquals("Cairo", e.location());
    assertEquals(List.of("Amara Okafor", "Leila Haddad"), e.participants());
    assertEquals(3, e.evidence().size(), e.evidence()::toString);
  }

  @Test
  void oneSentenceWithTwoDatesGivesTwoEvents() {
    String text = "Indian Prime Minister Anil Sharma and Vietnamese President Minh Nguyen met in Hanoi in March 2017, "
        + "and later in November 2018 during a summit in Jakarta.";
    List<DiplomaticEvent> got = events(text);
    assertEquals(2, got.size(), got::toString);
    assertEquals(EdtfDate.parse("2017-03"), got.get(0).date());
    assertEquals("Hanoi", got.get(0).location());
    assertEquals(EdtfDate.parse("2018-11"), got.get(1).date());
    assertEquals("Jakarta", got.get(1).location());
    assertEquals(got.get(0).participants(), got.get(1).participants());
  }

  @Test
  void announcementsArePlanned() {
    String text = "Swedish Prime Minister Astrid Lindqvist will visit Ghana on July 2, 2021.";
    List<DiplomaticEvent> got = events(text);
    assertEquals(1, got.size(), got::toString);
    assertTrue(got.get(0).planned());
    assertEquals(EventType.VISIT, got.get(0).type());
  }

  @Test
  void negatedAndHabitualTriggersAreNoEvents() {
    String text = "Polish President Tomasz Kowalski did not meet Canadian Prime Minister Ines Silva on May 3, 2019. "
        + "The two countries regularly hold talks.";
    assertEquals(List.of(), events(text));
  }

  @Test
  void theTwoCountriesStandForTheLastPairNamed() {
    String text = "Relations between Brazil and Argentina were tense. On April 16, 1970, the two countries resumed diplomacy.";
    List<DiplomaticEvent> got = events(text);
    assertEquals(1, got.size(), got::toString);
    assertEquals(EventType.RELATIONS_RESTORED, got.get(0).type());
    assertEquals(Set.of(Country.of("BRA"), Country.of("ARG")), countries(got.get(0)));
  }

  @Test
  void neverThrowsOnOddText() {
    Prop.check("odd text", World.gen(r -> {
      StringBuilder sb = new StringBuilder();
      String[] pieces = {"met", "visit", "the two leaders", " ", ",", "and", "President", "Kowalski", "on May 3, 2019",
          "relations", "established", "[", "]", "\n", "his", "counterpart", "in", "Warsaw", "Polish", ".", "'s", "of"};
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
      }
      return sb.toString();
    }), text -> {
      ArticleExtraction x = PARSER.parse("odd", text, PUBLISHED);
      x.events().forEach(e -> assertFalse(e.evidence().isEmpty()));
    });
  }

  @Test
  void aDatelineDateIsNotTheEventDate() {
    String text = "HANOI, June 10 (Reuters) - Vietnamese President Minh Nguyen received Nigerian Foreign Minister "
        + "Kwame Okafor in Hanoi on Monday.";
    List<DiplomaticEvent> got = occasions(text);
    assertEquals(1, got.size(), got::toString);
    assertEquals(EdtfDate.parse("2021-06-14"), got.get(0).date());
    assertEquals(EventType.MEETING, got.get(0).type());
    assertEquals(List.of("Minh Nguyen", "Kwame Okafor"), got.get(0).participants());
    // received in his host's capital: the guest's visit there that day, beside the meeting
    List<DiplomaticEvent> visits = events(text).stream().filter(e -> e.type() == EventType.VISIT).toList();
    assertEquals(1, visits.size(), visits::toString);
    assertEquals(List.of("Kwame Okafor"), visits.get(0).participants());
    assertEquals(EdtfDate.parse("2021-06-14"), visits.get(0).date());
    assertEquals("Hanoi", visits.get(0).location());
  }

  @Test
  void aPossessiveIsNotTheOneReceived() {
    String text = "Ghanaian President Kwame Mensah received Tanaka's support on May 3, 2019.";
    assertEquals(List.of(), events(text));
  }

  @Test
  void aFamilyNameFirstIsKnownAlone() {
    String text = "Chinese Premier Li Qiang met Brazilian President Rafael Silva in Brasilia on June 1, 2021. "
        + "Li will travel to Cairo on July 20, 2021.";
    List<DiplomaticEvent> got = occasions(text);
    assertEquals(2, got.size(), got::toString);
    assertEquals(List.of("Li Qiang"), got.get(1).participants());
    assertTrue(got.get(1).planned());
    assertEquals(Set.of(Country.of("CHN"), Country.of("EGY")), countries(got.get(1)));
  }

  @Test
  void anEarlierTripElsewhereIsNotTheSameOccasion() {
    String text = "Polish President Tomasz Kowalski hosted Swedish Prime Minister Astrid Lindqvist in Warsaw on Monday. "
        + "Earlier, Lindqvist paid a state visit to Kenya, where she was received by President Amara Okafor.";
    List<DiplomaticEvent> got = occasions(text);
    assertEquals(1, got.size(), got::toString);
    assertEquals("Warsaw", got.get(0).location());
    assertEquals(List.of("Tomasz Kowalski", "Astrid Lindqvist"), got.get(0).participants());
  }

  @Test
  void ministersMeetingAlongsideTheirLeadersIsAMeetingOfItsOwn() {
    String text = "Indian Prime Minister Anil Sharma hosted Japanese Prime Minister Hiroshi Tanaka in New Delhi on "
        + "Monday. External Affairs Minister R. Mehta also met his Japanese counterpart Emre Yilmaz.";
    ArticleExtraction x = PARSER.parse("x", text, PUBLISHED);
    assertEquals(2, withoutGuestVisits(x.events()).size(), withoutGuestVisits(x.events())::toString);
    assertEquals(List.of("Anil Sharma", "Hiroshi Tanaka"), withoutGuestVisits(x.events()).get(0).participants());
    DiplomaticEvent ministers = withoutGuestVisits(x.events()).get(1);
    assertEquals(EventType.MEETING, ministers.type());
    assertEquals(List.of("R. Mehta", "Emre Yilmaz"), ministers.participants());
    assertEquals(withoutGuestVisits(x.events()).get(0).date(), ministers.date());
    assertEquals("New Delhi", ministers.location());
    assertEquals(Country.of("IND"), x.leaders().get(2).country(), x.leaders()::toString);
    assertEquals(Country.of("JPN"), x.leaders().get(3).country(), x.leaders()::toString);
  }

  @Test
  void aPhoneCallHasNoPlaceAndTheMoreSpecificPhraseWins() {
    String text = "NAIROBI (AP) - Kenyan President Amara Okafor held a telephone conversation with Ghanaian President "
        + "Kwame Mensah on Tuesday.";
    List<DiplomaticEvent> got = events(text);
    assertEquals(1, got.size(), got::toString);
    assertEquals(EventType.CALL, got.get(0).type());
    assertEquals(null, got.get(0).location());
  }

  @Test
  void anotherCallWithSomeoneElseIsAnotherOccasion() {
    String text = "Polish Foreign Minister Tomasz Kowalski spoke by phone with his Kenyan counterpart Amara Okafor on "
        + "Thursday. Mr Kowalski also phoned Sheikh Hamad bin Khalid Al Thani, the Qatari foreign minister.";
    ArticleExtraction x = PARSER.parse("x", text, PUBLISHED);
    assertEquals(1, x.events().size(), x.events()::toString);
    assertEquals(List.of("Tomasz Kowalski", "Amara Okafor"), x.events().get(0).participants());
    assertEquals("Sheikh Hamad bin Khalid Al Thani", x.leaders().get(2).name(), x.leaders()::toString); // the honorific is part of the name
    assertEquals(Country.of("QAT"), x.leaders().get(2).country());
  }

  @Test
  void aTextEndingOnATriggerThatWantsAPersonAfterItReadsWithoutError() {
    // "[state]'s president hosted" with nothing after it: the trigger asks for a person at the token
    // past the last one
    for (String trigger : List.of("hosted", "received", "receives", "welcomed", "welcomes")) {
      String text = "The president of Kenya met the visiting prime minister of Peru.\n\nThe president " + trigger;
      assertTrue(events(text).size() <= 1, text);
    }
  }
}
