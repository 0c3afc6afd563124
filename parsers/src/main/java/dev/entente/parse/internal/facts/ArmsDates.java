package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.facts.ArmsTellings.Found;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dates of arms transfers: which dates of a sentence are signings and which deliveries (by
 * the marker words near them), the delivery period of a schedule told in steps, and the dates a
 * sentence after the transfer adds ("The contract was signed in Warsaw on Friday").
 */
final class ArmsDates {
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");

  /**
   * Each date of the sentence marked as a signing (index 0 of its pair) or a delivery, by the
   * nearest marker word before it ("signed in [month] [year]", "delivered ... the following year"),
   * else after it ("In [year], [they] signed"). A date inside the name of one of the sentence's
   * items ("[Designation] 2000") is none. Returned as an array over token positions.
   */
  DateRef[] dateRoles(Scope sc, int from, int to, List<Item> items) {
    DateRef[] roles = new DateRef[2 * (to - from)];
    DateRef lastDelivery = null; // the last date of the sentence read as a delivery
    for (DateRef d : sc.dates(from, to)) {
      if (inItem(d, items)) {
        continue;
      }
      // "under a [year] contract", "the [year] deal": the year the deal was signed
      String role = d.end() < to && sc.word(words, d.end(), "DEAL") ? "SIGNED" : null;
      for (int i = d.first() - 1; i >= Math.max(from, d.first() - 12) && role == null; i--) {
        if (sc.date(i) != null && !inItem(sc.date(i), items)) {
          break;
        }
        role = marker(sc, i, to);
      }
      if (PERSON.equals(role)) {
        continue; // "[leader] arrived in [capital] on Thursday ... and was received by": a person's day, no delivery
      }
      for (int i = d.end(); i < Math.min(to, d.end() + 8) && role == null; i++) {
        if (sc.date(i) != null && !inItem(sc.date(i), items)) {
          break;
        }
        role = marker(sc, i, to);
        if (PERSON.equals(role) || "DELIVERED".equals(role) && i + 1 < to && sc.word(words, i + 1, "WITHIN")) {
          role = null; // "on [date], with deliveries within 36 months": the time is counted from that date
          break;
        }
      }
      if (role == null && lastDelivery != null && (sc.any(words, "LAST", lastDelivery.end(), d.first())
          || joined(sc, lastDelivery.end(), d.first()))) {
        role = "DELIVERED"; // "the first in 2028, with the last to be handed over in 2029"; "in 2028 and 2029"
      }
      if ("DELIVERED".equals(role)) {
        d = inYear(sc, forward(sc, d, from));
        lastDelivery = d;
      }
      if (role != null) {
        roles[2 * (d.first() - from) + (role.equals("SIGNED") ? 0 : 1)] = d;
      }
    }
    return roles;
  }

