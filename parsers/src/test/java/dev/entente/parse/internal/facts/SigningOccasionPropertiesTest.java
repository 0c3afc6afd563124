package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.InstrumentListPropertiesTest.Instrument;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The day of a signing in generated reports, from its own clause, else its sentence, else the
 * occasion it belongs to: a visit of several days with no day of the signing gives its days; a date
 * of an earlier predicate joined by "and" is not the signing's unless the signing's own clause has
 * none (a relative clause after it is another clause); a date moved from the clause to the
 * head of the sentence stays the signing's; a count with "further" is a count.
 */
class SigningOccasionPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** The kinds a list names, one of them an instrument of kind OTHER. */
  private static final List<Instrument> INSTRUMENTS = List.of(
      new Instrument("a memorandum of understanding", AgreementKind.MEMORANDUM),
      new Instrument("an agreement", AgreementKind.AGREEMENT), new Instrument("a protocol", AgreementKind.PROTOCOL),
      new Instrument("a declaration", AgreementKind.DECLARATION),
      new Instrument("a letter of intent", AgreementKind.OTHER));

  /** Two states, an instrument, a subject, a year, a month and three days in it (first <= last). */
  private record Case(State a, State b, Instrument what, String subject, int year, int month, int first, int last,
      int other) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(INSTRUMENTS).flatMap(k ->
      Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m ->
          Gens.ints(1, 20).flatMap(d -> Gens.ints(1, 8).flatMap(len -> Gens.ints(1, 28).map(o ->
              new Case(p[0], p[1], k, s, y, m, d, d + len, o)))))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static String month(Case c) {
    return Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static EdtfDate day(Case c, int d) {
    return EdtfDate.ofDay(c.year(), c.month(), d);
  }

  private static EdtfDate visit(Case c) {
    return EdtfDate.interval(day(c, c.first()), day(c, c.last()));
  }

  /** "[A]'s prime minister was in [B] from June 3 to June 9." with the visit its events stage reads. */
  private static Tagged visitLead(Case c) {
    Tagged t = name(name(new Tagged().w("The prime minister of"), c.a()).w("was in"), c.b());
    return t.date("from " + month(c) + " " + c.first() + " to " + month(c) + " " + c.last(), visit(c)).w(".");
  }

  private static Document withVisit(Tagged text, Case c, int leadEnd) {
    Document doc = text.document(PUBLISHED);
    doc.events.add(DiplomaticEvent.builder(EventType.VISIT).date(visit(c))
        .country(Country.of(c.a().code())).country(Country.of(c.b().code())).evidence(Span.of(0, leadEnd)).build());
    AGREEMENTS.apply(doc);
    return doc;
  }

  private static Agreement one(Tagged text, List<Agreement> got) {
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    return got.get(0);
  }

  private static void assertOf(Case c, Tagged text, Agreement a, EdtfDate signed) {
    assertEquals(signed, a.signed(), () -> text.text() + " -> " + a);
    assertEquals(c.what().kind(), a.kind(), text::text);
    assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), text::text);
    assertEquals(List.of(c.subject()), a.sectors(), text::text);
  }

  @Test
  void aSigningWithNoDayDuringAVisitOfSeveralDaysTakesTheVisitsDays() {
    Prop.check("a signing during a visit", CASES, c -> {
      Tagged text = visitLead(c);
      int leadEnd = text.text().length();
      text.w("The ministers signed").w(c.what().words()).w("on").w(c.subject()).w(".");
      assertOf(c, text, one(text, withVisit(text, c, leadEnd).agreements), visit(c));
    });
  }

  @Test
  void aDayOfItsOwnBeatsTheVisitWhereverTheSentenceTellsIt() {
    Prop.check("the signing's own day during a visit, in the clause or at the head", CASES, c -> {
      EdtfDate own = day(c, c.other());
      String surface = month(c) + " " + c.other();
      Tagged inClause = visitLead(c);
      int leadEnd = inClause.text().length();
      inClause.w("The ministers signed").w(c.what().words()).w("on").w(c.subject()).w("on").date(surface, own).w(".");
      assertOf(c, inClause, one(inClause, withVisit(inClause, c, leadEnd).agreements), own);
      Tagged atHead = visitLead(c).w("On").date(surface, own).w(", the ministers signed").w(c.what().words())
          .w("on").w(c.subject()).w(".");
      assertOf(c, atHead, one(atHead, withVisit(atHead, c, leadEnd).agreements), own);
    });
  }

  @Test
  void aDateOfAnEarlierPredicateJoinedByAndIsNotTheSigningsDay() {
    Prop.check("opened offices in early Y and signed an agreement in M Y+1", CASES, c -> {
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w("opened trade offices in")
          .date("early " + (c.year() - 1), EdtfDate.ofYear(c.year() - 1)).w("and signed").w(c.what().words())
          .w("on").w(c.subject()).w("in").date(month(c) + " " + c.year(), EdtfDate.ofMonth(c.year(), c.month()))
          .w(".");
      Document doc = text.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      assertOf(c, text, one(text, doc.agreements), EdtfDate.ofMonth(c.year(), c.month()));
    });
  }

  @Test
  void aDateAtTheHeadOfTheSentenceDatesBothJoinedPredicates() {
    Prop.check("On D, A and B held talks and signed ...", CASES, c -> {
      EdtfDate own = day(c, c.other());
      Tagged text = new Tagged().w("On").date(month(c) + " " + c.other() + ", " + c.year(), own).w(",");
      name(name(text, c.a()).w("and"), c.b()).w("held talks and signed").w(c.what().words()).w("on")
          .w(c.subject()).w(".");
      Document doc = text.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      assertOf(c, text, one(text, doc.agreements), own);
    });
  }

  @Test
  void aDateOfARelativeClauseAfterTheSigningIsNotItsDay() {
    Prop.check("met on D and signed X on S, which entered into force on D2", CASES, c -> {
      EdtfDate own = day(c, c.first());
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w("held talks on")
          .date(month(c) + " " + c.first() + ", " + c.year(), own).w("and signed").w(c.what().words()).w("on")
          .w(c.subject()).w(", which entered into force on").date(month(c) + " " + c.last(), day(c, c.last())).w(".");
      Document doc = text.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      assertOf(c, text, one(text, doc.agreements), own);
    });
  }

  @Test
  void aCountWithFurtherIsACount() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.ints(2, 40).flatMap(n -> Gens.elements("further", "additional")
        .map(w -> new Object[] {c, n, w})));
    Prop.check("N further agreements were signed", gen, v -> {
      Case c = (Case) v[0];
      int n = (Integer) v[1];
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed").w(c.what().words()).w("on")
          .w(c.subject()).w("on").date(month(c) + " " + c.other() + ", " + c.year(), day(c, c.other())).w(".");
      text.number(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT).w(v[2] + " agreements were signed by"
          + " ministers .");
      Document doc = text.document(PUBLISHED);
      AGREEMENTS.apply(doc);
      List<Agreement> got = doc.agreements;
      assertEquals(2, got.size(), () -> text.text() + " -> " + got);
      assertEquals(n, got.get(1).count(), text::text);
      assertEquals(AgreementKind.AGREEMENT, got.get(1).kind(), text::text);
    });
  }
}
