package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
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
import org.junit.jupiter.api.Test;

/**
 * A set of instruments signed and counted ("[A] and [B] signed [n] agreements on [day]"), then one
 * instrument of it told ("under one agreement, ...", "one agreement says ..."): the set alone, on its
 * day; the one instrument is no set of one of its own.
 */
class CountOfOnePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** A plural instrument as writers put it, and its singular. */
  private record Plural(String words, String one) {}

  private static final List<Plural> PLURALS = List.of(new Plural("agreements", "agreement"),
      new Plural("protocols", "protocol"), new Plural("memoranda of understanding", "memorandum of understanding"),
      new Plural("accords", "accord"), new Plural("contracts", "contract"));

  private static final List<String> COUNTS = List.of("two", "three", "five", "seven", "12", "14");

  private record Case(State a, State b, Plural plural, String count, String field, boolean under, int year,
      int month, int day) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(PLURALS).flatMap(k ->
      Gens.elements(COUNTS).flatMap(n -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(f ->
          Gens.booleans().flatMap(u -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m ->
              Gens.ints(1, 28).map(d -> new Case(p[0], p[1], k, n, f, u, y, m, d)))))))));

  @Test
  void oneInstrumentOfASetToldIsNoSetOfItsOwn() {
    Prop.check("[A] and [B] signed [n] agreements on [day]. Under one agreement, [A] will ...", CASES, c -> {
      String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      Tagged text = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
          .w("signed " + c.count() + " " + c.plural().words() + " on")
          .date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day())).w(".");
      FactGens.name(text.w(c.under() ? "Under one " + c.plural().one() + "," : "One " + c.plural().one() + " says"),
          c.a()).w("will build a port for " + c.field() + ".");
      List<Agreement> got = FactGens.read(text, PUBLISHED, AGREEMENTS).agreements;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(0).signed(), text::text);
      assertTrue(got.get(0).count() != null && got.get(0).count() > 1, () -> text.text() + " -> " + got);
    });
  }
}
