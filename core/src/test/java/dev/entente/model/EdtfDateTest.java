package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EDTF edge cases: the forms the parser accepts and the messages of those it rejects. */
class EdtfDateTest {

  private static String rejected(String text) {
    return assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text)).getMessage();
  }

  @Test
  void readsEveryLevelZeroAndOneForm() {
    for (String s : new String[] {"2019", "2019-04", "2019-09-25", "2015/2018", "2019-01/2019-06", "2019?", "2019-04~",
        "2019-09-25%", "2019-21", "2019-24", "2019/..", "../2019", "2019/", "/2019", "0000", "-0044", "2019/2019"}) {
      assertEquals(s, EdtfDate.parse(s).toString());
    }
  }

  @Test
  void precisionAndBounds() {
    EdtfDate firstHalf = EdtfDate.parse("2019-01/2019-06");
    assertEquals(LocalDate.of(2019, 1, 1), firstHalf.earliest());
    assertEquals(LocalDate.of(2019, 6, 30), firstHalf.latest());
    assertEquals(EdtfDate.Precision.MONTH, firstHalf.precision());
    assertTrue(firstHalf.contains(EdtfDate.ofMonth(2019, 4)));
    assertFalse(firstHalf.contains(EdtfDate.ofMonth(2019, 7)));
    assertEquals(LocalDate.of(2020, 2, 29), EdtfDate.parse("2019-24").latest(), "winter runs into a leap February");
    assertEquals(LocalDate.of(2019, 12, 1), EdtfDate.ofSeason(2019, 24).earliest());
    assertEquals(EdtfDate.Precision.SEASON, EdtfDate.parse("2019-21").precision());
    assertEquals(LocalDate.MAX, EdtfDate.parse("2019/..").latest());
    assertEquals(LocalDate.MIN, EdtfDate.parse("/2019").earliest());
    assertNull(EdtfDate.parse("2019/").end());
    assertEquals(EdtfDate.ofYear(2019), EdtfDate.parse("2019/").start());
    assertTrue(EdtfDate.parse("2019-05~").isApproximate() && !EdtfDate.parse("2019-05~").isUncertain());
    assertTrue(EdtfDate.parse("2019%").isApproximate() && EdtfDate.parse("2019%").isUncertain());
    assertEquals(2020, EdtfDate.parse("2020-02-29").year());
  }

  @Test
  void orderingPutsEarlierAndThenShorterFirst() {
    assertTrue(EdtfDate.parse("2019-01").compareTo(EdtfDate.parse("2019")) < 0, "same start, shorter first");
    assertTrue(EdtfDate.parse("2018-12-31").compareTo(EdtfDate.parse("2019")) < 0);
    assertTrue(EdtfDate.parse("2019").compareTo(EdtfDate.parse("2019?")) != 0, "a qualifier makes another value");
    assertFalse(EdtfDate.parse("2019").equals(EdtfDate.parse("2019?")));
  }

  @Test
  void rejectsWhatIsNotADateNamingTheText() {
    assertEquals("Invalid EDTF date: \"2019/2015\": Interval ends before it starts: 2019/2015", rejected("2019/2015"));
    assertTrue(rejected("2019-02-29").contains("\"2019-02-29\": Invalid date"));
    assertTrue(rejected("2019-13").contains("Invalid value for month: 13"));
    assertTrue(rejected("2019-00").contains("Invalid value for month: 00"));
    assertTrue(rejected("2019-01-00").contains("Invalid value for day: 00"));
    assertTrue(rejected("2019-21-05").contains("A day needs a month"));
    assertTrue(rejected("2019/2019-06").contains("Interval ends before it starts: 2019/2019-06"));
    assertTrue(rejected("2019-06/2019").contains("Interval ends before it starts"));
    assertTrue(rejected("../..").contains("at least one dated end"));
    assertTrue(rejected("/").contains("at least one dated end"));
    assertTrue(rejected("19").contains("expected 4 digits of the year"));
    assertTrue(rejected("-0000").contains("year -0000 does not exist"));
    assertTrue(rejected("2019/2020/2021").contains("more than one '/'"));
    assertTrue(rejected("2019-1").contains("\"2019-1\""));
    assertTrue(rejected(" 2019").contains("\" 2019\""));
    assertTrue(rejected("2019~?").contains("\"2019~?\""));
    assertTrue(rejected("x".repeat(100)).contains("too long"));
  }

  @Test
  void factoriesCheckTheirArguments() {
    assertEquals("Invalid value for MonthOfYear: 13",
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.ofMonth(2019, 13)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EdtfDate.ofYear(10_000)).getMessage().contains("10000"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EdtfDate.ofSeason(2019, 25)).getMessage().contains("25"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EdtfDate.interval(EdtfDate.ofYear(2020), EdtfDate.ofYear(2019))).getMessage().contains("2020/2019"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EdtfDate.interval(EdtfDate.parse("2019/2020"), EdtfDate.ofYear(2021))).getMessage().contains("single dates"));
    assertThrows(IllegalStateException.class, () -> EdtfDate.parse("2019/2020").withUncertain(true));
  }
}
