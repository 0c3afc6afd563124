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
 * The day of a signing told without a date of its own, in generated reports published some days
 * after it: a later sentence that tells more instruments signed ("An agreement on A and a protocol
 * on B were signed at the palace") keeps the day of the signing told before it, not the report's
 * day; a headline's signing ("[State] And [State] Treaty Signed") is the one the body tells with its
 * day, not another one of the report's day. Each with the states swapped.
 */
class SigningDayToldBeforePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Two states, two different subjects, a signing day and how many days later the report came out. */
  private record Case(State a, State b, String first, String second, int year, int month, int day, int later) {
    Case swapped() {
      return new Case(b, a, first, second, year, month, day, later);
    }

    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(later);
    }
  }

  private static final List<String> SUBJECTS = InstrumentListPropertiesTest.SUBJECTS;

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(i ->
      Gens.ints(1, SUBJECTS.size() - 1).flatMap(j -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m ->
          Gens.ints(1, 28).flatMap(d -> Gens.ints(1, 3).map(l -> new Case(p[0], p[1], SUBJECTS.get(i),
              SUBJECTS.get((i + j) % SUBJECTS.size()), y, m, d, l))))))));

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

  /**
   * "[A] and [B] signed a treaty on [first] on D. The treaty was signed at the palace by the foreign
   * ministers. [More] were signed at the same ceremony."
   */
  private static Tagged toldAgain(Case c, String more) {
    Tagged t = day(pair(new Tagged(), c).w("signed a treaty on " + c.first() + " on"), c).w(".");
    t.w("The treaty was signed at the presidential palace by the two foreign ministers .");
    return t.w(more + " were signed at the same ceremony .");
  }

  @Test
  void instrumentsSignedInALaterSentenceWithNoDateKeepTheDayToldBefore() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("An agreement on %s and a protocol on %s",
        "A protocol on %s and a memorandum on %s").map(w -> new Object[] {c, w}));
    Prop.check("signed on D; more were signed at the palace", gen, v -> {
      Case c = (Case) v[0];
      for (Case k : List.of(c, c.swapped())) {
        Tagged t = toldAgain(k, String.format(Locale.ROOT, (String) v[1], k.second(), k.first()));
        List<Agreement> got = read(t, k);
        assertEquals(3, got.size(), () -> t.text() + " -> " + got);
        for (Agreement a : got) {
          assertEquals(k.signed(), a.signed(), () -> t.text() + " -> " + got);
          assertEquals(parties(k), Set.copyOf(a.parties()), t::text);
        }
      }
    });
  }

  @Test
  void swappingTheStatesKeepsTheDaysOfTheInstrumentsToldAgain() {
    Prop.check("swap the states of a signing told again", CASES, c -> {
      String more = "An agreement on " + c.second() + " and a protocol on " + c.first();
      List<Agreement> straight = read(toldAgain(c, more), c);
      List<Agreement> swapped = read(toldAgain(c.swapped(), more), c.swapped());
      assertEquals(straight.size(), swapped.size());
      for (int k = 0; k < straight.size(); k++) {
        assertEquals(straight.get(k).kind(), swapped.get(k).kind());
        assertEquals(straight.get(k).signed(), swapped.get(k).signed());
        assertEquals(Set.copyOf(straight.get(k).parties()), Set.copyOf(swapped.get(k).parties()));
      }
    });
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
