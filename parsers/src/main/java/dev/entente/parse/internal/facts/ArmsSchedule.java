package dev.entente.parse.internal.facts;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The delivery schedule of arms transfers from the dates {@link ArmsDates#dateRoles} marks: which
 * delivery dates belong to which item of a clause, the first signing or delivery date of a clause,
 * and the period a schedule told in steps or as a time counted from the signing covers.
 */
final class ArmsSchedule {
  private ArmsSchedule() {}

  /** The delivery period of a time counted from a signing: from the signing's year to the year the time ends. */
  static EdtfDate within(EdtfDate signed, int months) {
    int a = signed.earliest().getYear();
    int b = signed.earliest().plusMonths(months).getYear();
    return a == b ? EdtfDate.ofYear(a) : EdtfDate.interval(EdtfDate.ofYear(a), EdtfDate.ofYear(b));
  }

  /** Adds the delivery dates of clause [cf, ct) of the sentence starting at {@code from} to {@code out}. */
  static void deliveries(DateRef[] roles, int from, int cf, int ct, List<EdtfDate> out) {
    for (int p = cf - from; p < ct - from; p++) {
      DateRef d = roles[2 * p + 1];
      if (d != null && !out.contains(d.date())) {
        out.add(d.date());
      }
    }
  }

  /**
   * Adds the delivery dates of item k of clause [cf, ct) to {@code out}: with one item in the
   * clause all the clause's; with several, those between item k and the next ("a [facility], which
   * opened in [year], and a [facility]"), else those before the first item and after the last
   * ("12 jets and 4 helicopters in 2027").
   */
  static void deliveries(DateRef[] roles, int from, List<Item> items, int k, int cf, int ct, List<EdtfDate> out) {
    int a = k;
    while (a > 0 && items.get(a - 1).first() >= cf) {
      a--;
    }
    int b = k;
    while (b + 1 < items.size() && items.get(b + 1).first() < ct) {
      b++;
    }
    if (a == b) {
      deliveries(roles, from, cf, ct, out);
      return;
    }
    int own = items.get(k).end();
    if (k < b && firstIn(roles, from, own, items.get(k + 1).first(), false) != null) {
      deliveries(roles, from, own, items.get(k + 1).first(), out);
      return;
    }
    deliveries(roles, from, cf, Math.max(cf, items.get(a).first()), out);
    deliveries(roles, from, Math.min(ct, items.get(b).end()), ct, out);
  }

  /**
   * The delivery period of a schedule: from its earliest date to its latest, each as precise as the
   * text tells it ("2028/2029", "[day]/[month]"); the one date when there is one, or when one holds
   * all the others (a year and a month of it); null when none.
   */
  static @Nullable EdtfDate schedule(List<EdtfDate> dates) {
    if (dates.isEmpty()) {
      return null;
    }
    EdtfDate first = dates.get(0);
    EdtfDate last = dates.get(0);
    for (EdtfDate d : dates) {
      if (d.earliest().isBefore(first.earliest())) {
        first = d;
      }
      if (d.latest().isAfter(last.latest())) {
        last = d;
      }
    }
    if (first.equals(last)) {
      return first;
    }
    for (EdtfDate d : dates) {
      if (!d.isInterval() && !d.earliest().isAfter(first.earliest()) && !d.latest().isBefore(last.latest())) {
        return d; // "the first in [month] [year], the last by the end of that year": the year holds them all
      }
    }
    return EdtfDate.interval(start(first), end(last));
  }

  private static EdtfDate start(EdtfDate d) {
    EdtfDate s = d.isInterval() ? d.start() : d;
    return s != null ? s : d;
  }

  private static EdtfDate end(EdtfDate d) {
    EdtfDate e = d.isInterval() ? d.end() : d;
    return e != null ? e : d;
  }

  /** The first signing (or delivery) date among the roles of the sentence starting at {@code from}, within [cf, ct). */
  static @Nullable EdtfDate firstIn(DateRef[] roles, int from, int cf, int ct, boolean signed) {
    for (int p = cf - from; p < ct - from; p++) {
      DateRef d = roles[2 * p + (signed ? 0 : 1)];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }

  static @Nullable EdtfDate first(DateRef[] roles, int from, int to, boolean signed) {
    for (int p = 0; p < to - from; p++) {
      DateRef d = roles[2 * p + (signed ? 0 : 1)];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }

  /** The delivery date nearest item k: after it and before the next item, else before the first item. */
  static @Nullable EdtfDate delivered(DateRef[] roles, List<Item> items, int k, int from, int to) {
    int lo = items.get(k).end();
    int hi = k + 1 < items.size() ? items.get(k + 1).first() : to;
    if (k == 0) {
      for (int p = from; p < items.get(0).first(); p++) {
        DateRef d = roles[2 * (p - from) + 1];
        if (d != null) {
          return d.date();
        }
      }
    }
    for (int p = lo; p < hi; p++) {
      DateRef d = roles[2 * (p - from) + 1];
      if (d != null) {
        return d.date();
      }
    }
    return null;
  }
}
