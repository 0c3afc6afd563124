package dev.entente.parse.internal.gazetteer;

import dev.entente.model.Country;
import dev.entente.parse.internal.people.DataFiles;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The states that were part of a former state until a day ({@code former-states.txt}: Russia of the
 * Soviet Union until 26 December 1991, Croatia of Yugoslavia until 25 June 1991, Slovakia of
 * Czechoslovakia until 1 January 1993): a report of a day before names the former state when it
 * names the later one's capital, name or adjective ("Moscow" or "Russian" in 1987 is the Soviet Union).
 */
public final class FormerStates {

  /** A former state and the first day it no longer held the state. */
  private record Former(Country state, LocalDate until) {}

  private static final FormerStates BUILT_IN = new FormerStates(DataFiles.lines(FormerStates.class, "former-states.txt"));

  /** For each state that was part of a former one: the former states and their last days, earliest first. */
  private final Map<Country, List<Former>> formers = new HashMap<>();
  /**
   * The latest day of all: a day on or after it is part of no former state, whatever the state. Asked
   * about each state a report names, most of them reports of late years, where one comparison of days
   * answers without the look-up.
   */
  private final LocalDate latest;

  private FormerStates(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\\|");
      if (f.length != 3) {
        throw new IllegalStateException("former-states.txt: not \"state | former state | until\": " + line);
      }
      formers.computeIfAbsent(Country.of(f[0].strip()), k -> new ArrayList<>())
          .add(new Former(Country.of(f[1].strip()), isoDate(f[2].strip())));
    }
    LocalDate last = LocalDate.MIN;
    for (List<Former> list : formers.values()) {
      for (Former f : list) {
        last = f.until().isAfter(last) ? f.until() : last;
      }
    }
    latest = last;
  }

  /** The states of {@code former-states.txt}, read once. */
  public static FormerStates builtIn() {
    return BUILT_IN;
  }

  /** The state {@code state} was part of on {@code day}: the Soviet Union for Russia in 1987, else {@code state}. */
  public Country on(Country state, LocalDate day) {
    if (!day.isBefore(latest)) {
      return state;
    }
    for (Former f : formers.getOrDefault(state, List.of())) {
      if (day.isBefore(f.until())) {
        return f.state();
      }
    }
    return state;
  }

  /**
   * A date written yyyy-mm-dd, read by hand: {@code LocalDate.parse} loads java.time's formatting
   * classes, a large share of making the first parser. Other forms go to it, for its message.
   */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
      } catch (DateTimeException e) {
        return LocalDate.parse(s);
      }
    }
    return LocalDate.parse(s);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
