package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.text.Sentence;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The occasion a fact with no date of its own belongs to: the last dated meeting or visit of its
 * states told before it (or in its sentence), else the day the report was published. A signing told
 * without a date ("the contract was signed by the two ministers") happened on that day.
 */
final class Occasions {

  /** Words before a verb that make it a plan, not a deed ("will sign", "expected to sign"). */
  static final Set<String> FUTURE = Set.of("will", "would", "to", "not", "expected", "plan", "plans", "shall");

  private Occasions() {}

  /**
   * The day of the occasion of sentence {@code s}: the last single-day consultation among
   * {@code parties} (any, when empty) told up to its end, else (when {@code orPublished}) the
   * publication date, else null.
   */
  static @Nullable EdtfDate day(Scope sc, Sentence s, List<Country> parties, boolean orPublished) {
    EdtfDate best = null;
    int bestAt = -1;
    for (DiplomaticEvent e : sc.doc.events) {
      if (e.planned() || e.date() == null || !e.type().isConsultation() || e.evidence().isEmpty()
          || e.date().isInterval() || e.date().precision() != EdtfDate.Precision.DAY
          || !e.countries().containsAll(parties)) {
        continue;
      }
      int at = e.evidence().get(0).start();
      if (at <= s.end() && at > bestAt) {
        best = e.date();
        bestAt = at;
      }
    }
    if (best != null) {
      return best;
    }
    return !orPublished || sc.doc.published() == null ? null : EdtfDate.of(sc.doc.published());
  }
}