  private static boolean inItem(DateRef d, List<Item> items) {
    for (Item it : items) {
      if (d.first() >= it.first() && d.end() <= it.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [end, first) only join two dates of one list: "and", "or", "to", "-", ",", "and in". */
  private static boolean joined(Scope sc, int end, int first) {
    if (first <= end || first - end > 2) {
      return false;
    }
    for (int i = end; i < first; i++) {
      if (!DATE_JOINERS.contains(sc.key(i))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> DATE_JOINERS = java.util.Set.of("and", "or", "to", "-", "–", ",", "in");

  /**
   * A delivery date whose year the text leaves unsaid ("will be delivered by December"), read back
   * from the publication date although a word of the future stands before it in its sentence: the
   * next such month or season after publication. Other dates as they are.
   */
  private DateRef forward(Scope sc, DateRef d, int from) {
    EdtfDate date = d.date();
    LocalDate published = sc.doc.published();
    if (published == null || date.isInterval()
        || date.precision() != EdtfDate.Precision.MONTH && date.precision() != EdtfDate.Precision.SEASON
        || !date.latest().isBefore(published) || yearWritten(sc, d)
        || sc.find(words, "FORWARD", Math.max(from, d.first() - 10), d.first()) < 0) {
      return d;
    }
    String written = date.toString(); // "2025-12", "2025-24": the year, then the month or season
    if (date.year() < 1000 || date.year() > 9998 || written.length() != 7) {
      return d;
    }
    EdtfDate later = EdtfDate.parse((date.year() + 1) + written.substring(4));
    return new DateRef(d.first(), d.end(), d.span(), later, d.form());
  }

  /**
   * A delivery told by a season or by the start, middle or end of a year ("this autumn", "in early
   * [year]", "by mid-[year]", "by the end of next year") is due in that year: the year; other dates as
   * they are.
   */
  private static DateRef inYear(Scope sc, DateRef d) {
    EdtfDate date = d.date();
    int year = date.earliest().getYear();
    if (date.latest().getYear() != year
        || !date.isInterval() && (date.precision() == EdtfDate.Precision.YEAR || date.precision() == EdtfDate.Precision.DAY)) {
      return d;
    }
    boolean part = !date.isInterval() && date.precision() == EdtfDate.Precision.SEASON;
    for (int i = Math.max(0, d.first() - 2); i < Math.min(d.first() + 2, d.end()) && !part; i++) {
      String k = sc.key(i);
      part = k.equals("end") || k.equals("early") || k.equals("late") || k.equals("mid") || k.startsWith("mid-");
    }
    return part ? new DateRef(d.first(), d.end(), d.span(), EdtfDate.ofYear(year), d.form()) : d;
  }

  /** Whether the date's own words write its year ("December 2026", "Dec. '26"). */
  private static boolean yearWritten(Scope sc, DateRef d) {
    String year = String.valueOf(d.date().year());
    String shortYear = "'" + year.substring(2);
    for (int i = d.first(); i < d.end(); i++) {
      String k = sc.key(i);
      if (k.equals(year) || k.equals(shortYear) || k.equals(year.substring(2)) && i > d.first()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The months a sentence that tells a delivery counts from the signing ("to be delivered within 36
   * months of signing", "deliveries within three years"), else 0.
   */
  int withinMonths(Scope sc, int from, int to) {
    int i = sc.find(words, "WITHIN", from, to);
    if (i < 0 || i + 2 >= to || !sc.any(words, "DELIVERED", from, to)) {
      return 0;
    }
    java.math.BigDecimal n = sc.countAt(i + 1, numberWords);
    if (n == null || n.signum() <= 0 || n.compareTo(java.math.BigDecimal.valueOf(50)) > 0 && !sc.key(i + 2).startsWith("month")) {
      return 0;
    }
    String unit = sc.key(i + 2);
    return unit.startsWith("month") ? n.intValue() : unit.startsWith("year") ? 12 * n.intValue() : 0;
  }

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
   * text tells it ("2028/2029", "[day]/[month]"); the one date when there is one; null when none.
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

  private @Nullable String marker(Scope sc, int i, int to) {
    Lexicon.Match m = sc.at(words, i, to);
    if (m == null) {
      return null;
    }
    if (m.has("DELIVERED")) {
      return personBefore(sc, i) ? PERSON : "DELIVERED";
    }
    return m.has("SIGNED") || m.has("ORDERED") ? "SIGNED" : null;
  }

  /** Whether a person's name ends just before token i, or before an auxiliary there ("[Name] has arrived"). */
  private static boolean personBefore(Scope sc, int i) {
    int at = i > 0 && AUXILIARIES.contains(sc.key(i - 1)) ? i - 1 : i;
    for (var p : sc.doc.persons) {
      if (p.end() == at) {
        return true;
      }
    }
    return false;
  }

  /** The role of a delivery verb whose subject is a person ("[leader] arrived"): the date near it is no delivery's. */
  private static final String PERSON = "PERSON";

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "had", "was", "is", "have");

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

  /**
   * Whether the sentence tells a signing done ("signed", "inked", "witnessed the signing of"), not
   * one to come ("will sign").
   */
  boolean signedHere(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(words, i, to);
      if (m != null && m.has("SIGNED") && (sc.key(i).endsWith("ed") || sc.any(words, "WITNESSED", Math.max(from, i - 3), i))) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
          if (Occasions.FUTURE.contains(sc.key(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "The contract was signed in Warsaw on Friday", told after the transfers: their signing date, from
   * the sentence, else (a signing told as done) the occasion's day; only for those that have none.
   */
  void signedAfter(Scope sc, Sentence s, DateRef[] roles, List<Found> told) {
    int from = s.firstToken();
    int to = s.endToken();
    if (!hasRole(sc, "DEAL", from, to)) {
      return;
    }
    EdtfDate signed = first(roles, from, to, true);
    if (signed == null && signedHere(sc, from, to)) {
      signed = signedDone(sc, s, roles, List.of());
    }
    for (Found f : told) {
      if (signed != null && f.contract.signed() == null) {
        f.contract = f.contract.toBuilder().signed(signed).build();
      }
    }
  }

  /**
   * The signing date of a sentence that tells a signing done but marks none of its dates as one:
   * a date no marker word stands near ("concluded a contract ... during the minister's visit on
   * Thursday, 9 March"), not after the publication date, else the day of the occasion the sentence
   * belongs to ({@link #occasion}).
   */
  static @Nullable EdtfDate signedDone(Scope sc, Sentence s, DateRef[] roles, List<Item> items) {
    int from = s.firstToken();
    LocalDate published = sc.doc.published();
    for (DateRef d : sc.dates(from, s.endToken())) {
      int p = d.first() - from;
      if (roles[2 * p] == null && roles[2 * p + 1] == null && !inItem(d, items)
          && (published == null || !d.date().earliest().isAfter(published))) {
        return d.date();
      }
    }
    EdtfDate lead = leadDay(sc, s);
    return lead != null ? lead : occasion(sc, s);
  }

  /**
   * The day the lead sentence of the paragraph of {@code s} names, at most four sentences before it
   * ("The two defence ministers met in Paris on Monday. [Buyer] signed a contract ..."), not after
   * the publication date; else null.
   */
  static @Nullable EdtfDate leadDay(Scope sc, Sentence s) {
    List<Sentence> all = sc.doc.sentences;
    int i = s.index();
    if (i <= 0 || i >= all.size() || all.get(i) != s) {
      return null;
    }
    int lead = i;
    while (lead > 0 && i - lead < 4 && sc.doc.text.lastIndexOf('\n', all.get(lead).start()) < all.get(lead - 1).end()) {
      lead--;
    }
    if (lead == i || lead > 0 && sc.doc.text.lastIndexOf('\n', all.get(lead).start()) < all.get(lead - 1).end()) {
      return null; // s leads its paragraph, or the lead lies further back
    }
    Sentence l = all.get(lead);
    LocalDate published = sc.doc.published();
    for (DateRef d : sc.dates(l.firstToken(), l.endToken())) {
      EdtfDate date = d.date();
      if (!date.isInterval() && date.precision() == EdtfDate.Precision.DAY
          && (published == null || !date.earliest().isAfter(published))) {
        return date;
      }
    }
    return null;
  }

  /** The day of the occasion a sentence belongs to ({@link Occasions#day}). */
  static @Nullable EdtfDate occasion(Scope sc, Sentence s) {
    return Occasions.day(sc, s, List.of(), true);
  }

  /** "The factory should start production in 2024-2025": a delivery date for an item told just before. */
  void laterDelivery(Scope sc, Sentence s, int si, DateRef[] roles, List<Found> found) {
    EdtfDate d = first(roles, s.firstToken(), s.endToken(), false);
    if (d == null) {
      return;
    }
    int i = s.firstToken();
    if (!ArmsTellings.BACK_REFERENCES.contains(sc.key(i))) {
      return;
    }
    String head = sc.key(i + 1);
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 2) {
        break;
      }
      if (f.head.equals(head) && f.contract.delivered() == null) {
        List<Span> ev = new ArrayList<>(f.contract.evidence());
        ev.add(s.span());
        f.contract = f.contract.toBuilder().delivered(d).evidence(ev).build();
        return;
      }
    }
  }

  /**
   * The signing date of the transfer between the same states told in the ten sentences before one
   * that points back to it as a deal ("The package includes ...", "The deal also covers ..."), or null.
   */
  @Nullable EdtfDate signedBefore(Scope sc, Sentence s, int si, List<Found> found, Country[] sr) {
    int from = s.firstToken();
    if (!ArmsTellings.BACK_REFERENCES.contains(sc.key(from)) || !hasRole(sc, "DEAL", from + 1, Math.min(s.endToken(), from + 3))) {
      return null;
    }
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 10) {
        break;
      }
      if (f.contract.signed() != null && Objects.equals(f.contract.supplier(), sr[0])
          && Objects.equals(f.contract.recipient(), sr[1])) {
        return f.contract.signed();
      }
    }
    return null;
  }

  private boolean hasRole(Scope sc, String role, int from, int to) {
    return sc.any(words, role, from, to);
  }
}
