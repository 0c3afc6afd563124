package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The day of a headline's signing, in generated reports published some days after it: the signing a
 * headline tells ("[State] And [State] Treaty Signed") is the one the body tells with its day, not
 * another one of the report's day. Each with the states swapped.
 */
class HeadlineSigningDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Two states, a subject, a signing day and how many days later the report came out. */
  private record Case(State a, State b, String first, int year, int month, int day, int later) {
    Case swapped() {
      return new Case(b, a, first, year, month, day, later);
    }

    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(later);
    }
  }

  private static final List<String> SUBJECTS = InstrumentListPropertiesTest.SUBJECTS;

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(SUBJECTS).flatMap(s ->
      FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 3)
          .map(l -> new Case(p[0], p[1], s, y, m, d, l)))))));

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), c.signed());
  }

  private static Tagged pair(Tagged t, Case c) {
    return name(name(t, c.a()).w("and"), c.b());
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  private static Set<Country> parties(Case c) {
    return Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
  }

  /** How many headline forms {@link #headline} writes. */
  private static final int HEADLINES = 3;

  /**
   * A headline that tells a signing with no day: "[A] And [B] Treaty On [Subject] Signed", "Treaty
   * Signed By [A] And [B]", "[A] AND [B] TREATY ON [SUBJECT] SIGNED".
   */
  private static Tagged headline(Case k, int form) {
    return switch (form) {
      case 0 -> pair(new Tagged(), k).w("Treaty On " + capitalized(k.first()) + " Signed");
      case 1 -> name(name(new Tagged().w("Treaty Signed By"), k.a()).w("And"), k.b());
      default -> name(name(new Tagged(), k.a()).w("AND"), k.b()).w("TREATY ON " + k.first().toUpperCase(Locale.ROOT)
          + " SIGNED");
    };
  }

  @Test
  void aHeadlinesSigningIsTheOneTheBodyTellsWithItsDay() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.ints(0, HEADLINES - 1).map(h -> new Object[] {c, h}));
    Prop.check("headline signing, then the body's dated signing", gen, v -> {
      Case c = (Case) v[0];
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = headline(k, (Integer) v[1]).w("\n\n");
        day(pair(t, k).w("signed a treaty on " + k.first() + " on"), k).w(".");
        List<Agreement> got = read(t, k);
        Agreement a = FactGens.only(t, got);
        assertEquals(AgreementKind.TREATY, a.kind(), t::text);
        assertEquals(k.signed(), a.signed(), t::text);
        assertEquals(parties(k), Set.copyOf(a.parties()), t::text);
      }
    });
  }

  private static String capitalized(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
