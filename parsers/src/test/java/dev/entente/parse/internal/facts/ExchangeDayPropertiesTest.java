package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.InstrumentListPropertiesTest.Instrument;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The day of a ceremony told as "the exchange of [n] documents" with no day of its own, in generated
 * reports of a visit of several days: the counted set and each instrument listed after it were
 * signed on the report's own day when it falls in the visit, and on no day the report can tell when
 * it does not.
 */
class ExchangeDayPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Instruments a list writes with their article: a memorandum of understanding, an agreement, a protocol, a memorandum, a declaration. */
  private static final List<Instrument> INSTRUMENTS = InstrumentListPropertiesTest.INSTRUMENTS.subList(0, 5);

  private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six", "seven", "nine", "eleven");

  /** How the set is named after its count. */
  private static final List<String> SETS = List.of("documents", "cooperation documents", "agreements",
      "instruments", "memoranda");

  /**
   * Two states, the instruments listed, the count's word and set noun, whether "including" opens the
   * list, the year and month, the visit's first day and length, and the day of publication counted
   * from its first day.
   */
  private record Case(State a, State b, List<Integer> kinds, String count, String set, boolean including, int year,
      int month, int first, int days, int publishedAfter) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(2, 3).flatMap(n ->
      Gens.ints(0, INSTRUMENTS.size() - 1).list(n, n).flatMap(kinds -> Gens.elements(COUNTS).flatMap(count ->
          Gens.elements(SETS).flatMap(set -> Gens.ints(0, 1).flatMap(inc -> FactGens.years().flatMap(y ->
              Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 20).flatMap(d -> Gens.ints(1, 4).flatMap(len ->
                  Gens.ints(0, 8).map(after -> new Case(p[0], p[1], kinds, count, set, inc == 1, y, m, d, len,
                      after))))))))))));

  private static EdtfDate day(Case c, int d) {
    return EdtfDate.ofDay(c.year(), c.month(), d);
  }

  private static String month(Case c) {
    return Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "The president of [A] is paying a state visit to [B] from [Month] [d1] to [Month] [d2]." */
  private static Tagged visit(Case c) {
    Tagged t = FactGens.name(new Tagged().w("The president of"), c.a()).w("is paying a state visit to");
    int last = c.first() + c.days();
    return FactGens.name(t, c.b()).w("from").date(month(c) + " " + c.first(), day(c, c.first())).w("to")
        .date(month(c) + " " + last, day(c, last)).w(".");
  }

  /** "After the talks, the two presidents witnessed the exchange of [n] [documents]: [list]." */
  private static Tagged exchange(Tagged t, Case c) {
    t.w("After the talks, the two presidents witnessed the exchange of " + c.count() + " " + c.set())
        .w(c.including() ? ", including" : ":");
    List<String> items = new ArrayList<>();
    for (int k = 0; k < c.kinds().size(); k++) {
      items.add(INSTRUMENTS.get(c.kinds().get(k)).words() + " on " + InstrumentListPropertiesTest.SUBJECTS.get(k));
    }
    for (int k = 0; k < items.size(); k++) {
      if (k > 0) {
        t.w(k == items.size() - 1 ? "and" : ",");
      }
      t.w(items.get(k));
    }
    return t.w(".");
  }

  private static List<Agreement> read(Case c, Tagged text) {
    int visitEnd = visit(c).text().length();
    LocalDate published = day(c, c.first()).earliest().plusDays(c.publishedAfter());
    Document doc = text.document(published);
    DiplomaticEvent.Builder b = DiplomaticEvent.builder(EventType.VISIT)
        .date(EdtfDate.parse(day(c, c.first()) + "/" + day(c, c.first() + c.days())))
        .evidence(Span.of(0, visitEnd));
    b.country(Country.of(c.a().code())).country(Country.of(c.b().code()));
    doc.events.add(b.build());
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  @Test
  void anExchangeDuringAVisitIsOfTheReportsDayWhenItFallsInTheVisit() {
    Prop.check("visit from D1 to D2, published on P, the exchange of n documents: signed on P if D1 <= P <= D2",
        CASES, c -> {
          Tagged text = exchange(visit(c), c);
          List<Agreement> got = read(c, text);
          LocalDate published = day(c, c.first()).earliest().plusDays(c.publishedAfter());
          boolean inVisit = c.publishedAfter() <= c.days();
          List<Agreement> items = got.stream().filter(a -> a.count() == null).toList();
          List<Agreement> sets = got.stream().filter(a -> a.count() != null).toList();
          assertEquals(1, sets.size(), () -> text.text() + " -> " + got);
          assertEquals(inVisit ? EdtfDate.of(published) : null, sets.get(0).signed(), text::text);
          assertEquals(inVisit ? c.kinds().size() : 0, items.size(), () -> text.text() + " -> " + got);
          for (int k = 0; k < items.size(); k++) {
            assertEquals(INSTRUMENTS.get(c.kinds().get(k)).kind(), items.get(k).kind(), text::text);
            assertEquals(EdtfDate.of(published), items.get(k).signed(), text::text);
            assertEquals(List.of(InstrumentListPropertiesTest.SUBJECTS.get(k)), items.get(k).sectors(), text::text);
          }
        });
  }

  @Test
  void aSetOnlyTalkedOverHasNoDay() {
    Prop.check("the discussion of n documents: no day", CASES, c -> {
      Tagged text = visit(c).w("The two presidents discussed the review of " + c.count() + " " + c.set() + ".");
      for (Agreement a : read(c, text)) {
        assertNull(a.signed(), () -> text.text() + " -> " + a);
      }
    });
  }
}
