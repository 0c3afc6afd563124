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

  private static Agreement read(Case c) {
    Tagged t = text(c);
    return FactGens.only(t, FactGens.read(t, LocalDate.of(c.year(), c.month(), c.day()).plusDays(1), AGREEMENTS)
        .agreements);
  }

  @Test
  void theSubjectOfAnActOfTradeIsTheGoods() {
    Prop.check("instrument on the export of goods", CASES, c -> {
      Agreement a = read(c);
      assertEquals(List.of(c.goods()), a.sectors(), () -> text(c).text() + " -> " + a);
      assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()),
          text(c)::text);
    });
  }

  @Test
  void swappingTheStatesKeepsTheGoods() {
    Prop.check("swap the states of a trade instrument", CASES, c -> {
      Agreement straight = read(c);
      Agreement swapped = read(c.swapped());
      assertEquals(straight.sectors(), swapped.sectors(), () -> text(c.swapped()).text() + " -> " + swapped);
      assertEquals(Set.copyOf(straight.parties()), Set.copyOf(swapped.parties()));
      assertEquals(straight.kind(), swapped.kind());
      assertEquals(straight.signed(), swapped.signed());
    });
  }
}
