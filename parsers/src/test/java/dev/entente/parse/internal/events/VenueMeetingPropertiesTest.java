package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A meeting told with its venue: talks held or a meeting had "at the V" (a venue of the knowledge),
 * with the city before or after it or without it, in the active and the passive, or told after the
 * sentence of the visit. It is a meeting of the two leaders on the clause's day (or the visit's),
 * between their states, at the venue, with the city when the clause names it. Each form is a
 * template filled with random states, leaders, dates and venues, and with the two states swapped.
 */
class VenueMeetingPropertiesTest {

  /** A venue as news writes it after "the", and its city (null: the host's capital). */
  record Venue(String name, @Nullable String city) {}

  private static final List<Venue> VENUES = List.of(new Venue("Kremlin", "Moscow"),
      new Venue("White House", "Washington"), new Venue("Elysee Palace", "Paris"),
      new Venue("Great Hall of the People", "Beijing"), new Venue("Blue House", "Seoul"),
      new Venue("Akasaka Palace", "Tokyo"), new Venue("Quirinal Palace", "Rome"),
      new Venue("Union Buildings", "Pretoria"));

  /** Forms that name the venue's city ({VC}) in the clause. */
  private static final List<String> WITH_THE_CITY = List.of(
      "In {VC}, {A} held talks with {B} at the {V} on {D}.",
      "{A} met {B} at the {V} in {VC} on {D}.",
      "On {D}, {A} and {B} held talks at the {V} in {VC}.",
      "In {VC} on {D}, {A} met {B} at the {V}.",
      "{A} held talks with {B} at the {V} in {VC} on {D}.",
      "{A} was received by {B} at the {V} in {VC} on {D}.");

  /** Forms that name the venue alone. */
  private static final List<String> VENUE_ALONE = List.of(
      "{A} held talks with {B} at the {V} on {D}.",
      "{A} met {B} at the {V} on {D}.",
      "{A} was received by {B} at the {V} on {D}.",
      "On {D}, {A} and {B} held talks at the {V}.",
      "{A} arrived in {YC} on {D} for a state visit. {a} held talks with {B} at the {V}.",
      "{A} arrived in {YC} on {D}. {a} met {B} at the {V}.",
      "{A} began a state visit to {Y} on {D}. The talks with {B} at the {V} focused on trade.",
      "{A} arrived in {YC} on {D} for a state visit. Talks at the {V} with {B} focused on trade.",
      "{A} began a state visit to {Y} on {D}. {a} met {B} at the {V}.",
      "{A} began a state visit to {Y} on {D}. Talks with {B} at the {V} focused on trade.");

  record Told(Trip trip, String form, Venue venue) {}

  static void check(String name, List<String> forms, boolean cityTold) {
    check(name, forms, cityTold, r -> World.pick(r, VENUES));
  }

  /** Each form with a venue of {@code venues}; {@code cityTold}: the location must be the venue and its city. */
  static void check(String name, List<String> forms, boolean cityTold, Function<SplittableRandom, Venue> venues) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms), venues.apply(r))), c -> {
      Prop.assume(!c.trip().guest().last().equals(c.trip().host().last()));
      for (Trip t : List.of(c.trip(), c.trip().swapped())) {
        String city = c.venue().city() != null ? c.venue().city() : t.y().capital();
        String text = OccasionFormsPropertiesTest.fill(
            c.form().replace("{VC}", city).replace("{V}", c.venue().name()), t, 2);
        List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
        List<DiplomaticEvent> met = ReceptionPropertiesTest.meetings(got, t);
        assertEquals(1, met.size(), () -> text + " -> " + got);
        DiplomaticEvent m = met.get(0);
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(m.countries()), text);
        String at = String.valueOf(m.location());
        assertTrue(at.startsWith(c.venue().name()), () -> text + " -> " + at);
        if (cityTold) {
          assertEquals(c.venue().name() + ", " + city, at, text);
        }
      }
    });
  }

  @Test
  void aMeetingAtAVenueInItsCityIsAtTheVenueAndTheCity() {
    check("meeting at a venue in its city", WITH_THE_CITY, true);
  }

  @Test
  void aMeetingAtAVenueAloneIsAtTheVenue() {
    check("meeting at a venue alone", VENUE_ALONE, false);
  }
}
