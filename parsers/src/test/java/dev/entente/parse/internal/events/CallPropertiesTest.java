package dev.entente.parse.internal.events;

import static dev.entente.parse.internal.events.OccasionPropertiesTest.countries;
import static dev.entente.parse.internal.events.OccasionPropertiesTest.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Calls as occasions of their own: a call with one state on the day of a meeting with another stays
 * a call between its own sides, and a call noun whose topic is a visit or a summit ("discussed the
 * visit in a telephone call") is a call, and a call verb that wants a person takes an unnamed office
 * of a state as one ("telephoned the [adjective] leader"); with random states, leaders, days and
 * phrasings.
 */
class CallPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** Ways to tell a call of a leader with another as a clause: [caller] ... [other]. */
  static final List<String[]> CALL_VERBS = List.of(
      new String[] {" talked by telephone with ", ""},
      new String[] {" spoke by phone with ", ""},
      new String[] {" held a telephone conversation with ", ""},
      new String[] {" had a phone conversation with ", ""},
      new String[] {" spoke over the phone with ", ""},
      new String[] {" telephoned ", ""},
      new String[] {" phoned ", ""},
      new String[] {" held telephone talks with ", ""});

  /** Ways to tell a call by a noun, with a visit or summit as its topic: [a] and [b] discussed ... */
  static final List<String> CALL_NOUNS = List.of(
      "in a telephone call", "in a phone call", "during a telephone conversation", "in a phone conversation",
      "during a video call", "in telephone talks", "during a telephone call");
  static final List<String> TOPICS = List.of(
      "preparations for the visit", "the coming state visit", "the agenda of the summit", "plans for the meeting",
      "the results of the talks", "the timing of the official visit");

  /** Leader {@code a} of {@code x} meets {@code b} of {@code y} and calls {@code c} of {@code z} on {@code day}. */
  record Day(State x, State y, State z, Name a, Name b, Name c, LocalDate day, int verb, int noun, int topic, boolean callFirst) {
    String date() {
      return DayWordsPropertiesTest.Told.date(day);
    }
  }

  static Day day(SplittableRandom r) {
    State[] s = World.threeStates(r);
    Name[] n = World.twoNames(r);
    Name c;
    do {
      c = World.twoNames(r)[0];
    } while (c.last().equals(n[0].last()) || c.last().equals(n[1].last()));
    LocalDate day = LocalDate.of(1970 + r.nextInt(55), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Day(s[0], s[1], s[2], n[0], n[1], c, day, r.nextInt(CALL_VERBS.size()), r.nextInt(CALL_NOUNS.size()),
        r.nextInt(TOPICS.size()), r.nextBoolean());
  }

  static String meetingAndCall(Day d) {
    String meeting = d.x().adjective() + " President " + d.a().full() + " met " + d.y().adjective() + " President "
        + d.b().full() + " in " + d.x().capital() + " on " + d.date() + " and signed a trade agreement.";
    String[] v = CALL_VERBS.get(d.verb());
    String call = d.a().last() + " on " + d.date() + v[0] + d.z().adjective() + " President " + d.c().full() + v[1]
        + " about the border.";
    return d.callFirst() ? call + "\n\n" + meeting + "\n" : meeting + "\n\n" + call + "\n";
  }

  static String callOnTopic(Day d) {
    return d.x().adjective() + " President " + d.a().full() + " and " + d.y().adjective() + " President "
        + d.b().full() + " discussed " + TOPICS.get(d.topic()) + " " + CALL_NOUNS.get(d.noun()) + " on " + d.date()
        + ".\n\nThe two leaders also spoke about trade.\n";
  }

  /** Ways to call an unnamed office of state y: [caller] ... [y's adjective] ... on [date] ...; "%s" is y's adjective, "@" the date. */
  static final List<String> OFFICE_CALLS = List.of(
      " telephoned the %s leader on @ to discuss the ceasefire talks.",
      " phoned the %s president on @ about the border talks.",
      " on @ telephoned his %s counterpart to discuss trade.",
      " telephoned the %s prime minister on @, his office said.",
      " phoned the %s Foreign Minister on @ to discuss the coming negotiations.",
      " on @ phoned his %s counterpart about the stalled talks.",
      " telephoned the %s President on @ and invited him to visit.");

  static String officeCall(Day d) {
    String call = OFFICE_CALLS.get(d.verb() % OFFICE_CALLS.size()).replace("%s", d.y().adjective()).replace("@", d.date());
    return d.x().adjective() + " President " + d.a().full() + call + "\n";
  }

  static List<DiplomaticEvent> events(String text, Day d) {
    return PARSER.parse("generated", text, d.day().plusDays(1)).events();
  }

  @Test
  void aCallWithAThirdStateOnTheDayOfAMeetingStaysACallOfItsOwnSides() {
    Prop.check("call beside a meeting", World.gen(CallPropertiesTest::day), d -> {
      String text = meetingAndCall(d);
      List<DiplomaticEvent> got = events(text, d);
      List<DiplomaticEvent> calls = ofType(got, EventType.CALL);
      assertEquals(1, calls.size(), () -> text + " -> " + got);
      DiplomaticEvent call = calls.get(0);
      assertEquals(EdtfDate.of(d.day()), call.date(), () -> text + " -> " + got);
      assertEquals(Set.of(d.x().country(), d.z().country()), countries(call), () -> text + " -> " + got);
      assertTrue(call.participants().contains(d.c().full()), () -> text + " -> " + got);
      assertTrue(!call.participants().contains(d.b().full()), () -> text + " -> " + got);
      List<DiplomaticEvent> met = ofType(got, EventType.MEETING);
      assertEquals(1, met.size(), () -> text + " -> " + got);
      assertEquals(Set.of(d.x().country(), d.y().country()), countries(met.get(0)), () -> text + " -> " + got);
    });
  }

  @Test
  void aCallNounWhoseTopicIsAVisitOrSummitIsTheCall() {
    Prop.check("call on a topic", World.gen(CallPropertiesTest::day), d -> {
      theOneCallOfXAndY(callOnTopic(d), d);
    });
  }

  @Test
  void aCallVerbTakesAnUnnamedOfficeOfAStateAsItsPerson() {
    Prop.check("call to an office", World.gen(CallPropertiesTest::day), d -> {
      String text = officeCall(d);
      DiplomaticEvent call = theOneCallOfXAndY(text, d);
      assertTrue(call.participants().contains(d.a().full()), () -> text + " -> " + call);
    });
  }

  /** Checks that {@code text} tells one event, a call of states x and y on the day, and returns it. */
  private static DiplomaticEvent theOneCallOfXAndY(String text, Day d) {
    List<DiplomaticEvent> got = events(text, d);
    assertEquals(1, got.size(), () -> text + " -> " + got);
    DiplomaticEvent call = got.get(0);
    assertEquals(EventType.CALL, call.type(), () -> text + " -> " + got);
    assertEquals(EdtfDate.of(d.day()), call.date(), () -> text + " -> " + got);
    assertEquals(Set.of(d.x().country(), d.y().country()), countries(call), () -> text + " -> " + got);
    return call;
  }
}
