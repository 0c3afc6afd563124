package dev.entente.parse.internal.text;

import java.util.Set;

/**
 * The names of the days of the week as token keys, for rules that ask whether a date was told by its
 * weekday ("on Tuesday", "[CITY], Tuesday -"): such a day is the last or the coming one of its name,
 * which a tense read wrongly puts a week off.
 */
public final class Weekdays {
  private Weekdays() {}

  private static final Set<String> KEYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /** Whether token key {@code key} names a day of the week. */
  public static boolean named(String key) {
    return KEYS.contains(key);
  }
}
