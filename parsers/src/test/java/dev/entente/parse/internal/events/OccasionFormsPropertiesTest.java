package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.events.OccasionPropertiesTest.Trip;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Occasions told in the forms of many newsrooms: a visit told by its arrival, its landing, its start
 * or its end, in a relative clause or with its length in the sentence beside it; a journey told in
 * the present on a day of the week; talks by telephone or video in their forms. Each form is a
 * template filled with random states, leaders and dates; the facts a reader takes must come out.
 */
class OccasionFormsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 20);
  private static final List<String> COUNTS = List.of("two", "three", "four", "five");

  /** {A} the guest with office, {a} the guest's surname, {B} the host with office, {Y} the host state, {YC} its capital, {D} the day, {N} the length. */
  static String fill(String form, Trip t, int days) {
    return form.replace("{A}", t.x().adjective() + " President " + t.guest().full())
        .replace("{B}", t.y().adjective() + " Prime Minister " + t.host().full())
        .replace("{a}", t.guest().last()).replace("{YC}", t.y().capital()).replace("{Y}", t.y().name())
        .replace("{D}", t.date(t.arrival())).replace("{N}", COUNTS.get(days - 2) + "-day");
  }

  static List<DiplomaticEvent> events(String text) {
    return PARSER.parse("generated", text, PUBLISHED).events();
  }

  /** Whether {@code got} holds an event of {@code type} on {@code date} between the trip's states. */
  static boolean told(List<DiplomaticEvent> got, EventType type, EdtfDate date, Trip t) {
    return got.stream().anyMatch(e -> e.type() == type && date.equals(e.date()) && e.countries().contains(t.x().country())
        && e.countries().contains(t.y().country()) && e.participants().contains(t.guest().full()));
  }

  record Told(Trip trip, String form, int days) {}

  static void check(String name, List<String> forms, EventType type, Function<Told, EdtfDate> date) {
    Prop.check(name, World.gen(r -> new Told(OccasionPropertiesTest.trip(r), World.pick(r, forms), 2 + r.nextInt(COUNTS.size()))), c -> {
      String text = fill(c.form(), c.trip(), c.days());
      List<DiplomaticEvent> got = events(text);
      EdtfDate want = date.apply(c);
      assertTrue(told(got, type, want, c.trip()), () -> text + "\n want " + type + " " + want + "\n got " + got);
    });
  }

  static EdtfDate days(LocalDate first, int days) {
    return EdtfDate.interval(EdtfDate.of(first), EdtfDate.of(first.plusDays(days - 1L)));
  }

  @Test
  void aVisitToldByItsArrivalStartOrEndIsOnItsDay() {
    check("visit on its day", List.of(
        "{A} arrived in {YC} on {D} for talks on trade.",
        "{A} landed in {YC} on {D}, the first stop of a tour through the region.",
        "{A} touched down in {YC} on {D}.",
        "{A} flew into {YC} on {D} for talks.",
        "{A} wrapped up a visit to {Y} on {D}.",
        "{A} concluded an official visit to {Y} on {D}.",
        "On {D}, {A} ended his visit to {Y}.",
        "{A} began a state visit to {Y} on {D}.",
        "{A} kicked off a state visit to {Y} on {D}.",
        "{A}, who arrived in {YC} on {D}, toured a car factory.",
        "{A} visited {YC} on {D} as part of a tour of the region.",
        "{A} travelled to {Y} on {D} as part of a swing through the region."),
        EventType.VISIT, c -> EdtfDate.of(c.trip().arrival()));
  }

  @Test
  void aVisitOfSeveralDaysFromItsFirstDayIsItsInterval() {
    check("visit from its first day", List.of(
        "{A} arrived in {YC} on {D} on a {N} state visit.",
        "{A} flew into {YC} on {D} for a {N} visit.",
        "{A} landed in {YC} on {D} for a {N} official visit.",
        "{A} began a {N} state visit to {Y} on {D}.",
        "{A}'s {N} visit to {Y} began on {D}.",
        "{A} arrived in {YC} on a {N} visit that began on {D}.",
        "{A} is in {YC} on a {N} visit that began on {D}.",
        "{A} arrived in {YC} on {D}. The {N} visit is the first by a head of state in a decade.",
        "{A} is on a {N} visit to {Y}. {a} arrived in {YC} on {D}."),
        EventType.VISIT, c -> days(c.trip().arrival(), c.days()));
  }

  @Test
  void aVisitOfSeveralDaysFromItsLastDayIsItsInterval() {
    check("visit from its last day", List.of(
        "{A} ended a {N} visit to {Y} on {D}.",
        "{A} wrapped up a {N} state visit to {Y} on {D}.",
        "{A} wound up a {N} visit to {Y} on {D}.",
        "{A} left {YC} on {D}, ending a {N} visit."),
        EventType.VISIT, c -> days(c.trip().arrival().minusDays(c.days() - 1L), c.days()));
  }

  @Test
  void aJourneyToldInThePresentOnADayOfTheWeekIsOnTheComingDay() {
    record Ahead(Trip trip, String form, DayOfWeek day) {}
    List<String> forms = List.of("{A} flies to {YC} on {W} for talks with {B}.", "{A} travels to {Y} on {W}.",
        "{A} leaves for {YC} on {W}.", "{A} heads to {YC} on {W} for talks.");
    Prop.check("present journey ahead", World.gen(r -> new Ahead(OccasionPropertiesTest.trip(r), World.pick(r, forms),
        DayOfWeek.of(1 + r.nextInt(7)))), a -> {
      Prop.assume(a.day() != PUBLISHED.getDayOfWeek());
      String text = fill(a.form(), a.trip(), 2).replace("{W}", a.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      LocalDate coming = PUBLISHED.plusDays(1);
      while (coming.getDayOfWeek() != a.day()) {
        coming = coming.plusDays(1);
      }
      List<DiplomaticEvent> visits = events(text).stream().filter(e -> e.type() == EventType.VISIT).toList();
      assertEquals(1, visits.size(), () -> text + " -> " + visits);
      assertEquals(EdtfDate.of(coming), visits.get(0).date(), text);
    });
  }

  @Test
  void callsInTheirFormsAreCallsOfBothLeaders() {
    check("calls", List.of(
        "{A} talked by telephone with {B} on {D}.",
        "{A} and {B} held phone talks on {D}.",
        "{A} spoke by phone with {B} on {D}.",
        "In a call with {B} on {D}, {A} discussed trade.",
        "{A} and {B} held a videoconference on {D}.",
        "{A} had a telephone conversation with {B} on {D}.",
        "{A} phoned {B} on {D}.",
        "{A} called {B} on {D} to discuss trade.",
        "During a phone call on {D}, {A} and {B} discussed trade.",
        "{A} and {B} held talks via videoconference on {D}.",
        "{A} and {B} met by video link on {D}.",
        "{A} and {B} spoke via video link on {D}."),
        EventType.CALL, c -> EdtfDate.of(c.trip().arrival()));
  }

  @Test
  void leadersPresentAtASigningOrAttendingASummitMet() {
    check("present at a signing, at a summit", List.of(
        "{A} and {B} were present at the signing of a trade agreement in {YC} on {D}.",
        "{A} and {B} attended a summit of the African Union in Addis Ababa on {D}."),
        EventType.MEETING, c -> EdtfDate.of(c.trip().arrival()));
  }

  @Test
  void aCallIsNoMeetingAndNoCallOfReporters() {
    Prop.check("a call with reporters", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = fill("{A} told reporters in a call with journalists on {D} that trade would grow.", t, 2);
      List<DiplomaticEvent> got = events(text);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.CALL), () -> text + " -> " + got);
    });
  }

  @Test
  void swappingTheStatesOfACallSwapsItsStates() {
    Prop.check("swap a call's states", World.gen(OccasionPropertiesTest::trip), t -> {
      String form = "{A} and {B} held talks via videoconference on {D}.";
      List<DiplomaticEvent> ab = events(fill(form, t, 2));
      List<DiplomaticEvent> ba = events(fill(form, t.swapped(), 2));
      assertEquals(1, ab.size(), () -> fill(form, t, 2) + " -> " + ab);
      assertEquals(1, ba.size(), () -> fill(form, t.swapped(), 2) + " -> " + ba);
      assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(ab.get(0).countries()));
      assertEquals(Set.copyOf(ab.get(0).countries()), Set.copyOf(ba.get(0).countries()));
      assertEquals(ab.get(0).date(), ba.get(0).date());
    });
  }

  @Test
  void talksToldByWhatWasDiscussedWithWhomAreAMeetingOrACall() {
    check("discussed with", List.of(
        "{A} discussed trade and the border with {B} on {D}.",
        "On {D}, {A} discussed the situation in the region with {B} in {YC}."),
        EventType.MEETING, c -> EdtfDate.of(c.trip().arrival()));
    check("discussed by phone with", List.of(
        "{A} discussed the crisis by phone with {B} on {D}.",
        "{A} discussed energy prices by telephone with {B} on {D}."),
        EventType.CALL, c -> EdtfDate.of(c.trip().arrival()));
  }

  @Test
  void whatWasDiscussedWithNoOneNamedIsNoOccasion() {
    Prop.check("discussed with reporters", World.gen(OccasionPropertiesTest::trip), t -> {
      String text = fill("{A} discussed the talks with reporters in {YC} on {D}.", t, 2);
      List<DiplomaticEvent> got = events(text);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING || e.type() == EventType.CALL), () -> text + " -> " + got);
    });
  }
}
