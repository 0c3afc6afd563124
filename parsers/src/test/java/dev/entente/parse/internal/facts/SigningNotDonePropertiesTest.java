package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Verbs of signing that sign nothing: told of views, messages or greetings ("[A] and [B] exchanged
 * views on a treaty on [field]", "in messages exchanged on the occasion"), or after a modal verb
 * ("the treaty must now be ratified", "should be signed"); initialling the instrument told ("initialled
 * the declaration on [day]", "an agreement, initialled in [year], is expected to be signed"). The
 * same sentence with the instrument signed, or a new one initialled, is one agreement of that day.
 */
class SigningNotDonePropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  private static final List<String> INSTRUMENTS = List.of("a treaty", "an agreement", "a memorandum of understanding",
      "a protocol", "an accord");

  private record Case(State a, State b, String instrument, String field, int year, int month, int day, int form) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(INSTRUMENTS).flatMap(i ->
      Gens.elements(InstrumentListPropertiesTest.SUBJECTS).flatMap(f -> FactGens.years().flatMap(y ->
          Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(0, 6).map(k ->
              new Case(p[0], p[1], i, f, y, m, d, k))))))));

  private static Tagged onTheDay(Tagged t, Case c) {
    String m = Month.of(c.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return t.w("on").date(m + " " + c.day() + ", " + c.year(), EdtfDate.ofDay(c.year(), c.month(), c.day()));
  }

  private static List<Agreement> read(Tagged t) {
    return FactGens.read(t, PUBLISHED, AGREEMENTS).agreements;
  }

  /** The text tells one agreement, signed {@code when}. */
  private static void assertOneSigned(Tagged text, EdtfDate when) {
    List<Agreement> got = read(text);
    assertEquals(1, got.size(), () -> text.text() + " -> " + got);
    assertEquals(when, got.get(0).signed(), text::text);
  }

  private static Tagged states(Case c) {
    return FactGens.name(FactGens.name(new Tagged(), c.a()).w("and"), c.b());
  }

  @Test
  void viewsOrMessagesExchangedSignNothing() {
    Prop.check("[A] and [B] exchanged views on [instrument] on [field] on [day]", CASES, c -> {
      String things = List.of("views", "messages", "greetings").get(c.form() % 3);
      Tagged told = onTheDay(states(c).w("exchanged " + things + " on " + c.instrument() + " on " + c.field()), c).w(".");
      assertEquals(List.of(), read(told), told::text);
      Tagged signed = onTheDay(states(c).w("signed " + c.instrument() + " on " + c.field()), c).w(".");
      assertOneSigned(signed, EdtfDate.ofDay(c.year(), c.month(), c.day()));
    });
  }

  @Test
  void aSigningAfterAModalIsStillToCome() {
    Prop.check("[A] and [B] said [instrument] on [field] must now be signed in [year]", CASES, c -> {
      String modal = List.of("must now", "should", "shall", "could", "can", "may", "might").get(c.form());
      String verb = c.day() % 2 == 0 ? "signed" : "ratified";
      Tagged text = states(c).w("said " + c.instrument() + " on " + c.field() + " " + modal + " be " + verb + " in")
          .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(".");
      assertEquals(List.of(), read(text), text::text);
      Tagged done = states(c).w("said " + c.instrument() + " on " + c.field() + " was " + verb + " in")
          .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(".");
      assertOneSigned(done, EdtfDate.ofYear(c.year()));
    });
  }

  @Test
  void initiallingTheInstrumentToldIsNoSigning() {
    Prop.check("[A] and [B] initialled the [instrument] on [field] on [day]", CASES, c -> {
      String initialled = c.form() % 2 == 0 ? "initialled" : "initialed";
      String the = "the" + c.instrument().substring(c.instrument().indexOf(' '));
      Tagged told = onTheDay(states(c).w(initialled + " " + the + " on " + c.field()), c).w(".");
      assertEquals(List.of(), read(told), told::text);
      Tagged planned = states(c).w("said " + c.instrument() + " on " + c.field() + ", " + initialled + " in")
          .date(String.valueOf(c.year()), EdtfDate.ofYear(c.year())).w(", is expected to be signed soon.");
      assertEquals(List.of(), read(planned), planned::text);
      // a new instrument initialled at a ceremony is one of that day
      assertOneSigned(onTheDay(states(c).w(initialled + " " + c.instrument() + " on " + c.field()), c).w("."),
          EdtfDate.ofDay(c.year(), c.month(), c.day()));
    });
  }
}
