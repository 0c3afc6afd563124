package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subjects of a counted set of instruments listed after a comma ("signed three agreements, on
 * [A], on [B] and on [C]") are read whole, as they are without the comma; a phrase after the comma
 * with no sector word in it ("agreements, on the sidelines of a summit") is no subject; "and" parts
 * the last two subjects when joined they would be too long for one ("customs cooperation and the
 * fight against transnational organised crime"); whatever the states, the count, the instrument or
 * the subjects.
 */
class SetOffFieldsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Subjects as reports write them after "on"; a leading "the" is no part of the subject read. */
  private static final List<String> SUBJECTS = List.of("defence cooperation", "air transport", "customs cooperation",
      "border security", "the training of diplomats", "tourism", "public health", "higher education",
      "the protection of investment", "inland fisheries");
  private static final List<String> INSTRUMENTS = List.of("agreements", "memoranda of understanding", "accords",
      "protocols");
  private static final List<String> COUNTS = List.of("three", "four", "five", "six", "seven", "eight", "nine");

  private record Case(State a, State b, String count, String instrument, int x, int y, int z, LocalDate published) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(COUNTS).flatMap(n ->
      Gens.elements(INSTRUMENTS).flatMap(i -> Gens.ints(0, SUBJECTS.size() - 1).flatMap(x ->
          Gens.ints(1, SUBJECTS.size() - 2).flatMap(d1 -> Gens.ints(1, SUBJECTS.size() - 3).flatMap(d2 ->
              FactGens.years().flatMap(year -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d -> {
                int y = (x + d1) % SUBJECTS.size();
                int z = (y + d2) % SUBJECTS.size();
                z = z == x ? (z + 1) % SUBJECTS.size() : z;
                z = z == y ? (z + 1) % SUBJECTS.size() : z;
                z = z == x ? (z + 1) % SUBJECTS.size() : z;
                return new Case(p[0], p[1], n, i, x, y, z, LocalDate.of(year, m, d));
              }))))))))).filter(c -> c.x() != c.y() && c.y() != c.z() && c.x() != c.z());

  private static Agreement only(Case c, String afterInstrument) {
    Tagged t = FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b())
        .w("signed " + c.count() + " " + c.instrument() + afterInstrument + ".");
    return FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
  }

  private static String on(int k) {
    return "on " + SUBJECTS.get(k);
  }

  private static List<String> read(Case c) {
    return List.of(subject(c.x()), subject(c.y()), subject(c.z()));
  }

  private static String subject(int k) {
    String s = SUBJECTS.get(k);
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  @Test
  void eachSubjectAfterTheCommaIsReadWhole() {
    Prop.check("[A] and [B] signed [n] [instruments], on [X], on [Y] and on [Z]", CASES, c -> {
      Agreement a = only(c, ", " + on(c.x()) + ", " + on(c.y()) + " and " + on(c.z()));
      assertEquals(read(c), a.sectors(), a::toString);
    });
  }

  @Test
  void theCommaChangesNoSubject() {
    Prop.check("[n] [instruments], on [X], on [Y] and on [Z] reads as without the comma", CASES, c -> {
      String list = on(c.x()) + ", " + on(c.y()) + " and " + on(c.z());
      Agreement setOff = only(c, ", " + list + ", officials said");
      Agreement plain = only(c, " " + list + ", officials said");
      assertEquals(plain.sectors(), setOff.sectors(), setOff::toString);
      assertEquals(plain.count(), setOff.count(), setOff::toString);
    });
  }

  /** Subjects of five words after "the", too long to be joined by "and" with the one before. */
  private static final List<String> LONG_SUBJECTS = List.of("the fight against transnational organised crime",
      "the protection of migrant workers abroad", "the exchange of students and teachers");

  private record WithTail(Case c, String tail) {}

  @Test
  void andPartsTheLastTwoWhenTheyWouldMakeTooLongASubject() {
    Prop.check("[n] [instruments], on [X], [Y] and the fight against transnational organised crime",
        CASES.flatMap(c -> Gens.elements(LONG_SUBJECTS).map(t -> new WithTail(c, t))), w -> {
          Case c = w.c();
          String y = SUBJECTS.get(c.y()).split(" ").length == 2 ? SUBJECTS.get(c.y()) : "customs cooperation";
          String x = subject(c.x()).equals(y) ? "tourism" : subject(c.x());
          Agreement a = only(c, ", on " + x + ", " + y + " and " + w.tail());
          assertEquals(List.of(x, y, w.tail().substring(4)), a.sectors(), a::toString);
        });
  }

  @Test
  void aPhraseWithNoSectorWordAfterTheCommaIsNoSubject() {
    Prop.check("[n] [instruments], on the sidelines of a summit in [capital]", CASES, c -> {
      Agreement a = only(c, ", on the sidelines of a summit in " + c.a().capital());
      assertTrue(a.sectors().stream().noneMatch(f -> f.contains("sidelines")), a::toString);
    });
  }
}
