package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.events.ReceptionPropertiesTest.Told;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Talks whose subject names two people by a pair ("The two men met", "the two leaders held talks", with no office)
 * are talks of the last two people of two states named just before: a meeting of the guest and the
 * host on the day told. Named more than two sentences before the pair, they are not whom it stands for. Each form
 * is filled with random states, leaders and dates, and with the two states swapped.
 */
class PairNamedBeforePropertiesTest {

  private static final List<String> PAIRED = List.of(
      "{A} handed {B} a letter from his government. The two men met for an hour at the presidential palace on {D}.",
      "{A} and {B} toured a car factory. On {D}, the two men held talks on trade.",
      "{A} handed {B} a letter, officials said. The two leaders then held talks at the government house on {D}.",
      "{B} received a letter from {A}. The two women met for an hour at the presidential palace on {D}.",
      "{B} thanked {A} for the aid of his government. The two men held talks on trade on {D}.");

  /** The two named several sentences before the pair: too far for it to stand for them. */
  private static final List<String> FAR_BEFORE = List.of(
      "{A} handed {B} a letter from his government. Trade grew last year. Exports of grain rose. Imports of oil fell. The two men met for an hour at the presidential palace on {D}.",
      "{A} and {B} toured a car factory. The plant employs many workers. It opened last year. Its output doubled. On {D}, the two men held talks on trade.");

  @Test
  void aPairOfLeadersIsTheTwoNamedBefore() {
    check("the two leaders", PAIRED, PairNamedBeforePropertiesTest::meetOnce);
  }

  @Test
  void aPairStandsForNobodyNamedFarBefore() {
    check("the two named far before", FAR_BEFORE, PairNamedBeforePropertiesTest::neverMeet);
  }

  /** What a filled form's events must show. */
  interface Expect {
    void check(String text, Trip t, List<DiplomaticEvent> got);
  }

  /** The guest and the host meet once on the day told, a meeting of their two states. */
  static void meetOnce(String text, Trip t, List<DiplomaticEvent> got) {
    List<DiplomaticEvent> met = ReceptionPropertiesTest.meetings(got, t);
    assertEquals(1, met.size(), () -> text + " -> " + got);
    assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(met.get(0).countries()), text);
  }

  /** No event has both the guest and the host taking part. */
  static void neverMeet(String text, Trip t, List<DiplomaticEvent> got) {
    assertTrue(got.stream().noneMatch(e -> e.participants().contains(t.guest().full()) && e.participants().contains(t.host().full())),
        () -> text + " -> " + got);
  }

  /**
   * Checks {@code expect} on each of {@code forms} filled with a random trip, and with its states swapped:
   * {G} is the guest's name alone, {XA} the guest's state's adjective, the rest as {@link OccasionFormsPropertiesTest#fill}.
   */
  static void check(String name, List<String> forms, Expect expect) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String form = c.form().replace("{G}", t.guest().full()).replace("{XA}", t.x().adjective());
        String text = OccasionFormsPropertiesTest.fill(form, t, 2);
        expect.check(text, t, OccasionFormsPropertiesTest.events(text));
      }
    });
  }
}
