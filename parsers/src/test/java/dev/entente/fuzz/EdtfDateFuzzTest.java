package dev.entente.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.model.EdtfDate;

/**
 * Any text given to {@link EdtfDate#parse}: either a date that prints back to a text that reads as
 * the same date, or an {@link IllegalArgumentException}; nothing else.
 */
class EdtfDateFuzzTest {

  @FuzzTest
  void parse(byte[] input) {
    String text = FuzzText.utf8(input);
    EdtfDate date;
    try {
      date = EdtfDate.parse(text);
    } catch (IllegalArgumentException expected) {
      return;
    }
    EdtfDate again = EdtfDate.parse(date.toString());
    if (!again.equals(date) || !again.toString().equals(date.toString())) {
      throw new AssertionError("\"" + text + "\" read as " + date + " but that reads back as " + again);
    }
    if (date.earliest().isAfter(date.latest())) {
      throw new AssertionError(date + " starts after it ends: " + date.earliest() + " > " + date.latest());
    }
    if (!date.contains(date)) {
      throw new AssertionError(date + " does not contain itself");
    }
  }
}
