package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Agreement;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.pipeline.Mentions.DateForm;
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
 * Signing days in generated reports: "today", "yesterday" and "this morning/afternoon/evening"
 * count from the dateline's day whatever its layout, and a day told after a verb in the lead
 * ("[Person] arrived here [weekday]") is no dateline; a signing that leaders watched ministers do
 * ("watched their ministers sign", "saw [them] sign") is done, on the day of its sentence.
 */
class SigningDayFormsPropertiesTest {

  private static final AgreementExtractor AGREEMENTS = new AgreementExtractor();

  /** Words for the day of the signing, and how many days before the dateline's day each is. */
  private static final List<String> DAY_WORDS = List.of("today", "yesterday", "this morning", "this afternoon",
      "this evening");

  /** Two states, a subject, the dateline's day, how many days later the report came out, a day word and a layout. */
  private record Case(State a, State b, String subject, LocalDate line, int late, String word, int layout, int arrived) {
    LocalDate published() {
      return line.plusDays(late);
    }

    /** The signing's day: the dateline's, or the day before it for "yesterday". */
    LocalDate signed() {
      return word.equals("yesterday") ? line.minusDays(1) : line;
    }
  }

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> Gens.elements(InstrumentListPropertiesTest.SUBJECTS)
      .flatMap(s -> FactGens.years().flatMap(y -> Gens.ints(1, 12).flatMap(m -> Gens.ints(1, 28).flatMap(d ->
          Gens.ints(0, 2).flatMap(late -> Gens.elements(DAY_WORDS).flatMap(w -> Gens.ints(0, 2).flatMap(l ->
              Gens.ints(1, 6).map(arr -> new Case(p[0], p[1], s, LocalDate.of(y, m, d), late, w, l, arr))))))))));

  private static String monthDay(LocalDate d) {
    return Month.of(d.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** The dateline in one of the layouts of wires and papers, ending where the lead's words begin. */
  private static Tagged dateline(Case c) {
    String city = c.a().capital().toUpperCase(Locale.ROOT);
    EdtfDate line = EdtfDate.of(c.line());
    return switch (c.layout()) {
      case 0 -> new Tagged().w(city + ",").date(monthDay(c.line()), line).w("-");
      case 1 -> new Tagged().w(city + " (" + c.a().name() + "),").date(monthDay(c.line()), line).w(".");
      default -> new Tagged().w(city + ",").date(monthDay(c.line()), line).w("(Reuters) --");
    };
  }

  /** The day word as the date stage reads it: against the publication date. */
  private static Tagged dayWord(Tagged t, Case c) {
    LocalDate p = c.published();
    return t.date(c.word(), EdtfDate.of(c.word().equals("yesterday") ? p.minusDays(1) : p));
  }

  @Test
  void dayWordsCountFromTheDatelineInEveryLayout() {
    Prop.check("a dateline's day", CASES, c -> {
      Tagged t = dayWord(FactGens.name(FactGens.name(dateline(c).w("Officials of"), c.a()).w("and"), c.b()), c)
          .w("signed an agreement on " + c.subject() + ".");
      Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
      assertEquals(EdtfDate.of(c.signed()), a.signed(), () -> t.text() + " published " + c.published());
    });
  }

  @Test
  void aDatelineWeekdayBeforeALeadInTheFutureIsTheDayBeforeTheIssue() {
    Prop.check("[CITY], [weekday]: ... will ...", CASES, c -> {
      LocalDate line = c.published().minusDays(c.late() + 1);
      // the date stage reads a weekday in a lead told in the future as the coming one, or the past one
      for (LocalDate read : List.of(line.plusWeeks(1), line)) {
        for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
          Tagged t = new Tagged().w(s[0].capital().toUpperCase(Locale.ROOT) + ",")
              .date(weekday(line), EdtfDate.of(read), DateForm.RELATIVE).w(List.of(":", "-", "--").get(c.layout()));
          FactGens.name(FactGens.name(t, s[0]).w("and"), s[1]).w("will build a railway under an agreement on "
              + c.subject() + " signed here").date(c.word(), EdtfDate.of(c.word().equals("yesterday")
                  ? c.published().minusDays(1) : c.published())).w(".");
          Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
          LocalDate signed = c.word().equals("yesterday") ? line.minusDays(1) : line;
          assertEquals(EdtfDate.of(signed), a.signed(), () -> t.text() + " published " + c.published());
        }
      }
    });
  }

  @Test
  void aDayToldAfterAVerbOfTheLeadIsNoDateline() {
    Prop.check("arrived here [weekday]", CASES, c -> {
      LocalDate came = c.published().minusDays(c.arrived());
      Tagged t = dayWord(FactGens.name(FactGens.name(dateline(c), c.a()).w("and"), c.b()), c)
          .w("signed a treaty of friendship and cooperation.");
      t.w(List.of("The minister arrived here", "The delegation came here", "Talks opened here").get(c.layout()))
          .date(weekday(came), EdtfDate.of(came)).w("on a three-day visit.");
      Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
      assertEquals(EdtfDate.of(c.signed()), a.signed(), () -> t.text() + " published " + c.published());
    });
  }

  @Test
  void aSigningLeadersWatchedIsDoneOnTheDayOfItsSentence() {
    Gen<Object[]> gen = CASES.flatMap(c -> Gens.elements("watched their ministers sign", "saw their foreign"
        + " ministers sign", "witnessed their ministers sign", "looked on as their ministers signed",
        "observed officials sign", "watched as their ministers signed").map(w -> new Object[] {c, w}));
    Prop.check("watched them sign", gen, v -> {
      Case c = (Case) v[0];
      for (State[] s : List.of(new State[] {c.a(), c.b()}, new State[] {c.b(), c.a()})) {
        // no day in the sentence: the day of the report's occasion, here its publication
        Tagged t = new Tagged().w("The leaders of");
        FactGens.name(FactGens.name(t, s[0]).w("and"), s[1]).w((String) v[1])
            .w("an agreement on " + c.subject() + ".");
        Agreement a = FactGens.only(t, FactGens.read(t, c.published(), AGREEMENTS).agreements);
        assertEquals(EdtfDate.of(c.published()), a.signed(), t::text);
        // a day in it: that day
        Tagged dated = new Tagged().w("On").date(monthDay(c.line()) + ", " + c.line().getYear(), EdtfDate.of(c.line()))
            .w(", the leaders of");
        FactGens.name(FactGens.name(dated, s[0]).w("and"), s[1]).w((String) v[1])
            .w("an agreement on " + c.subject() + ".");
        Agreement b = FactGens.only(dated, FactGens.read(dated, c.published().plusDays(DAY_WORDS.size()),
            AGREEMENTS).agreements);
        assertEquals(EdtfDate.of(c.line()), b.signed(), dated::text);
      }
    });
  }
}
