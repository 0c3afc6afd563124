package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The fields of agreements as reports give them, with fields drawn from the sector list: named before
 * the instrument word ("a [field] agreement", "the [Field] Cooperation Treaty"), listed after a sum
 * ("[N] documents worth [sum] in [A], [B] and [C]"), and listed by a later sentence that speaks of
 * the instruments again ("The agreements cover [A], [B] and [C]"); a counted set of documents is of
 * no one kind, and two tellings of one count are one set whatever noun each uses.
 */
class AgreementFieldsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** The one-word fields of the sector list (a phrase of two words may hold a word of another list). */
  static final List<String> FIELDS = fields();

  private static List<String> fields() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        AgreementExtractor.class.getResourceAsStream("sectors.txt")), StandardCharsets.UTF_8))) {
      return r.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty() && l.indexOf(' ') < 0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final List<String> SINGLE = List.of("agreement", "treaty", "accord", "protocol", "memorandum",
      "convention");
  private static final List<String> SETS = List.of("agreements", "documents", "deals", "accords", "instruments");

  private record Case(State a, State b, List<String> fields, String instrument, String set, int count, int year,
      int month, int day, FactGens.Sum sum) {
    EdtfDate signed() {
      return EdtfDate.ofDay(year, month, day);
    }

    LocalDate published() {
      return LocalDate.of(year, month, day).plusDays(2);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(0, FIELDS.size() - 1)
      .flatMap(f -> Gens.elements(SINGLE).flatMap(one -> Gens.elements(SETS).flatMap(set -> Gens.ints(2, 40)
          .flatMap(n -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28)
              .flatMap(d -> FactGens.sums().map(sum -> new Case(p[0], p[1], List.of(FIELDS.get(f),
                  FIELDS.get((f + 7) % FIELDS.size()), FIELDS.get((f + 19) % FIELDS.size())), one, set, n, y, m, d,
                  sum))))))))));

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), c.signed());
  }

  private static Tagged pair(Case c) {
    return FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b());
  }

  private static List<Agreement> read(Tagged t, Case c) {
    return FactGens.read(t, c.published(), AGREEMENTS).agreements;
  }

  /** "[A], [B] and [C]": "and" without a comma keeps its two words one item ("economic and technical"). */
  private static String list(List<String> fields) {
    return fields.get(0) + ", " + fields.get(1) + " and " + fields.get(2);
  }

  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The fields as listed: the first two items apart, the last joined to the one before by "and". */
  private static void assertListed(List<String> fields, Agreement a, Tagged t) {
    assertEquals(List.of(fields.get(0), fields.get(1) + " and " + fields.get(2)), a.sectors(),
        () -> t.text() + " -> " + a);
  }

  @Test
  void aFieldNamedBeforeTheInstrumentIsItsSubject() {
    Prop.check("a [field] agreement", CASES, c -> {
      String field = c.fields().get(0);
      for (String told : List.of("a " + field + " " + c.instrument(), "a " + field + " cooperation " + c.instrument(),
          "a new " + field + " " + c.instrument(), "the " + capitalized(field) + " Cooperation "
              + capitalized(c.instrument()), "a bilateral " + field + " " + c.instrument(),
          "an intergovernmental " + field + " " + c.instrument())) {
        Tagged t = day(pair(c).w("signed " + told + " on"), c).w(".");
        Agreement a = FactGens.only(t, read(t, c));
        assertEquals(c.signed(), a.signed(), t::text);
        assertTrue(a.sectors().size() == 1 && a.sectors().get(0).startsWith(field), () -> t.text() + " -> " + a);
      }
    });
  }

  @Test
  void aListAfterTheSumOfASetIsItsFields() {
    Prop.check("[N] documents worth [sum] in [A], [B] and [C]", CASES, c -> {
      for (String lead : List.of(" in ", " in the fields of ", " covering ", " in areas including ")) {
        Tagged t = day(pair(c).w("signed " + c.count() + " " + c.set() + " worth")
            .money(c.sum().surface(), c.sum().money(), Qualifier.EXACT).w(lead + list(c.fields()) + " on"), c).w(".");
        Agreement a = FactGens.only(t, read(t, c));
        assertEquals(c.count(), a.count(), t::text);
        assertListed(c.fields(), a, t);
      }
    });
  }

  @Test
  void aLaterSentenceThatCoversTheInstrumentsGivesTheirFields() {
    Prop.check("The agreements cover [A], [B] and [C]", CASES, c -> {
      List<UnaryOperator<Tagged>> laters = List.of(t -> t.w("The " + c.set() + " cover"),
          t -> t.w("The " + c.set() + " also cover"),
          t -> t.w("The " + c.set() + " , signed at the presidential palace , cover"),
          t -> t.w("The other " + c.set() + " covered"), t -> t.w("The " + c.set() + " span"),
          t -> t.w("The " + c.set() + " cover").number("12", BigDecimal.valueOf(12), Qualifier.EXACT)
              .w("areas of cooperation , including"));
      for (UnaryOperator<Tagged> later : laters) {
        Tagged t = day(pair(c).w("signed " + c.count() + " " + c.set() + " on"), c).w(".");
        later.apply(t).w(list(c.fields()) + ".");
        Agreement a = FactGens.only(t, read(t, c));
        assertEquals(c.count(), a.count(), t::text);
        assertListed(c.fields(), a, t);
      }
      Tagged one = day(pair(c).w("signed a " + c.instrument() + " on"), c).w(".");
      one.w("The " + c.instrument() + " covers").number("21", BigDecimal.valueOf(21), Qualifier.EXACT)
          .w("areas of cooperation , including " + list(c.fields()) + ".");
      assertListed(c.fields(), FactGens.only(one, read(one, c)), one);
    });
  }

  @Test
  void aSetOfDocumentsIsOfNoOneKindAndOneSetHoweverTold() {
    Prop.check("[N] deals and [N] cooperation documents", CASES, c -> {
      Tagged t = pair(c).w("sign " + c.count() + " " + c.set()).w("\n\n");
      day(FactGens.name(FactGens.name(t, c.a()).w("and"), c.b()).w("signed " + c.count() + " cooperation documents on"),
          c).w(".");
      Agreement a = FactGens.only(t, read(t, c));
      assertEquals(c.count(), a.count(), t::text);
      assertEquals(c.signed(), a.signed(), t::text);
      Tagged docs = day(pair(c).w("signed " + c.count() + " documents on"), c).w(".");
      assertEquals(AgreementKind.OTHER, FactGens.only(docs, read(docs, c)).kind(), docs::text);
    });
  }
}
