package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists of instruments in generated sentences: one agreement per listed instrument, with its kind,
 * its subject and the day of its signing, wherever the sentence or the one before tells that day.
 */
class InstrumentListPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final TradeFigureExtractor TRADE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** An instrument as a list writes it: its article and words, and the kind they name. */
  record Instrument(String words, AgreementKind kind) {}

  static final List<Instrument> INSTRUMENTS = List.of(
      new Instrument("a memorandum of understanding", AgreementKind.MEMORANDUM),
      new Instrument("an agreement", AgreementKind.AGREEMENT),
      new Instrument("a protocol", AgreementKind.PROTOCOL),
      new Instrument("a memorandum", AgreementKind.MEMORANDUM),
      new Instrument("a declaration", AgreementKind.DECLARATION),
      new Instrument("a contract", AgreementKind.CONTRACT),
      new Instrument("an exchange of notes", AgreementKind.OTHER),
      new Instrument("a memorandum of cooperation", AgreementKind.MEMORANDUM),
      new Instrument("a letter of exchange", AgreementKind.OTHER),
      new Instrument("an executive programme", AgreementKind.OTHER),
      new Instrument("a memo of understanding", AgreementKind.MEMORANDUM),
      new Instrument("a cooperation plan", AgreementKind.OTHER),
      new Instrument("a terms of reference", AgreementKind.OTHER));

  static final List<String> SUBJECTS = List.of("fisheries", "tourism", "customs", "health",
      "vocational education", "civil aviation", "agriculture", "visa exemption", "culture", "water resources");

  /** Two states, two to four instruments with different subjects, and a signing day. */
  private record Case(State a, State b, List<Integer> kinds, List<String> subjects, int year, int month, int day) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 4).flatMap(n ->
      Gens.ints(0, INSTRUMENTS.size() - 1).list(n, n).flatMap(kinds -> Gens.ints(0, SUBJECTS.size() - 1)
          .flatMap(first -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).map(d -> {
            List<String> subjects = new ArrayList<>();
            for (int k = 0; k < n; k++) {
              subjects.add(SUBJECTS.get((first + k) % SUBJECTS.size()));
            }
            return new Case(p[0], p[1], kinds, subjects, y, m, d);
          })))))));

  private static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  /** "a protocol on customs, an agreement on health and a memorandum on culture" */
  private static Tagged list(Tagged t, Case c) {
    List<String> items = new ArrayList<>();
    for (int k = 0; k < c.kinds().size(); k++) {
      items.add(INSTRUMENTS.get(c.kinds().get(k)).words() + " on " + c.subjects().get(k));
    }
    return joined(t, items);
  }

  /** "A , B and C" */
  private static Tagged joined(Tagged t, List<String> items) {
    for (int k = 0; k < items.size(); k++) {
      if (k > 0) {
        t.w(k == items.size() - 1 ? "and" : ",");
      }
      t.w(items.get(k));
    }
    return t;
  }

  private static List<Agreement> read(Tagged t) {
    Document doc = t.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  /** Each instrument of the case is one agreement of the right kind, subject, parties and day. */
  private static void assertListed(Case c, Tagged text, List<Agreement> got) {
    assertListed(c, text, got, EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  private static void assertListed(Case c, Tagged text, List<Agreement> got, EdtfDate signed) {
    assertEquals(c.kinds().size(), got.size(), () -> text.text() + " -> " + got);
    Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
    for (int k = 0; k < got.size(); k++) {
      Agreement a = got.get(k);
      assertEquals(INSTRUMENTS.get(c.kinds().get(k)).kind(), a.kind(), text::text);
      assertEquals(signed, a.signed(), text::text);
      assertEquals(pair, Set.copyOf(a.parties()), text::text);
      assertEquals(List.of(c.subjects().get(k)), a.sectors(), text::text);
      assertNull(a.count(), text::text);
      assertNull(a.title(), text::text);
    }
  }

  @Test
  void eachListedInstrumentIsOneAgreementSignedThatDay() {
    Prop.check("a list of instruments signed on a day", CASES, c -> {
      Tagged text = list(name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed"), c);
      day(text.w("on"), c).w(".");
      assertListed(c, text, read(text));
    });
  }

  @Test
  void theDayMovedToTheLeadSentenceStaysWithEachInstrument() {
    Prop.check("the signing day told in the sentence before", CASES, c -> {
      Tagged lead = day(name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed documents on"), c).w(".");
      Tagged text = list(lead.w("The documents include"), c).w(".");
      assertListed(c, text, read(text));
    });
  }

  @Test
  void swappingTheStatesKeepsEveryInstrument() {
    Prop.check("swap the states of a list", CASES, c -> {
      Case swapped = new Case(c.b(), c.a(), c.kinds(), c.subjects(), c.year(), c.month(), c.day());
      Tagged text = day(list(name(name(new Tagged(), swapped.a()).w("and"), swapped.b()).w("signed"), swapped)
          .w("on"), swapped).w(".");
      assertListed(swapped, text, read(text));
    });
  }

  private static final List<String> COUNTS = List.of("two", "three", "four");

  /** "witnessed the exchange of three documents: a protocol on A, an agreement on B and ..." */
  private static Tagged exchange(Case c, String ceremony, boolean including) {
    Tagged text = name(name(new Tagged().w("The leaders of"), c.a()).w("and"), c.b())
        .w("witnessed the " + ceremony + " of " + COUNTS.get(c.kinds().size() - 2) + " documents");
    return list(text.w(including ? ", including" : ":"), c).w(".");
  }

  private static List<Agreement> single(List<Agreement> all) {
    return all.stream().filter(a -> a.count() == null).toList();
  }

  @Test
  void instrumentsListedAtAnExchangeAreSignedOnTheDayTold() {
    Prop.check("the exchange of n documents: a list", CASES, c -> {
      Tagged text = exchange(c, "exchange", c.day() % 2 == 0);
      List<Agreement> all = read(text);
      assertListed(c, text, single(all), EdtfDate.of(PUBLISHED));
      assertEquals(1, all.size() - single(all).size(), () -> text.text() + " -> " + all);
    });
  }

  @Test
  void swappingTheStatesOfAnExchangeSwapsNothingElse() {
    Prop.check("swap the states of an exchange", CASES, c -> {
      Case swapped = new Case(c.b(), c.a(), c.kinds(), c.subjects(), c.year(), c.month(), c.day());
      Tagged text = exchange(swapped, "exchange", c.day() % 2 == 1);
      assertListed(swapped, text, single(read(text)), EdtfDate.of(PUBLISHED));
    });
  }

  @Test
  void instrumentsOnlyTalkedOverHaveNoDay() {
    Prop.check("the discussion of n documents: a list", CASES, c -> {
      Tagged text = exchange(c, c.day() % 2 == 0 ? "discussion" : "review", c.month() % 2 == 0);
      List<Agreement> all = read(text);
      assertEquals(List.of(), single(all), () -> text.text() + " -> " + all);
    });
  }

  /** Instrument nouns that take their field before them ("a [field] protocol"), and the kinds they name. */
  private static final List<Instrument> NOUNS = List.of(new Instrument("agreement", AgreementKind.AGREEMENT),
      new Instrument("protocol", AgreementKind.PROTOCOL), new Instrument("memorandum", AgreementKind.MEMORANDUM),
      new Instrument("accord", AgreementKind.AGREEMENT), new Instrument("treaty", AgreementKind.TREATY));
  private static final List<String> FIELDS = List.of("trade", "fisheries", "tourism", "customs", "health", "energy",
      "agriculture", "culture", "transport", "education");

  @Test
  void everyItemOfASetOpenedByAVerbOfIncludingIsSignedThatDay() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("comprise", "include", "consist of", "are , namely ,")
        .map(w -> new Object[] {c, w}));
    Prop.check("the documents comprise a [field] agreement, a [field] protocol and ...", gen, v -> {
      Case c = (Case) v[0];
      Tagged text = day(name(name(new Tagged(), c.a()).w("and"), c.b())
          .w("signed " + COUNTS.get(c.kinds().size() - 2) + " documents on"), c).w(".");
      List<String> items = new ArrayList<>();
      for (int k = 0; k < c.kinds().size(); k++) {
        String field = FIELDS.get((c.day() + k) % FIELDS.size());
        items.add((field.startsWith("a") || field.startsWith("e") ? "an " : "a ") + field + " "
            + NOUNS.get(c.kinds().get(k) % NOUNS.size()).words());
      }
      joined(text.w("The documents").w((String) v[1]), items).w(".");
      List<Agreement> got = single(read(text));
      assertEquals(c.kinds().size(), got.size(), () -> text.text() + " -> " + got);
      for (int k = 0; k < got.size(); k++) {
        assertEquals(NOUNS.get(c.kinds().get(k) % NOUNS.size()).kind(), got.get(k).kind(), text::text);
        assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), got.get(k).signed(), text::text);
        assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(got.get(k).parties()),
            text::text);
      }
    });
  }

  /** Plural instruments whose subjects each repeat the opener, as writers put them. */
  private static final List<Instrument> PLURALS = List.of(
      new Instrument("agreements", AgreementKind.AGREEMENT),
      new Instrument("memorandums", AgreementKind.MEMORANDUM),
      new Instrument("protocols", AgreementKind.PROTOCOL),
      new Instrument("accords", AgreementKind.AGREEMENT),
      new Instrument("memoranda of understanding", AgreementKind.MEMORANDUM),
      new Instrument("cooperation agreements", AgreementKind.AGREEMENT));

  @Test
  void pluralInstrumentsWithARepeatedOpenerAreOnePerSubject() {
    Prop.check("agreements on A, on B and on C", CASES, c -> {
      Instrument plural = PLURALS.get(c.kinds().get(0) % PLURALS.size());
      String opener = c.day() % 3 == 0 ? "concerning" : c.day() % 3 == 1 ? "on" : "covering";
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w(c.month() % 2 == 0 ? "signed" : "also signed")
          .w(plural.words());
      for (int k = 0; k < c.subjects().size(); k++) {
        if (k > 0) {
          text.w(k == c.subjects().size() - 1 ? "and" : ",");
        }
        text.w(opener + " " + c.subjects().get(k));
      }
      day(text.w("on"), c).w(".");
      List<Agreement> got = read(text);
      assertEquals(c.subjects().size(), got.size(), () -> text.text() + " -> " + got);
      for (int k = 0; k < got.size(); k++) {
        Agreement a = got.get(k);
        assertEquals(plural.kind(), a.kind(), text::text);
        assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), a.signed(), text::text);
        assertEquals(List.of(c.subjects().get(k)), a.sectors(), () -> text.text() + " -> " + got);
        assertNull(a.count(), text::text);
      }
    });
  }

  @Test
  void aHeadlineVerbPhraseIsNoTitle() {
    Prop.check("headline verb phrases", CASES, c -> {
      Tagged text = name(name(new Tagged(), c.a()).w("Signs Deal With"), c.b());
      text.w("\n\n");
      name(name(text, c.a()).w("and"), c.b()).w("signed a trade agreement on");
      day(text, c).w(".");
      for (Agreement a : read(text)) {
        assertNull(a.title(), () -> text.text() + " -> " + a);
      }
    });
  }

  @Test
  void aCountOfPeopleIsNoQuantityOfGoods() {
    Gen<Object[]> gen = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s -> Gens.elements("presidents",
        "leaders", "governments", "sides", "ministers", "delegations").map(who -> new Object[] {p, s, who})));
    Prop.check("counts of people", gen, v -> {
      State[] p = (State[]) v[0];
      FactGens.Sum sum = (FactGens.Sum) v[1];
      Tagged text = new Tagged().w("The").quantity("two " + v[2], Quantity.of(BigDecimal.valueOf(2), (String) v[2]),
          Qualifier.EXACT).w("said exports from");
      name(text, p[0]).w("to");
      name(text, p[1]).w("reached").money(sum.surface(), sum.money(), Qualifier.EXACT).w(".");
      Document doc = text.document(PUBLISHED);
      TRADE.apply(doc);
      List<TradeFigure> got = doc.tradeFigures;
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertNull(got.get(0).quantity(), text::text);
      assertEquals(sum.money(), got.get(0).value(), text::text);
      assertEquals(Country.of(p[0].code()), got.get(0).reporter(), text::text);
      assertTrue(Country.of(p[1].code()).equals(got.get(0).partner()), text::text);
    });
  }

  /** Subjects joined by "and" and the noun they share: "economic and technical cooperation". */
  private static final List<String> JOINED = List.of("economic and technical cooperation", "science and technology",
      "food and agriculture", "trade and investment", "military and defence industry", "culture and tourism");

  @Test
  void subjectsJoinedByAndAreOneSubjectAndCommasPartThem() {
    Gen<Object[]> cases = CASES.flatMap(c -> Gens.ints(0, JOINED.size() - 1)
        .flatMap(j -> Gens.ints(0, SUBJECTS.size() - 1).map(k -> new Object[] {c, JOINED.get(j), SUBJECTS.get(k)})));
    Prop.check("one subject joined by and, two parted by a comma", cases, v -> {
      Case c = (Case) v[0];
      String joined = (String) v[1];
      String other = (String) v[2];
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b()).w("signed an agreement on " + joined + " ,")
          .w(other).w("on");
      day(text, c).w(".");
      List<Agreement> got = read(text);
      assertEquals(1, got.size(), () -> text.text() + " -> " + got);
      assertEquals(List.of(joined, other), got.get(0).sectors(), text::text);
    });
  }

  /** Fields a programme is told by, each one word of the sectors list. */
  private static final List<String> PROGRAMME_FIELDS = List.of("cultural", "scientific", "educational", "technical",
      "economic", "agricultural", "industrial", "tourism", "sports", "youth");

  /** A case, the place of a programme among its instruments, its fields and the word that closes it. */
  private record Programme(Case c, int at, List<String> fields, String closing, String head) {}

  private static final Gen<Programme> PROGRAMMES = CASES.flatMap(c -> Gens.ints(0, c.kinds().size() - 1)
      .flatMap(at -> Gens.ints(1, 4).flatMap(n -> Gens.ints(0, PROGRAMME_FIELDS.size() - 1).flatMap(first -> Gens
          .elements("exchanges", "cooperation", "co-operation").flatMap(closing -> Gens.elements("programme", "program")
              .map(head -> {
                List<String> fields = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                  fields.add(PROGRAMME_FIELDS.get((first + 3 * k) % PROGRAMME_FIELDS.size()));
                }
                return new Programme(c, at, fields, closing, head);
              }))))));

  /** "a programme of [A], [B] and [C] exchanges" */
  private static String programme(Programme p) {
    List<String> fields = p.fields();
    StringBuilder b = new StringBuilder("a " + p.head() + " of");
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        b.append(k == fields.size() - 1 ? " and" : " ,");
      }
      b.append(' ').append(fields.get(k));
    }
    return b.append(' ').append(p.closing()).toString();
  }

  /** "[A] and [B] signed a protocol on customs, a programme of [F], [G] and [H] exchanges and ... on [day]." */
  private static Tagged programmeList(Programme p, State a, State b) {
    Case c = p.c();
    List<String> items = new ArrayList<>();
    for (int k = 0; k < c.kinds().size(); k++) {
      items.add(k == p.at() ? programme(p) : INSTRUMENTS.get(c.kinds().get(k)).words() + " on " + c.subjects().get(k));
    }
    Tagged text = joined(name(name(new Tagged(), a).w("and"), b).w("signed"), items);
    return day(text.w("on"), c).w(".");
  }

  private static void assertProgramme(Programme p, Tagged text, List<Agreement> got) {
    Case c = p.c();
    assertEquals(c.kinds().size(), got.size(), () -> text.text() + " -> " + got);
    for (int k = 0; k < got.size(); k++) {
      Agreement a = got.get(k);
      boolean programme = k == p.at();
      assertEquals(programme ? AgreementKind.OTHER : INSTRUMENTS.get(c.kinds().get(k)).kind(), a.kind(), text::text);
      assertEquals(programme ? p.fields() : List.of(c.subjects().get(k)), a.sectors(), () -> text.text() + " -> " + got);
      assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), a.signed(), text::text);
      assertEquals(Set.of(Country.of(c.a().code()), Country.of(c.b().code())), Set.copyOf(a.parties()), text::text);
      assertNull(a.count(), text::text);
    }
  }

  @Test
  void aProgrammeToldByItsFieldsIsOneInstrumentOfTheList() {
    Prop.check("a programme of [A], [B] and [C] exchanges among instruments", PROGRAMMES,
        p -> {
          Tagged text = programmeList(p, p.c().a(), p.c().b());
          assertProgramme(p, text, read(text));
        });
  }

  @Test
  void swappingTheStatesKeepsTheProgrammeAndItsFields() {
    Prop.check("swap the states of a list with a programme", PROGRAMMES, p -> {
      Tagged text = programmeList(p, p.c().b(), p.c().a());
      assertProgramme(p, text, read(text));
    });
  }

  @Test
  void aProgrammeOfWordsThatAreNoFieldsIsNoInstrument() {
    Prop.check("a programme of [Name] exchanges", PROGRAMMES, p -> {
      Case c = p.c();
      Tagged text = name(name(new Tagged(), c.a()).w("and"), c.b())
          .w("praised a " + p.head() + " of student and teacher " + p.closing() + " on");
      day(text, c).w(".");
      List<Agreement> got = read(text);
      assertEquals(List.of(), got, () -> text.text() + " -> " + got);
    });
  }
}
