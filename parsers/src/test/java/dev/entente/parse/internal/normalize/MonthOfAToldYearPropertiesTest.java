package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.EdtfDate;
import dev.entente.parse.normalize.DateNormalizer;
import dev.entente.parse.normalize.Reading;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A month or a day followed by the year it is of, told by reference ("[Month] last year", "[Month]
 * [day] this year", "[day] [Month] next year", "[Month] that year"): that year, whether or not the
 * sentence names another year before it.
 */
class MonthOfAToldYearPropertiesTest {

  private static final DateNormalizer DATES = DateNormalizer.create();

  /** A year word and how many years from publication it counts. */
  private record YearWord(String words, int shift) {}

  private static final List<YearWord> YEAR_WORDS = List.of(new YearWord("last year", -1),
      new YearWord("this year", 0), new YearWord("next year", 1));

  private static String month(int m) {
    return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Test
  void aMonthOrADayTakesTheYearToldAfterIt() {
    Prop.check("[Month] last year", Gens.zip(Gens.ints(1900, 2090).flatMap(y -> Gens.ints(1, 365).map(d ->
        LocalDate.ofYearDay(y, d))), Gens.pair(Gens.ints(1, 12), Gens.ints(1, 28)),
        Gens.pair(Gens.ints(0, YEAR_WORDS.size() - 1), Gens.ints(0, 3)), (p, md, wf) -> List.of(p, md, wf)), v -> {
      LocalDate pub = (LocalDate) v.get(0);
      var md = (Gens.Pair<?, ?>) v.get(1);
      var wf = (Gens.Pair<?, ?>) v.get(2);
      int m = (Integer) md.first();
      int d = (Integer) md.second();
      YearWord w = YEAR_WORDS.get((Integer) wf.first());
      int year = pub.getYear() + w.shift();
      int form = (Integer) wf.second();
      String date = switch (form) {
        case 0 -> "in " + month(m) + " " + w.words();
        case 1 -> "on " + month(m) + " " + d + " " + w.words();
        case 2 -> "on " + d + " " + month(m) + " " + w.words();
        default -> "in early " + month(m) + " " + w.words();
      };
      EdtfDate want = form == 1 || form == 2 ? EdtfDate.ofDay(year, m, d) : EdtfDate.of(YearMonth.of(year, m));
      // a year of the sentence's other clause does not outrank the year told after the month
      String text = "The two sides opened talks in " + (pub.getYear() - 3) + ", and the contract was signed "
          + date + ".";
      List<EdtfDate> got = DATES.read(text, pub).stream().map(Reading::value).toList();
      assertEquals(List.of(EdtfDate.ofYear(pub.getYear() - 3), want), got, text + " (published " + pub + ")");
    });
  }

  @Test
  void aMonthTakesTheYearAReportReferredTo() {
    Prop.check("[Month] that year", Gens.pair(Gens.ints(1900, 2080), Gens.ints(1, 12)), p -> {
      int y = p.first();
      int m = p.second();
      String text = "Relations were restored in " + y + ". A treaty followed in " + month(m) + " that year.";
      List<EdtfDate> got = DATES.read(text, LocalDate.of(2095, 1, 1)).stream().map(Reading::value).toList();
      assertEquals(List.of(EdtfDate.ofYear(y), EdtfDate.of(YearMonth.of(y, m))), got, text);
    });
  }
}
