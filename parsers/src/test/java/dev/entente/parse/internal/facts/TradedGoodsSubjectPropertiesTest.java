package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An instrument on an act of trade in generated reports ("a protocol on the export of [Adjective]
 * [goods] to [State]", "a memorandum on the supply of [goods]"): its subject is the goods, without
 * the act and without the adjective of the state whose goods they are. Swapping the states keeps
 * the subject and swaps the parties.
 */
class TradedGoodsSubjectPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  private static final List<String> GOODS = List.of("frozen fish", "fresh mangoes", "tea leaves", "wool",
      "iron ore", "cut flowers", "processed pork", "barley");
  private static final List<String> ACTS = List.of("export", "exports", "supply", "import");
  private static final List<String> INSTRUMENTS = List.of("a protocol", "a memorandum of understanding",
      "an agreement", "a memorandum");

  /** Two states, the goods, the act, the instrument, whether the goods take the adjective of the first, a day. */
  private record Case(State a, State b, String goods, String act, String instrument, boolean adjective, int year,
      int month, int day) {
    Case swapped() {
      return new Case(b, a, goods, act, instrument, adjective, year, month, day);
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(GOODS).flatMap(g ->
      Gens.elements(ACTS).flatMap(act -> Gens.elements(INSTRUMENTS).flatMap(i -> Gens.ints(0, 1).flatMap(adj ->
          FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d ->
              new Case(p[0], p[1], g, act, i, adj == 1, y, m, d)))))))));

  /** "[A] and [B] signed [instrument] on the [act] of [Adjective of A] [goods] to [B] on [day]." */
  private static Tagged text(Case c) {
    Tagged t = name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed " + c.instrument() + " on the " + c.act()
        + " of");
    if (c.adjective()) {
      t.country(c.a().adjective(), c.a().code(), CountryForm.ADJECTIVE);
    }
    name(t.w(c.goods() + " to"), c.b()).w("on");
    return t.date(c.day() + " " + java.time.Month.of(c.month()).getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.ENGLISH) + " " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day())).w(".");
  }

  @Test
  void theSubjectOfAnActOfTradeIsTheGoodsWhicheverStateIsNamedFirst() {
    checkSubject("instrument on the export of goods", CASES, TradedGoodsSubjectPropertiesTest::text, Case::swapped,
        c -> LocalDate.of(c.year(), c.month(), c.day()).plusDays(1), c -> List.of(c.goods()),
        c -> Set.of(Country.of(c.a().code()), Country.of(c.b().code())));
  }

  /**
   * Checks on generated cases that the one agreement read from {@code text} has {@code subject} as its
   * sectors and {@code parties} as its parties, and that the swapped case gives the same sectors,
   * parties, kind and day.
   */
  static <C> void checkSubject(String what, Gen<C> cases, Function<C, Tagged> text, UnaryOperator<C> swap,
      Function<C, LocalDate> published, Function<C, List<String>> subject, Function<C, Set<Country>> parties) {
    Prop.check(what, cases, c -> {
      Tagged t = text.apply(c);
      Agreement a = FactGens.only(t, FactGens.read(t, published.apply(c), AGREEMENTS).agreements);
      assertEquals(subject.apply(c), a.sectors(), () -> t.text() + " -> " + a);
      assertEquals(parties.apply(c), Set.copyOf(a.parties()), t::text);
      C other = swap.apply(c);
      Tagged u = text.apply(other);
      Agreement b = FactGens.only(u, FactGens.read(u, published.apply(other), AGREEMENTS).agreements);
      assertEquals(a.sectors(), b.sectors(), () -> u.text() + " -> " + b);
      assertEquals(Set.copyOf(a.parties()), Set.copyOf(b.parties()), u::text);
      assertEquals(a.kind(), b.kind(), u::text);
      assertEquals(a.signed(), b.signed(), u::text);
    });
  }
}
