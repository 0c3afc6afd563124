package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Agreements told more than once, or beside other clauses, in generated reports: a headline's count
 * and the body's count with its day are one set; a count signed in the simple past is of the day the
 * report tells, one "have signed" over the years is not; states of a clause commenting on the signing
 * are no parties; "reached an agreement" signs it, "reached" a sum does not; "also signed a joint
 * statement" is one more instrument beside a named declaration; a signing told of another instrument
 * is not this one's; "dating from" gives an instrument its own year; a named programme in a list of
 * documents is one of them; "today" and "yesterday" count from the dateline's day. Each with the
 * states swapped.
 */
class AgreementRetellingPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Three different states, a count, a subject, a day and a year before it. */
  private record Case(State a, State b, State c, int count, String subject, int year, int month, int day, int earlier) {
    Case swapped() {
      return new Case(b, a, c, count, subject, year, month, day, earlier);
    }

    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(1);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(FactGens.STATES).filter(c ->
      !c.equals(p[0]) && !c.equals(p[1])).flatMap(c -> Gens.ints(2, 60).flatMap(n ->
          Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(s -> FactGens.years().flatMap(y ->
              Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 30).map(e ->
                  new Case(p[0], p[1], c, n, s, y, m, d, y - e)))))))));

  private static Tagged name(Tagged t, State s) {
    return FactGens.name(t, s);
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), c.signed());
  }

  private static Tagged year(Tagged t, int year) {
    return t.date(String.valueOf(year), EdtfDate.ofYear(year));
  }

  private static Tagged pair(Case c) {
    return name(name(new Tagged(), c.a()).w("and"), c.b());
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  private static Set<Country> parties(State... states) {
    return java.util.Arrays.stream(states).map(s -> Country.of(s.code())).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aHeadlineCountAndTheBodysDatedCountAreOneSet() {
    Prop.check("headline count and body count", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = pair(k).w("seal " + k.count() + " deals").w("\n\n");
        name(name(t, k.a()).w("and"), k.b()).w("signed " + k.count() + " cooperation instruments covering trade, "
            + k.subject() + " and tourism on");
        day(t, k).w(".");
        Agreement a = FactGens.only(t, read(t, k));
        assertEquals(k.count(), a.count(), t::text);
        assertEquals(k.signed(), a.signed(), t::text);
        // the body's list, not the headline's: "and" without a comma keeps two subjects one item
        assertTrue(String.join(", ", a.sectors()).contains(k.subject()), () -> t.text() + " -> " + a);
        assertEquals(parties(k.a(), k.b()), Set.copyOf(a.parties()), t::text);
      }
    });
  }

  @Test
  void aCountSignedInThePastIsOfTheReportsDayOneSignedOverTheYearsIsNot() {
    Prop.check("simple past and perfect counts", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged told = pair(k).w("signed " + k.count() + " documents covering " + k.subject() + ".");
        Agreement a = FactGens.only(told, read(told, k));
        assertEquals(EdtfDate.of(k.published()), a.signed(), told::text);
        assertEquals(k.count(), a.count(), told::text);
        Tagged summed = pair(k).w("have signed more than " + k.count() + " agreements on " + k.subject() + ".");
        Agreement s = FactGens.only(summed, read(summed, k));
        assertNull(s.signed(), summed::text);
      }
    });
  }

  @Test
  void statesOfAClauseCommentingOnTheSigningAreNoParties() {
    Prop.check("third states after the signing", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        for (String aside : List.of(", confirming a deal that has alarmed", ", which worried", "as talks went on with")) {
          Tagged t = day(pair(k).w("signed an agreement on " + k.subject() + " on"), k).w(aside);
          name(t, k.c()).w(".");
          Agreement a = FactGens.only(t, read(t, k));
          assertEquals(parties(k.a(), k.b()), Set.copyOf(a.parties()), t::text);
          assertEquals(k.signed(), a.signed(), t::text);
        }
        // named before the signing, all three are its parties
        Tagged three = name(name(name(new Tagged(), k.a()).w(","), k.b()).w("and"), k.c());
        day(three.w("signed a declaration on " + k.subject() + " on"), k).w(".");
        assertEquals(parties(k.a(), k.b(), k.c()), Set.copyOf(FactGens.only(three, read(three, k)).parties()),
            three::text);
      }
    });
  }

  @Test
  void reachingAnAgreementSignsItReachingASumDoesNot() {
    Prop.check("reached an agreement", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = day(pair(k).w("on"), k).w("reached an agreement on " + k.subject() + ".");
        Agreement a = FactGens.only(t, read(t, k));
        assertEquals(k.signed(), a.signed(), t::text);
        assertEquals(AgreementKind.AGREEMENT, a.kind(), t::text);
        Tagged sum = name(name(new Tagged().w("Trade between"), k.a()).w("and"), k.b()).w("reached " + k.count()
            + " billion dollars in");
        year(sum, k.year()).w("under their agreement.");
        assertEquals(List.of(), read(sum, k), sum::text);
      }
    });
  }

  @Test
  void aJointStatementAlsoSignedIsOneMoreInstrumentBesideANamedDeclaration() {
    Prop.check("also signed a joint statement", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = day(pair(k).w("signed the " + k.c().capital() + " Declaration on"), k).w(".");
        t.w("The two leaders also signed a joint statement.");
        List<Agreement> got = read(t, k);
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        assertEquals(k.c().capital() + " Declaration", got.get(0).title(), t::text);
        assertNull(got.get(1).title(), t::text);
        for (Agreement a : got) {
          assertEquals(k.signed(), a.signed(), t::text);
          assertEquals(AgreementKind.DECLARATION, a.kind(), t::text);
        }
      }
    });
  }

  @Test
  void aSigningToldOfAnotherInstrumentIsNotThisOnes() {
    Prop.check("the declaration reaffirms the agreement signed", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = day(pair(k).w("signed a declaration on " + k.subject() + " on"), k).w(".");
        year(t.w("The declaration reaffirms the agreement signed in"), k.earlier()).w(".");
        List<Agreement> got = read(t, k);
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        assertEquals(AgreementKind.DECLARATION, got.get(0).kind(), t::text);
        assertEquals(k.signed(), got.get(0).signed(), t::text);
        assertEquals(AgreementKind.AGREEMENT, got.get(1).kind(), t::text);
        assertEquals(EdtfDate.ofYear(k.earlier()), got.get(1).signed(), t::text);
      }
    });
  }

  @Test
  void anInstrumentDatingFromAYearHasThatYear() {
    Prop.check("dating from", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        int older = k.earlier() - 3;
        Tagged t = year(pair(k).w("revived a security agreement signed in"), k.earlier())
            .w("and a general agreement on " + k.subject() + " dating from");
        year(t, older).w(".");
        List<Agreement> got = read(t, k);
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        assertEquals(EdtfDate.ofYear(k.earlier()), got.get(0).signed(), t::text);
        assertEquals(EdtfDate.ofYear(older), got.get(1).signed(), t::text);
      }
    });
  }

  @Test
  void todayAndYesterdayCountFromTheDatelinesDay() {
    Prop.check("a dateline's day", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        LocalDate line = LocalDate.of(k.year(), k.month(), k.day());
        for (int late = 0; late <= 2; late++) {
          LocalDate published = line.plusDays(late);
          for (String word : List.of("today", "yesterday")) {
            int back = word.equals("today") ? 0 : 1;
            Tagged t = day(new Tagged().w(k.a().capital().toUpperCase(Locale.ROOT) + ","), k).w("-");
            // the date stage reads "today" and "yesterday" against the publication date
            t.date(word, EdtfDate.of(published.minusDays(back)));
            name(name(t.w("officials of"), k.a()).w("and"), k.b()).w("signed an agreement on " + k.subject() + ".");
            Agreement a = FactGens.only(t, FactGens.read(t, published, AGREEMENTS).agreements);
            assertEquals(EdtfDate.of(line.minusDays(back)), a.signed(), () -> t.text() + " published " + published);
          }
        }
      }
    });
  }

  @Test
  void aConditionIsNoSigning() {
    Prop.check("if a treaty was concluded", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = name(name(new Tagged().w("Aid from"), k.a()).w("to"), k.b());
        year(t.w("was likely to rise"), k.year()).w("if a treaty was concluded.");
        assertEquals(List.of(), read(t, k), t::text);
      }
    });
  }

  @Test
  void theDayOfSayingAndTheYearOfAnotherEventAreNotTheSigningsDay() {
    Prop.check("said on [day]; the [year] election", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged said = pair(k).w("have signed an agreement on " + k.subject() + ", the ministry said on");
        day(said, k).w(".");
        Agreement a = FactGens.only(said, read(said, k));
        assertEquals(EdtfDate.of(k.published()), a.signed(), said::text); // the report's day, not the saying's
        Tagged other = pair(k).w("signed a treaty on " + k.subject() + ", the first since the");
        year(other, k.earlier()).w("election.");
        Agreement b = FactGens.only(other, read(other, k));
        assertEquals(EdtfDate.of(k.published()), b.signed(), other::text);
        Tagged own = year(pair(k).w("renewed the"), k.earlier()).w("trade agreement.");
        Agreement o = FactGens.only(own, read(own, k));
        assertEquals(EdtfDate.ofYear(k.earlier()), o.signed(), own::text); // an instrument's own year stays
      }
    });
  }

  @Test
  void aNamedProgrammeInAListOfDocumentsIsOneOfThem() {
    Prop.check("a named programme in a list", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = day(pair(k).w("signed documents on"), k).w(".");
        t.w("The documents include an agreement on " + k.subject() + " and a Cultural Exchange Programme.");
        List<Agreement> got = read(t, k);
        assertEquals(2, got.size(), () -> t.text() + " -> " + got);
        Agreement programme = got.get(1);
        assertEquals(AgreementKind.OTHER, programme.kind(), t::text);
        assertEquals("Cultural Exchange Programme", programme.title(), t::text);
        assertEquals(k.signed(), programme.signed(), t::text);
        assertEquals(parties(k.a(), k.b()), Set.copyOf(programme.parties()), t::text);
      }
    });
  }
}
