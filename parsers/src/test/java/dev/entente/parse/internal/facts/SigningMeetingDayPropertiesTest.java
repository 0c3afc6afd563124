package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.InstrumentListPropertiesTest.Instrument;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The day of a signing told with no day of its own during a visit, in generated reports: a visit
 * told on one day is its arrival, and a meeting of the visit on that day or later is the signing's
 * occasion, whichever of the two the report tells first; a meeting before the arrival is another
 * occasion. An occasion that names only one of the parties still dates the signing, and a period an
 * instrument covers ("for [year] and [year]") is no signing day.
 */
class SigningMeetingDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<Instrument> INSTRUMENTS = List.of(
      new Instrument("a memorandum of understanding", AgreementKind.MEMORANDUM),
      new Instrument("an agreement", AgreementKind.AGREEMENT),
      new Instrument("a protocol", AgreementKind.PROTOCOL),
      new Instrument("a letter of intent", AgreementKind.OTHER));

  /** How a signing with no day of its own is told after the visit's lead. */
  private static final List<String> SIGNINGS = List.of("The ministers signed", "At the same ceremony the ministers signed",
      "After the talks the two delegations signed", "The two sides also signed", "Later the foreign ministers signed",
      "In the presence of the two leaders, officials signed", "The two governments signed");

  /** Two states, an instrument, a subject, a signing sentence, a year, a month, the arrival day and the days after it. */
  private record Case(State a, State b, Instrument what, String subject, String signing, int year, int month, int arrival,
      int later) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(INSTRUMENTS).flatMap(k ->
      Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> Gens.elements(SIGNINGS).flatMap(v ->
          FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(2, 20).flatMap(d ->
              Gens.ints(0, 7).map(n -> new Case(p[0], p[1], k, s, v, y, m, d, n)))))))));

  private static String month(Case c) {
    return Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static EdtfDate day(Case c, int d) {
    return EdtfDate.ofDay(c.year(), c.month(), d);
  }

  /** "[A]'s president arrived in [B] on [day]." */
  private static Tagged arrival(Tagged t, Case c) {
    FactGens.name(t.w("The president of"), c.a()).w("arrived in");
    return FactGens.name(t, c.b()).w("on").date(month(c) + " " + c.arrival(), day(c, c.arrival())).w(".");
  }

  /** "He held talks with the leader of [B] on [day]." */
  private static Tagged meeting(Tagged t, Case c, int d) {
    return FactGens.name(t.w("He held talks with the leader of"), c.b()).w("on").date(month(c) + " " + d, day(c, d))
        .w(".");
  }

  private static Tagged signing(Tagged t, Case c) {
    return t.w(c.signing()).w(c.what().words()).w("on").w(c.subject()).w(".");
  }

  private static DiplomaticEvent event(EventType type, EdtfDate date, int from, int to, State... states) {
    DiplomaticEvent.Builder b = DiplomaticEvent.builder(type).date(date).evidence(Span.of(from, to));
    for (State s : states) {
      b.country(Country.of(s.code()));
    }
    return b.build();
  }

  private static Agreement one(Tagged text, Document doc) {
    AGREEMENTS.apply(doc);
    List<Agreement> got = doc.agreements;
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    return got.get(0);
  }

  @Test
  void aMeetingOnTheDayOfArrivalOrLaterDatesTheSigningWhicheverIsToldFirst() {
    Prop.check("arrived on D1, met on D2 >= D1, signed: on D2", CASES, c -> {
      EdtfDate met = day(c, c.arrival() + c.later());
      Tagged arrivedFirst = arrival(new Tagged(), c);
      int arrivalEnd = arrivedFirst.text().length();
      meeting(arrivedFirst, c, c.arrival() + c.later());
      int meetingEnd = arrivedFirst.text().length();
      signing(arrivedFirst, c);
      Document doc = arrivedFirst.document(PUBLISHED);
      doc.events.add(event(EventType.VISIT, day(c, c.arrival()), 0, arrivalEnd, c.a(), c.b()));
      doc.events.add(event(EventType.MEETING, met, arrivalEnd, meetingEnd, c.a(), c.b()));
      assertEquals(met, one(arrivedFirst, doc).signed(), arrivedFirst::text);

      Tagged metFirst = meeting(new Tagged(), c, c.arrival() + c.later());
      meetingEnd = metFirst.text().length();
      arrival(metFirst, c);
      arrivalEnd = metFirst.text().length();
      signing(metFirst, c);
      Document told = metFirst.document(PUBLISHED);
      told.events.add(event(EventType.MEETING, met, 0, meetingEnd, c.a(), c.b()));
      told.events.add(event(EventType.VISIT, day(c, c.arrival()), meetingEnd, arrivalEnd, c.a(), c.b()));
      assertEquals(met, one(metFirst, told).signed(), metFirst::text);
    });
  }

  @Test
  void aMeetingBeforeTheArrivalIsAnotherOccasion() {
    Prop.check("met on D0 < D1, arrived on D1, signed: on D1", CASES, c -> {
      Tagged text = meeting(new Tagged(), c, c.arrival() - 1);
      int meetingEnd = text.text().length();
      arrival(text, c);
      int arrivalEnd = text.text().length();
      signing(text, c);
      Document doc = text.document(PUBLISHED);
      doc.events.add(event(EventType.MEETING, day(c, c.arrival() - 1), 0, meetingEnd, c.a(), c.b()));
      doc.events.add(event(EventType.VISIT, day(c, c.arrival()), meetingEnd, arrivalEnd, c.a(), c.b()));
      assertEquals(day(c, c.arrival()), one(text, doc).signed(), text::text);
    });
  }

  @Test
  void anOccasionNamingOneOfThePartiesDatesTheSigning() {
    Prop.check("talks held in [B] on D (only [B] named), signed by [A] and [B]", CASES, c -> {
      EdtfDate met = day(c, c.arrival() + c.later());
      Tagged text = FactGens.name(new Tagged().w("Talks were held in"), c.b()).w("on")
          .date(month(c) + " " + (c.arrival() + c.later()), met).w(".");
      int meetingEnd = text.text().length();
      FactGens.name(FactGens.name(text.w("Ministers of"), c.a()).w("and"), c.b()).w("signed").w(c.what().words())
          .w("on").w(c.subject()).w(".");
      Document doc = text.document(PUBLISHED);
      doc.events.add(event(EventType.MEETING, met, 0, meetingEnd, c.b()));
      assertEquals(met, one(text, doc).signed(), text::text);
    });
  }

  @Test
  void aPeriodOfTwoYearsTheInstrumentCoversIsNoSigningDay() {
    Prop.check("signed an instrument on S for Y and Y+1: the meeting's day", CASES, c -> {
      EdtfDate met = day(c, c.arrival());
      Tagged text = meeting(new Tagged(), c, c.arrival());
      int meetingEnd = text.text().length();
      text.w(c.signing()).w(c.what().words()).w("on").w(c.subject()).w("for")
          .date(String.valueOf(c.year() + 1), EdtfDate.ofYear(c.year() + 1)).w("and")
          .date(String.valueOf(c.year() + 2), EdtfDate.ofYear(c.year() + 2)).w(".");
      Document doc = text.document(PUBLISHED);
      doc.events.add(event(EventType.MEETING, met, 0, meetingEnd, c.a(), c.b()));
      assertEquals(met, one(text, doc).signed(), text::text);
    });
  }
}
