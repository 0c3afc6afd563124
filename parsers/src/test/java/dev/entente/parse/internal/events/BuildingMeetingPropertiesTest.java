package dev.entente.parse.internal.events;

import dev.entente.parse.internal.people.World;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A meeting at a building the knowledge does not hold, named after "the" by a capitalised name that
 * ends in a noun of buildings ("the Presidential Palace", "the State House", "the Palace of the
 * Republic"): received, talks held, a meeting, with the host's capital after the building or without
 * it. It is one meeting of the two leaders on the clause's day, at the building (and the capital when
 * written). Buildings are made from random name words and nouns, with the two states swapped.
 */
class BuildingMeetingPropertiesTest {

  private static final List<String> NAMES = List.of("Presidential", "National", "State", "Federal", "Royal",
      "Government", "Grand", "Independence", "Unity", "Peace", "Friendship", "Victory", "Republic", "Old");
  private static final List<String> NOUNS = List.of("Palace", "House", "Hall", "Residence", "Pavilion", "Mansion",
      "Castle", "Villa", "Lodge", "Chancellery", "Secretariat", "Guesthouse");

  /** Forms that name the building alone ({V}). */
  private static final List<String> ALONE = List.of(
      "{B} received {A} at the {V} on {D}.",
      "{A} held talks with {B} at the {V} on {D}.",
      "On {D}, {A} and {B} met at the {V}.",
      "{B} hosted {A} for talks at the {V} on {D}.",
      "{A} was received by {B} at the {V} on {D}.",
      "{A} and {B} held talks on {D} at the {V}, officials said.",
      "{A} met {B} at the {V} on {D} to discuss trade.");

  /** Forms that name the building and the host's capital ({VC}) after it. */
  private static final List<String> WITH_THE_CITY = List.of(
      "{B} received {A} at the {V} in {VC} on {D}.",
      "{A} held talks with {B} at the {V} in {VC} on {D}.",
      "On {D}, {A} and {B} met at the {V} in {VC}.",
      "{A} was received by {B} at the {V} in {VC} on {D}.",
      "{A} met {B} at the {V}, {VC}, on {D}.",
      "{A} and {B} held talks at the {V} in {VC} on {D}.");

  private static VenueMeetingPropertiesTest.Venue building(SplittableRandom r) {
    String noun = World.pick(r, NOUNS);
    String name = r.nextInt(4) == 0 ? noun + " of the " + World.pick(r, List.of("Republic", "Nation", "Union", "People"))
        : World.pick(r, NAMES) + " " + noun;
    return new VenueMeetingPropertiesTest.Venue(name, null);
  }

  private static void check(String name, List<String> forms, boolean cityTold) {
    VenueMeetingPropertiesTest.check(name, forms, cityTold, BuildingMeetingPropertiesTest::building);
  }

  @Test
  void aMeetingAtANamedBuildingIsAtTheBuilding() {
    check("meeting at a named building", ALONE, false);
  }

  @Test
  void aMeetingAtANamedBuildingInTheCapitalIsAtTheBuildingAndTheCapital() {
    check("meeting at a named building in the capital", WITH_THE_CITY, true);
  }
}
