package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The data files' dates read by hand give what {@link LocalDate#parse} gives, and fail where it fails. */
class IsoDateTest {
  @Test
  void readsWhatJavaTimeReads() {
    Prop.check("isoDate == LocalDate.parse", Gens.strings("0123456789-+ x", 8, 12), 20000, s -> {
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
      } catch (DateTimeException e) {
        assertThrows(DateTimeException.class, () -> FormerStates.isoDate(s), s);
        return;
      }
      assertEquals(expected, FormerStates.isoDate(s), s);
    });
  }

  @Test
  void readsEveryDayOfSomeYears() {
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
      assertEquals(d, FormerStates.isoDate(d.toString()));
    }
    for (String bad : new String[] {"2019-02-30", "2019-13-01", "2019-00-10", "2019-1-10", "20190110", "2019-01-10 "}) {
      assertThrows(DateTimeException.class, () -> FormerStates.isoDate(bad), bad);
    }
  }
}
