package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.text.Sentence;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The occasion a fact with no date of its own belongs to: the last dated meeting or visit of its
 * states told before it (or in its sentence), else the day the report was published. A signing told
 * without a date ("the contract was signed by the two ministers") happened on that day; one told
 * during a visit of several days with no day told for it or for any meeting of the visit ("was in
 * [State] from June 25 to June 30 ... the ministers signed a memorandum") happened in the visit's days.
 * A visit told on one day is its arrival ("arrived in [City] on Sunday"): a meeting of the visit
 * told on that day or later ("met [Leader] on Monday") is the occasion instead. When no occasion
 * names all the parties, one that names some of them serves.
 */
final class Occasions {

  /** Words before a verb that make it a plan, not a deed ("will sign", "expected to sign"). */
  static final Set<String> FUTURE = Set.of("will", "would", "to", "not", "expected", "plan", "plans", "shall");

  private Occasions() {}

  /**
   * The day of the occasion of sentence {@code s}: the last single-day consultation among
   * {@code parties} (any, when empty) told up to its end, else the last visit told from one day to
   * another (a signing with no day during it), else (when {@code orPublished}) the publication date,
   * else null.
   */
  static @Nullable EdtfDate day(Scope sc, Sentence s, List<Country> parties, boolean orPublished) {
    EdtfDate found = dayAmong(sc, s, parties, true);
    if (found == null && parties.size() > 1) {
      found = dayAmong(sc, s, parties, false);
    } else if (found != null && found.isInterval() && parties.size() > 1) {
      // a visit of several days names all the parties, a meeting told on one of its days only some
      // (its guest unnamed): a day is told for a meeting of the visit, and the signing is of that day
      EdtfDate some = dayAmong(sc, s, parties, false);
      if (some != null && !some.isInterval() && some.precision() == EdtfDate.Precision.DAY
          && !some.earliest().isBefore(found.earliest()) && !some.latest().isAfter(found.latest())) {
        found = some;
      }
    }
    return found != null || !orPublished || sc.doc.published() == null ? found : EdtfDate.of(sc.doc.published());
  }

  /** The day of the occasion among events naming all {@code parties} ({@code all}), else some of them; or null. */
  private static @Nullable EdtfDate dayAmong(Scope sc, Sentence s, List<Country> parties, boolean all) {
    EdtfDate meeting = null; // the last single-day meeting or call
    int meetingAt = -1;
    EdtfDate arrival = null; // the last single-day visit: the day it began
    int arrivalAt = -1;
    EdtfDate visit = null;
    int visitAt = -1;
    for (DiplomaticEvent e : sc.doc.events) {
      if (e.planned() || e.date() == null || !e.type().isConsultation() || e.evidence().isEmpty()
          || !(all ? e.countries().containsAll(parties) : !Collections.disjoint(e.countries(), parties))) {
        continue;
      }
      int at = e.evidence().get(0).start();
      if (at > s.end()) {
        continue;
      }
      if (!e.date().isInterval() && e.date().precision() == EdtfDate.Precision.DAY) {
        if (e.type() == EventType.VISIT) {
          if (at > arrivalAt) {
            arrival = e.date();
            arrivalAt = at;
          }
        } else if (at > meetingAt) {
          meeting = e.date();
          meetingAt = at;
        }
      } else if (visitOfDays(e) && at > visitAt) {
        visit = e.date();
        visitAt = at;
      }
    }
    if (arrival != null && (meeting == null
        || arrivalAt > meetingAt && meeting.earliest().isBefore(arrival.earliest()))) {
      return arrival; // no meeting since the arrival: the visit's day
    }
    return meeting != null ? meeting : visit;
  }

  /**
   * The date of the visit a signing told "during the visit" belongs to: the last visit among
   * {@code parties} (all of them, else some) told up to the end of sentence {@code s}, as told (its
   * days or its month); null when there is none or it was told on one day only (an arrival, not the
   * visit's span).
   */
  static @Nullable EdtfDate visit(Scope sc, Sentence s, List<Country> parties) {
    EdtfDate found = visitAmong(sc, s, parties, true);
    if (found == null && parties.size() > 1) {
      found = visitAmong(sc, s, parties, false);
    }
    return found == null || !found.isInterval() && found.precision() == EdtfDate.Precision.DAY ? null : found;
  }

  private static @Nullable EdtfDate visitAmong(Scope sc, Sentence s, List<Country> parties, boolean all) {
    EdtfDate found = null;
    int foundAt = -1;
    for (DiplomaticEvent e : sc.doc.events) {
      if (e.type() != EventType.VISIT || e.planned() || e.date() == null || e.evidence().isEmpty()
          || !(all ? e.countries().containsAll(parties) : !Collections.disjoint(e.countries(), parties))) {
        continue;
      }
      int at = e.evidence().get(0).start();
      if (at <= s.end() && at > foundAt) {
        found = e.date();
        foundAt = at;
      }
    }
    return found;
  }

  /** Whether {@code e} is a visit from one day to another ("from 28 November to 1 December"). */
  private static boolean visitOfDays(DiplomaticEvent e) {
    EdtfDate d = e.date();
    return e.type() == EventType.VISIT && d != null && d.start() != null && d.end() != null
        && d.start().precision() == EdtfDate.Precision.DAY && d.end().precision() == EdtfDate.Precision.DAY;
  }
}
