package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Instruments told after the signing of the day: an earlier instrument recalled in between ("It
 * builds on the memorandum signed by the two sides in [month] [year]") does not take the later
 * ones ("The two sides also signed ...") back to its date, while a signing told a day before does
 * (the later ones were signed with it); and an item of a set whose field words are joined by "and"
 * ("They include an economic and technical cooperation agreement, ...") is one agreement of the day
 * told before. Each with the states swapped.
 */
class LaterSigningsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private record Case(State a, State b, LocalDate day, int yearsBefore, String first, String second) {
    Case swapped() {
      return new Case(b, a, day, yearsBefore, first, second);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.years().flatMap(y ->
      Gens.ints(1, 12).flatMap(m -> Gens.ints(2, 28).flatMap(d -> Gens.ints(1, 20).flatMap(back ->
          Gens.ints(0, InstrumentListPropertiesTest.SUBJECTS.size() - 1).map(s -> new Case(p[0], p[1],
              LocalDate.of(y, m, d), back, InstrumentListPropertiesTest.SUBJECTS.get(s),
              InstrumentListPropertiesTest.SUBJECTS.get((s + 1) % InstrumentListPropertiesTest.SUBJECTS.size()))))))));

  private static String surface(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  /** "[A] and [B] signed a treaty on [day]." */
  private static Tagged lead(Case c) {
    return name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed a treaty on")
        .date(surface(c.day()), EdtfDate.of(c.day())).w(".");
  }

  /** "The two sides also signed an agreement on [first] and a protocol on [second]." */
  private static Tagged also(Tagged t, Case c) {
    return t.then(new Tagged().w("The two sides also signed an agreement on " + c.first() + " and a protocol on "
        + c.second() + "."));
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.day().plusDays(1), AGREEMENTS).agreements;
  }

  private static void assertAlsoSigned(Tagged t, Case c, EdtfDate day) {
    List<Agreement> got = read(t, c);
    Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
    for (AgreementKind kind : List.of(AgreementKind.AGREEMENT, AgreementKind.PROTOCOL)) {
      String subject = kind == AgreementKind.AGREEMENT ? c.first() : c.second();
      List<Agreement> of = got.stream().filter(a -> a.kind() == kind && a.sectors().equals(List.of(subject))).toList();
      assertEquals(1, of.size(), () -> t.text() + " -> " + got);
      assertEquals(day, of.get(0).signed(), t::text);
      assertEquals(pair, Set.copyOf(of.get(0).parties()), t::text);
    }
  }

  @Test
  void anInstrumentRecalledFromYearsBeforeLeavesTheLaterOnesOnTheDay() {
    Prop.check("an earlier memorandum recalled", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        LocalDate then = k.day().minusYears(k.yearsBefore());
        Tagged t = also(lead(k).then(new Tagged().w("It builds on the memorandum signed by the two sides in")
            .date(Month.from(then).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + then.getYear(),
                EdtfDate.ofMonth(then.getYear(), then.getMonthValue())).w(".")), k);
        assertAlsoSigned(t, k, EdtfDate.of(k.day()));
      }
    });
  }

  @Test
  void aSigningToldTheDayBeforeTakesTheLaterOnesWithIt() {
    Prop.check("a signing told the day before", CASES, c -> {
      for (Case k : List.of(c, c.swapped())) {
        LocalDate before = k.day().minusDays(1);
        Tagged t = also(lead(k).then(new Tagged().w("The ministers signed a memorandum on trade on")
            .date(surface(before), EdtfDate.of(before)).w(".")), k);
        assertAlsoSigned(t, k, EdtfDate.of(before));
      }
    });
  }

  /** Field words that go before an instrument, in pairs joined by "and". */
  private static final List<String> FIELDS = List.of("economic", "technical", "scientific", "cultural", "trade",
      "industrial", "financial", "military");

  @Test
  void anItemOfASetWithJoinedFieldWordsIsOneAgreementOfTheDay() {
    Gen<int[]> fields = Gens.ints(0, FIELDS.size() - 1).flatMap(f -> Gens.ints(1, FIELDS.size() - 1).map(g ->
        new int[] {f, (f + g) % FIELDS.size()}));
    Prop.check("an economic and technical cooperation agreement in a set", CASES.flatMap(c -> fields.map(f ->
        new Object[] {c, f})), o -> {
      Case c = (Case) o[0];
      int[] f = (int[]) o[1];
      for (Case k : List.of(c, c.swapped())) {
        String joined = FIELDS.get(f[0]) + " and " + FIELDS.get(f[1]) + " cooperation";
        Tagged t = name(name(new Tagged(), k.a()).w("and"), k.b()).w("signed three documents on")
            .date(surface(k.day()), EdtfDate.of(k.day())).w(".")
            .then(new Tagged().w("They include an " + joined + " agreement, a protocol on " + k.first()
                + " and a memorandum on " + k.second() + "."));
        List<Agreement> got = read(t, k);
        List<Agreement> of = got.stream().filter(a -> a.kind() == AgreementKind.AGREEMENT && a.count() == null).toList();
        assertEquals(1, of.size(), () -> t.text() + " -> " + got);
        assertEquals(EdtfDate.of(k.day()), of.get(0).signed(), t::text);
        assertEquals(Set.of(Country.of(k.a().code()), Country.of(k.b().code())), Set.copyOf(of.get(0).parties()),
            t::text);
        assertTrue(String.join(" ", of.get(0).sectors()).contains(FIELDS.get(f[1])), () -> t.text() + " -> " + of);
      }
    });
  }
}
