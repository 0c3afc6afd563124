package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signing told as putting one's signature to the instruments ("[A] and [B] put their signatures to
 * an agreement on ..., a protocol on ... and a convention on ...", "set his signature to"), in
 * generated sentences: each instrument is one agreement signed on the day the sentence tells, as
 * with "signed"; one still to come ("will put their signatures to") is no agreement yet.
 */
class SignaturesPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** Instruments a list writes with their article: a memorandum of understanding, an agreement, a protocol, a memorandum, a declaration. */
  private static final List<Instrument> INSTRUMENTS = InstrumentListPropertiesTest.INSTRUMENTS.subList(0, 5);

  /** How the signers put their names to the texts. */
  private static final List<String> PUTS = List.of("put their signatures to", "set their signatures to",
      "affixed their signatures to", "put their signature to", "placed their signatures on");

  /** Two states, the instruments listed, the words of putting, a day, and whether the day opens the sentence. */
  private record Case(State a, State b, List<Integer> kinds, String put, int year, int month, int day, boolean dayFirst) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.ints(1, 3).flatMap(n ->
      Gens.ints(0, INSTRUMENTS.size() - 1).list(n, n).flatMap(kinds -> Gens.elements(PUTS).flatMap(put ->
          FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d ->
              Gens.ints(0, 1).map(first -> new Case(p[0], p[1], kinds, put, y, m, d, first == 1)))))))));

  private static Tagged day(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  /** "[On day,] the foreign ministers of [A] and [B] [put their signatures to] [list] [on day]." */
  private static Tagged sentence(Case c, String modal) {
    Tagged t = new Tagged();
    if (c.dayFirst()) {
      day(t.w("On"), c).w(",");
    }
    FactGens.name(FactGens.name(t.w(c.dayFirst() ? "the foreign ministers of" : "The foreign ministers of"), c.a())
        .w("and"), c.b()).w(modal + c.put());
    for (int k = 0; k < c.kinds().size(); k++) {
      if (k > 0) {
        t.w(k == c.kinds().size() - 1 ? "and" : ",");
      }
      t.w(INSTRUMENTS.get(c.kinds().get(k)).words() + " on " + InstrumentListPropertiesTest.SUBJECTS.get(k));
    }
    if (!c.dayFirst()) {
      day(t.w("on"), c);
    }
    return t.w(".");
  }

  private static List<Agreement> read(Tagged text) {
    Document doc = text.document(PUBLISHED);
    AGREEMENTS.apply(doc);
    return doc.agreements;
  }

  @Test
  void eachInstrumentSignedByPuttingSignaturesToItIsOneAgreementOfThatDay() {
    Prop.check("put their signatures to [list] on [day]", CASES, c -> {
      Tagged text = sentence(c, "");
      List<Agreement> got = read(text);
      assertEquals(c.kinds().size(), got.size(), () -> text.text() + " -> " + got);
      Set<Country> pair = Set.of(Country.of(c.a().code()), Country.of(c.b().code()));
      for (int k = 0; k < got.size(); k++) {
        Agreement a = got.get(k);
        assertEquals(INSTRUMENTS.get(c.kinds().get(k)).kind(), a.kind(), text::text);
        assertEquals(EdtfDate.ofDay(c.year(), c.month(), c.day()), a.signed(), text::text);
        assertEquals(pair, Set.copyOf(a.parties()), text::text);
        assertEquals(List.of(InstrumentListPropertiesTest.SUBJECTS.get(k)), a.sectors(), text::text);
      }
    });
  }

  @Test
  void signaturesStillToBePutSignNothingYet() {
    Prop.check("will put their signatures to [list]", CASES, c -> {
      Case undated = new Case(c.a(), c.b(), c.kinds(), c.put().replace("affixed", "affix").replace("placed", "place"),
          c.year(), c.month(), c.day(), false);
      Tagged t = new Tagged();
      FactGens.name(FactGens.name(t.w("The foreign ministers of"), undated.a()).w("and"), undated.b())
          .w("will " + undated.put());
      List<String> items = new ArrayList<>();
      for (int k = 0; k < undated.kinds().size(); k++) {
        items.add(INSTRUMENTS.get(undated.kinds().get(k)).words() + " on " + InstrumentListPropertiesTest.SUBJECTS.get(k));
      }
      t.w(String.join(" , ", items)).w("next month .");
      List<Agreement> got = read(t);
      assertEquals(List.of(), got.stream().filter(a -> a.signed() != null).toList(), t::text);
    });
  }
}
