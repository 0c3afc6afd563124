package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.knowledge.Venues;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Signing ceremonies in their forms ("attended today the signing", "put their signatures to",
 * "were exchanged in the presence of", "chaired the signing ceremony", "witnessed the exchange of") are meetings of the leaders of two states and of one leader
 * none; a signing at a ceremony attended or witnessed by people of the other state is their meeting;
 * a visit's city keeps the state its clause names it in. With random states, leaders and dates.
 */
class CeremonyPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 20);
  private static final List<String> FORMS = List.of(
      "%1$s and %2$s attended today the signing of an agreement on trade.",
      "%1$s and %2$s put their signatures to a treaty of friendship today.",
      "The documents were exchanged in the presence of %1$s and %2$s today.",
      "%1$s and %2$s witnessed today the signing of seven agreements.",
      "%1$s and %2$s chaired today the signing ceremony of five cooperation agreements.",
      "%1$s and %2$s were present today at the signing ceremony of a trade protocol.",
      "%1$s and %2$s witnessed today the exchange of six cooperation documents.",
      "%1$s and %2$s presided today over the exchange of the instruments of ratification.",
      "%1$s and %2$s today attended the signing ceremony for a loan agreement.");

  record Ceremony(Trip trip, String form) {
    String a() {
      return trip.x().adjective() + " President " + trip.guest().full();
    }

    String b() {
      return trip.y().adjective() + " Prime Minister " + trip.host().full();
    }

    String text() {
      return String.format(Locale.ROOT, form, a(), b());
    }

    String alone() {
      return String.format(Locale.ROOT, form.replace("%1$s and %2$s", "%1$s"), a());
    }
  }

  static List<DiplomaticEvent> events(String text, LocalDate published) {
    return PARSER.parse("generated", text, published).events();
  }

  @Test
  void aSigningCeremonyOfTheLeadersOfTwoStatesIsTheirMeeting() {
    Prop.check("signing ceremonies", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, FORMS))), c -> {
      LocalDate day = c.trip().arrival();
      List<DiplomaticEvent> got = events(c.text(), day);
      assertEquals(1, got.size(), () -> c.text() + " -> " + got);
      assertEquals(EventType.MEETING, got.get(0).type(), c.text());
      assertEquals(EdtfDate.of(day), got.get(0).date(), c.text());
      assertEquals(Set.of(c.trip().guest().full(), c.trip().host().full()), Set.copyOf(got.get(0).participants()), c.text());
      assertEquals(Set.of(c.trip().x().country(), c.trip().y().country()), Set.copyOf(got.get(0).countries()), c.text());
    });
  }

  @Test
  void oneLeaderAtASigningMeetsNobody() {
    Prop.check("a signing of one side", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, FORMS))), c -> {
      List<DiplomaticEvent> got = events(c.alone(), c.trip().arrival());
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING), () -> c.alone() + " -> " + got);
    });
  }

  /** "%1$s" a minister who signs, "%2$s" the people at the ceremony, "%3$s" a venue, "%4$s" its city. */
  private static final List<String> ATTENDED = List.of(
      "%1$s signed the agreement today at a ceremony attended by %2$s at the %3$s in %4$s.",
      "%1$s signed the deal today at a ceremony in %4$s attended by %2$s.",
      "%1$s signed the contract today at a ceremony at the %3$s, attended by %2$s.",
      "%1$s signed the accord today in a ceremony witnessed by %2$s.",
      "%1$s signed the treaty today at a brief ceremony in %4$s, witnessed by %2$s.",
      "%1$s put his signature to the agreement today at a ceremony in %4$s attended by %2$s.");

  record Attended(Trip trip, String form, Venues.Venue venue) {
    String minister() {
      return trip.x().adjective() + " Defence Minister " + trip.guest().full();
    }

    String text(String present) {
      return String.format(Locale.ROOT, form, minister(), present, venue.name(), venue.city());
    }
  }

  static Attended attended(SplittableRandom r) {
    return new Attended(OccasionPropertiesTest.trip(r), World.pick(r, ATTENDED), World.pick(r, Venues.builtIn().all()));
  }

  @Test
  void aSigningAttendedByTheOtherStatesEnvoyIsTheirMeeting() {
    Prop.check("a ceremony attended by", World.gen(CeremonyPropertiesTest::attended), c -> {
      Trip t = c.trip();
      String text = c.text(t.y().adjective() + " Ambassador " + t.host().full());
      List<DiplomaticEvent> got = events(text, t.arrival());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.MEETING, got.get(0).type(), text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), text);
      // a venue named after its state ("Palace of [State]") names that state too
      assertTrue(got.get(0).countries().containsAll(Set.of(t.x().country(), t.y().country())), text);
    });
  }

  @Test
  void aSigningAttendedByPeopleOfOneStateMeetsNobody() {
    Prop.check("a ceremony of one side", World.gen(CeremonyPropertiesTest::attended), c -> {
      Trip t = c.trip();
      String text = c.text("the " + t.x().adjective() + " president and the chiefs of staff");
      List<DiplomaticEvent> got = events(text, t.arrival());
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING && e.countries().size() > 1), () -> text + " -> " + got);
    });
  }

  @Test
  void aVisitsCityKeepsTheStateItsClauseNames() {
    Prop.check("city and state of a visit", World.gen(OccasionPropertiesTest::trip), t -> {
      for (Trip s : List.of(t, t.swapped())) {
        String text = s.x().adjective() + " President " + s.guest().full() + " arrived in " + s.y().capital() + " on "
            + s.date(s.arrival()) + " on a " + s.length() + " state visit to " + s.y().name() + ".";
        List<DiplomaticEvent> got = events(text, PUBLISHED);
        assertEquals(1, got.size(), () -> text + " -> " + got);
        // "Mexico City" names its state already
        String place = s.y().capital().contains(s.y().name()) ? s.y().capital() : s.y().capital() + ", " + s.y().name();
        assertEquals(place, got.get(0).location(), text);
        assertEquals(s.span(), got.get(0).date(), text);
      }
    });
  }

  /** "%1$s" and "%2$s" the signers, each with a long office of its state after the name, "%3$s" and "%4$s" their states. */
  private static final List<String> SIGNED_BY = List.of(
      "The treaty was signed today by %1$s, chairman of the council of ministers of %3$s, and by %2$s, general secretary of the party and head of state of %4$s.",
      "The agreement was signed today for %3$s by %1$s, minister in the office of the president, and for %4$s by %2$s.",
      "The protocol was signed in the capital today by %1$s, first deputy chairman of the government, and by %2$s, who heads the delegation of %4$s.");

  @Test
  void theAgentsOfAPassiveSigningWithLongOfficesBetweenThemAreItsMeeting() {
    Prop.check("signed by A, [office], and by B", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, SIGNED_BY))), c -> {
      Trip t = c.trip();
      String text = String.format(Locale.ROOT, c.form(), c.a(), c.b(), t.x().name(), t.y().name());
      List<DiplomaticEvent> got = events(text, t.arrival());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.MEETING, got.get(0).type(), text);
      assertEquals(EdtfDate.of(t.arrival()), got.get(0).date(), text);
      assertEquals(Set.of(t.guest().full(), t.host().full()), Set.copyOf(got.get(0).participants()), () -> text + " -> " + got);
      assertTrue(got.get(0).countries().containsAll(Set.of(t.x().country(), t.y().country())), () -> text + " -> " + got);
      // the signers swapped: the same meeting
      String swapped = String.format(Locale.ROOT, c.form(), c.b(), c.a(), t.y().name(), t.x().name());
      List<DiplomaticEvent> back = events(swapped, t.arrival());
      assertEquals(1, back.size(), () -> swapped + " -> " + back);
      assertEquals(Set.copyOf(got.get(0).participants()), Set.copyOf(back.get(0).participants()), swapped);
    });
  }

  @Test
  void aPassiveSigningByOneSideAloneIsNoMeeting() {
    Prop.check("signed by A alone", World.gen(r -> new Ceremony(OccasionPropertiesTest.trip(r), World.pick(r, SIGNED_BY))), c -> {
      Trip t = c.trip();
      String text = "The treaty was signed today by " + c.a() + ", chairman of the council of ministers of " + t.x().name()
          + ", and by the leader of a delegation.";
      List<DiplomaticEvent> got = events(text, t.arrival());
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING), () -> text + " -> " + got);
    });
  }
}
