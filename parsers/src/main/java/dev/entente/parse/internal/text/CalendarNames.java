package dev.entente.parse.internal.text;

import java.util.Set;

/**
 * The English names of the days of the week and of the months as token keys, for rules below the
 * date readers that ask whether a word names one: a date told by its weekday ("on Tuesday",
 * "[CITY], Tuesday -") is the last or the coming day of its name, which a tense read wrongly puts a
 * week off; a day wrapped onto the line after its month ("February / 27, 1992") goes on with the date.
 */
public final class CalendarNames {
  private CalendarNames() {}

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /** Whether token key {@code key} names a day of the week. */
  public static boolean weekday(String key) {
    return WEEKDAYS.contains(key);
  }

  /** Whether token key {@code key} names a month in full. */
  public static boolean month(String key) {
    return MONTHS.contains(key);
  }
}
